/**
 * The HTTP transport's sessions (server-node.ts): each keyed by its Origin and X-Cmapi-Client id, named
 * by a random X-Cmapi-Session token that proves a request belongs to it, its messages queued for
 * long polls (numbered, acknowledged by X-Cmapi-Ack), forgotten when its client stops polling or
 * its queue overflows.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { HEADER_ACK, HEADER_CLIENT, HEADER_SEQ, HEADER_SESSION, randomToken, sameSecret, type CmapiCallbackMessage, type CmapiResponseMessage } from "./protocol.js";
import type { CmapiServerCore, Session } from "./server.js";
import type { Roster, RosterEntry } from "./flood-limits.js";
import { MessageQueue } from "./message-queue.js";
import { addressOf, corsHeaders, refuse } from "./server-checks.js";

export interface HttpClient extends RosterEntry {
  /** Where the sessions map keeps it: its Origin and X-Cmapi-Client id. */
  key: string;
  session: Session;
  /** The session's name in X-Cmapi-Session: a new one each time the server starts a session for this client id. */
  token: string;
  queue: MessageQueue;
  waiting: ServerResponse | undefined;
  /** The held poll carried the session's token (or started the session): only such an answer names the token. */
  waitingProven: boolean;
  waitTimer: ReturnType<typeof setTimeout> | undefined;
  lastSeen: number;
  /** Forgotten: a poll still held for it is answered 410. */
  gone: boolean;
}

/** The client a request names, whether its session was made by this request, and whether the request carried its token. */
export interface NamedClient {
  client: HttpClient;
  created: boolean;
  proven: boolean;
}

export interface HttpSessionsOptions {
  core: CmapiServerCore;
  /** Every session of the server, both transports' (flood-limits.ts). */
  sessions: Roster<RosterEntry>;
  maxQueuedMessages: number;
  maxQueuedBytes: number;
  pollTimeoutMs: number;
  sessionTimeoutMs: number;
  isClosing(): boolean;
}

/** The HTTP clients a server knows, by Origin and client id. */
export class HttpSessions {
  private readonly clients = new Map<string, HttpClient>();
  private readonly sweeper: ReturnType<typeof setInterval>;

  constructor(private readonly options: HttpSessionsOptions) {
    this.sweeper = setInterval(() => this.sweep(), Math.min(options.sessionTimeoutMs, 30_000));
    this.sweeper.unref();
  }

  /**
   * The client a request names by X-Cmapi-Client (and its Origin: a session belongs to the Origin
   * that started it), its session made if it has none; "gone" when the request names
   * (X-Cmapi-Session) a session this server no longer has: it restarted, or forgot the client;
   * "full" when no session can be made for want of room; undefined when it names no client.
   */
  named(request: IncomingMessage): NamedClient | "gone" | "full" | undefined {
    const id = request.headers[HEADER_CLIENT.toLowerCase()];
    if (typeof id !== "string" || !/^[0-9a-fA-F-]{8,64}$/.test(id)) return undefined;
    const token = request.headers[HEADER_SESSION.toLowerCase()];
    const key = `${request.headers.origin ?? ""} ${id}`;
    let client = this.clients.get(key);
    if (typeof token === "string" && (!client || !sameSecret(token, client.token))) return "gone";
    let created = false;
    if (!client) {
      client = this.open(request, key, id);
      if (!client) return "full";
      created = true;
    }
    client.lastSeen = Date.now();
    this.options.sessions.heard(client);
    // The id alone is no proof: it travels in every request. The token was only ever sent to the session's own client.
    return { client, created, proven: created || (typeof token === "string" && sameSecret(token, client.token)) };
  }

  /** A long poll: acknowledges, then answers with the next message, or holds the response until one comes. */
  servePoll(request: IncomingMessage, response: ServerResponse, named: NamedClient | undefined): void {
    if (!named) return refuse(response, 400, `a long poll needs the ${HEADER_CLIENT} header (a UUID)`, corsHeaders(request));
    const { client } = named;
    // What a session above "user" is sent (its callbacks, its answers) goes only to a poll that proves the session.
    if (!named.proven && client.session.access !== "user") return refuse(response, 403, `this session's messages go only to a long poll that carries its ${HEADER_SESSION} token`, corsHeaders(request));
    const ack = Number(request.headers[HEADER_ACK.toLowerCase()] ?? 0);
    // A new session numbers from 1: an ack of an older session's messages must not drop them.
    if (Number.isInteger(ack) && !named.created) client.queue.acknowledge(ack);
    if (client.waiting) this.answerPoll(client); // one poll at a time: the newer one takes over
    client.waiting = response;
    client.waitingProven = named.proven;
    // A poll that starts the session is answered at once, so that the client learns its token before it opens the API.
    if (named.created && client.queue.length === 0) return this.answerPoll(client);
    response.on("close", () => {
      if (client.waiting === response) {
        client.waiting = undefined;
        clearTimeout(client.waitTimer);
      }
    });
    if (client.queue.length > 0) return this.answerPoll(client);
    client.waitTimer = setTimeout(() => this.answerPoll(client), this.options.pollTimeoutMs);
  }

  /** Closing: no more sweeps, and every held poll answered now (503, come back later), so their clients need not wait out the poll. */
  beginClosing(): void {
    clearInterval(this.sweeper);
    for (const client of this.clients.values()) if (client.waiting) this.answerPoll(client);
  }

  /** Closed: every session ended. */
  closeAll(): void {
    for (const client of this.clients.values()) this.options.core.closeSession(client.session);
    this.clients.clear();
  }

  /** A new session for a client id, or undefined when there is no room for one. */
  private open(request: IncomingMessage, key: string, id: string): HttpClient | undefined {
    const address = addressOf(request);
    if (!this.options.sessions.makeRoom(address)) return undefined;
    const made: HttpClient = {
      key,
      address,
      session: undefined as unknown as Session,
      token: randomToken(),
      queue: new MessageQueue(),
      waiting: undefined,
      waitingProven: false,
      waitTimer: undefined,
      lastSeen: Date.now(),
      gone: false,
      idle: () => made.waiting === undefined && made.session.inFlight === 0,
      evict: () => this.forget(made),
    };
    made.session = this.options.core.openSession({ id, transport: "http", interim: true, origin: request.headers.origin, remoteAddress: request.socket.remoteAddress, deliver: (message) => this.enqueue(made, message) });
    this.clients.set(key, made);
    this.options.sessions.add(made);
    return made;
  }

  /** Forgets a client at once: a request that names its session learns it by a 410, and its id starts a new session. */
  private forget(client: HttpClient): void {
    client.gone = true;
    this.options.sessions.remove(client);
    if (this.clients.get(client.key) === client) this.clients.delete(client.key);
    this.options.core.closeSession(client.session);
    if (client.waiting) this.answerPoll(client);
    client.queue.clear();
  }

  /** A message for a client: queued for its polls; a client whose queue overflows is forgotten. */
  private enqueue(client: HttpClient, message: CmapiResponseMessage | CmapiCallbackMessage): void {
    if (client.gone) return;
    const text = JSON.stringify(message);
    if (client.queue.length >= this.options.maxQueuedMessages || client.queue.bytes + text.length > this.options.maxQueuedBytes) {
      this.forget(client);
      return;
    }
    client.queue.push(text);
    if (client.waiting) this.answerPoll(client);
  }

  private answerPoll(client: HttpClient): void {
    const response = client.waiting;
    if (!response) return;
    client.waiting = undefined;
    clearTimeout(client.waitTimer);
    const request = response.req;
    if (client.gone) {
      refuse(response, 410, "this client was forgotten: register again", corsHeaders(request));
      return;
    }
    if (this.options.isClosing()) return refuse(response, 503, "the server is shutting down", { ...corsHeaders(request), Connection: "close", "Retry-After": "1" });
    const next = client.queue.first;
    const token = client.waitingProven ? { [HEADER_SESSION]: client.token } : {};
    if (!next) {
      response.writeHead(204, { ...corsHeaders(request), "Cache-Control": "no-store", ...token });
      response.end();
      return;
    }
    response.writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-store", [HEADER_SEQ]: String(next.seq), ...token, ...corsHeaders(request) });
    response.end(next.text);
  }

  /** Clients not heard from for sessionTimeoutMs, and idle, are forgotten. */
  private sweep(): void {
    const now = Date.now();
    for (const client of [...this.clients.values()]) if (client.idle() && now - client.lastSeen > this.options.sessionTimeoutMs) this.forget(client);
  }
}
