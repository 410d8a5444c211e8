/**
 * The HTTP transport of server-node.ts: pages on GET, CORS preflights, and POSTs (requests, long
 * polls, the extra routes) after their checks: Host, Origin, application/json, the body's size
 * (413); 503 with Retry-After while closing or when no session can be made, 410 for a session the
 * server no longer has. Sessions and polls are server-http-sessions.ts's.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { HEADER_ACK, HEADER_CLIENT, HEADER_SESSION } from "./protocol.js";
import type { CmapiServerCore } from "./server.js";
import { RETRY_AFTER_SECONDS } from "./flood-limits.js";
import type { CallsInProgress } from "./server-calls.js";
import { corsHeaders, readBody, refuse, sendJson, type RequestChecks } from "./server-checks.js";
import type { HttpSessions } from "./server-http-sessions.js";

/** A POST endpoint beside the API (NodeServerOptions.routes), for the paths that start with its prefix. */
export interface ServerRoute {
  prefix: string;
  handle(path: string, body: unknown): ServerRouteAnswer | Promise<ServerRouteAnswer>;
}

export interface ServerRouteAnswer {
  status: number;
  body: unknown;
}

export interface HttpServingOptions {
  core: CmapiServerCore;
  calls: CallsInProgress;
  checks: RequestChecks;
  clients: HttpSessions;
  path: string;
  pollPath: string;
  maxMessageBytes: number;
  pages: Record<string, { contentType: string; body: string }> | undefined;
  routes: readonly ServerRoute[] | undefined;
  isClosing(): boolean;
}

/** The server's request listener. */
export function httpRequestHandler(options: HttpServingOptions): (request: IncomingMessage, response: ServerResponse) => void {
  const { core, calls, checks, clients, path, pollPath, maxMessageBytes } = options;

  function servePage(request: IncomingMessage, response: ServerResponse, page: { contentType: string; body: string }): void {
    if (!checks.hostAllowed(request)) return refuse(response, 403, "Host not allowed");
    // No eval, no inline script, no other host: the page must work under a strict policy.
    response.writeHead(200, {
      "Content-Type": page.contentType,
      "Cache-Control": "no-store",
      "Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self' ws: wss: http: https:",
      "X-Content-Type-Options": "nosniff",
    });
    response.end(page.body);
  }

  /** A CORS preflight from an allowed origin, the Private Network Access one included. */
  function answerPreflight(request: IncomingMessage, response: ServerResponse): void {
    const headers: Record<string, string> = {
      ...corsHeaders(request),
      "Access-Control-Allow-Methods": "POST",
      "Access-Control-Allow-Headers": `Content-Type, ${HEADER_CLIENT}, ${HEADER_ACK}, ${HEADER_SESSION}`,
      "Access-Control-Max-Age": "600",
    };
    if (request.headers["access-control-request-private-network"] === "true") headers["Access-Control-Allow-Private-Network"] = "true";
    response.writeHead(204, headers);
    response.end();
  }

  async function handleHttp(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = (request.url ?? "/").split("?")[0]!;
    const page = options.pages?.[url];
    if (page && request.method === "GET") return servePage(request, response, page);
    const route = url !== path && url !== pollPath ? options.routes?.find((candidate) => url.startsWith(candidate.prefix)) : undefined;
    if (url !== path && url !== pollPath && !route) return refuse(response, 404, "not found");
    if (!checks.hostAllowed(request)) return refuse(response, 403, "Host not allowed");
    const allowed = checks.originAllowed(request);
    if (allowed === false) return refuse(response, 403, "Origin not allowed");
    if (request.method === "OPTIONS") return answerPreflight(request, response);
    if (request.method !== "POST") return refuse(response, 405, "only POST (and WebSocket upgrades on GET)", { Allow: "POST" });
    const type = (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    if (type !== "application/json") return refuse(response, 415, "Content-Type must be application/json", corsHeaders(request));
    const body = await readBody(request, maxMessageBytes);
    if (body === null) return refuse(response, 413, `a message may be at most ${maxMessageBytes} bytes`, { ...corsHeaders(request), Connection: "close" });

    if (options.isClosing()) return refuse(response, 503, "the server is shutting down", { ...corsHeaders(request), Connection: "close", "Retry-After": "1" });
    if (route) return answerRoute(request, response, route, url, body);
    const named = clients.named(request);
    if (named === "gone") return refuse(response, 410, "this server does not know that session: start a new one and register again", corsHeaders(request));
    if (named === "full") return refuse(response, 503, "too many sessions: try again later", { ...corsHeaders(request), "Retry-After": String(RETRY_AFTER_SECONDS) });
    if (url === pollPath) return clients.servePoll(request, response, named);
    const client = named?.client;
    const session = client?.session ?? core.openSession({ transport: "http", anonymous: true, origin: request.headers.origin, remoteAddress: request.socket.remoteAddress, deliver: () => undefined });
    try {
      await calls.handleText(session, body, (answer) => sendJson(request, response, answer, client && named.proven ? { [HEADER_SESSION]: client.token } : {}), { sessionProven: named ? named.proven : true });
    } finally {
      if (!client) core.closeSession(session);
    }
  }

  return (request, response) => {
    handleHttp(request, response).catch(() => {
      // The client went away mid-request (aborted body, reset): nothing to answer, nothing to keep.
      if (!response.headersSent) response.destroy();
    });
  };
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
