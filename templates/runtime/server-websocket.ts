/**
 * The WebSocket transport of server-node.ts: the upgrade (path, Host and Origin checked), a socket's
 * messages and answers, heartbeats that drop half-open sockets, and refusals (1013, "try again
 * later") when the flood limits leave no room. Recovering sessions are server-websocket-sessions.ts's.
 */
import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type RawData, type WebSocket } from "ws";
import { JSONRPC_ERRORS, QUERY_INTERIM, QUERY_SESSION, controlFrame, type CmapiResponseMessage, type PingFrame } from "./protocol.js";
import type { CmapiServerCore, Session } from "./server.js";
import type { Roster, RosterEntry } from "./flood-limits.js";
import type { CallsInProgress } from "./server-calls.js";
import { addressOf, type RequestChecks } from "./server-checks.js";
import { WsSessions, type WsSession } from "./server-websocket-sessions.js";

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

/** A session held by its socket alone (a client without recovery), or a connection: never forgotten to make room. */
const heldEntry = (address: string): RosterEntry => ({ address, idle: () => false, evict: () => undefined });

/** Serves WebSocket upgrades on a server's path. */
export class WebSocketServing {
  private readonly wss: WebSocketServer;
  /** Open sockets, each with its recovering session (undefined for a client without recovery). */
  private readonly sockets = new Map<WebSocket, WsSession | undefined>();
  /** Sockets pinged and not heard from since. */
  private readonly quiet = new Set<WebSocket>();
  private readonly recovery: WsSessions;
  private readonly heartbeat: ReturnType<typeof setInterval>;

  constructor(
    server: Server,
    private readonly options: WebSocketServingOptions,
  ) {
    this.wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes, perMessageDeflate: false });
    this.recovery = new WsSessions({ ...options, sendFrame: (ws, text) => this.sendFrame(ws, text) });
    server.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) => this.upgrade(request, socket, head));
    this.heartbeat = setInterval(() => this.beat(), options.heartbeatMs);
    this.heartbeat.unref();
  }

  /** Closing, first step: no more heartbeats. */
  stopHeartbeat(): void {
    clearInterval(this.heartbeat);
  }

  /** Closes every socket with 1001 (going away), waits up to a second (`closeTimeoutMs` if shorter) for them, then terminates the rest. */
  async closeSockets(closeTimeoutMs: number): Promise<void> {
    for (const ws of this.sockets.keys()) ws.close(1001, "server going away");
    const deadline = Date.now() + Math.min(1000, closeTimeoutMs);
    while (this.sockets.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    for (const ws of this.sockets.keys()) ws.terminate();
  }

  /** Closed: every recovering session ended, and ws's server too. */
  closeSessions(): void {
    this.recovery.endAll();
    this.wss.close();
  }

  private upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = (request.url ?? "/").split("?")[0];
    const deny = (status: number, text: string) => {
      socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${text.length + 1}\r\n\r\n${text}\n`);
    };
    if (url !== this.options.path) return deny(404, "Not Found");
    if (this.options.isClosing()) return deny(503, "Service Unavailable");
    if (!this.options.checks.hostAllowed(request)) return deny(403, "Host not allowed");
    if (this.options.checks.originAllowed(request) === false) return deny(403, "Origin not allowed");
    this.wss.handleUpgrade(request, socket, head, (ws) => this.serve(ws, request));
  }

  /** Sends one text frame, unless the socket is gone; drops a client that does not read what it is sent. */
  private sendFrame(ws: WebSocket, text: string): void {
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > this.options.maxBufferedBytes) {
      ws.terminate();
      return;
    }
    ws.send(text);
  }

  /** A socket, once upgraded: its room (1013 when there is none), its session, its messages and its end. */
  private serve(ws: WebSocket, request: IncomingMessage): void {
    const { core, sessions, connections } = this.options;
    ws.on("error", () => ws.terminate());
    const connection = heldEntry(addressOf(request));
    if (!connections.makeRoom(connection.address)) return tryAgainLater(ws, "connections");
    const query = new URL(request.url ?? "/", "http://localhost").searchParams;
    const recovering = query.has(QUERY_SESSION) ? this.recovery.attach(ws, request, query) : undefined;
    const plain = recovering ? undefined : heldEntry(connection.address);
    if (query.has(QUERY_SESSION) ? !recovering : !sessions.makeRoom(connection.address)) return tryAgainLater(ws, "sessions");
    connections.add(connection);
    if (plain) sessions.add(plain);
    this.sockets.set(ws, recovering);
    const send = (message: CmapiResponseMessage) => (recovering ? this.recovery.deliver(recovering, message) : this.sendFrame(ws, JSON.stringify(message)));
    const session = recovering?.session ?? core.openSession({ transport: "websocket", interim: query.get(QUERY_INTERIM) === "1", origin: request.headers.origin, remoteAddress: request.socket.remoteAddress, deliver: send });
    ws.on("pong", () => this.quiet.delete(ws));
    ws.on("message", (data, isBinary) => this.receive(ws, recovering, session, send, data, isBinary));
    ws.on("close", (code) => {
      this.sockets.delete(ws);
      this.quiet.delete(ws);
      connections.remove(connection);
      if (plain) {
        sessions.remove(plain);
        return core.closeSession(session);
      }
      if (!recovering || recovering.socket !== ws) return; // a newer socket took the session over
      recovering.socket = undefined;
      // A client that said goodbye is gone; any other loss may be followed by a resume.
      if (code === 1000 || this.options.isClosing()) return this.recovery.end(recovering);
      this.recovery.expireLater(recovering);
    });
  }

  /** A message from a client: an acknowledgement (recovering sessions), or a request. */
  private receive(ws: WebSocket, recovering: WsSession | undefined, session: Session, send: (message: CmapiResponseMessage) => void, data: RawData, isBinary: boolean): void {
    this.quiet.delete(ws);
    if (recovering && recovering.socket !== ws) return; // superseded: the client sends it again on the new socket
    const control = recovering && !isBinary ? controlFrame(data.toString()) : undefined;
    if (control) {
      if (control.cmapicontrol === "ack" && Number.isInteger(control.seq)) recovering!.unacked.acknowledge(control.seq);
      return;
    }
    if (recovering) {
      recovering.received++;
      this.options.sessions.heard(recovering);
    }
    if (isBinary) {
      send(this.options.core.response(null, { error: { ...JSONRPC_ERRORS.INVALID_REQUEST, data: "binary frames are not CMAPI messages" } }));
      return;
    }
    this.options.calls.handleText(session, data.toString(), send).catch((error: unknown) => this.options.core.log("a WebSocket message failed", error));
  }

  /** Each interval: drop the sockets that answered nothing since the last ping, ping the others. */
  private beat(): void {
    for (const [ws, recovering] of this.sockets) {
      if (this.quiet.has(ws)) {
        ws.terminate();
        continue;
      }
      if (ws.readyState !== ws.OPEN) continue;
      this.quiet.add(ws);
      ws.ping();
      const ping: PingFrame = { cmapicontrol: "ping", received: recovering?.received ?? 0 };
      if (recovering) this.sendFrame(ws, JSON.stringify(ping));
    }
  }
}

/** Closes a socket the server has no room for: 1013, "try again later", which the generated client backs off from. */
const tryAgainLater = (ws: WebSocket, what: string) => ws.close(1013, `too many ${what}: try again later`);
