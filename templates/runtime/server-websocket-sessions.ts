/**
 * The WebSocket transport's recovering sessions (server-node.ts; spec/README.md, "Sessions and
 * reconnection"): each named by a token `key.secret` that only its client was sent, its messages
 * numbered and kept until acknowledged, resumed on a new socket from the Origin that started it, and
 * kept for `sessionTimeoutMs` after its socket is lost.
 */
import type { IncomingMessage } from "node:http";
import type { WebSocket } from "ws";
import { QUERY_ACK, QUERY_SESSION, randomToken, sameSecret, type CmapiCallbackMessage, type CmapiResponseMessage, type SessionFrame } from "./protocol.js";
import type { CmapiServerCore, Session } from "./server.js";
import type { Roster, RosterEntry } from "./flood-limits.js";
import { MessageQueue } from "./message-queue.js";
import { addressOf } from "./server-checks.js";

/** A WebSocket client's session that outlives its socket (recovery): what it was sent and has not acknowledged. */
export interface WsSession extends RosterEntry {
  /** Where the sessions map keeps it, and the session's id: the first part of its token. */
  key: string;
  /** The second part of its token (`key.secret` in the `cmapi-session` query), which only its client was sent. */
  secret: string;
  session: Session;
  socket: WebSocket | undefined;
  unacked: MessageQueue;
  /** Messages before this number were dropped unacknowledged: a resume from before it cannot be honoured. */
  firstKept: number;
  /** Messages received from the client on this session (control frames aside). */
  received: number;
  /** When a disconnected session is forgotten. */
  expiry: ReturnType<typeof setTimeout> | undefined;
}

export interface WsSessionsOptions {
  core: CmapiServerCore;
  /** Every session of the server, both transports' (flood-limits.ts). */
  sessions: Roster<RosterEntry>;
  maxQueuedMessages: number;
  maxQueuedBytes: number;
  heartbeatMs: number;
  sessionTimeoutMs: number;
  /** Sends one text frame, unless the socket is gone or does not read. */
  sendFrame(ws: WebSocket, text: string): void;
}

/** The recovering WebSocket sessions a server holds, by the first part of their token. */
export class WsSessions {
  private readonly held = new Map<string, WsSession>();

  constructor(private readonly options: WsSessionsOptions) {}

  /**
   * The session a recovering client asks for (resumed when held, asked for from the Origin that
   * started it, and everything after its ack is kept), or a new one; undefined when there is no room for one.
   */
  attach(ws: WebSocket, request: IncomingMessage, query: URLSearchParams): WsSession | undefined {
    const ack = Number(query.get(QUERY_ACK) ?? 0);
    const asked = this.heldSession(query.get(QUERY_SESSION) ?? "");
    // Another Origin's page that learned the token gets a session of its own; the owner's stays as it is.
    const owned = asked !== undefined && asked.session.origin === request.headers.origin;
    const resumable = owned && Number.isInteger(ack) && ack >= asked.firstKept - 1 && ack < asked.unacked.nextSeq;
    let state: WsSession;
    if (resumable) {
      this.resume(asked, ack);
      state = asked;
    } else {
      if (owned) this.end(asked); // its own client, asking for what the server no longer has
      const made = this.open(request);
      if (!made) return undefined;
      state = made;
    }
    state.socket = ws;
    const frame: SessionFrame = { cmapicontrol: "session", session: `${state.key}.${state.secret}`, resumed: resumable, heartbeatMs: this.options.heartbeatMs, received: state.received };
    this.options.sendFrame(ws, JSON.stringify(frame));
    for (const item of state.unacked) this.options.sendFrame(ws, item.text);
    return state;
  }

  /** A message for a recovering client: numbered, kept until acknowledged, sent if a socket is attached. */
  deliver(state: WsSession, message: CmapiResponseMessage | CmapiCallbackMessage): void {
    if (this.held.get(state.key) !== state) return;
    const text = JSON.stringify(message);
    state.unacked.push(text);
    while (state.unacked.length > this.options.maxQueuedMessages || state.unacked.bytes > this.options.maxQueuedBytes) {
      if (!state.socket) return this.end(state); // disconnected, and more missed than it may catch up on
      state.firstKept = state.unacked.dropOldest()!.seq + 1; // connected: only a later resume from before this fails
    }
    if (state.socket) this.options.sendFrame(state.socket, text);
  }

  end(state: WsSession): void {
    clearTimeout(state.expiry);
    if (this.held.get(state.key) === state) this.held.delete(state.key);
    this.options.sessions.remove(state);
    state.unacked.clear();
    this.options.core.closeSession(state.session);
  }

  /** Its socket was lost: the session waits `sessionTimeoutMs` for a resume. Made out here: a timer made where the socket is served would hold its socket (its scope) until the session expires. */
  expireLater(state: WsSession): void {
    state.expiry = setTimeout(() => this.end(state), this.options.sessionTimeoutMs);
    state.expiry.unref?.();
  }

  endAll(): void {
    for (const state of [...this.held.values()]) this.end(state);
  }

  /** The held session a token names, if its secret part matches (compared in constant time). */
  private heldSession(token: string): WsSession | undefined {
    const [key = "", secret = ""] = token.split(".");
    const state = this.held.get(key);
    return state && sameSecret(secret, state.secret) ? state : undefined;
  }

  /** Takes a held session over for a new socket: the old one (half-open, given up on) is dropped. */
  private resume(state: WsSession, ack: number): void {
    clearTimeout(state.expiry);
    state.expiry = undefined;
    const previous = state.socket;
    state.socket = undefined;
    previous?.terminate(); // a half-open socket the client has given up on
    state.unacked.acknowledge(ack);
    this.options.sessions.heard(state);
  }

  private open(request: IncomingMessage): WsSession | undefined {
    const address = addressOf(request);
    if (!this.options.sessions.makeRoom(address)) return undefined;
    const made: WsSession = {
      key: randomToken(),
      secret: randomToken(),
      address,
      session: undefined as unknown as Session,
      socket: undefined,
      unacked: new MessageQueue(),
      firstKept: 1,
      received: 0,
      expiry: undefined,
      idle: () => made.socket === undefined,
      evict: () => this.end(made),
    };
    made.session = this.options.core.openSession({ id: made.key, transport: "websocket", interim: true, origin: request.headers.origin, remoteAddress: request.socket.remoteAddress, deliver: (message) => this.deliver(made, message) });
    this.held.set(made.key, made);
    this.options.sessions.add(made);
    return made;
  }
}
