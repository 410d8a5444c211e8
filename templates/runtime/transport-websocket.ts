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
import { QUERY_ACK, QUERY_SESSION, controlFrame, type AckFrame, type CmapiRequestMessage } from "./protocol.js";
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
  let events: TransportEvents | undefined;
  let socket: WebSocketLike | undefined;
  /** The socket carries CMAPI messages: it opened and the session is settled. */
  let ready = false;
  let closing = false;
  let session = "";
  /** The number of the last CMAPI message received on this session. */
  let lastSeq = 0;
  /** Requests sent on this session that the server has not confirmed receiving, numbered 1, 2, ... */
  let unconfirmed: { n: number; text: string }[] = [];
  let sentCount = 0;
  let recovering = false;
  let attempt = 0;
  let everConnected = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let sessionTimer: ReturnType<typeof setTimeout> | undefined;
  let silenceTimer: ReturnType<typeof setTimeout> | undefined;
  let silenceLimitMs: number | undefined;
  let stopWatchingNetwork = (): void => undefined;

  const urlFor = () => `${url}${url.includes("?") ? "&" : "?"}${QUERY_SESSION}=${encodeURIComponent(session)}&${QUERY_ACK}=${lastSeq}`;

  const clearTimers = () => {
    clearTimeout(retryTimer);
    clearTimeout(sessionTimer);
    clearTimeout(silenceTimer);
    retryTimer = sessionTimer = silenceTimer = undefined;
  };

  const heardFromServer = () => {
    if (silenceLimitMs === undefined) return;
    clearTimeout(silenceTimer);
    silenceTimer = setTimeout(() => drop(socket, `no message nor ping from the server for ${silenceLimitMs} ms`), silenceLimitMs);
  };

  const settle = (resumed: boolean) => {
    clearTimeout(sessionTimer);
    ready = true;
    attempt = 0;
    everConnected = true;
    heardFromServer();
    events?.connected({ resumed });
  };

  /** This socket is finished: forget it and, unless the client is closing, try again. */
  const drop = (ws: WebSocketLike | undefined, reason: string, code?: number) => {
    if (!ws || ws !== socket) return;
    socket = undefined;
    ws.onopen = ws.onmessage = ws.onclose = ws.onerror = null;
    ws.onerror = () => undefined; // a late error event must not be unhandled
    if (ws.readyState <= OPEN) {
      const terminate = (ws as { terminate?: () => void }).terminate;
      if (typeof terminate === "function") terminate.call(ws);
      else ws.close(4000, "no answer");
    }
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

  const open = () => {
    retryTimer = undefined;
    if (closing) return;
    let ws: WebSocketLike;
    let opened = false;
    /** The error event before the socket opened: it comes before the close event and, in Node, says why. */
    let openError: unknown;
    try {
      ws = new WebSocketClass(urlFor());
    } catch (error) {
      // A malformed URL: no retry will mend it.
      events?.closed(unreachableError(url, `not a WebSocket URL: ${(error as Error).message}`, error));
      return;
    }
    socket = ws;
    sessionTimer = setTimeout(() => drop(ws, `no answer to the WebSocket handshake within ${openTimeoutMs} ms (timeout)`), openTimeoutMs);
    ws.onopen = () => {
      opened = true;
      clearTimeout(sessionTimer);
      sessionTimer = setTimeout(() => {
        // No session frame: a server without recovery. Every connection is a new session.
        silenceLimitMs = undefined;
        lastSeq = 0;
        recovering = false;
        settle(false);
      }, sessionFrameTimeoutMs);
    };
    ws.onmessage = (event) => {
      if (typeof event.data !== "string") {
        events?.problem(new Error("a binary WebSocket frame, which is not a CMAPI message"));
        return;
      }
      heardFromServer();
      const control = controlFrame(event.data);
      if (control?.cmapicontrol === "session") {
        if (control.resumed) {
          // The server has what it counted; the rest died with the old socket: send them again, in order.
          unconfirmed = unconfirmed.filter((request) => request.n > control.received);
          for (const request of unconfirmed) ws.send(request.text);
        } else {
          lastSeq = 0;
          unconfirmed = [];
          sentCount = 0;
        }
        recovering = true;
        session = control.session;
        silenceLimitMs = Math.max(1, control.heartbeatMs) * 2.5;
        settle(control.resumed);
        return;
      }
      if (control?.cmapicontrol === "ping") {
        unconfirmed = unconfirmed.filter((request) => request.n > control.received);
        const ack: AckFrame = { cmapicontrol: "ack", seq: lastSeq };
        if (ws.readyState === OPEN) ws.send(JSON.stringify(ack));
        return;
      }
      if (control) return; // a control frame of a later version
      if (!ready) {
        recovering = false;
        settle(false); // a server without recovery that spoke first
      }
      lastSeq++;
      events?.message(event.data);
    };
    ws.onerror = (event) => {
      // The close event follows, with the code; `ws` puts the reason here (a browser does not).
      openError = (event as { error?: unknown } | undefined)?.error ?? event;
    };
    ws.onclose = (event) => {
      const closed = `closed (code ${event.code}${event.reason ? `: ${event.reason}` : ""})`;
      // Before it opened, the cause is the error event's, where it gives one.
      const failure = opened || openError === undefined ? undefined : connectionFailure(openError);
      drop(ws, failure ?? (opened ? `WebSocket ${closed}` : `the WebSocket did not open: ${closed}, and a browser does not say why`), event.code);
    };
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
      if (recovering) unconfirmed.push({ n: ++sentCount, text });
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
