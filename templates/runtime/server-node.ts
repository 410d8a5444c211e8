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
 *
 * The pieces: server-checks.ts (Host, Origin, CORS, refusals), server-calls.ts (calls in progress),
 * server-http.ts and server-http-sessions.ts (POSTs; sessions and long polls), server-websocket.ts and
 * server-websocket-sessions.ts (upgrades and sockets; recovering sessions), flood-limits.ts (the
 * Rosters, which both transports' sessions share). listenCmapi composes them.
 */
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { POLL_SUFFIX } from "./protocol.js";
import type { CmapiServerCore } from "./server.js";
import { DEFAULT_FLOOD_LIMITS, Roster, type FloodLimits, type RosterEntry } from "./flood-limits.js";
import { callsInProgress } from "./server-calls.js";
import { requestChecks } from "./server-checks.js";
import { httpRequestHandler, type ServerRoute } from "./server-http.js";
import { HttpSessions } from "./server-http-sessions.js";
import { WebSocketServing } from "./server-websocket.js";

export type { ServerRoute, ServerRouteAnswer } from "./server-http.js";

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

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  close(): Promise<void>;
}

export const DEFAULT_HOSTS: readonly string[] = ["cmapi.device", "localhost"];

export async function listenCmapi(core: CmapiServerCore, options: NodeServerOptions = {}): Promise<RunningServer> {
  const path = options.path ?? "/cmapi";
  const maxMessageBytes = options.maxMessageBytes ?? 64 * 1024;
  const pollTimeoutMs = options.pollTimeoutMs ?? 25_000;
  const maxQueuedMessages = options.maxQueuedMessages ?? 256;
  const sessionTimeoutMs = options.sessionTimeoutMs ?? 120_000;
  const hosts = new Set([...DEFAULT_HOSTS, ...(options.allowedHosts ?? [])].map((host) => host.toLowerCase()));
  const scheme = options.tls ? "https" : "http";
  const floodLimits: FloodLimits = { ...DEFAULT_FLOOD_LIMITS, ...options.limits };
  const closeTimeoutMs = options.closeTimeoutMs ?? 5000;
  let closing = false;
  const isClosing = () => closing;

  const shared = {
    core,
    calls: callsInProgress(core),
    checks: requestChecks(hosts, new Set(options.allowedOrigins ?? []), scheme),
    sessions: new Roster<RosterEntry>(floodLimits.maxSessions, floodLimits.maxSessionsPerAddress),
    maxMessageBytes,
    maxQueuedMessages,
    maxQueuedBytes: floodLimits.maxQueuedBytes,
    sessionTimeoutMs,
    path,
    isClosing,
  };
  const clients = new HttpSessions({ ...shared, pollTimeoutMs });
  const handler = httpRequestHandler({ ...shared, clients, pollPath: `${path}${POLL_SUFFIX}`, pages: options.pages, routes: options.routes });
  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  const limits = {
    headersTimeout,
    requestTimeout: options.requestTimeoutMs ?? pollTimeoutMs + 30_000,
    // Node checks those timeouts only this often (30 s by default): a slow client would get 30 s more.
    connectionsCheckingInterval: Math.min(1000, headersTimeout),
  };
  const server: Server = options.tls ? createHttpsServer({ key: options.tls.key, cert: options.tls.cert, ...limits }, handler) : createHttpServer(limits, handler);
  server.maxHeadersCount = 64;
  const websockets = new WebSocketServing(server, {
    ...shared,
    connections: new Roster<RosterEntry>(floodLimits.maxConnections, floodLimits.maxConnectionsPerAddress),
    maxBufferedBytes: options.maxBufferedBytes ?? 1024 * 1024,
    heartbeatMs: options.heartbeatMs ?? 10_000,
  });

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
      websockets.stopHeartbeat();
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      clients.beginClosing();
      await shared.calls.whenIdle(closeTimeoutMs);
      await websockets.closeSockets(closeTimeoutMs);
      clients.closeAll();
      websockets.closeSessions();
      server.closeAllConnections();
      await stopped;
    },
  };
}
