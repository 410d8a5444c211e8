/**
 * What both transports of server-node.ts check and answer alike: the Host (DNS rebinding) and Origin
 * (cross-site requests) of a request, CORS headers, plain-text refusals, JSON answers and bounded bodies.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { HEADER_SEQ, HEADER_SESSION } from "./protocol.js";

export interface RequestChecks {
  /** The Host is cmapi.device, localhost, a loopback address or one allowed. */
  hostAllowed(request: IncomingMessage): boolean;
  /** undefined: no Origin (not a page); true/false: a page's origin, allowed or not. */
  originAllowed(request: IncomingMessage): boolean | undefined;
}

export function requestChecks(hosts: ReadonlySet<string>, origins: ReadonlySet<string>, scheme: "http" | "https"): RequestChecks {
  return {
    hostAllowed(request) {
      const name = hostName(request.headers.host);
      return name !== undefined && (hosts.has(name) || isLoopback(name));
    },
    originAllowed(request) {
      const origin = request.headers.origin;
      if (origin === undefined) return undefined;
      return origin === `${scheme}://${request.headers.host}` || origins.has(origin);
    },
  };
}

function hostName(host: string | undefined): string | undefined {
  if (!host) return undefined;
  if (host.startsWith("[")) return host.slice(1, host.indexOf("]")).toLowerCase();
  return host.replace(/:\d+$/, "").toLowerCase();
}

function isLoopback(name: string): boolean {
  return name === "::1" || /^127(?:\.\d{1,3}){3}$/.test(name);
}

export const addressOf = (request: IncomingMessage): string => request.socket.remoteAddress ?? "unknown";

export function refuse(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...headers });
  response.end(`${text}\n`);
}

export function corsHeaders(request: IncomingMessage): Record<string, string> {
  const origin = request.headers.origin;
  if (origin === undefined) return {};
  return { "Access-Control-Allow-Origin": origin, Vary: "Origin", "Access-Control-Expose-Headers": `${HEADER_SEQ}, ${HEADER_SESSION}` };
}

export function sendJson(request: IncomingMessage, response: ServerResponse, message: unknown, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(message);
  response.writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-store", ...corsHeaders(request), ...headers });
  response.end(body);
}

/** The body as text, or null when it is longer than `maxBytes` (declared or sent). */
export async function readBody(request: IncomingMessage, maxBytes: number): Promise<string | null> {
  const declared = Number(request.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
