/**
 * Serves a CmapiServerCore on one port for both transports, on node:http (node:https when a key and
 * certificate are given) and ws. Secure by default, since any web page on the home network can try
 * to reach cmapi.device:
 *
 * - Host must be an allowed name (cmapi.device, localhost, loopback addresses, and `allowedHosts`):
 *   a DNS-rebinding page sends its own host name and is refused (403).
 * - Origin, on WebSocket upgrades and HTTP requests, must be the server's own or in
 *   `allowedOrigins` (cross-site WebSocket hijacking, CSRF); requests without Origin come from
 *   programs, not pages, and pass. CORS answers, preflights included, only for allowed origins, and
 *   answer the Private Network Access preflight (Access-Control-Allow-Private-Network: true).
 * - A POST must be application/json, so that a cross-site "simple request" never reaches a handler (415).
 * - Bodies and WebSocket messages are limited to `maxMessageBytes` (64 KiB; ws's default is 100 MiB),
 *   headers to 64 and to `headersTimeoutMs`, requests to `requestTimeoutMs`; permessage-deflate is off.
 * - Each client may have `maxInFlightPerSession` requests in progress and `maxQueuedMessages`
 *   messages waiting for its long polls; an HTTP client that does not poll for `sessionTimeoutMs`
 *   is forgotten, and one whose queue overflows is forgotten at once (its next poll gets 410 Gone).
 *
 * Floods (flood-limits.ts): sessions are bounded in all and per remote address (the least recently
 * heard-from idle one is forgotten to make room; with none idle, a new one is refused, 503 with
 * Retry-After or WebSocket close 1013), and so are WebSocket connections and the bytes queued per
 * session. A session belongs to the Origin that started it: a resume or a request from another
 * Origin gets a new, empty session. Its tokens are 128-bit random, compared in constant time.
 *
 * Sessions outlive connections (spec/README.md, "Sessions and reconnection"): an HTTP session is named
 * by X-Cmapi-Session, a WebSocket one by the `cmapi-session` query, and both keep their registrations
 * and undelivered messages for `sessionTimeoutMs` after the client was last heard from. `close()` is
 * graceful: it stops accepting, lets calls in progress finish (up to `closeTimeoutMs`), answers held
 * polls and closes WebSockets with 1001 (going away), so that clients reconnect at once.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import {
  HEADER_ACK,
  HEADER_CLIENT,
  HEADER_SEQ,
  HEADER_SESSION,
  JSONRPC_ERRORS,
  POLL_SUFFIX,
  QUERY_ACK,
  QUERY_INTERIM,
  QUERY_SESSION,
  controlFrame,
  randomToken,
  sameSecret,
  type CmapiCallbackMessage,
  type CmapiResponseMessage,
  type PingFrame,
  type SessionFrame,
} from "./protocol.js";
import type { CmapiServerCore, RequestFacts, Session } from "./server.js";
import { DEFAULT_FLOOD_LIMITS, RETRY_AFTER_SECONDS, Roster, type FloodLimits, type RosterEntry } from "./flood-limits.js";
import { MessageQueue } from "./message-queue.js";

export interface NodeServerOptions {
  /** Where both transports are served: POST for requests, POST <path>/poll for long polls, GET for WebSocket. */
  path?: string;
  host?: string;
  port?: number;
  /** Host names accepted besides cmapi.device, localhost and loopback addresses. */
  allowedHosts?: readonly string[];
  /** Origins (scheme://host[:port]) of web apps allowed besides the server's own. */
  allowedOrigins?: readonly string[];
  tls?: { key: string | Buffer; cert: string | Buffer };
  maxMessageBytes?: number;
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** How long a long poll is held open before `204 No Content`. */
  pollTimeoutMs?: number;
  maxQueuedMessages?: number;
  /** Sessions, WebSocket connections and queued bytes a flood of clients can make the server hold (flood-limits.ts). */
  limits?: Partial<FloodLimits>;
  sessionTimeoutMs?: number;
  /** A WebSocket client whose unsent data exceeds this is not reading: it is disconnected. */
  maxBufferedBytes?: number;
  /** How often WebSockets are pinged; one that answers nothing for a whole interval is dropped (half-open). */
  heartbeatMs?: number;
  /** How long close() lets calls in progress finish. */
  closeTimeoutMs?: number;
  /** Files served on GET beside the API (a page for the API, such as a playground), by path. */
  pages?: Record<string, { contentType: string; body: string }>;
  /**
   * POST endpoints beside the API (the mock's controls), each for the paths that start with its
   * prefix. They pass the API's checks (Host, Origin, CORS preflight, application/json, size); the
   * body is parsed JSON (undefined when empty) and the answer is sent as JSON.
   */
  routes?: readonly ServerRoute[];
}

export interface ServerRoute {
  prefix: string;
  handle(path: string, body: unknown): ServerRouteAnswer | Promise<ServerRouteAnswer>;
}

export interface ServerRouteAnswer {
  status: number;
  body: unknown;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  close(): Promise<void>;
}

export const DEFAULT_HOSTS: readonly string[] = ["cmapi.device", "localhost"];

/** A WebSocket client's session that outlives its socket (recovery): what it was sent and has not acknowledged. */
interface WsSession extends RosterEntry {
  /** Where wsSessions keeps it, and the session's id: the first part of its token. */
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

interface HttpClient extends RosterEntry {
  /** Where httpClients keeps it: its Origin and X-Cmapi-Client id. */
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

/** A session held by its socket alone (a WebSocket client without recovery), or a connection: never forgotten to make room. */
const heldEntry = (address: string): RosterEntry => ({ address, idle: () => false, evict: () => undefined });

const addressOf = (request: IncomingMessage): string => request.socket.remoteAddress ?? "unknown";

function hostName(host: string | undefined): string | undefined {
  if (!host) return undefined;
  if (host.startsWith("[")) return host.slice(1, host.indexOf("]")).toLowerCase();
  return host.replace(/:\d+$/, "").toLowerCase();
}

function isLoopback(name: string): boolean {
  return name === "::1" || /^127(?:\.\d{1,3}){3}$/.test(name);
}

export async function listenCmapi(core: CmapiServerCore, options: NodeServerOptions = {}): Promise<RunningServer> {
  const path = options.path ?? "/cmapi";
  const pollPath = `${path}${POLL_SUFFIX}`;
  const maxMessageBytes = options.maxMessageBytes ?? 64 * 1024;
  const pollTimeoutMs = options.pollTimeoutMs ?? 25_000;
  const maxQueued = options.maxQueuedMessages ?? 256;
  const sessionTimeoutMs = options.sessionTimeoutMs ?? 120_000;
  const maxBuffered = options.maxBufferedBytes ?? 1024 * 1024;
  const hosts = new Set([...DEFAULT_HOSTS, ...(options.allowedHosts ?? [])].map((host) => host.toLowerCase()));
  const origins = new Set(options.allowedOrigins ?? []);
  const scheme = options.tls ? "https" : "http";
  const floodLimits: FloodLimits = { ...DEFAULT_FLOOD_LIMITS, ...options.limits };
  const sessions = new Roster<RosterEntry>(floodLimits.maxSessions, floodLimits.maxSessionsPerAddress);
  const connections = new Roster<RosterEntry>(floodLimits.maxConnections, floodLimits.maxConnectionsPerAddress);
  const httpClients = new Map<string, HttpClient>();
  /** Open sockets, each with its recovering session (undefined for a client without recovery). */
  const sockets = new Map<WebSocket, WsSession | undefined>();
  /** Sockets pinged and not heard from since. */
  const quiet = new Set<WebSocket>();
  const wsSessions = new Map<string, WsSession>();
  const heartbeatMs = options.heartbeatMs ?? 10_000;
  const closeTimeoutMs = options.closeTimeoutMs ?? 5000;
  let closing = false;
  let inProgress = 0;
  const idleWaiters = new Set<() => void>();

  /** Runs one request and sends its answer, counted, so that close() lets it finish: answer sent included. */
  async function handleText(session: Session, text: string, reply: (response: CmapiResponseMessage) => void, facts: RequestFacts = {}): Promise<void> {
    inProgress++;
    try {
      const answer = await core.handleText(session, text, facts);
      try {
        reply(answer);
      } catch (error) {
        // A result that JSON cannot carry (a BigInt, a cycle) when results are not validated: the client still gets an answer.
        core.log("an answer could not be sent", error);
        reply(core.response(answer.id, { error: { ...JSONRPC_ERRORS.INTERNAL_ERROR } }));
      }
    } finally {
      inProgress--;
      if (inProgress === 0) for (const done of [...idleWaiters]) done();
    }
  }

  function whenIdle(timeoutMs: number): Promise<void> {
    if (inProgress === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        idleWaiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      idleWaiters.add(done);
    });
  }

  const hostAllowed = (request: IncomingMessage) => {
    const name = hostName(request.headers.host);
    return name !== undefined && (hosts.has(name) || isLoopback(name));
  };
  /** undefined: no Origin (not a page); true/false: a page's origin, allowed or not. */
  const originAllowed = (request: IncomingMessage): boolean | undefined => {
    const origin = request.headers.origin;
    if (origin === undefined) return undefined;
    return origin === `${scheme}://${request.headers.host}` || origins.has(origin);
  };

  const wss = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes, perMessageDeflate: false });

  const handler = (request: IncomingMessage, response: ServerResponse) => {
    handleHttp(request, response).catch(() => {
      // The client went away mid-request (aborted body, reset): nothing to answer, nothing to keep.
      if (!response.headersSent) response.destroy();
    });
  };
  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  const limits = {
    headersTimeout,
    requestTimeout: options.requestTimeoutMs ?? pollTimeoutMs + 30_000,
    // Node checks those timeouts only this often (30 s by default): a slow client would get 30 s more.
    connectionsCheckingInterval: Math.min(1000, headersTimeout),
  };
  const server: Server = options.tls ? createHttpsServer({ key: options.tls.key, cert: options.tls.cert, ...limits }, handler) : createHttpServer(limits, handler);
  server.maxHeadersCount = 64;

  function refuse(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
    response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...headers });
    response.end(`${text}\n`);
  }

  function corsHeaders(request: IncomingMessage): Record<string, string> {
    const origin = request.headers.origin;
    if (origin === undefined) return {};
    return { "Access-Control-Allow-Origin": origin, Vary: "Origin", "Access-Control-Expose-Headers": `${HEADER_SEQ}, ${HEADER_SESSION}` };
  }

  function sendJson(request: IncomingMessage, response: ServerResponse, message: unknown, headers: Record<string, string> = {}): void {
    const body = JSON.stringify(message);
    response.writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-store", ...corsHeaders(request), ...headers });
    response.end(body);
  }

  async function readBody(request: IncomingMessage): Promise<string | null> {
    const declared = Number(request.headers["content-length"]);
    if (Number.isFinite(declared) && declared > maxMessageBytes) return null;
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of request) {
      size += (chunk as Buffer).length;
      if (size > maxMessageBytes) return null;
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString("utf8");
  }

  /**
   * The client a request names by X-Cmapi-Client (and its Origin: a session belongs to the Origin
   * that started it), its session made if it has none; "gone" when the request names
   * (X-Cmapi-Session) a session this server no longer has: it restarted, or forgot the client;
   * "full" when no session can be made for want of room.
   */
  function httpClient(request: IncomingMessage): { client: HttpClient; created: boolean; proven: boolean } | "gone" | "full" | undefined {
    const id = request.headers[HEADER_CLIENT.toLowerCase()];
    if (typeof id !== "string" || !/^[0-9a-fA-F-]{8,64}$/.test(id)) return undefined;
    const named = request.headers[HEADER_SESSION.toLowerCase()];
    const key = `${request.headers.origin ?? ""} ${id}`;
    let client = httpClients.get(key);
    if (typeof named === "string" && (!client || !sameSecret(named, client.token))) return "gone";
    let created = false;
    if (!client) {
      const address = addressOf(request);
      if (!sessions.makeRoom(address)) return "full";
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
        evict: () => forget(made),
      };
      made.session = core.openSession({ id, transport: "http", interim: true, origin: request.headers.origin, remoteAddress: request.socket.remoteAddress, deliver: (message) => enqueue(made, message) });
      httpClients.set(key, (client = made));
      sessions.add(made);
      created = true;
    }
    client.lastSeen = Date.now();
    sessions.heard(client);
    // The id alone is no proof: it travels in every request. The token was only ever sent to the session's own client.
    return { client, created, proven: created || (typeof named === "string" && sameSecret(named, client.token)) };
  }

  /** Forgets a client at once: a request that names its session learns it by a 410, and its id starts a new session. */
  function forget(client: HttpClient): void {
    client.gone = true;
    sessions.remove(client);
    if (httpClients.get(client.key) === client) httpClients.delete(client.key);
    core.closeSession(client.session);
    if (client.waiting) answerPoll(client);
    client.queue.clear();
  }

  function enqueue(client: HttpClient, message: CmapiResponseMessage | CmapiCallbackMessage): void {
    if (client.gone) return;
    const text = JSON.stringify(message);
    if (client.queue.length >= maxQueued || client.queue.bytes + text.length > floodLimits.maxQueuedBytes) {
      forget(client);
      return;
    }
    client.queue.push(text);
    if (client.waiting) answerPoll(client);
  }

  function answerPoll(client: HttpClient): void {
    const response = client.waiting;
    if (!response) return;
    client.waiting = undefined;
    clearTimeout(client.waitTimer);
    const request = response.req;
    if (client.gone) {
      refuse(response, 410, "this client was forgotten: register again", corsHeaders(request));
      return;
    }
    if (closing) return refuse(response, 503, "the server is shutting down", { ...corsHeaders(request), Connection: "close", "Retry-After": "1" });
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

  async function handleHttp(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = (request.url ?? "/").split("?")[0]!;
    const page = options.pages?.[url];
    if (page && request.method === "GET") {
      if (!hostAllowed(request)) return refuse(response, 403, "Host not allowed");
      // No eval, no inline script, no other host: the page must work under a strict policy.
      response.writeHead(200, {
        "Content-Type": page.contentType,
        "Cache-Control": "no-store",
        "Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self' ws: wss: http: https:",
        "X-Content-Type-Options": "nosniff",
      });
      response.end(page.body);
      return;
    }
    const route = url !== path && url !== pollPath ? options.routes?.find((candidate) => url.startsWith(candidate.prefix)) : undefined;
    if (url !== path && url !== pollPath && !route) return refuse(response, 404, "not found");
    if (!hostAllowed(request)) return refuse(response, 403, "Host not allowed");
    const allowed = originAllowed(request);
    if (allowed === false) return refuse(response, 403, "Origin not allowed");
    if (request.method === "OPTIONS") {
      const headers: Record<string, string> = {
        ...corsHeaders(request),
        "Access-Control-Allow-Methods": "POST",
        "Access-Control-Allow-Headers": `Content-Type, ${HEADER_CLIENT}, ${HEADER_ACK}, ${HEADER_SESSION}`,
        "Access-Control-Max-Age": "600",
      };
      if (request.headers["access-control-request-private-network"] === "true") headers["Access-Control-Allow-Private-Network"] = "true";
      response.writeHead(204, headers);
      response.end();
      return;
    }
    if (request.method !== "POST") return refuse(response, 405, "only POST (and WebSocket upgrades on GET)", { Allow: "POST" });
    const type = (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    if (type !== "application/json") return refuse(response, 415, "Content-Type must be application/json", corsHeaders(request));
    const body = await readBody(request);
    if (body === null) return refuse(response, 413, `a message may be at most ${maxMessageBytes} bytes`, { ...corsHeaders(request), Connection: "close" });

    if (closing) return refuse(response, 503, "the server is shutting down", { ...corsHeaders(request), Connection: "close", "Retry-After": "1" });
    if (route) return answerRoute(request, response, route, url, body);
    const named = httpClient(request);
    if (named === "gone") return refuse(response, 410, "this server does not know that session: start a new one and register again", corsHeaders(request));
    if (named === "full") return refuse(response, 503, "too many sessions: try again later", { ...corsHeaders(request), "Retry-After": String(RETRY_AFTER_SECONDS) });
    const client = named?.client;
    if (url === pollPath) {
      if (!client) return refuse(response, 400, `a long poll needs the ${HEADER_CLIENT} header (a UUID)`, corsHeaders(request));
      // What a session above "user" is sent (its callbacks, its answers) goes only to a poll that proves the session.
      if (!named!.proven && client.session.access !== "user") return refuse(response, 403, `this session's messages go only to a long poll that carries its ${HEADER_SESSION} token`, corsHeaders(request));
      const ack = Number(request.headers[HEADER_ACK.toLowerCase()] ?? 0);
      // A new session numbers from 1: an ack of an older session's messages must not drop them.
      if (Number.isInteger(ack) && !named!.created) client.queue.acknowledge(ack);
      if (client.waiting) answerPoll(client); // one poll at a time: the newer one takes over
      client.waiting = response;
      client.waitingProven = named!.proven;
      // A poll that starts the session is answered at once, so that the client learns its token before it opens the API.
      if (named!.created && client.queue.length === 0) return answerPoll(client);
      response.on("close", () => {
        if (client.waiting === response) {
          client.waiting = undefined;
          clearTimeout(client.waitTimer);
        }
      });
      if (client.queue.length > 0) return answerPoll(client);
      client.waitTimer = setTimeout(() => answerPoll(client), pollTimeoutMs);
      return;
    }
    const session = client?.session ?? core.openSession({ transport: "http", anonymous: true, origin: request.headers.origin, remoteAddress: request.socket.remoteAddress, deliver: () => undefined });
    try {
      await handleText(session, body, (answer) => sendJson(request, response, answer, client && named!.proven ? { [HEADER_SESSION]: client.token } : {}), { sessionProven: named ? named.proven : true });
    } finally {
      if (!client) core.closeSession(session);
    }
  }

  async function answerRoute(request: IncomingMessage, response: ServerResponse, route: ServerRoute, url: string, body: string): Promise<void> {
    let parsed: unknown;
    try {
      parsed = body.trim() === "" ? undefined : JSON.parse(body);
    } catch {
      return refuse(response, 400, "the body is not JSON", corsHeaders(request));
    }
    const answer = await route.handle(url, parsed);
    response.writeHead(answer.status, { "Content-Type": "application/json", "Cache-Control": "no-store", ...corsHeaders(request) });
    response.end(JSON.stringify(answer.body));
  }

  server.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = (request.url ?? "/").split("?")[0];
    const deny = (status: number, text: string) => {
      socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${text.length + 1}\r\n\r\n${text}\n`);
    };
    if (url !== path) return deny(404, "Not Found");
    if (closing) return deny(503, "Service Unavailable");
    if (!hostAllowed(request)) return deny(403, "Host not allowed");
    if (originAllowed(request) === false) return deny(403, "Origin not allowed");
    wss.handleUpgrade(request, socket, head, (ws) => serveWebSocket(ws, request));
  });

  /** Sends one text frame, unless the socket is gone; drops a client that does not read what it is sent. */
  function sendFrame(ws: WebSocket, text: string): void {
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > maxBuffered) {
      ws.terminate();
      return;
    }
    ws.send(text);
  }

  function endWsSession(state: WsSession): void {
    clearTimeout(state.expiry);
    if (wsSessions.get(state.key) === state) wsSessions.delete(state.key);
    sessions.remove(state);
    state.unacked.clear();
    core.closeSession(state.session);
  }

  /** A message for a recovering WebSocket client: numbered, kept until acknowledged, sent if a socket is attached. */
  function deliverToWsSession(state: WsSession, message: CmapiResponseMessage | CmapiCallbackMessage): void {
    if (wsSessions.get(state.key) !== state) return;
    const text = JSON.stringify(message);
    state.unacked.push(text);
    while (state.unacked.length > maxQueued || state.unacked.bytes > floodLimits.maxQueuedBytes) {
      if (!state.socket) return endWsSession(state); // disconnected, and more missed than it may catch up on
      state.firstKept = state.unacked.dropOldest()!.seq + 1; // connected: only a later resume from before this fails
    }
    if (state.socket) sendFrame(state.socket, text);
  }

  /** The held session a token names, if its secret part matches (compared in constant time). */
  function heldWsSession(token: string): WsSession | undefined {
    const [key = "", secret = ""] = token.split(".");
    const state = wsSessions.get(key);
    return state && sameSecret(secret, state.secret) ? state : undefined;
  }

  /**
   * The session a recovering client asks for (resumed when held, asked for from the Origin that
   * started it, and everything after its ack is kept), or a new one; undefined when there is no room for one.
   */
  function attachWsSession(ws: WebSocket, request: IncomingMessage, query: URLSearchParams): WsSession | undefined {
    const ack = Number(query.get(QUERY_ACK) ?? 0);
    const held = heldWsSession(query.get(QUERY_SESSION) ?? "");
    // Another Origin's page that learned the token gets a session of its own; the owner's stays as it is.
    const owned = held !== undefined && held.session.origin === request.headers.origin;
    const resumable = owned && Number.isInteger(ack) && ack >= held.firstKept - 1 && ack < held.unacked.nextSeq;
    let state: WsSession;
    if (resumable) {
      state = held;
      clearTimeout(state.expiry);
      state.expiry = undefined;
      const previous = state.socket;
      state.socket = undefined;
      previous?.terminate(); // a half-open socket the client has given up on
      state.unacked.acknowledge(ack);
      sessions.heard(state);
    } else {
      if (owned) endWsSession(held); // its own client, asking for what the server no longer has
      const address = addressOf(request);
      if (!sessions.makeRoom(address)) return undefined;
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
        evict: () => endWsSession(made),
      };
      made.session = core.openSession({ id: made.key, transport: "websocket", interim: true, origin: request.headers.origin, remoteAddress: request.socket.remoteAddress, deliver: (message) => deliverToWsSession(made, message) });
      wsSessions.set(made.key, made);
      sessions.add(made);
      state = made;
    }
    state.socket = ws;
    const frame: SessionFrame = { cmapicontrol: "session", session: `${state.key}.${state.secret}`, resumed: resumable, heartbeatMs, received: state.received };
    sendFrame(ws, JSON.stringify(frame));
    for (const item of state.unacked) sendFrame(ws, item.text);
    return state;
  }

  /** Closes a socket the server has no room for: 1013, "try again later", which the generated client backs off from. */
  const tryAgainLater = (ws: WebSocket, what: string) => ws.close(1013, `too many ${what}: try again later`);

  function serveWebSocket(ws: WebSocket, request: IncomingMessage): void {
    ws.on("error", () => ws.terminate());
    const connection = heldEntry(addressOf(request));
    if (!connections.makeRoom(connection.address)) return tryAgainLater(ws, "connections");
    const query = new URL(request.url ?? "/", "http://localhost").searchParams;
    const recovering = query.has(QUERY_SESSION) ? attachWsSession(ws, request, query) : undefined;
    const plain = recovering ? undefined : heldEntry(connection.address);
    if (query.has(QUERY_SESSION) ? !recovering : !sessions.makeRoom(connection.address)) return tryAgainLater(ws, "sessions");
    connections.add(connection);
    if (plain) sessions.add(plain);
    sockets.set(ws, recovering);
    const send = (message: CmapiResponseMessage) => (recovering ? deliverToWsSession(recovering, message) : sendFrame(ws, JSON.stringify(message)));
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
      handleText(session, data.toString(), send).catch((error: unknown) => core.log("a WebSocket message failed", error));
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
      if (code === 1000 || closing) return endWsSession(recovering);
      expireLater(recovering);
    });
  }

  /** Made out here: a timer made in serveWebSocket would hold its socket (its scope) until the session expires. */
  function expireLater(state: WsSession): void {
    state.expiry = setTimeout(() => endWsSession(state), sessionTimeoutMs);
    state.expiry.unref?.();
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
  }, heartbeatMs);
  heartbeat.unref();

  const sweeper = setInterval(
    () => {
      const now = Date.now();
      for (const client of [...httpClients.values()]) if (client.idle() && now - client.lastSeen > sessionTimeoutMs) forget(client);
    },
    Math.min(sessionTimeoutMs, 30_000),
  );
  sweeper.unref();

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  // Out of file descriptors, node reports a failed accept as an "error" event: unheard, it would end the process.
  server.on("error", (error) => core.log("the server socket reported an error", error));
  const address = server.address() as AddressInfo;
  const hostForUrl = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `${scheme}://${hostForUrl}:${address.port}${path}`,
    port: address.port,
    server,
    async close() {
      if (closing) return;
      closing = true;
      clearInterval(sweeper);
      clearInterval(heartbeat);
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      // Held polls answer now (503: come back later), so their clients need not wait out the poll.
      for (const client of httpClients.values()) if (client.waiting) answerPoll(client);
      await whenIdle(closeTimeoutMs);
      for (const ws of sockets.keys()) ws.close(1001, "server going away");
      const deadline = Date.now() + Math.min(1000, closeTimeoutMs);
      while (sockets.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      for (const ws of sockets.keys()) ws.terminate();
      for (const client of httpClients.values()) core.closeSession(client.session);
      httpClients.clear();
      for (const state of [...wsSessions.values()]) endWsSession(state);
      wss.close();
      server.closeAllConnections();
      await stopped;
    },
  };
}
