/**
 * The CMAPI dispatcher, independent of the transport: it checks each request (the envelope of
 * Table 1, the method, the params against the schema), runs the vendor's handler, and answers with
 * a response of Table 2 carrying the spec's cmapiversion (`cmapiVersion`, which the generated server
 * passes in from the spec's `x-cmapi-version`). It keeps each client's callback registrations
 * and sends callback messages (Table 3) to every client registered for them. It also holds the
 * locks of exclusive operations. Carried into generated/runtime/.
 *
 * Errors: malformed JSON -32700 (id null); anything that is not a valid request envelope, a batch
 * included, -32600; an unknown method -32601; a function of the spec without a handler
 * `codes.notSupported` (0x00000007); params that fail the function's schema `codes.invalidParameter`
 * (Table 4's 2 "Invalid Parameter", so that a CMAPI application handles it like the specific
 * parameter codes such as 0x00002104; the problems are in `data`); a handler that throws something
 * other than a CmapiError -32603, with no stack trace in the answer. The Table 4 codes are the
 * spec's (`codes`, passed in by the generated server), not the runtime's.
 */
import { CmapiError, JSONRPC_ERRORS, JSONRPC_VERSION, isCmapiError, isRecord, sameSecret, uuid, type CmapiCallbackMessage, type CmapiErrorObject, type CmapiResponseMessage, type ResponseStage } from "./protocol.js";
import { DEFAULT_ACCESS, grants, isAccessLevel, type AccessLevel } from "./access.js";
import { GuessThrottle, type ThrottlePolicy } from "./throttle.js";
import { DEFAULT_MAX_MESSAGE_DEPTH, nestsDeeperThan } from "./json-depth.js";
import type { ValidationResult } from "./validation.js";

/** One connected client: a WebSocket, or an HTTP client known by its X-Cmapi-Client id. */
export interface Session {
  readonly id: string;
  readonly transport: "websocket" | "http";
  readonly origin: string | undefined;
  readonly remoteAddress: string | undefined;
  /** An HTTP client that sent no X-Cmapi-Client id: it gets final responses only, and no callbacks. */
  readonly anonymous?: boolean;
  /**
   * The client asked for interim responses (X-Cmapi-Client over HTTP; the `cmapi-session` or
   * `cmapi-interim` query over WebSocket), so it cannot take an interim `{}` for the final result.
   */
  readonly interim?: boolean;
  /** Sends a message that is not the answer to the current request: interim responses, callbacks. */
  readonly deliver: (message: CmapiResponseMessage | CmapiCallbackMessage) => void;
  /** callbackId → device ids registered for ("*" for every device). */
  readonly registrations: Map<string, Set<string>>;
  inFlight: number;
  /** The level CMAPI_API_Open or SetAccessLevel granted; "user" until then, and again after Close. */
  access: AccessLevel;
  /** The `sessionId` CMAPI_API_Open returned (Close, GetAccessLevel and SetAccessLevel name it); undefined while the API is not open. */
  apiSessionId: string | undefined;
}

/** What the transport knows of one request besides its text. */
export interface RequestFacts {
  /**
   * The request proved it belongs to the session (over HTTP: it carried the session's
   * X-Cmapi-Session token, or started the session). One that did not runs at "user" level and
   * cannot change the session's grant.
   */
  sessionProven?: boolean;
}

export interface HandlerContext {
  readonly session: Session;
  /** The level this request runs with: the session's, or "user" for a request that did not prove its session. */
  readonly access: AccessLevel;
  readonly method: string;
  readonly id: string;
  /** Sends an interim response ("received" or "processing") before the final one. */
  interim(stage: Exclude<ResponseStage, "completed">): void;
}

export type Handler = (params: any, context: HandlerContext) => unknown;

export interface MethodInfo {
  exclusive: boolean;
  /** `[Interim]` in the spec: the only functions that may send interim responses. */
  interim?: boolean;
  /** The runtime answers it itself (callback registration, BUILT_IN_METHODS): no handler. */
  builtIn?: boolean;
  /** The level a session needs (`[Access=...]`); "administrator" when absent (deny by default). */
  access?: AccessLevel;
}

/** The Table 4 codes the runtime answers with, as the spec numbers them. */
export interface RuntimeCodes {
  /** Params that fail the schema, an unknown callbackId (Table 4: 0x00000002). */
  invalidParameter: number;
  /** Unregistering what was not registered, registering without a client id (0x00000004). */
  invalidOperation: number;
  /** An exclusive function already running for the device (0x00000006). */
  busy: number;
  /** A function of the spec without a handler (0x00000007). */
  notSupported: number;
  /** A call above the session's access level (0xF0000001). */
  accessNotGranted: number;
  /** Credentials that prove nothing (0xF0000002). */
  authenticationFailed: number;
  /** Credentials that prove a lower level than the one asked for (0xF0000003). */
  authenticationDenied: number;
  /** A securityRequest that is not a short string (0xF0000004). */
  requestMalformed: number;
  /** A level no credentials of this device can grant (0xF0000005). */
  levelNotSupported: number;
}

export interface AuthorizeRequest {
  method: string;
  params: Record<string, unknown>;
  session: Session;
}

export interface ServerValidation {
  validateParams(method: never, params: unknown): ValidationResult;
  validateResult(method: never, result: unknown): ValidationResult;
  validatePayload(callbackId: never, payload: unknown): ValidationResult;
}

export interface ServerCoreOptions {
  /** The `cmapiversion` of every message, the spec's `x-cmapi-version`: requests must carry it, answers do. */
  cmapiVersion: string;
  codes: RuntimeCodes;
  handlers: { [method: string]: Handler | undefined };
  methods: { [method: string]: MethodInfo };
  callbackIds: readonly string[];
  /** The Table 4 text of a code: every error message must be it. */
  messageOf(code: number): string | undefined;
  validation?: ServerValidation;
  /** Check each handler's result against the schema before sending it (a vendor bug becomes -32603). */
  validateResults?: boolean;
  /** The level each callback needs to be registered for and received; "administrator" for one not listed. */
  callbackAccess?: { [callbackId: string]: AccessLevel };
  /**
   * How CMAPI_API_Open and SetAccessLevel check a securityRequest (credentials.ts has a ready one).
   * Without it nothing above "user" is ever granted (0xF0000005).
   */
  credentials?: CredentialsVerifier;
  /** How failed attempts are slowed down (throttle.ts); the defaults allow about 10 guesses a minute per address. */
  throttle?: Partial<ThrottlePolicy>;
  /** Extra rules of a vendor, after the access check: refuse a call by returning a security code (0xF0000001-0xF0000005) or throwing a CmapiError. */
  authorize?: (request: AuthorizeRequest) => number | void | Promise<number | void>;
  /** Requests one client may have in progress at once. */
  maxInFlightPerSession?: number;
  /** How deep a request may nest (json-depth.ts; 64): a deeper one is refused (-32600) before anything walks it. */
  maxMessageDepth?: number;
  /** Callback registrations (callbackId and device) one session may hold (64): each costs memory, and device ids are the client's to choose. */
  maxRegistrationsPerSession?: number;
  /** Where handler failures are reported (never to the client). */
  log?: (message: string, error?: unknown) => void;
}

const CALLBACK_REGISTER = "CMAPI_Callback_Register";
/** The members a request envelope may have. */
const REQUEST_MEMBERS: ReadonlySet<string> = new Set(["jsonrpc", "cmapiversion", "method", "id", "params"]);
const CALLBACK_UNREGISTER = "CMAPI_Callback_Unregister";
const CALLBACK_LIST = "CMAPI_Callback_GetRegistrations";
const API_OPEN = "CMAPI_API_Open";
const API_CLOSE = "CMAPI_API_Close";
const API_GET_LEVEL = "CMAPI_API_GetAccessLevel";
const API_SET_LEVEL = "CMAPI_API_SetAccessLevel";
/** The functions that grant levels: they take a securityRequest and run at every level. */
const GRANTING_METHODS: readonly string[] = [API_OPEN, API_SET_LEVEL];
/** Functions the runtime can answer itself; it does so for those the method table marks `builtIn`. A vendor never writes them. */
export const BUILT_IN_METHODS: readonly string[] = [CALLBACK_REGISTER, CALLBACK_UNREGISTER, CALLBACK_LIST, API_OPEN, API_CLOSE, API_GET_LEVEL, API_SET_LEVEL];
/** What a server started without credentials says once: it is secure by default, and how to change that. */
export const NO_CREDENTIALS_WARNING: string =
  "no credentials are configured: this device grants the user level only, and every function above it answers 0xF0000001 (CMAPI_API_Open above user answers 0xF0000005). " +
  "Pass credentials: hashedSecrets({ administrator: await hashSecret(secret) }) to startCmapiServer (the scaffold keeps them hashed in credentials.json).";

/** 24 callbacks of the bundled spec, each for all devices, with room for per-device ones. */
export const DEFAULT_MAX_REGISTRATIONS = 64;

/** A securityRequest longer than this is malformed (0xF0000004): no credential scheme needs more, and hashing it costs time. */
export const MAX_SECURITY_REQUEST_LENGTH = 1024;

/** How CMAPI_API_Open and SetAccessLevel check a securityRequest; credentials.ts makes one from hashed secrets. */
export interface CredentialsVerifier {
  /** The levels above "user" that some credentials can grant; asking for another answers 0xF0000005. */
  readonly levels: readonly AccessLevel[];
  /** The highest level the request proves; null when it proves none (0xF0000002); or a Table 4 security code. Never logs it. */
  verify(securityRequest: string): Promise<AccessLevel | null | number>;
}

const wellFormedSecurityRequest = (value: unknown): boolean => value === undefined || (typeof value === "string" && value.length <= MAX_SECURITY_REQUEST_LENGTH);

const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

function registrationCount(session: Session): number {
  let count = 0;
  for (const devices of session.registrations.values()) count += devices.size;
  return count;
}

/** The id of a request, when it has a usable one: an error answer names it. */
function requestId(message: unknown): string | null {
  return isRecord(message) && typeof message["id"] === "string" && message["id"] !== "" ? message["id"] : null;
}

function deviceKey(params: Record<string, unknown>): string {
  const device = params["deviceId"] ?? params["routerId"];
  return device === undefined ? "*" : String(device);
}

export class CmapiServerCore {
  private readonly sessions = new Set<Session>();
  private readonly locks = new Set<string>();
  private readonly throttle: GuessThrottle;

  constructor(private readonly options: ServerCoreOptions) {
    this.throttle = new GuessThrottle(options.throttle);
  }

  /** A response of Table 2 (a transport's own error answers use it too). */
  response(id: string | null, body: { result: unknown } | { error: CmapiErrorObject }): CmapiResponseMessage {
    return { jsonrpc: JSONRPC_VERSION, cmapiversion: this.options.cmapiVersion, id, ...body } as CmapiResponseMessage;
  }

  openSession(init: Omit<Session, "registrations" | "inFlight" | "id" | "access" | "apiSessionId"> & { id?: string }): Session {
    const session: Session = { ...init, id: init.id ?? uuid(), registrations: new Map(), inFlight: 0, access: "user", apiSessionId: undefined };
    this.sessions.add(session);
    return session;
  }

  /** Forgets a client: its registrations and its grant go with it. */
  closeSession(session: Session): void {
    this.sessions.delete(session);
    session.registrations.clear();
    session.access = "user";
    session.apiSessionId = undefined;
  }

  get sessionCount(): number {
    return this.sessions.size;
  }

  /** The level a function needs; the API and callback functions run at every level and check for themselves. */
  accessOf(method: string): AccessLevel {
    const info = this.options.methods[method];
    if (info?.builtIn && BUILT_IN_METHODS.includes(method)) return "user";
    const level = info?.access;
    return isAccessLevel(level) ? level : DEFAULT_ACCESS;
  }

  /** The level a callback needs. */
  callbackAccessOf(callbackId: string): AccessLevel {
    const level = this.options.callbackAccess?.[callbackId];
    return isAccessLevel(level) ? level : DEFAULT_ACCESS;
  }

  private cmapiError(code: number, data?: unknown): CmapiErrorObject {
    const message = this.options.messageOf(code) ?? `Error ${code}`;
    return data === undefined ? { code, message } : { code, message, data };
  }

  /** Handles the text of one message from a client; resolves with the final response to send back. */
  async handleText(session: Session, text: string, facts: RequestFacts = {}): Promise<CmapiResponseMessage> {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      return this.response(null, { error: { ...JSONRPC_ERRORS.PARSE_ERROR } });
    }
    return this.handleMessage(session, message, facts);
  }

  /**
   * Handles one parsed message; resolves with the final response, and never rejects: whatever throws
   * (a validator, a hook, the log) becomes -32603, since the transport would have nothing to answer
   * (and a rejection left unhandled ends a Node process).
   */
  async handleMessage(session: Session, message: unknown, facts: RequestFacts = {}): Promise<CmapiResponseMessage> {
    try {
      return await this.dispatch(session, message, facts);
    } catch (error) {
      this.log("a request failed outside its handler", error);
      return this.response(requestId(message), { error: { ...JSONRPC_ERRORS.INTERNAL_ERROR } });
    }
  }

  /** Reports to the `log` option (never to a client); a log that throws is ignored. */
  log(message: string, error?: unknown): void {
    try {
      this.options.log?.(message, error);
    } catch {
      // A log that throws must not turn an answer into none.
    }
  }

  private async dispatch(session: Session, message: unknown, facts: RequestFacts): Promise<CmapiResponseMessage> {
    const id = requestId(message);
    const depthLimit = this.options.maxMessageDepth ?? DEFAULT_MAX_MESSAGE_DEPTH;
    // Before anything walks it: the validators of a recursive type, and JSON.stringify, recurse once per level.
    if (nestsDeeperThan(message, depthLimit)) return this.response(id, { error: { ...JSONRPC_ERRORS.INVALID_REQUEST, data: `the message nests deeper than ${depthLimit} levels` } });
    if (Array.isArray(message)) {
      return this.response(null, { error: { ...JSONRPC_ERRORS.INVALID_REQUEST, data: "batches are not part of CMAPI: send one message per request" } });
    }
    const invalid = this.envelopeProblem(message);
    if (invalid !== null || id === null || !isRecord(message)) {
      return this.response(id, { error: { ...JSONRPC_ERRORS.INVALID_REQUEST, data: invalid ?? "id must be a non-empty string" } });
    }
    const method = message["method"] as string;
    const params = message["params"] as Record<string, unknown>;
    // Own properties only: a method named "constructor" or "__proto__" must not reach Object's.
    if (!hasOwn(this.options.methods, method)) {
      return this.response(id, { error: { ...JSONRPC_ERRORS.METHOD_NOT_FOUND, data: `no function ${method}` } });
    }
    const builtIn = this.options.methods[method]!.builtIn === true && BUILT_IN_METHODS.includes(method);
    // A function of the spec that this device does not implement is "not supported" (Table 4's 0x00000007).
    if (!builtIn && !(hasOwn(this.options.handlers, method) && typeof this.options.handlers[method] === "function")) {
      return this.response(id, { error: this.cmapiError(this.options.codes.notSupported) });
    }
    // Before the params are looked at: a caller without the grant learns nothing about them.
    const access = facts.sessionProven === false || session.anonymous ? "user" : session.access;
    if (!grants(access, this.accessOf(method))) return this.response(id, { error: this.cmapiError(this.options.codes.accessNotGranted) });
    // Before the schema: its problems would quote the secret, and a huge one costs time to check.
    if (GRANTING_METHODS.includes(method) && !wellFormedSecurityRequest(params["securityRequest"])) {
      return this.response(id, { error: this.cmapiError(this.options.codes.requestMalformed, `securityRequest is a string of at most ${MAX_SECURITY_REQUEST_LENGTH} characters`) });
    }
    const checked = this.options.validation?.validateParams(method as never, params);
    if (checked && !checked.valid) return this.response(id, { error: this.cmapiError(this.options.codes.invalidParameter, checked.problems) });

    const limit = this.options.maxInFlightPerSession ?? 16;
    if (session.inFlight >= limit) return this.response(id, { error: { ...JSONRPC_ERRORS.SERVER_BUSY, data: `at most ${limit} requests at once` } });
    session.inFlight++;
    const lock = !builtIn && this.options.methods[method]!.exclusive ? `${method}|${deviceKey(params)}` : undefined;
    try {
      // Only a hook is awaited: suspending for nothing costs as much as the checks above together.
      const refused = this.options.authorize === undefined ? undefined : await this.options.authorize({ method, params, session });
      if (typeof refused === "number") return this.response(id, { error: this.cmapiError(refused) });
      if (lock !== undefined) {
        if (this.locks.has(lock)) return this.response(id, { error: this.cmapiError(this.options.codes.busy) });
        this.locks.add(lock);
      }
      const result = builtIn ? await this.builtIn(session, method, params, access, facts.sessionProven !== false) : await this.run(session, method, id, params, access);
      return this.response(id, { result });
    } catch (error) {
      if (isCmapiError(error)) return this.response(id, { error: this.cmapiError(error.code, error.data) });
      this.log(`${method} failed`, error);
      return this.response(id, { error: { ...JSONRPC_ERRORS.INTERNAL_ERROR } });
    } finally {
      if (lock !== undefined) this.locks.delete(lock);
      session.inFlight--;
    }
  }

  private async run(session: Session, method: string, id: string, params: Record<string, unknown>, access: AccessLevel): Promise<unknown> {
    const context: HandlerContext = {
      session,
      access,
      method,
      id,
      interim: (stage) => {
        if (!this.options.methods[method]?.interim) {
          this.log(`${method} is not marked [Interim] in the spec, so its interim response "${stage}" was not sent`);
          return;
        }
        if (session.interim) session.deliver({ jsonrpc: JSONRPC_VERSION, cmapiversion: this.options.cmapiVersion, id, cmapistatus: stage, result: {} });
      },
    };
    const result = (await this.options.handlers[method]!(params, context)) ?? {};
    if (this.options.validateResults !== false && this.options.validation) {
      const checked = this.options.validation.validateResult(method as never, result);
      if (!checked.valid) throw new Error(`the handler of ${method} returned a result that does not match the schema: ${checked.text}`);
    }
    return result;
  }

  private envelopeProblem(message: unknown): string | null {
    if (!isRecord(message)) return "a request is a JSON object";
    if (message["jsonrpc"] !== JSONRPC_VERSION) return 'jsonrpc must be "2.0"';
    if (message["cmapiversion"] !== this.options.cmapiVersion) return `cmapiversion must be "${this.options.cmapiVersion}"`;
    if (typeof message["method"] !== "string") return "method must be a string";
    if (message["id"] === undefined || message["id"] === null) return "id is required: CMAPI does not use notifications";
    if (typeof message["id"] !== "string" || message["id"] === "") return "id must be a non-empty string";
    if (!isRecord(message["params"])) return "params must be an object";
    const extra = Object.keys(message).find((key) => !REQUEST_MEMBERS.has(key));
    if (extra !== undefined) return `unknown member ${JSON.stringify(extra)}`;
    return null;
  }

  private async builtIn(session: Session, method: string, params: Record<string, unknown>, access: AccessLevel, proven: boolean): Promise<unknown> {
    switch (method) {
      case API_OPEN:
        return this.openApi(session, params, proven);
      case API_CLOSE:
        this.ownApiSession(session, params);
        if (!proven) throw this.unprovenGrant();
        this.changeGrant(session, "user");
        session.apiSessionId = undefined;
        session.registrations.clear();
        return {};
      case API_GET_LEVEL:
        this.ownApiSession(session, params);
        return { accessLevel: access };
      case API_SET_LEVEL: {
        this.ownApiSession(session, params);
        if (!proven) throw this.unprovenGrant();
        const asked = params["accessLevel"] as AccessLevel;
        // A lower level (or the same) needs no credentials.
        if (!grants(asked, session.access)) this.changeGrant(session, asked);
        else if (asked !== session.access) this.changeGrant(session, await this.verifiedLevel(session, params["securityRequest"] as string, asked));
        return { accessLevel: session.access };
      }
      case CALLBACK_LIST: {
        const registrationList = [...session.registrations].flatMap(([callbackId, devices]) => [...devices].map((device) => (device === "*" ? { callbackId } : { callbackId, deviceId: device })));
        return { registrationListElements: registrationList.length, registrationList };
      }
    }
    const callbackId = params["callbackId"];
    if (typeof callbackId !== "string" || !this.options.callbackIds.includes(callbackId)) throw new CmapiError(this.options.codes.invalidParameter, "", `no callback ${String(callbackId)}`);
    const device = params["deviceId"] === undefined ? "*" : String(params["deviceId"]);
    if (method === CALLBACK_REGISTER) {
      if (session.anonymous) {
        throw new CmapiError(this.options.codes.invalidOperation, "", "an HTTP client receives callbacks only if it sends an X-Cmapi-Client id with every request");
      }
      if (!grants(access, this.callbackAccessOf(callbackId))) throw new CmapiError(this.options.codes.accessNotGranted, "");
      const limit = this.options.maxRegistrationsPerSession ?? DEFAULT_MAX_REGISTRATIONS;
      if (!session.registrations.get(callbackId)?.has(device) && registrationCount(session) >= limit) {
        throw new CmapiError(this.options.codes.invalidOperation, "", `a session may hold at most ${limit} registrations`);
      }
      let devices = session.registrations.get(callbackId);
      if (!devices) session.registrations.set(callbackId, (devices = new Set()));
      devices.add(device);
      return {};
    }
    const devices = session.registrations.get(callbackId);
    if (!devices?.delete(device)) throw new CmapiError(this.options.codes.invalidOperation, "", `not registered for ${callbackId}${device === "*" ? "" : ` on device ${device}`}`);
    if (devices.size === 0) session.registrations.delete(callbackId);
    return {};
  }

  /** CMAPI_API_Open: "user" without credentials, a higher level with credentials that prove it; a failure leaves the session as it was. */
  private async openApi(session: Session, params: Record<string, unknown>, proven: boolean): Promise<unknown> {
    const asked = (params["accessLevel"] as AccessLevel | undefined) ?? "user";
    // A request that does not prove its session changes no grant (not even down to user: that would be a way to lock its owner out).
    if (!proven || (asked !== "user" && session.anonymous)) throw this.unprovenGrant();
    const level = asked === "user" ? "user" : await this.verifiedLevel(session, params["securityRequest"] as string | undefined, asked);
    this.changeGrant(session, level);
    session.apiSessionId = uuid();
    return { sessionId: session.apiSessionId, accessLevel: level };
  }

  /** The level asked for, when the credentials prove it; otherwise the Table 4 code that says why not. Throttled per address and session. */
  private async verifiedLevel(session: Session, securityRequest: string | undefined, asked: AccessLevel): Promise<AccessLevel> {
    const { codes, credentials } = this.options;
    if (!credentials || !credentials.levels.includes(asked)) throw new CmapiError(codes.levelNotSupported, "", credentials ? undefined : "this device has no credentials configured: it grants the user level only");
    if (securityRequest === undefined) throw new CmapiError(codes.authenticationFailed, "", "the level asked for needs a securityRequest");
    const keys = [`address ${session.remoteAddress ?? "unknown"}`, `session ${session.id}`];
    const refusal = await this.throttle.begin(keys);
    if (refusal) {
      const data = refusal.reason === "locked" ? { retryAfterMs: refusal.retryAfterMs, reason: "too many failed attempts" } : { reason: "too many attempts waiting" };
      throw new CmapiError(codes.authenticationFailed, "", data);
    }
    let outcome: AccessLevel | null | number = null;
    try {
      outcome = await credentials.verify(securityRequest);
    } finally {
      await this.throttle.finish(keys, outcome === null || outcome === codes.authenticationFailed);
    }
    if (typeof outcome === "number") throw new CmapiError(outcome, "");
    if (outcome === null) throw new CmapiError(codes.authenticationFailed, "");
    if (!grants(outcome, asked)) throw new CmapiError(codes.authenticationDenied, "");
    return asked;
  }

  /** Close, GetAccessLevel and SetAccessLevel name the session CMAPI_API_Open returned to this client, and no other. */
  private ownApiSession(session: Session, params: Record<string, unknown>): void {
    const named = params["sessionId"];
    if (session.apiSessionId === undefined || typeof named !== "string" || !sameSecret(named, session.apiSessionId)) {
      throw new CmapiError(this.options.codes.invalidParameter, "", session.apiSessionId === undefined ? "the API is not open on this session: call CMAPI_API_Open first" : "sessionId is not this session's");
    }
  }

  private unprovenGrant(): CmapiError {
    return new CmapiError(
      this.options.codes.invalidOperation,
      "",
      "a level above user is kept only by a session the request proves: over HTTP, send an X-Cmapi-Client id, and the X-Cmapi-Session token the server answered, with every request",
    );
  }

  /** Sets a session's level; registrations for callbacks above it end. */
  private changeGrant(session: Session, level: AccessLevel): void {
    session.access = level;
    for (const callbackId of [...session.registrations.keys()]) {
      if (!grants(level, this.callbackAccessOf(callbackId))) session.registrations.delete(callbackId);
    }
  }

  /**
   * Sends a callback message to every client registered for `callbackId` (for this device, or for
   * every device), each message with a new id. Returns how many clients it was sent to. Throws,
   * before anything is sent, for a callback the spec does not have and for a payload that fails its
   * schema or is not JSON; a client whose delivery fails is logged and skipped.
   */
  emit(callbackId: string, payload: unknown, options: { deviceId?: string | number } = {}): number {
    this.knownCallback(callbackId);
    const checked = this.options.validation?.validatePayload(callbackId as never, payload);
    if (checked && !checked.valid) throw new Error(`the payload of ${callbackId} does not match the schema: ${checked.text}`);
    return this.broadcast(callbackId, { result: payload }, options.deviceId);
  }

  /**
   * Table 3's callback "in case of an error": the message carries `{ code, message, data }` instead
   * of a payload, the message being the code's Table 4 text. Sent, filtered and counted as emit() does.
   */
  emitError(callbackId: string, error: { code: number; data?: unknown }, options: { deviceId?: string | number } = {}): number {
    this.knownCallback(callbackId);
    if (this.options.messageOf(error.code) === undefined) throw new Error(`${error.code} is not a code of Table 4: an error callback carries one`);
    return this.broadcast(callbackId, { error: this.cmapiError(error.code, error.data) }, options.deviceId);
  }

  private knownCallback(callbackId: string): void {
    if (!this.options.callbackIds.includes(callbackId)) throw new Error(`no callback ${callbackId}`);
  }

  private broadcast(callbackId: string, body: { result: unknown } | { error: CmapiErrorObject }, deviceId: string | number | undefined): number {
    try {
      JSON.stringify(body);
    } catch (error) {
      throw new Error(`the callback ${callbackId} cannot be sent: it is not JSON (${(error as Error).message})`, { cause: error });
    }
    const device = deviceId === undefined ? undefined : String(deviceId);
    let sent = 0;
    const needed = this.callbackAccessOf(callbackId);
    for (const session of this.sessions) {
      if (!grants(session.access, needed)) continue;
      const devices = session.registrations.get(callbackId);
      if (!devices || !(devices.has("*") || (device !== undefined && devices.has(device)))) continue;
      try {
        session.deliver({ jsonrpc: JSONRPC_VERSION, cmapiversion: this.options.cmapiVersion, id: uuid(), callbackId, ...body } as CmapiCallbackMessage);
        sent++;
      } catch (error) {
        this.log(`delivering ${callbackId} to a client failed`, error);
      }
    }
    return sent;
  }
}
