/**
 * The HTTP transport of section 5.5.2: each request an HTTP POST of application/json whose
 * response carries the final CMAPI response; interim responses and callbacks arrive by long
 * polling, one message per poll response, `204 No Content` when there was nothing to deliver.
 *
 * Delivery is exactly once and in order: the client names itself in every request
 * (X-Cmapi-Client, a UUID), the server numbers each queued message (X-Cmapi-Seq), and each poll
 * acknowledges the last number received (X-Cmapi-Ack). The server drops what is acknowledged and
 * sends the next message; a poll response lost on the way is sent again by the next poll, and the
 * client ignores a number it has already seen.
 *
 * Sessions: the server names the session in X-Cmapi-Session and the client repeats it. Before the
 * first request of a session the client learns the name with a poll, which a server that starts a
 * session answers at once; so every request it sends carries the name, which is what proves to the
 * server that the request belongs to the session (and may use the level it was granted). A server
 * that no longer has that session (it restarted, or forgot the client) answers `410 Gone` without
 * running the request, and the client starts a new session and registers again. A failed poll is
 * retried with jittered exponential backoff, cut short by the browser's `online` event.
 *
 * It starts as the WebSocket does: at once, by learning the session's name (that poll), and reports
 * `connected` when the server has answered it, so that a URL where nothing answers is told before
 * any call waits on it. An attempt that fails says why: connection refused, DNS, TLS, the HTTP
 * status the poll was answered with (404: nothing serves CMAPI at this path), no answer within
 * `openTimeoutMs`: "http://127.0.0.1:9/cmapi is unreachable: connection refused (ECONNREFUSED)".
 */
import { HEADER_ACK, HEADER_CLIENT, HEADER_SEQ, HEADER_SESSION, POLL_SUFFIX, uuid, type CmapiRequestMessage } from "./protocol.js";
import { connectionFailure, httpStatusText, notSentError, unreachableError, type ClientTransport, type TransportEvents } from "./client.js";
import { backoffDelay, onNetworkBack, type ReconnectOptions } from "./backoff.js";

export interface HttpTransportOptions {
  fetch?: typeof fetch;
  /** This client's id; a new UUID by default. */
  clientId?: string;
  /** The first delay before polling again after a failed poll (the backoff's initialDelayMs). */
  retryDelayMs?: number;
  /** Backoff between failed polls; false: a call that cannot reach the server fails at once instead of waiting for it. */
  reconnect?: ReconnectOptions | false;
  /** How long the poll that names the session may take before the attempt counts as failed (default 10 s; the server answers it at once). */
  openTimeoutMs?: number;
}

/** Answers that say the server did not run the request: it is closing or has no room for a session (503), or does not know the session (410). */
const GONE = 410;
const UNAVAILABLE = 503;

/** A 503's Retry-After (seconds), in milliseconds, capped at a minute; 0 when absent. */
function retryAfterMs(response: Response): number {
  const seconds = Number(response.headers.get("Retry-After"));
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 60) * 1000 : 0;
}

/** Whether fetch failed before the request could reach the server: nothing listens on the port, the name did not resolve, there is no route, TLS refused the peer. */
function refused(error: unknown): boolean {
  const code = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  return typeof code === "string" && (["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EAI_FAIL", "EHOSTUNREACH", "ENETUNREACH", "EADDRNOTAVAIL"].includes(code) || /CERT|SSL|TLS/.test(code));
}

export function httpTransport(endpoint: string, options: HttpTransportOptions = {}): ClientTransport {
  const fetchFunction = options.fetch ?? globalThis.fetch.bind(globalThis);
  const waitsForServer = options.reconnect !== false;
  const backoff: ReconnectOptions = { initialDelayMs: options.retryDelayMs ?? 500, ...(options.reconnect || {}) };
  const pollUrl = `${endpoint.replace(/\/$/, "")}${POLL_SUFFIX}`;
  let events: TransportEvents | undefined;
  let listening = false;
  let polling = false;
  let closed = false;
  /** The first contact: until it succeeds nothing else is sent, and the poll loop waits for it. */
  let contact: Promise<boolean> | undefined;
  let inFlight: AbortController | undefined;
  const sleep = wakeablePause();
  const link = httpSession({ fetch: fetchFunction, pollUrl, clientId: options.clientId ?? uuid(), openTimeoutMs: options.openTimeoutMs ?? 10_000, waitsForServer, events: () => events, closed: () => closed });
  let stopWatchingNetwork = (): void => undefined;

  /** The transport's first attempts: name the session, with backoff, until the server answers (true) or the transport gives up (false). */
  const firstContact = async (): Promise<boolean> => {
    for (let failures = 0; !closed; failures++) {
      try {
        await link.named();
        return true;
      } catch (error) {
        if (closed) break;
        if (!link.isNew()) return true; // it answered, then failed otherwise: the requests will say so
        const failure = unreachableError(endpoint, connectionFailure(error) ?? "the request failed, and a browser does not say why", error);
        if (!waitsForServer) {
          events?.closed(failure);
          return false;
        }
        link.unreachable(failure);
        await sleep.pause(Math.max(backoffDelay(failures, backoff), (error as { retryAfterMs?: number }).retryAfterMs ?? 0));
      }
    }
    return false;
  };

  /** A poll's answer: nothing (204), or one message, delivered unless it was already. */
  const receive = async (response: Response): Promise<void> => {
    link.reached(response);
    if (response.status === 204) return;
    const seq = Number(response.headers.get(HEADER_SEQ));
    const text = await response.text();
    if (link.delivered(seq)) events?.message(text);
  };

  /** Polls while callbacks are listened for; a failed poll is retried with backoff. */
  const poll = async () => {
    polling = true;
    if (!(await contact)) {
      polling = false;
      return;
    }
    let failures = 0;
    while (listening && !closed) {
      inFlight = new AbortController();
      try {
        const response = await pollRequest(link, fetchFunction, pollUrl, inFlight.signal);
        failures = 0;
        if (response) await receive(response);
      } catch (error) {
        if (closed) break;
        const problem = new Error(`long poll failed: ${(error as Error).message}`);
        if (failures === 0) events?.problem(problem);
        link.unreachable(unreachableError(endpoint, connectionFailure(error) ?? problem.message, error));
        // A server that says when to come back (503 Retry-After: no room for this client yet) is not asked sooner.
        await sleep.pause(Math.max(backoffDelay(failures++, backoff), (error as { retryAfterMs?: number }).retryAfterMs ?? 0));
      }
    }
    polling = false;
  };

  return {
    reportsConnection: true,
    endpoint,
    start(handlers) {
      events = handlers;
      stopWatchingNetwork = onNetworkBack(sleep.wake);
      contact = firstContact();
    },
    async send(message: CmapiRequestMessage) {
      const text = await sendRequest(link, fetchFunction, endpoint, waitsForServer, message);
      if (text !== undefined) events?.message(text);
    },
    setListening(value: boolean) {
      listening = value;
      if (listening && !polling && !closed) void poll();
    },
    async close() {
      closed = true;
      listening = false;
      stopWatchingNetwork();
      inFlight?.abort();
      sleep.wake();
    },
  };
}

type HttpSession = ReturnType<typeof httpSession>;

/** One long poll's answer; undefined when it says the session is gone; throws when the poll failed. */
async function pollRequest(link: HttpSession, fetchFunction: typeof fetch, pollUrl: string, signal: AbortSignal): Promise<Response | undefined> {
  await link.named();
  const asked = link.token();
  const response = await fetchFunction(pollUrl, { method: "POST", headers: { ...link.headers(), [HEADER_ACK]: String(link.lastSeq()) }, body: "{}", signal });
  if (response.status === GONE) {
    await response.body?.cancel();
    link.gone(asked);
    return undefined;
  }
  if (!response.ok && response.status !== 204) {
    await response.body?.cancel();
    throw Object.assign(new Error(`poll answered HTTP ${response.status}`), { retryAfterMs: retryAfterMs(response) });
  }
  return response;
}

/** One request; its final response, read from the POST's answer, is returned (undefined: 204, nothing to deliver). */
async function sendRequest(link: HttpSession, fetchFunction: typeof fetch, endpoint: string, waitsForServer: boolean, message: CmapiRequestMessage): Promise<string | undefined> {
  let asked: string | undefined;
  let response: Response;
  try {
    await link.named();
    asked = link.token();
    response = await fetchFunction(endpoint, { method: "POST", headers: link.headers(), body: JSON.stringify(message) });
  } catch (error) {
    if (!waitsForServer) throw error; // it fails now, as "send"
    link.unreachable(unreachableError(endpoint, connectionFailure(error) ?? (error as Error).message, error));
    if (refused(error)) throw notSentError(`nothing answers at ${endpoint}`, error);
    throw error;
  }
  if (response.status === GONE && asked !== undefined) {
    await response.body?.cancel();
    link.gone(asked);
    throw notSentError("the server does not know this session (410 Gone)");
  }
  if (response.status === UNAVAILABLE) {
    await response.body?.cancel();
    link.unreachable(unreachableError(endpoint, "the server is shutting down or has no room for this client (503)"));
    throw notSentError("the server is shutting down or has no room for this client (503)");
  }
  link.reached(response);
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!response.ok && !(response.headers.get("content-type") ?? "").includes("application/json")) {
    throw new Error(`HTTP ${response.status}${text ? `: ${text.slice(0, 200)}` : ""}`);
  }
  return text;
}

interface HttpSessionOptions {
  fetch: typeof fetch;
  pollUrl: string;
  clientId: string;
  openTimeoutMs: number;
  waitsForServer: boolean;
  events(): TransportEvents | undefined;
  closed(): boolean;
}

/**
 * The session as the client knows it: its name (X-Cmapi-Session), learnt by a first poll that the
 * server answers at once, the last message number received, and whether the server is reachable,
 * told to the client as connected and disconnected.
 */
function httpSession(options: HttpSessionOptions) {
  const { pollUrl, openTimeoutMs } = options;
  let session: string | undefined;
  let lastSeq = 0;
  let down = false;
  /** The server started a new session; the client is told once the server is reachable. From the start: the first session is new. */
  let newSession = true;
  let handshake: Promise<void> | undefined;

  const headers = (): Record<string, string> => ({ "Content-Type": "application/json", [HEADER_CLIENT]: options.clientId, ...(session !== undefined ? { [HEADER_SESSION]: session } : {}) });

  /** An answer came: the server is reachable, and says which session this is. */
  const reached = (response: Response) => {
    const named = response.headers.get(HEADER_SESSION);
    if (session === undefined && named) session = named;
    if (down || newSession) {
      const resumed = !newSession;
      down = newSession = false;
      options.events()?.connected({ resumed });
    }
  };

  /** The poll that names the session, which the server answers at once: one that hangs counts as failed after openTimeoutMs. */
  const namingPoll = async (): Promise<Response> => {
    const abort = new AbortController();
    const timeout = Object.assign(new Error(`no answer within ${openTimeoutMs} ms (timeout)`), { timeout: true });
    const timer = setTimeout(() => abort.abort(timeout), openTimeoutMs);
    try {
      return await options.fetch(pollUrl, { method: "POST", headers: { ...headers(), [HEADER_ACK]: "0" }, body: "{}", signal: abort.signal });
    } catch (error) {
      throw abort.signal.aborted ? timeout : error;
    } finally {
      clearTimeout(timer);
    }
  };

  const nameSession = async () => {
    try {
      for (let attempt = 0; session === undefined && attempt < 2; attempt++) {
        // No token: a 410 here only tells that the server had forgotten this client id; the next poll starts anew.
        const response = await namingPoll();
        await response.body?.cancel();
        if (response.status === GONE) continue;
        if (response.status === UNAVAILABLE) throw Object.assign(notSentError("the server is shutting down or has no room for this client (503)"), { retryAfterMs: retryAfterMs(response), status: UNAVAILABLE });
        if (!response.ok) throw Object.assign(new Error(`the server answered ${httpStatusText(response.status)} to POST ${pollUrl}${response.status === 404 ? ": nothing serves CMAPI at this path" : ""}`), { status: response.status });
        reached(response);
      }
      if (session === undefined) throw new Error("the server named no session (X-Cmapi-Session)");
    } finally {
      handshake = undefined;
    }
  };

  return {
    headers,
    reached,
    token: () => session,
    lastSeq: () => lastSeq,
    isNew: () => newSession,
    /** Whether a poll's message is new (its number after the last one's): one seen already was delivered. */
    delivered(seq: number): boolean {
      if (!Number.isInteger(seq) || seq <= lastSeq) return false;
      lastSeq = seq;
      return true;
    },
    /** Learns the session's name before anything else is sent (one poll, answered at once); shared by every caller meanwhile. */
    named(): Promise<void> {
      if (session !== undefined) return Promise.resolve();
      handshake ??= nameSession();
      return handshake;
    },
    unreachable(error: Error) {
      if (down || options.closed() || !options.waitsForServer) return;
      down = true;
      options.events()?.disconnected(error);
    },
    /** The server no longer has the session `lost`: start a new one (once, however many answers say so). */
    gone(lost: string | undefined) {
      if (lost !== session) return;
      session = undefined;
      lastSeq = 0;
      newSession = true;
      down = false; // a 410 is an answer: the server is reachable
      // After the request that learned it has been requeued: that one did not run and is sent again.
      setTimeout(() => {
        if (options.closed() || !newSession || down) return; // down again: told when reached
        newSession = false;
        options.events()?.connected({ resumed: false });
      }, 0);
    },
  };
}

/** A pause that the browser's `online` event (or close) cuts short. */
function wakeablePause() {
  let wake: (() => void) | undefined;
  return {
    pause: (ms: number) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
          clearTimeout(timer);
          wake = undefined;
          resolve();
        }
        wake = done;
      }),
    wake: () => wake?.(),
  };
}
