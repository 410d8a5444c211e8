/**
 * The WebSocket transport of section 5.5.1 and Appendix D: one persistent socket for requests,
 * responses and callbacks, opened on first use and kept open unless an error happens.
 * Uses the browser's WebSocket, or any class with its interface (the `ws` package in Node 20).
 */
import type { CmapiRequestMessage } from "./protocol.js";
import type { ClientTransport, TransportEvents } from "./client.js";

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

const OPEN = 1;

export function webSocketTransport(url: string, options: { WebSocket?: WebSocketConstructor } = {}): ClientTransport {
  const WebSocketClass = options.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (!WebSocketClass) throw new Error("no WebSocket here: in Node 20 pass { WebSocket } from the ws package");
  let events: TransportEvents | undefined;
  let socket: WebSocketLike | undefined;
  let opened: Promise<WebSocketLike> | undefined;
  let closing = false;

  const open = (): Promise<WebSocketLike> => {
    opened ??= new Promise<WebSocketLike>((resolve, reject) => {
      const ws = new WebSocketClass(url);
      socket = ws;
      let isOpen = false;
      ws.onopen = () => {
        isOpen = true;
        resolve(ws);
      };
      ws.onmessage = (event) => {
        if (typeof event.data === "string") events?.message(event.data);
        else events?.problem(new Error("a binary WebSocket frame, which is not a CMAPI message"));
      };
      ws.onerror = () => {
        if (!isOpen) reject(new Error(`cannot open a WebSocket to ${url}`));
      };
      ws.onclose = (event) => {
        const reason = `WebSocket closed (code ${event.code}${event.reason ? `: ${event.reason}` : ""})`;
        if (!isOpen) reject(new Error(`cannot open a WebSocket to ${url}: ${reason}`));
        if (!closing) events?.closed(new Error(reason));
      };
    });
    return opened;
  };

  return {
    start(handlers) {
      events = handlers;
    },
    async send(message: CmapiRequestMessage) {
      const ws = await open();
      if (ws.readyState !== OPEN) throw new Error("the WebSocket is not open");
      ws.send(JSON.stringify(message));
    },
    setListening() {
      // The socket delivers callbacks whenever they come; nothing to start or stop.
    },
    async close() {
      closing = true;
      if (socket && socket.readyState <= OPEN) socket.close(1000, "client closed");
    },
  };
}
