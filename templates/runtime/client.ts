/**
 * The CMAPI client as Appendix D describes it: a table of pending calls by id, a table of
 * registered callbacks by callbackId, expiry of calls after the validity period, and an error
 * handler for whatever matches neither (section 5.5.1.4). The transport is pluggable: WebSocket
 * (transport-websocket.ts) or HTTP with long polling (transport-http.ts). Carried into generated/runtime/.
 *
 * Connection loss: a transport that reconnects reports `disconnected` and then `connected`. Calls
 * made meanwhile wait in an outbox (bounded) until the connection is back or their validity period
 * ends. When the server kept the session (`resumed`), calls in flight get their answers by replay;
 * when it did not, they reject with kind "connection-lost" (a Connect must not run twice) unless
 * made with `{ retry: true }`, and every registration is made again.
 *
 * A client that has never connected is another matter: nothing says the device will ever answer at
 * that URL (a typo, nothing listening, DNS, TLS, an HTTP 404). Calls wait for the first connection
 * `connectTimeoutMs` (10 s) from the client's start; then they reject with kind "unreachable", whose
 * message names the URL and the cause, and calls made later reject with it at once while the
 * transport keeps trying in the background. Once connected, an outage never does this: calls wait.
 */
import { DEFAULT_MAX_MESSAGE_DEPTH, nestsDeeperThan } from "./json-depth.js";
import { CmapiError, JSONRPC_VERSION, isFinalResponse, isRecord, uuid, type CmapiCallbackMessage, type CmapiRequestMessage, type CmapiResponseMessage } from "./protocol.js";
import type { AccessLevel } from "./access.js";
import type { ValidationResult } from "./validation.js";

export type ClientState = "connecting" | "open" | "reconnecting" | "closed";

/** What a transport gets from the client. */
export interface TransportEvents {
  /** A message arrived (the raw text of one message). */
  message(text: string): void;
  /** The transport can no longer deliver anything and will not try again; pending calls fail with this error. */
  closed(error: Error): void;
  /** Something went wrong that concerns no call in particular. */
  problem(error: Error): void;
  /** The connection is open (again). `resumed`: the server kept this client's session; false: a new one, without registrations. */
  connected(info: { resumed: boolean }): void;
  /** The connection broke; the transport is trying again. */
  disconnected(error: Error): void;
}

export interface ClientTransport {
  start(events: TransportEvents): void;
  /** Sends one request message; rejects when it cannot be sent (an error with `notSent: true` when it surely did not reach the server). */
  send(message: CmapiRequestMessage): Promise<void>;
  /** Whether the client expects messages it did not ask for (registered callbacks, pending calls). */
  setListening(listening: boolean): void;
  close(): Promise<void>;
  /** A transport that reports `connected` sets this: the client then holds calls until it does. */
  readonly reportsConnection?: boolean;
  /** The URL it connects to, for messages. */
  readonly endpoint?: string;
}

/** An error of a transport's send saying the request surely did not reach the server, so sending it again is safe. */
export function notSentError(message: string, cause?: unknown): Error {
  return Object.assign(new Error(message, cause === undefined ? undefined : { cause }), { notSent: true });
}

const wasNotSent = (error: unknown): boolean => (error as { notSent?: unknown } | undefined)?.notSent === true;

/**
 * A transport's error for an attempt to connect that failed: "ws://127.0.0.1:9/cmapi is unreachable:
 * connection refused (ECONNREFUSED)". `cause` as connectionFailure() words it.
 */
export function unreachableError(url: string, cause: string, error?: unknown): Error {
  return Object.assign(new Error(`${url} is unreachable: ${cause}`, error === undefined ? undefined : { cause: error }), { unreachable: true });
}

const isUnreachable = (error: unknown): boolean => (error as { unreachable?: unknown } | undefined)?.unreachable === true;

/** Reasons of the HTTP statuses a device or a proxy in the way may answer a connection attempt with. */
const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  410: "Gone",
  426: "Upgrade Required",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/** "HTTP 404 (Not Found)". */
export function httpStatusText(status: number): string {
  const reason = STATUS_TEXT[status];
  return `HTTP ${status}${reason ? ` (${reason})` : ""}`;
}

/** Node's error codes for a name that did not resolve, a connection that was refused or did not get through. */
const SOCKET_CODES: Readonly<Record<string, string>> = {
  ECONNREFUSED: "connection refused",
  ENOTFOUND: "DNS: no such host",
  EAI_AGAIN: "DNS: the name could not be resolved now",
  EAI_FAIL: "DNS: the name could not be resolved",
  ECONNRESET: "the connection was reset",
  EHOSTUNREACH: "no route to the host",
  ENETUNREACH: "the network is unreachable",
  ETIMEDOUT: "the connection timed out",
  EADDRNOTAVAIL: "the address is not available",
};

/**
 * Why an attempt to connect failed, in a few words and the system's code where there is one:
 * "connection refused (ECONNREFUSED)", "DNS: no such host (ENOTFOUND)", "TLS failed:
 * self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT)", "the server answered HTTP 404 (Not Found) instead of
 * opening a WebSocket". Reads the errors of `ws` (an error event's `error`, with `code`) and of
 * fetch (a TypeError whose `cause` has the code). Undefined when the error says nothing more than
 * that it failed (a browser's WebSocket error event, its "Failed to fetch").
 */
export function connectionFailure(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  for (let current = error; current !== undefined && current !== null && !seen.has(current); current = (current as { cause?: unknown }).cause) {
    seen.add(current);
    const { code, message, status } = current as { code?: unknown; message?: unknown; status?: unknown };
    const text = typeof message === "string" ? message : "";
    if (typeof status === "number") return text || httpStatusText(status);
    if ((current as { timeout?: unknown }).timeout === true) return text;
    const upgrade = /^Unexpected server response: (\d+)/.exec(text);
    if (upgrade) return `the server answered ${httpStatusText(Number(upgrade[1]))} instead of opening a WebSocket`;
    if (typeof code === "string") {
      if (SOCKET_CODES[code]) return `${SOCKET_CODES[code]} (${code})`;
      if (/CERT|SSL|TLS|EPROTO/.test(code)) {
        // OpenSSL's messages end "...:SSL routines:ssl3_get_record:wrong version number:../deps/...": keep the words.
        const openssl = /SSL routines:[^:]*:([^:]+)/.exec(text)?.[1];
        return `TLS failed: ${openssl ?? text.replace(/^\w+ EPROTO /, "")} (${code})`;
      }
      return `${text || "failed"} (${code})`;
    }
    // fetch refuses some ports outright (the Fetch standard's "bad ports", 9 among them).
    if (text === "bad port") return 'fetch refuses this port (a "bad port" of the Fetch standard)';
  }
  const text = (error as { message?: unknown } | undefined)?.message;
  return typeof text === "string" && text !== "" && !/^(fetch failed|failed to fetch|load failed|networkerror when attempting to fetch resource\.?)$/i.test(text) ? text : undefined;
}

/** Failures of the client or its transport, as opposed to errors the device answered (CmapiError). */
export class CmapiClientError extends Error {
  constructor(
    /**
     * "connection-lost": the call was sent, the connection broke before its answer, and the server did not keep the session: it may or may not have run.
     * "unreachable": the client has not connected once within `connectTimeoutMs` (or the transport gave up on its first attempt); the message names the URL and the cause.
     */
    readonly kind: "timeout" | "closed" | "send" | "invalid-response" | "connection-lost" | "unreachable",
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "CmapiClientError";
  }
}

/** Something the client received or did that no call or callback could take (section 5.5.1.4). */
export interface ClientProblem {
  kind: "unmatched-id" | "unregistered-callback" | "malformed-message" | "invalid-message" | "callback-threw" | "callback-error" | "transport" | "re-register" | "open-api";
  message: string;
  /** The message concerned, when there is one. */
  received?: unknown;
  error?: unknown;
}

export type ResultCallback<R> = (response: CmapiResponseMessage<R>) => void;

export interface ClientValidation {
  validateResponse(method: never, message: unknown): ValidationResult;
  validateCallback(message: unknown): ValidationResult;
}

/** What a state change tells: `resumed` when the connection opened, `error` when it broke. */
export interface StateChange {
  state: ClientState;
  resumed?: boolean;
  error?: Error;
}

export interface ClientOptions {
  /** How long a call's id stays in the pending table, waiting for responses. Appendix D: "for example, 30 minutes". */
  validityPeriodMs?: number;
  /** Receives every problem: unmatched ids, unregistered callbackIds, malformed messages, callbacks that throw. */
  onProblem?: (problem: ClientProblem) => void;
  /** Validate every response and callback message with the generated validators (import `validation` from validation.js). */
  validation?: ClientValidation;
  /** Calls that may wait for the connection at once; more reject with kind "send". */
  maxWaitingCalls?: number;
  /**
   * How long calls wait for the first connection, from the client's start (default 10 s). A client
   * that has not connected by then rejects its waiting calls with a CmapiClientError of kind
   * "unreachable" ("ws://127.0.0.1:9/cmapi is unreachable: connection refused (ECONNREFUSED)"), and
   * every call made afterwards at once, with the latest cause, until it connects: the transport goes
   * on trying in the background (`reconnect`), and `waitFor("open")` waits for that. Only before the
   * first connection: a device that was reachable and went away (a reboot) makes calls wait for it,
   * up to their validity period. `Infinity` waits for the first connection as for a lost one.
   */
  connectTimeoutMs?: number;
  /** Called on every change of the connection state. */
  onStateChange?: (change: StateChange) => void;
  /**
   * Open the API with these (CMAPI_API_Open) before any other call, and again on every new
   * session, before registering again. Kept in this object's memory only.
   */
  credentials?: ApiCredentials;
}

/** What CMAPI_API_Open is called with. */
export interface ApiCredentials {
  /** The level asked for. */
  accessLevel: AccessLevel;
  /** The device's secret for that level; absent for "user". */
  securityRequest?: string;
  /** Shown by the device and written to its logs. */
  applicationName?: string;
}

/** What the device granted: CMAPI_API_Open's result. */
export interface ApiGrant {
  sessionId: string;
  accessLevel: AccessLevel;
}

/** What the core takes besides the application's options: the spec's `cmapiversion`, which the generated client passes in. */
export interface ClientCoreOptions extends ClientOptions {
  /** The `cmapiversion` every request carries: the spec's `x-cmapi-version`. */
  cmapiVersion: string;
}

/** Per call: `retry: true` when running it twice does no harm (a read, a registration), so it is sent again after a lost connection. */
export interface CallOptions {
  retry?: boolean;
}

interface PendingCall {
  message: CmapiRequestMessage;
  callback: ((response: CmapiResponseMessage) => void) | undefined;
  settle: ((response: CmapiResponseMessage) => void) | undefined;
  fail: ((error: Error) => void) | undefined;
  timer: ReturnType<typeof setTimeout>;
  retry: boolean;
  /** Handed to the transport: it may have reached the server. */
  sent: boolean;
}

/** What on() keeps for one handler: where its payloads go, and where its error callbacks go (Table 3), if anywhere. */
interface CallbackHandler {
  result(message: CmapiCallbackMessage): void;
  error?: (error: CmapiError, message: CmapiCallbackMessage) => void;
}

export interface CallbackOptions {
  /**
   * Receives the callback messages that carry an error instead of a payload (Table 3: `{ code,
   * message, data }`), as a CmapiError. Without it they go to onProblem, as "callback-error".
   */
  onError?: (error: CmapiError, message: CmapiCallbackMessage) => void;
}

export const DEFAULT_VALIDITY_PERIOD_MS: number = 30 * 60 * 1000;
export const DEFAULT_MAX_WAITING_CALLS: number = 100;
export const DEFAULT_CONNECT_TIMEOUT_MS: number = 10_000;

const REGISTER = "CMAPI_Callback_Register";
const OPEN = "CMAPI_API_Open";
const DEFAULT_APPLICATION_NAME = "opencmapi-gen client";
/** How soon a request the transport could not send goes out again while the connection counts as open. */
const RESEND_DELAY_MS = 100;

/**
 * Calls are typed by the generated `CmapiMethods` and `CmapiCallbacks` maps.
 *
 * Two styles. With a callback, the callback receives every response carrying the call's id
 * ("received", "processing", the final one) until the validity period expires. Without one, the
 * Promise resolves with the result of the final response (the first one without cmapistatus
 * "received"/"processing") or rejects with a CmapiError for an error response, or with a
 * CmapiClientError when the validity period expires, the connection is lost or the client closes first.
 */
export class CmapiClientCore<Methods extends { [M in keyof Methods]: { params: unknown; result: unknown } }, Callbacks> {
  private readonly pending = new Map<string, PendingCall>();
  /** Ids of calls waiting for the connection, in the order they were made. */
  private outbox: string[] = [];
  private readonly callbacks = new Map<string, Set<CallbackHandler>>();
  /** What register() asked the device for, made again on a new session: key "callbackId|deviceId". */
  private readonly registrations = new Map<string, { callbackId: string; deviceId?: string | number }>();
  private readonly stateListeners = new Set<(change: StateChange) => void>();
  private readonly validityPeriodMs: number;
  private readonly maxWaitingCalls: number;
  private closedWith: Error | undefined;
  private currentState: ClientState;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private credentials: ApiCredentials | undefined;
  private grant: ApiGrant | undefined;
  /** While the API is being opened on a new session, other calls wait in the outbox: they need its grant. */
  private opening: Promise<ApiGrant> | undefined;
  /** The transport has connected once: from then on, calls wait through outages. */
  private everConnected = false;
  /** Why the attempts to connect failed so far, before the first connection. */
  private connectFailure: Error | undefined;
  private connectTimer: ReturnType<typeof setTimeout> | undefined;
  /** Set when connectTimeoutMs passed without a first connection: calls reject with it at once. */
  private unreachableWith: CmapiClientError | undefined;

  constructor(
    private readonly transport: ClientTransport,
    private readonly options: ClientCoreOptions,
  ) {
    this.validityPeriodMs = options.validityPeriodMs ?? DEFAULT_VALIDITY_PERIOD_MS;
    this.maxWaitingCalls = options.maxWaitingCalls ?? DEFAULT_MAX_WAITING_CALLS;
    this.currentState = transport.reportsConnection ? "connecting" : "open";
    if (options.onStateChange) this.stateListeners.add(options.onStateChange);
    const connectTimeoutMs = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
    if (this.currentState === "connecting" && Number.isFinite(connectTimeoutMs)) {
      this.connectTimer = setTimeout(() => this.giveUpWaiting(connectTimeoutMs), Math.max(0, connectTimeoutMs));
      (this.connectTimer as { unref?: () => void }).unref?.();
    }
    transport.start({
      message: (text) => this.receive(text),
      closed: (error) => this.failAll(error),
      problem: (error) => this.report({ kind: "transport", message: error.message, error }),
      connected: ({ resumed }) => this.connected(resumed),
      disconnected: (error) => this.disconnected(error),
    });
    this.credentials = options.credentials;
    if (this.credentials && this.currentState === "open") void this.openAgain();
  }

  /** What CMAPI_API_Open granted on the current session (undefined before, or when it failed). */
  get apiGrant(): ApiGrant | undefined {
    return this.grant;
  }

  /**
   * Opens the API with `credentials` (CMAPI_API_Open) and keeps them, in memory, to open it again on
   * every new session. Rejects with the device's CmapiError (0xF0000002 wrong secret, ...).
   */
  async openApi(credentials: ApiCredentials): Promise<ApiGrant> {
    this.credentials = credentials;
    return this.openAgain();
  }

  /** Opens the API with the kept credentials; calls made meanwhile wait for it. */
  private openAgain(): Promise<ApiGrant> {
    const credentials = this.credentials!;
    const params = { applicationName: credentials.applicationName ?? DEFAULT_APPLICATION_NAME, accessLevel: credentials.accessLevel, ...(credentials.securityRequest !== undefined ? { securityRequest: credentials.securityRequest } : {}) };
    this.grant = undefined;
    const opening = (this.invoke(OPEN, params, undefined, { retry: true }, true) as Promise<ApiGrant>).then((grant) => {
      if (this.opening === opening) this.grant = grant;
      return grant;
    });
    this.opening = opening;
    const done = () => {
      if (this.opening !== opening) return;
      this.opening = undefined;
      if (this.currentState === "open") this.flush();
    };
    opening.then(done, (error: unknown) => {
      this.report({ kind: "open-api", message: `could not open the API at level ${credentials.accessLevel}: ${(error as Error).message}`, error });
      done();
    });
    return opening;
  }

  /** The connection's state: "connecting" until first open, "reconnecting" while it is down, "closed" for good. */
  get state(): ClientState {
    return this.currentState;
  }

  /** Calls `listener` on every state change; returns the function that stops it. */
  onStateChange(listener: (change: StateChange) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  /** Resolves when the state is `state` (at once if it is); rejects after `timeoutMs`, or when the client closes first. */
  waitFor(state: ClientState, options: { timeoutMs?: number } = {}): Promise<void> {
    if (this.currentState === state) return Promise.resolve();
    return new Promise((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const stop = this.onStateChange((change) => {
        if (change.state === state) finish(undefined);
        else if (change.state === "closed") finish(new CmapiClientError("closed", `the client closed while waiting for the state "${state}"`));
      });
      const finish = (error: Error | undefined) => {
        stop();
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      };
      if (options.timeoutMs !== undefined) timer = setTimeout(() => finish(new CmapiClientError("timeout", `the connection was not "${state}" within ${options.timeoutMs} ms`)), options.timeoutMs);
    });
  }

  private changeState(change: StateChange): void {
    if (this.currentState === "closed") return;
    this.currentState = change.state;
    for (const listener of [...this.stateListeners]) {
      try {
        listener(change);
      } catch (error) {
        this.report({ kind: "callback-threw", message: `a state listener threw: ${(error as Error)?.message ?? String(error)}`, error });
      }
    }
  }

  /** Calls a function by its spec name: a Promise for the final result. */
  call<M extends keyof Methods & string>(method: M, params: Methods[M]["params"], options?: CallOptions): Promise<Methods[M]["result"]>;
  /** Calls a function by its spec name; `callback` gets every response. Returns the call's id. */
  call<M extends keyof Methods & string>(method: M, params: Methods[M]["params"], callback: ResultCallback<Methods[M]["result"]>, options?: CallOptions): string;
  call<M extends keyof Methods & string>(method: M, params: Methods[M]["params"], callbackOrOptions?: ResultCallback<Methods[M]["result"]> | CallOptions, options?: CallOptions): Promise<Methods[M]["result"]> | string {
    if (typeof callbackOrOptions === "function") return this.invoke(method, params, callbackOrOptions, options);
    return this.invoke(method, params, undefined, callbackOrOptions);
  }

  /** `ungated`: sent even while the API is being opened (the opening call itself). */
  protected invoke(method: string, params: unknown, callback?: ResultCallback<any>, options: CallOptions = {}, ungated = false): Promise<any> | string {
    const id = uuid();
    const message: CmapiRequestMessage = { jsonrpc: JSONRPC_VERSION, cmapiversion: this.options.cmapiVersion, method, id, params: (params ?? {}) as Record<string, unknown> };
    const retry = options.retry === true;
    if (callback) {
      this.track(message, retry, { callback, settle: undefined, fail: (error) => this.report({ kind: "transport", message: `${method} (${id}): ${error.message}`, error }) }, ungated);
      return id;
    }
    return new Promise((resolve, reject) => {
      this.track(
        message,
        retry,
        {
          callback: undefined,
          settle: (response) => (response.error ? reject(new CmapiError(response.error.code, response.error.message, response.error.data)) : resolve(response.result)),
          fail: reject,
        },
        ungated,
      );
    });
  }

  private track(message: CmapiRequestMessage, retry: boolean, call: Pick<PendingCall, "callback" | "settle" | "fail">, ungated: boolean): void {
    const refusedWith = this.closedWith ?? this.unreachableWith;
    if (refusedWith) {
      queueMicrotask(() => call.fail?.(refusedWith));
      return;
    }
    if (this.currentState !== "open" && this.outbox.length >= this.maxWaitingCalls) {
      queueMicrotask(() => call.fail?.(new CmapiClientError("send", `${message.method}: ${this.maxWaitingCalls} calls already wait for the connection`)));
      return;
    }
    const timer = setTimeout(() => this.expire(message.id), this.validityPeriodMs);
    (timer as { unref?: () => void }).unref?.();
    this.pending.set(message.id, { ...call, message, timer, retry, sent: false });
    this.updateListening();
    if (this.currentState === "open" && (ungated || this.opening === undefined)) this.send(message.id);
    else if (ungated) this.outbox.unshift(message.id);
    else this.outbox.push(message.id);
  }

  private send(id: string): void {
    const call = this.pending.get(id);
    if (!call || this.closedWith) return;
    call.sent = true;
    const { message } = call;
    this.transport.send(message).catch((error: unknown) => {
      if (this.pending.get(id) !== call) return;
      // Surely not delivered, or safe to repeat, while the connection is down: it waits for the connection.
      if (wasNotSent(error) || (call.retry && this.currentState !== "open")) {
        call.sent = false;
        this.outbox.push(id);
        // The transport could not send although it did not say it was down (a socket closing): try again shortly, not in a loop.
        if (this.currentState === "open") this.flushSoon();
        return;
      }
      this.forget(id);
      const lost = this.currentState === "reconnecting";
      call.fail?.(
        lost
          ? new CmapiClientError("connection-lost", `${message.method}: the connection was lost while sending it; it may or may not have run: ${(error as Error).message}`, { cause: error })
          : new CmapiClientError("send", `could not send ${message.method}: ${(error as Error).message}`, { cause: error }),
      );
    });
  }

  private disconnected(error: Error): void {
    if (!this.everConnected) {
      this.connectFailure = error;
      // Calls made from now on fail with the latest cause.
      if (this.unreachableWith) this.unreachableWith = this.unreachable(error);
    }
    this.changeState({ state: "reconnecting", error });
  }

  /** The error of a client that has not reached the server: the transport's words, which name the URL and the cause. */
  private unreachable(failure: Error | undefined, waitedMs?: number): CmapiClientError {
    const where = this.transport.endpoint ?? "the server";
    if (!failure) return new CmapiClientError("unreachable", `${where} is unreachable: no connection within ${waitedMs} ms (timeout)`);
    return new CmapiClientError("unreachable", isUnreachable(failure) ? failure.message : `${where} is unreachable: ${failure.message}`, { cause: failure });
  }

  /** connectTimeoutMs passed without a first connection: the waiting calls reject, and later ones at once, until it connects. */
  private giveUpWaiting(waitedMs: number): void {
    this.connectTimer = undefined;
    if (this.everConnected || this.closedWith) return;
    const error = this.unreachable(this.connectFailure, waitedMs);
    this.unreachableWith = error;
    for (const [id, call] of [...this.pending]) {
      this.forget(id);
      call.fail?.(error);
    }
  }

  private connected(resumed: boolean): void {
    if (this.closedWith) return;
    this.everConnected = true;
    clearTimeout(this.connectTimer);
    this.connectTimer = undefined;
    this.unreachableWith = this.connectFailure = undefined;
    if (!resumed) {
      // A new session: what was in flight may have run or not, and the device knows none of our registrations.
      for (const [id, call] of [...this.pending]) {
        if (!call.sent) continue;
        if (call.retry) {
          call.sent = false;
          this.outbox.push(id);
          continue;
        }
        this.forget(id);
        call.fail?.(new CmapiClientError("connection-lost", `${call.message.method} (${id}): the connection was lost before its answer, and the server did not keep the session; it may or may not have run`));
      }
    }
    this.changeState({ state: "open", resumed });
    if (!resumed && this.credentials) {
      // The grant ended with the old session: open again first, then register (a callback may need the grant).
      // An opening already waiting to be sent (openApi before the first connection) serves.
      (this.opening ?? this.openAgain()).then(
        () => this.registerAgain(),
        () => this.registerAgain(),
      );
      this.flushOpening();
      return;
    }
    if (!resumed) this.registerAgain();
    this.flush();
  }

  /** Sends the opening call (and only it) while other calls wait for its answer. */
  private flushOpening(): void {
    const opening = this.outbox.filter((id) => this.pending.get(id)?.message.method === OPEN);
    this.outbox = this.outbox.filter((id) => !opening.includes(id));
    for (const id of opening) this.send(id);
  }

  private flush(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    if (this.opening !== undefined) return this.flushOpening();
    const waiting = this.outbox;
    this.outbox = [];
    for (const id of waiting) this.send(id);
  }

  private flushSoon(): void {
    this.flushTimer ??= setTimeout(() => {
      this.flushTimer = undefined;
      if (this.currentState === "open") this.flush();
    }, RESEND_DELAY_MS);
  }

  private registerAgain(): void {
    for (const { callbackId, deviceId } of this.registrations.values()) {
      const params = { callbackId, ...(deviceId !== undefined ? { deviceId } : {}) };
      (this.invoke(REGISTER, params, undefined, { retry: true }) as Promise<unknown>).catch((error: unknown) =>
        this.report({ kind: "re-register", message: `could not register again for ${callbackId}: ${(error as Error).message}`, error }),
      );
    }
  }

  private expire(id: string): void {
    const call = this.pending.get(id);
    if (!call) return;
    this.forget(id);
    if (call.settle) call.fail?.(new CmapiClientError("timeout", `${call.message.method} (${id}): no final response within the validity period of ${this.validityPeriodMs} ms`));
  }

  private forget(id: string): void {
    const call = this.pending.get(id);
    if (call) clearTimeout(call.timer);
    this.pending.delete(id);
    const waiting = this.outbox.indexOf(id);
    if (waiting >= 0) this.outbox.splice(waiting, 1);
    this.updateListening();
  }

  /** `byApp`: close() was called; a callback-style call then ends without a word (nobody waits on it but the callback the app is closing). */
  private failAll(error: Error, byApp = false): void {
    clearTimeout(this.connectTimer);
    this.connectTimer = undefined;
    // A transport that gave up on its first attempt (reconnect: false) could not reach the server at all.
    this.closedWith ??= !this.everConnected && isUnreachable(error) ? new CmapiClientError("unreachable", error.message, { cause: error }) : new CmapiClientError("closed", `the connection closed: ${error.message}`, { cause: error });
    for (const [id, call] of [...this.pending]) {
      this.forget(id);
      if (call.settle || !byApp) call.fail?.(this.closedWith);
    }
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    this.outbox = [];
    this.changeState({ state: "closed", error });
    this.stateListeners.clear();
  }

  /** Routes a message per Tables 7 and 10: by id to a pending call, else by callbackId, else to onProblem. */
  private receive(text: string): void {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch (error) {
      this.report({ kind: "malformed-message", message: "a message that is not JSON", received: text, error });
      return;
    }
    if (!isRecord(message)) {
      this.report({ kind: "malformed-message", message: "a message that is not a JSON object", received: message });
      return;
    }
    // As the server does: a validator of a recursive type would recurse once per level.
    if (nestsDeeperThan(message, DEFAULT_MAX_MESSAGE_DEPTH)) {
      this.report({ kind: "malformed-message", message: `a message nested deeper than ${DEFAULT_MAX_MESSAGE_DEPTH} levels`, received: text.slice(0, 200) });
      return;
    }
    const call = typeof message["id"] === "string" ? this.pending.get(message["id"]) : undefined;
    if (call && message["callbackId"] === undefined) {
      this.deliverResponse(message["id"] as string, call, message as unknown as CmapiResponseMessage);
      return;
    }
    const callbackId = message["callbackId"];
    if (typeof callbackId === "string" && callbackId !== "") {
      const handlers = this.callbacks.get(callbackId);
      if (!handlers || handlers.size === 0) {
        this.report({ kind: "unregistered-callback", message: `a callback message for ${callbackId}, which is not registered`, received: message });
        return;
      }
      if (!this.valid(message, () => this.options.validation?.validateCallback(message))) return;
      const callback = message as unknown as CmapiCallbackMessage;
      if (callback.error !== undefined) return this.receiveErrorCallback(callback, handlers);
      for (const handler of handlers) this.safely(() => handler.result(callback), message);
      return;
    }
    this.report({ kind: "unmatched-id", message: `a message whose id ${JSON.stringify(message["id"])} matches no pending call and which has no callbackId`, received: message });
  }

  private receiveErrorCallback(message: CmapiCallbackMessage, handlers: Set<CallbackHandler>): void {
    const { code, message: text, data } = message.error!;
    const error = new CmapiError(code, text, data);
    const listening = [...handlers].filter((handler) => handler.error !== undefined);
    if (listening.length === 0) {
      this.report({ kind: "callback-error", message: `${message.callbackId} reported error ${code}: ${text}`, received: message, error });
      return;
    }
    for (const handler of listening) this.safely(() => handler.error!(error, message), message);
  }

  private deliverResponse(id: string, call: PendingCall, response: CmapiResponseMessage): void {
    if (!this.valid(response, () => this.options.validation?.validateResponse(call.message.method as never, response))) {
      if (call.settle && isFinalResponse(response)) {
        this.forget(id);
        call.fail?.(new CmapiClientError("invalid-response", `${call.message.method}: the response does not match the schema`));
      }
      return;
    }
    if (call.callback) this.safely(() => call.callback!(response), response);
    if (call.settle && isFinalResponse(response)) {
      this.forget(id);
      call.settle(response);
    }
  }

  private valid(message: unknown, validate: () => ValidationResult | undefined): boolean {
    const result = validate();
    if (!result || result.valid) return true;
    this.report({ kind: "invalid-message", message: `a message that does not match the schema: ${result.text}`, received: message });
    return false;
  }

  private safely(work: () => void, received: unknown): void {
    try {
      work();
    } catch (error) {
      this.report({ kind: "callback-threw", message: `an application callback threw: ${(error as Error)?.message ?? String(error)}`, received, error });
    }
  }

  private report(problem: ClientProblem): void {
    try {
      this.options.onProblem?.(problem);
    } catch {
      // The problem handler itself failed: there is nowhere left to report it.
    }
  }

  /** Routes callback messages of `callbackId` to `handler`, without telling the device (Table 8's local step). */
  on<C extends keyof Callbacks & string>(callbackId: C, handler: (payload: Callbacks[C], message: CmapiCallbackMessage<Callbacks[C]>) => void, options: CallbackOptions = {}): () => void {
    const wrapped: CallbackHandler = {
      result: (message) => handler(message.result as Callbacks[C], message as CmapiCallbackMessage<Callbacks[C]>),
      ...(options.onError ? { error: options.onError } : {}),
    };
    let handlers = this.callbacks.get(callbackId);
    if (!handlers) this.callbacks.set(callbackId, (handlers = new Set()));
    handlers.add(wrapped);
    this.updateListening();
    return () => {
      handlers!.delete(wrapped);
      if (handlers!.size === 0) this.callbacks.delete(callbackId);
      this.updateListening();
    };
  }

  /**
   * Registers with the device for `callbackId` (CMAPI_Callback_Register) and routes its messages to
   * `handler`. The registration is made again whenever the client gets a new session (the server
   * restarted, or forgot this client), until the returned function unregisters.
   */
  async register<C extends keyof Callbacks & string>(
    callbackId: C,
    handler: (payload: Callbacks[C], message: CmapiCallbackMessage<Callbacks[C]>) => void,
    options: { deviceId?: string | number } & CallbackOptions = {},
  ): Promise<() => Promise<void>> {
    const off = this.on(callbackId, handler, options.onError ? { onError: options.onError } : {});
    const params = { callbackId, ...(options.deviceId !== undefined ? { deviceId: options.deviceId } : {}) };
    const key = `${callbackId}|${options.deviceId ?? "*"}`;
    try {
      await this.invoke(REGISTER, params, undefined, { retry: true });
    } catch (error) {
      off();
      throw error;
    }
    this.registrations.set(key, params);
    return async () => {
      off();
      this.registrations.delete(key);
      await this.invoke("CMAPI_Callback_Unregister", params, undefined, { retry: true });
    };
  }

  /** Ids of the calls still waiting for responses. */
  get pendingCalls(): string[] {
    return [...this.pending.keys()];
  }

  private updateListening(): void {
    this.transport.setListening(this.pending.size > 0 || this.callbacks.size > 0);
  }

  /**
   * Closes the transport. Pending Promise-style calls reject (kind "closed"); a callback-style call
   * just stops getting responses, without a problem reported: the app that closed the client knows.
   */
  async close(): Promise<void> {
    this.failAll(new Error("the client was closed"), true);
    this.registrations.clear();
    this.credentials = undefined;
    this.grant = undefined;
    await this.transport.close();
  }
}
