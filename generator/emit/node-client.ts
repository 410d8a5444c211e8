/**
 * `node.ts`: what a Node client needs beside the browser-safe client.ts (the ws WebSocket, DNS
 * discovery of cmapi.device). Its own artifact, `node`, so that a web app's build never sees ws or node:dns.
 */
import type { GeneratedFiles } from "./context.js";
import { requirementComment, TYPES_NODE, TYPES_WS, WS } from "./peer-packages.js";

export function emitNodeClient(): GeneratedFiles {
  const node = [
    requirementComment([WS, TYPES_WS, TYPES_NODE]),
    "/** What a Node client needs beside client.ts: the ws WebSocket, and DNS discovery of cmapi.device. */",
    'import { WebSocket } from "ws";',
    'import { connectWebSocket as connect, type CmapiClient } from "./client.js";',
    'import type { ClientOptions } from "./runtime/client.js";',
    'import type { WebSocketConstructor, WebSocketTransportOptions } from "./runtime/transport-websocket.js";',
    "",
    'export { CMAPI_DEVICE, defaultEndpoint, endpointFor, resolveCmapiDevice, type NameResolver } from "./runtime/discovery.js";',
    "",
    "/** A WebSocket client in Node 20, which has no global WebSocket. */",
    'export function connectWebSocket(url?: string, options: ClientOptions & Omit<WebSocketTransportOptions, "WebSocket"> = {}): CmapiClient {',
    "  return connect(url, { ...options, WebSocket: WebSocket as unknown as WebSocketConstructor });",
    "}",
    "",
  ].join("\n");
  return new Map([["node.ts", node]]);
}
