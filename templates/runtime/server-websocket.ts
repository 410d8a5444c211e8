/**
 * The WebSocket transport of server-node.ts: the upgrade (path, Host and Origin checked), a socket's
 * messages and answers, heartbeats that drop half-open sockets, and refusals (1013, "try again
 * later") when the flood limits leave no room. Recovering sessions are server-websocket-sessions.ts's.
 */
import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import { JSONRPC_ERRORS, QUERY_INTERIM, QUERY_SESSION, controlFrame, type CmapiResponseMessage, type PingFrame } from "./protocol.js";
import type { CmapiServerCore } from "./server.js";
import type { Roster, RosterEntry } from "./flood-limits.js";
import type { CallsInProgress } from "./server-calls.js";
import { addressOf, type RequestChecks } from "./server-checks.js";
import { webSocketSessions, type WsSession } from "./server-websocket-sessions.js";

export interface WebSocketServingOptions {
  core: CmapiServerCore;
  calls: CallsInProgress;
  checks: RequestChecks;
  path: string;
  /** Every session of the server, both transports' (flood-limits.ts). */
  sessions: Roster<RosterEntry>;
  connections: Roster<RosterEntry>;
  maxMessageBytes: number;
  maxQueuedMessages: number;
  maxQueuedBytes: number;
  /** A client whose unsent data exceeds this is not reading: it is disconnected. */
  maxBufferedBytes: number;
  heartbeatMs: number;
  sessionTimeoutMs: number;
  isClosing(): boolean;
}

export interface WebSocketServing {
  /** Closing, first step: no more heartbeats. */
  stopHeartbeat(): void;
  /** Closes every socket with 1001 (going away), waits up to a second (`closeTimeoutMs` if shorter) for them, then terminates the rest. */
  closeSockets(closeTimeoutMs: number): Promise<void>;
  /** Closed: every recovering session ended, and ws's server too. */
  closeSessions(): void;
}

/** A session held by its socket alone (a client without recovery), or a connection: never forgotten to make room. */
const heldEntry = (address: string): RosterEntry => ({ address, idle: () => false, evict: () => undefined });

/** Serves WebSocket upgrades on `server`'s path. */
export function serveWebSockets(server: Server, options: WebSocketServingOptions): WebSocketServing {
  const { core, calls, checks, sessions, connections, isClosing } = options;
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes, perMessageDeflate: false });
  /** Open sockets, each with its recovering session (undefined for a client without recovery). */
  const sockets = new Map<WebSocket, WsSession | undefined>();
  /** Sockets pinged and not heard from since. */
  const quiet = new Set<WebSocket>();

  /** Sends one text frame, unless the socket is gone; drops a client that does not read what it is sent. */
  function sendFrame(ws: WebSocket, text: string): void {
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > options.maxBufferedBytes) {
      ws.terminate();
      return;
    }
    ws.send(text);
  }

  const recovery = webSocketSessions({ ...options, sendFrame });

  server.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = (request.url ?? "/").split("?")[0];
    const deny = (status: number, text: string) => {
      socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${text.length + 1}\r\n\r\n${text}\n`);
    };
    if (url !== options.path) return deny(404, "Not Found");
    if (isClosing()) return deny(503, "Service Unavailable");
    if (!checks.hostAllowed(request)) return deny(403, "Host not allowed");
    if (checks.originAllowed(request) === false) return deny(403, "Origin not allowed");
    wss.handleUpgrade(request, socket, head, (ws) => serveWebSocket(ws, request));
  });

  /** Closes a socket the server has no room for: 1013, "try again later", which the generated client backs off from. */
  const tryAgainLater = (ws: WebSocket, what: string) => ws.close(1013, `too many ${what}: try again later`);

  function serveWebSocket(ws: WebSocket, request: IncomingMessage): void {
    ws.on("error", () => ws.terminate());
    const connection = heldEntry(addressOf(request));
    if (!connections.makeRoom(connection.address)) return tryAgainLater(ws, "connections");
    const query = new URL(request.url ?? "/", "http://localhost").searchParams;
    const recovering = query.has(QUERY_SESSION) ? recovery.attach(ws, request, query) : undefined;
    const plain = recovering ? undefined : heldEntry(connection.address);
    if (query.has(QUERY_SESSION) ? !recovering : !sessions.makeRoom(connection.address)) return tryAgainLater(ws, "sessions");
    connections.add(connection);
    if (plain) sessions.add(plain);
    sockets.set(ws, recovering);
    const send = (message: CmapiResponseMessage) => (recovering ? recovery.deliver(recovering, message) : sendFrame(ws, JSON.stringify(message)));
    const session = recovering?.session ?? core.openSession({ transport: "websocket", interim: query.get(QUERY_INTERIM) === "1", origin: request.headers.origin, remoteAddress: request.socket.remoteAddress, deliver: send });
    ws.on("pong", () => quiet.delete(ws));
    ws.on("message", (data, isBinary) => {
      quiet.delete(ws);
      if (recovering && recovering.socket !== ws) return; // superseded: the client sends it again on the new socket
      const control = recovering && !isBinary ? controlFrame(data.toString()) : undefined;
      if (control) {
        if (control.cmapicontrol === "ack" && Number.isInteger(control.seq)) recovering!.unacked.acknowledge(control.seq);
        return;
      }
      if (recovering) {
        recovering.received++;
        sessions.heard(recovering);
      }
      if (isBinary) {
        send(core.response(null, { error: { ...JSONRPC_ERRORS.INVALID_REQUEST, data: "binary frames are not CMAPI messages" } }));
        return;
      }
      calls.handleText(session, data.toString(), send).catch((error: unknown) => core.log("a WebSocket message failed", error));
    });
    ws.on("close", (code) => {
      sockets.delete(ws);
      quiet.delete(ws);
      connections.remove(connection);
      if (plain) {
        sessions.remove(plain);
        return core.closeSession(session);
      }
      if (!recovering || recovering.socket !== ws) return; // a newer socket took the session over
      recovering.socket = undefined;
      // A client that said goodbye is gone; any other loss may be followed by a resume.
      if (code === 1000 || isClosing()) return recovery.end(recovering);
      recovery.expireLater(recovering);
    });
  }

  /** Each interval: drop the sockets that answered nothing since the last ping, ping the others. */
  const heartbeat = setInterval(() => {
    for (const [ws, recovering] of sockets) {
      if (quiet.has(ws)) {
        ws.terminate();
        continue;
      }
      if (ws.readyState !== ws.OPEN) continue;
      quiet.add(ws);
      ws.ping();
      const ping: PingFrame = { cmapicontrol: "ping", received: recovering?.received ?? 0 };
      if (recovering) sendFrame(ws, JSON.stringify(ping));
    }
  }, options.heartbeatMs);
  heartbeat.unref();

  return {
    stopHeartbeat: () => clearInterval(heartbeat),
    async closeSockets(closeTimeoutMs) {
      for (const ws of sockets.keys()) ws.close(1001, "server going away");
      const deadline = Date.now() + Math.min(1000, closeTimeoutMs);
      while (sockets.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      for (const ws of sockets.keys()) ws.terminate();
    },
    closeSessions() {
      recovery.endAll();
      wss.close();
    },
  };
}
