/**
 * The CMAPI client as Appendix D describes it: a table of pending calls by id, a table of
 * registered callbacks by callbackId, expiry of calls after the validity period, and an error
 * handler for whatever matches neither (section 5.5.1.4). The transport is pluggable: WebSocket
 * (transport-websocket.ts) or HTTP with long polling (transport-http.ts). Carried into generated/runtime/.
 */
import { CMAPI_VERSION, CmapiError, JSONRPC_VERSION, isFinalResponse, isRecord, uuid, type CmapiCallbackMessage, type CmapiRequestMessage, type CmapiResponseMessage } from "./protocol.js";
import type { ValidationResult } from "./validation.js";

/** What a transport gets from the client. */
export interface TransportEvents {
  /** A message arrived (the raw text of one message). */
  message(text: string): void;
  /** The transport can no longer deliver anything; pending calls fail with this error. */
  closed(error: Error): void;
  /** Something went wrong that concerns no call in particular. */
  problem(error: Error): void;
}

export interface ClientTransport {
  start(events: TransportEvents): void;
  /** Sends one request message; rejects when it cannot be sent (the call then fails). */
  send(message: CmapiRequestMessage): Promise<void>;
  /** Whether the client expects messages it did not ask for (registered callbacks, pending calls). */
  setListening(listening: boolean): void;
  close(): Promise<void>;
}

/** Failures of the client or its transport, as opposed to errors the device answered (CmapiError). */
export class CmapiClientError extends Error {
  constructor(
    readonly kind: "timeout" | "closed" | "send" | "invalid-response",
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "CmapiClientError";
  }
}

/** Something the client received or did that no call or callback could take (section 5.5.1.4). */
export interface ClientProblem {
  kind: "unmatched-id" | "unregistered-callback" | "malformed-message" | "invalid-message" | "callback-threw" | "transport";
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

export interface ClientOptions {
  /** How long a call's id stays in the pending table, waiting for responses. Appendix D: "for example, 30 minutes". */
  validityPeriodMs?: number;
  /** Receives every problem: unmatched ids, unregistered callbackIds, malformed messages, callbacks that throw. */
  onProblem?: (problem: ClientProblem) => void;
  /** Validate every response and callback message with the generated validators (import `validation` from validation.js). */
  validation?: ClientValidation;
}

interface PendingCall {
  method: string;
  callback: ((response: CmapiResponseMessage) => void) | undefined;
  settle: ((response: CmapiResponseMessage) => void) | undefined;
  fail: ((error: Error) => void) | undefined;
  timer: ReturnType<typeof setTimeout>;
}

type CallbackHandler = (message: CmapiCallbackMessage) => void;

export const DEFAULT_VALIDITY_PERIOD_MS: number = 30 * 60 * 1000;

/**
 * Calls are typed by the generated `CmapiMethods` and `CmapiCallbacks` maps.
 *
 * Two styles. With a callback, the callback receives every response carrying the call's id
 * ("received", "processing", the final one) until the validity period expires. Without one, the
 * Promise resolves with the result of the final response (the first one without cmapistatus
 * "received"/"processing") or rejects with a CmapiError for an error response, or with a
 * CmapiClientError when the validity period expires or the connection closes first.
 */
export class CmapiClientCore<Methods extends { [M in keyof Methods]: { params: unknown; result: unknown } }, Callbacks> {
  private readonly pending = new Map<string, PendingCall>();
  private readonly callbacks = new Map<string, Set<CallbackHandler>>();
  private readonly validityPeriodMs: number;
  private closedWith: Error | undefined;

  constructor(
    private readonly transport: ClientTransport,
    private readonly options: ClientOptions = {},
  ) {
    this.validityPeriodMs = options.validityPeriodMs ?? DEFAULT_VALIDITY_PERIOD_MS;
    transport.start({
      message: (text) => this.receive(text),
      closed: (error) => this.failAll(error),
      problem: (error) => this.report({ kind: "transport", message: error.message, error }),
    });
  }

  /** Calls a function by its spec name: a Promise for the final result. */
  call<M extends keyof Methods & string>(method: M, params: Methods[M]["params"]): Promise<Methods[M]["result"]>;
  /** Calls a function by its spec name; `callback` gets every response. Returns the call's id. */
  call<M extends keyof Methods & string>(method: M, params: Methods[M]["params"], callback: ResultCallback<Methods[M]["result"]>): string;
  call<M extends keyof Methods & string>(method: M, params: Methods[M]["params"], callback?: ResultCallback<Methods[M]["result"]>): Promise<Methods[M]["result"]> | string {
    return this.invoke(method, params, callback);
  }

  protected invoke(method: string, params: unknown, callback?: ResultCallback<any>): Promise<any> | string {
    const id = uuid();
    const message: CmapiRequestMessage = { jsonrpc: JSONRPC_VERSION, cmapiversion: CMAPI_VERSION, method, id, params: (params ?? {}) as Record<string, unknown> };
    if (callback) {
      this.track(id, { method, callback, settle: undefined, fail: (error) => this.report({ kind: "transport", message: `${method} (${id}): ${error.message}`, error }) });
      this.dispatch(message);
      return id;
    }
    return new Promise((resolve, reject) => {
      this.track(id, {
        method,
        callback: undefined,
        settle: (response) => (response.error ? reject(new CmapiError(response.error.code, response.error.message, response.error.data)) : resolve(response.result)),
        fail: reject,
      });
      this.dispatch(message);
    });
  }

  private track(id: string, call: Omit<PendingCall, "timer">): void {
    if (this.closedWith) {
      queueMicrotask(() => call.fail?.(this.closedWith!));
      return;
    }
    const timer = setTimeout(() => this.expire(id), this.validityPeriodMs);
    (timer as { unref?: () => void }).unref?.();
    this.pending.set(id, { ...call, timer });
    this.updateListening();
  }

  private dispatch(message: CmapiRequestMessage): void {
    if (this.closedWith) return;
    this.transport.send(message).catch((error: unknown) => {
      const call = this.pending.get(message.id);
      if (!call) return;
      this.forget(message.id);
      call.fail?.(new CmapiClientError("send", `could not send ${message.method}: ${(error as Error).message}`, { cause: error }));
    });
  }

  private expire(id: string): void {
    const call = this.pending.get(id);
    if (!call) return;
    this.forget(id);
    if (call.settle) call.fail?.(new CmapiClientError("timeout", `${call.method} (${id}): no final response within the validity period of ${this.validityPeriodMs} ms`));
  }

  private forget(id: string): void {
    const call = this.pending.get(id);
    if (call) clearTimeout(call.timer);
    this.pending.delete(id);
    this.updateListening();
  }

  private failAll(error: Error): void {
    this.closedWith ??= new CmapiClientError("closed", `the connection closed: ${error.message}`, { cause: error });
    for (const [id, call] of [...this.pending]) {
      this.forget(id);
      call.fail?.(this.closedWith);
    }
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
      for (const handler of handlers) this.safely(() => handler(message as unknown as CmapiCallbackMessage), message);
      return;
    }
    this.report({ kind: "unmatched-id", message: `a message whose id ${JSON.stringify(message["id"])} matches no pending call and which has no callbackId`, received: message });
  }

  private deliverResponse(id: string, call: PendingCall, response: CmapiResponseMessage): void {
    if (!this.valid(response, () => this.options.validation?.validateResponse(call.method as never, response))) {
      if (call.settle && isFinalResponse(response)) {
        this.forget(id);
        call.fail?.(new CmapiClientError("invalid-response", `${call.method}: the response does not match the schema`));
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
  on<C extends keyof Callbacks & string>(callbackId: C, handler: (payload: Callbacks[C], message: CmapiCallbackMessage<Callbacks[C]>) => void): () => void {
    const wrapped: CallbackHandler = (message) => handler(message.result as Callbacks[C], message as CmapiCallbackMessage<Callbacks[C]>);
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

  /** Registers with the device for `callbackId` (CMAPI_Callback_Register) and routes its messages to `handler`. */
  async register<C extends keyof Callbacks & string>(callbackId: C, handler: (payload: Callbacks[C], message: CmapiCallbackMessage<Callbacks[C]>) => void, options: { deviceId?: string | number } = {}): Promise<() => Promise<void>> {
    const off = this.on(callbackId, handler);
    try {
      await this.invoke("CMAPI_Callback_Register", { callbackId, ...(options.deviceId !== undefined ? { deviceId: options.deviceId } : {}) });
    } catch (error) {
      off();
      throw error;
    }
    return async () => {
      off();
      await this.invoke("CMAPI_Callback_Unregister", { callbackId, ...(options.deviceId !== undefined ? { deviceId: options.deviceId } : {}) });
    };
  }

  /** Ids of the calls still waiting for responses. */
  get pendingCalls(): string[] {
    return [...this.pending.keys()];
  }

  private updateListening(): void {
    this.transport.setListening(this.pending.size > 0 || this.callbacks.size > 0);
  }

  /** Closes the transport; pending calls fail. */
  async close(): Promise<void> {
    this.failAll(new Error("the client was closed"));
    await this.transport.close();
  }
}
