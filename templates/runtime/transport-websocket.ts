/**
 * The WebSocket transport of section 5.5.1 and Appendix D: one persistent socket for requests,
 * responses and callbacks. Uses the browser's WebSocket, or any class with its interface (the `ws`
 * package in Node 20).
 *
 * It opens at once and, unless `reconnect: false`, opens again after the socket breaks, with
 * jittered exponential backoff (at once when the server said it is going away, code 1001, or the
 * browser says it is back online). It asks for session recovery (spec/README.md, "Sessions and
 * reconnection"): the server numbers its messages, the transport counts them and sends the count
 * back when it reconnects, and the server replays what was not received, so no response or
 * callback is lost or doubled while the server keeps running. The other way too: the server says
 * how many requests it received, and the transport sends again those the broken socket lost. A socket that hears nothing (not
 * even the server's ping) for 2.5 heartbeats is half-open: it is dropped and opened again.
 *
 * An attempt that fails before the socket opens is reported with its cause, read from the error
 * event (`ws` says: connection refused, DNS, TLS, the HTTP status answered instead of the upgrade;
 * a browser says nothing): "ws://127.0.0.1:9/cmapi is unreachable: connection refused (ECONNREFUSED)".
 */
import { QUERY_ACK, QUERY_SESSION, controlFrame, type AckFrame, type CmapiRequestMessage, type PingFrame, type SessionFrame } from "./protocol.js";
import { connectionFailure, notSentError, unreachableError, type ClientTransport, type TransportEvents } from "./client.js";
import { backoffDelay, onNetworkBack, type ReconnectOptions } from "./backoff.js";

/** The part of the WHATWG WebSocket interface the transport uses. */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export type WebSocketConstructor = new (url: string) => WebSocketLike;

export interface WebSocketTransportOptions {
  WebSocket?: WebSocketConstructor;
  /** Backoff between attempts, or false to give up when the socket closes (pending calls then fail). */
  reconnect?: ReconnectOptions | false;
  /** How long to wait for the server's session frame before taking it for a server without recovery. */
  sessionFrameTimeoutMs?: number;
  /** How long the opening handshake may take: a device that accepts TCP but hangs must not hold the client (default 10 s). */
  openTimeoutMs?: number;
}

const OPEN = 1;
const GOING_AWAY = 1001;

export function webSocketTransport(url: string, options: WebSocketTransportOptions = {}): ClientTransport {
  const WebSocketClass = options.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (!WebSocketClass) throw new Error("no WebSocket here: in Node 20 pass { WebSocket } from the ws package");
  const reconnect = options.reconnect === false ? undefined : (options.reconnect ?? {});
  const sessionFrameTimeoutMs = options.sessionFrameTimeoutMs ?? 5000;
  const openTimeoutMs = options.openTimeoutMs ?? 10_000;
  const recovery = sessionRecovery();
  const silence = silenceWatch((limitMs) => drop(socket, `no message nor ping from the server for ${limitMs} ms`));
  let events: TransportEvents | undefined;
  let socket: WebSocketLike | undefined;
  /** The socket carries CMAPI messages: it opened and the session is settled. */
  let ready = false;
  let closing = false;
  let attempt = 0;
  let everConnected = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let sessionTimer: ReturnType<typeof setTimeout> | undefined;
  let stopWatchingNetwork = (): void => undefined;

  const clearTimers = () => {
    clearTimeout(retryTimer);
    clearTimeout(sessionTimer);
    silence.stop();
    retryTimer = sessionTimer = undefined;
  };

  const settle = (resumed: boolean) => {
    clearTimeout(sessionTimer);
    ready = true;
    attempt = 0;
    everConnected = true;
    silence.heard();
    events?.connected({ resumed });
  };

  /** This socket is finished: forget it and, unless the client is closing, try again after the backoff. */
  const drop = (ws: WebSocketLike | undefined, reason: string, code?: number) => {
    if (!ws || ws !== socket) return;
    socket = undefined;
    discard(ws);
    const wasReady = ready;
    ready = false;
    clearTimers();
    if (closing) return;
    const error = everConnected ? new Error(reason) : unreachableError(url, reason);
    if (!reconnect) {
      events?.closed(error);
      return;
    }
    if (wasReady || attempt === 0) events?.disconnected(error);
    const delay = code === GOING_AWAY && attempt === 0 ? backoffDelay(0, { ...reconnect, maxDelayMs: 0 }) : backoffDelay(attempt, reconnect);
    attempt++;
    retryTimer = setTimeout(open, delay);
  };

  /** One connection attempt: the socket, the handshake's timeout, then the session frame's. */
  const open = () => {
    retryTimer = undefined;
    if (closing) return;
    let ws: WebSocketLike;
    try {
      ws = openSocket(WebSocketClass, recovery.urlFor(url), {
        opened() {
          clearTimeout(sessionTimer);
          sessionTimer = setTimeout(() => {
            // No session frame: a server without recovery. Every connection is a new session.
            silence.expect(undefined);
            recovery.serverWithoutRecovery(true);
            settle(false);
          }, sessionFrameTimeoutMs);
        },
        message: (data) => receive(ws, data),
        closed: (reason, code) => drop(ws, reason, code),
      });
    } catch (error) {
      // A malformed URL: no retry will mend it.
      events?.closed(unreachableError(url, `not a WebSocket URL: ${(error as Error).message}`, error));
      return;
    }
    socket = ws;
    sessionTimer = setTimeout(() => drop(ws, `no answer to the WebSocket handshake within ${openTimeoutMs} ms (timeout)`), openTimeoutMs);
  };

  /** A frame from the server: the session frame, a ping, or a CMAPI message. */
  const receive = (ws: WebSocketLike, data: unknown) => {
    if (typeof data !== "string") {
      events?.problem(new Error("a binary WebSocket frame, which is not a CMAPI message"));
      return;
    }
    silence.heard();
    const control = controlFrame(data);
    if (control?.cmapicontrol === "session") {
      recovery.sessionFrame(control, ws);
      silence.expect(Math.max(1, control.heartbeatMs) * 2.5);
      settle(control.resumed);
      return;
    }
    if (control?.cmapicontrol === "ping") {
      const ack = recovery.ping(control);
      if (ws.readyState === OPEN) ws.send(JSON.stringify(ack));
      return;
    }
    if (control) return; // a control frame of a later version
    if (!ready) {
      recovery.serverWithoutRecovery(false);
      settle(false); // a server without recovery that spoke first
    }
    recovery.received();
    events?.message(data);
  };

  const networkBack = () => {
    if (retryTimer === undefined || closing) return;
    clearTimeout(retryTimer);
    open();
  };

  return {
    reportsConnection: true,
    endpoint: url,
    start(handlers) {
      events = handlers;
      stopWatchingNetwork = onNetworkBack(networkBack);
      open();
    },
    async send(message: CmapiRequestMessage) {
      const ws = socket;
      if (!ws || !ready || ws.readyState !== OPEN) throw notSentError("the WebSocket is not open");
      const text = JSON.stringify(message);
      recovery.sending(text);
      ws.send(text);
    },
    setListening() {
      // The socket delivers callbacks whenever they come; nothing to start or stop.
    },
    async close() {
      closing = true;
      clearTimers();
      stopWatchingNetwork();
      const ws = socket;
      socket = undefined;
      if (!ws) return;
      ws.onopen = ws.onmessage = ws.onclose = null;
      ws.onerror = () => undefined;
      if (ws.readyState <= OPEN) ws.close(1000, "client closed");
    },
  };
}

/**
 * What the transport keeps of its session across sockets: the session's token, the number of the last
 * CMAPI message received, and the requests sent that the server has not confirmed receiving (numbered 1, 2, ...).
 */
function sessionRecovery() {
  let session = "";
  let lastSeq = 0;
  let unconfirmed: { n: number; text: string }[] = [];
  let sentCount = 0;
  let recovering = false;
  const confirmed = (received: number) => {
    unconfirmed = unconfirmed.filter((request) => request.n > received);
  };
  return {
    urlFor: (url: string) => `${url}${url.includes("?") ? "&" : "?"}${QUERY_SESSION}=${encodeURIComponent(session)}&${QUERY_ACK}=${lastSeq}`,
    /** Resumed: the server has what it counted; the rest died with the old socket and is sent again, in order. New: the counts start over. */
    sessionFrame(frame: SessionFrame, ws: WebSocketLike) {
      if (frame.resumed) {
        confirmed(frame.received);
        for (const request of unconfirmed) ws.send(request.text);
      } else {
        lastSeq = 0;
        unconfirmed = [];
        sentCount = 0;
      }
      recovering = true;
      session = frame.session;
    },
    /** The server says what it received; the answer says what this side did. */
    ping(frame: PingFrame): AckFrame {
      confirmed(frame.received);
      return { cmapicontrol: "ack", seq: lastSeq };
    },
    /** A server that sent no session frame: nothing is kept for a resume; `restartCount` when no message came on this socket yet. */
    serverWithoutRecovery(restartCount: boolean) {
      if (restartCount) lastSeq = 0;
      recovering = false;
    },
    received() {
      lastSeq++;
    },
    sending(text: string) {
      if (recovering) unconfirmed.push({ n: ++sentCount, text });
    },
  };
}

/** A socket that hears nothing (not even the server's ping) for its limit is half-open: `onSilent` drops it. No limit: a server without heartbeats. */
function silenceWatch(onSilent: (limitMs: number | undefined) => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let limitMs: number | undefined;
  return {
    expect(ms: number | undefined) {
      limitMs = ms;
    },
    heard() {
      if (limitMs === undefined) return;
      clearTimeout(timer);
      timer = setTimeout(() => onSilent(limitMs), limitMs);
    },
    stop() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}

interface SocketHandlers {
  opened(): void;
  message(data: unknown): void;
  /** The socket closed, and why: before it opened, the error event's cause where it gives one. */
  closed(reason: string, code: number): void;
}

/** A new socket with its events wired to `handlers`; throws when the URL is malformed. */
function openSocket(WebSocketClass: WebSocketConstructor, url: string, handlers: SocketHandlers): WebSocketLike {
  const ws = new WebSocketClass(url);
  let opened = false;
  /** The error event before the socket opened: it comes before the close event and, in Node, says why. */
  let openError: unknown;
  ws.onopen = () => {
    opened = true;
    handlers.opened();
  };
  ws.onmessage = (event) => handlers.message(event.data);
  ws.onerror = (event) => {
    // The close event follows, with the code; `ws` puts the reason here (a browser does not).
    openError = (event as { error?: unknown } | undefined)?.error ?? event;
  };
  ws.onclose = (event) => handlers.closed(closeReason(event, opened, openError), event.code);
  return ws;
}

/** Detaches a finished socket and ends it, at once where it can (`ws`'s terminate), or by a close. */
function discard(ws: WebSocketLike): void {
  ws.onopen = ws.onmessage = ws.onclose = ws.onerror = null;
  ws.onerror = () => undefined; // a late error event must not be unhandled
  if (ws.readyState <= OPEN) {
    const terminate = (ws as { terminate?: () => void }).terminate;
    if (typeof terminate === "function") terminate.call(ws);
    else ws.close(4000, "no answer");
  }
}

/** Why a socket closed: before it opened, the error event's cause, where it gives one. */
function closeReason(event: { code: number; reason: string }, opened: boolean, openError: unknown): string {
  const closed = `closed (code ${event.code}${event.reason ? `: ${event.reason}` : ""})`;
  const failure = opened || openError === undefined ? undefined : connectionFailure(openError);
  return failure ?? (opened ? `WebSocket ${closed}` : `the WebSocket did not open: ${closed}, and a browser does not say why`);
}
