/**
 * The CMAPI dispatcher, independent of the transport: it checks each request (the envelope of
 * Table 1, the method, the params against the schema), runs the vendor's handler, and answers with
 * a response of Table 2 carrying cmapiversion "1.1". It keeps each client's callback registrations
 * and sends callback messages (Table 3) to every client registered for them. It also holds the
 * locks of exclusive operations. Carried into generated/runtime/.
 *
 * Errors: malformed JSON -32700 (id null); anything that is not a valid request envelope, a batch
 * included, -32600; an unknown method -32601; a function of the spec without a handler 0x00000007; params that fail the function's schema CMAPI code 2
 * "Invalid Parameter" (a Table 4 code, so that a CMAPI application handles it like the specific
 * parameter codes such as 0x00002104; the problems are in `data`); a handler that throws something
 * other than a CmapiError -32603, with no stack trace in the answer.
 */
import { CMAPI_VERSION, CmapiError, JSONRPC_ERRORS, JSONRPC_VERSION, isCmapiError, isRecord, uuid, type CmapiCallbackMessage, type CmapiErrorObject, type CmapiResponseMessage, type ResponseStage } from "./protocol.js";
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
}

export interface HandlerContext {
  readonly session: Session;
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
  handlers: { [method: string]: Handler | undefined };
  methods: { [method: string]: MethodInfo };
  callbackIds: readonly string[];
  /** The Table 4 text of a code: every error message must be it. */
  messageOf(code: number): string | undefined;
  validation?: ServerValidation;
  /** Check each handler's result against the schema before sending it (a vendor bug becomes -32603). */
  validateResults?: boolean;
  /** Refuse a call by returning a security code (0xF0000001-0xF0000005) or throwing a CmapiError. */
  authorize?: (request: AuthorizeRequest) => number | void | Promise<number | void>;
  /** Requests one client may have in progress at once. */
  maxInFlightPerSession?: number;
  /** Where handler failures are reported (never to the client). */
  log?: (message: string, error?: unknown) => void;
}

const CALLBACK_REGISTER = "CMAPI_Callback_Register";
const CALLBACK_UNREGISTER = "CMAPI_Callback_Unregister";
const CALLBACK_LIST = "CMAPI_Callback_GetRegistrations";
/** Functions the runtime answers itself: a vendor never writes them. */
export const BUILT_IN_METHODS: readonly string[] = [CALLBACK_REGISTER, CALLBACK_UNREGISTER, CALLBACK_LIST];

const INVALID_PARAMETER = 2;
const INVALID_OPERATION = 4;
const BUSY = 6;
const NOT_SUPPORTED = 7;

function response(id: string | null, body: { result: unknown } | { error: CmapiErrorObject }): CmapiResponseMessage {
  return { jsonrpc: JSONRPC_VERSION, cmapiversion: CMAPI_VERSION, id, ...body } as CmapiResponseMessage;
}

const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

function deviceKey(params: Record<string, unknown>): string {
  const device = params["deviceId"] ?? params["routerId"];
  return device === undefined ? "*" : String(device);
}

export class CmapiServerCore {
  private readonly sessions = new Set<Session>();
  private readonly locks = new Set<string>();

  constructor(private readonly options: ServerCoreOptions) {}

  openSession(init: Omit<Session, "registrations" | "inFlight" | "id"> & { id?: string }): Session {
    const session: Session = { ...init, id: init.id ?? uuid(), registrations: new Map(), inFlight: 0 };
    this.sessions.add(session);
    return session;
  }

  /** Forgets a client: its registrations go with it. */
  closeSession(session: Session): void {
    this.sessions.delete(session);
    session.registrations.clear();
  }

  get sessionCount(): number {
    return this.sessions.size;
  }

  private cmapiError(code: number, data?: unknown): CmapiErrorObject {
    const message = this.options.messageOf(code) ?? `Error ${code}`;
    return data === undefined ? { code, message } : { code, message, data };
  }

  /** Handles the text of one message from a client; resolves with the final response to send back. */
  async handleText(session: Session, text: string): Promise<CmapiResponseMessage> {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      return response(null, { error: { ...JSONRPC_ERRORS.PARSE_ERROR } });
    }
    return this.handleMessage(session, message);
  }

  async handleMessage(session: Session, message: unknown): Promise<CmapiResponseMessage> {
    if (Array.isArray(message)) {
      return response(null, { error: { ...JSONRPC_ERRORS.INVALID_REQUEST, data: "batches are not part of CMAPI: send one message per request" } });
    }
    const id = isRecord(message) && typeof message["id"] === "string" && message["id"] !== "" ? message["id"] : null;
    const invalid = this.envelopeProblem(message);
    if (invalid !== null || id === null || !isRecord(message)) {
      return response(id, { error: { ...JSONRPC_ERRORS.INVALID_REQUEST, data: invalid ?? "id must be a non-empty string" } });
    }
    const method = message["method"] as string;
    const params = message["params"] as Record<string, unknown>;
    const builtIn = BUILT_IN_METHODS.includes(method);
    // Own properties only: a method named "constructor" or "__proto__" must not reach Object's.
    if (!builtIn && !hasOwn(this.options.methods, method)) {
      return response(id, { error: { ...JSONRPC_ERRORS.METHOD_NOT_FOUND, data: `no function ${method}` } });
    }
    // A function of the spec that this device does not implement is "not supported" (Table 4's 0x00000007).
    if (!builtIn && !(hasOwn(this.options.handlers, method) && typeof this.options.handlers[method] === "function")) {
      return response(id, { error: this.cmapiError(NOT_SUPPORTED) });
    }
    const checked = this.options.validation?.validateParams(method as never, params);
    if (checked && !checked.valid) return response(id, { error: this.cmapiError(INVALID_PARAMETER, checked.problems) });

    const limit = this.options.maxInFlightPerSession ?? 16;
    if (session.inFlight >= limit) return response(id, { error: { ...JSONRPC_ERRORS.SERVER_BUSY, data: `at most ${limit} requests at once` } });
    session.inFlight++;
    const lock = !builtIn && this.options.methods[method]!.exclusive ? `${method}|${deviceKey(params)}` : undefined;
    try {
      const refused = await this.options.authorize?.({ method, params, session });
      if (typeof refused === "number") return response(id, { error: this.cmapiError(refused) });
      if (lock !== undefined) {
        if (this.locks.has(lock)) return response(id, { error: this.cmapiError(BUSY) });
        this.locks.add(lock);
      }
      const result = builtIn ? this.builtIn(session, method, params) : await this.run(session, method, id, params);
      return response(id, { result });
    } catch (error) {
      if (isCmapiError(error)) return response(id, { error: this.cmapiError(error.code, error.data) });
      this.options.log?.(`${method} failed`, error);
      return response(id, { error: { ...JSONRPC_ERRORS.INTERNAL_ERROR } });
    } finally {
      if (lock !== undefined) this.locks.delete(lock);
      session.inFlight--;
    }
  }

  private async run(session: Session, method: string, id: string, params: Record<string, unknown>): Promise<unknown> {
    const context: HandlerContext = {
      session,
      method,
      id,
      interim: (stage) => {
        if (!this.options.methods[method]?.interim) {
          this.options.log?.(`${method} is not marked [Interim] in the spec, so its interim response "${stage}" was not sent`);
          return;
        }
        if (session.interim) session.deliver({ jsonrpc: JSONRPC_VERSION, cmapiversion: CMAPI_VERSION, id, cmapistatus: stage, result: {} });
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
    if (message["cmapiversion"] !== CMAPI_VERSION) return `cmapiversion must be "${CMAPI_VERSION}"`;
    if (typeof message["method"] !== "string") return "method must be a string";
    if (message["id"] === undefined || message["id"] === null) return "id is required: CMAPI does not use notifications";
    if (typeof message["id"] !== "string" || message["id"] === "") return "id must be a non-empty string";
    if (!isRecord(message["params"])) return "params must be an object";
    const allowed = new Set(["jsonrpc", "cmapiversion", "method", "id", "params"]);
    const extra = Object.keys(message).find((key) => !allowed.has(key));
    if (extra !== undefined) return `unknown member ${JSON.stringify(extra)}`;
    return null;
  }

  private builtIn(session: Session, method: string, params: Record<string, unknown>): unknown {
    if (method === CALLBACK_LIST) {
      return {
        registrations: [...session.registrations].flatMap(([callbackId, devices]) => [...devices].map((device) => (device === "*" ? { callbackId } : { callbackId, deviceId: device }))),
      };
    }
    const callbackId = params["callbackId"];
    if (typeof callbackId !== "string" || !this.options.callbackIds.includes(callbackId)) throw new CmapiError(INVALID_PARAMETER, "", `no callback ${String(callbackId)}`);
    const device = params["deviceId"] === undefined ? "*" : String(params["deviceId"]);
    if (method === CALLBACK_REGISTER) {
      if (session.anonymous) {
        throw new CmapiError(INVALID_OPERATION, "", "an HTTP client receives callbacks only if it sends an X-Cmapi-Client id with every request");
      }
      let devices = session.registrations.get(callbackId);
      if (!devices) session.registrations.set(callbackId, (devices = new Set()));
      devices.add(device);
      return {};
    }
    const devices = session.registrations.get(callbackId);
    if (!devices?.delete(device)) throw new CmapiError(INVALID_OPERATION, "", `not registered for ${callbackId}${device === "*" ? "" : ` on device ${device}`}`);
    if (devices.size === 0) session.registrations.delete(callbackId);
    return {};
  }

  /**
   * Sends a callback message to every client registered for `callbackId` (for this device, or for
   * every device), each message with a new id. Returns how many clients it was sent to.
   */
  emit(callbackId: string, payload: unknown, options: { deviceId?: string | number } = {}): number {
    if (!this.options.callbackIds.includes(callbackId)) throw new Error(`no callback ${callbackId}`);
    const checked = this.options.validation?.validatePayload(callbackId as never, payload);
    if (checked && !checked.valid) throw new Error(`the payload of ${callbackId} does not match the schema: ${checked.text}`);
    const device = options.deviceId === undefined ? undefined : String(options.deviceId);
    let sent = 0;
    for (const session of this.sessions) {
      const devices = session.registrations.get(callbackId);
      if (!devices || !(devices.has("*") || (device !== undefined && devices.has(device)))) continue;
      session.deliver({ jsonrpc: JSONRPC_VERSION, cmapiversion: CMAPI_VERSION, id: uuid(), callbackId, result: payload });
      sent++;
    }
    return sent;
  }
}
