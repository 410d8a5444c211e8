/**
 * `node.ts`: what a Node client needs beside the browser-safe client.ts (the ws WebSocket, DNS
 * discovery of cmapi.device). Its own artifact, `node`, so that a web app's build never sees ws or node:dns.
 */
import { _, block, blockStatement, Code, doc, importName, moduleText, statement } from "./code/index.js";
import type { GeneratedFiles } from "./context.js";
import { requirementComment, TYPES_NODE, TYPES_WS, WS } from "./peer-packages.js";

export function emitNodeClient(): GeneratedFiles {
  const WebSocket = importName("WebSocket", "ws");
  const connect = importName("connect", "./client.js", "value", "connectWebSocket");
  const CmapiClient = importName("CmapiClient", "./client.js", "type");
  const ClientOptions = importName("ClientOptions", "./runtime/client.js", "type");
  const WebSocketConstructor = importName("WebSocketConstructor", "./runtime/transport-websocket.js", "type");
  const WebSocketTransportOptions = importName("WebSocketTransportOptions", "./runtime/transport-websocket.js", "type");
  const node = moduleText(
    [
      statement(_`export { CMAPI_DEVICE, defaultEndpoint, endpointFor, resolveCmapiDevice, type NameResolver } from "./runtime/discovery.js";`),
      blockStatement(_`${doc("A WebSocket client in Node 20, which has no global WebSocket.")}
${block(_`export function connectWebSocket(url?: string, options: ${ClientOptions} & Omit<${WebSocketTransportOptions}, "WebSocket"> = {}): ${CmapiClient}`, [
  _`return ${connect}(url, { ...options, WebSocket: ${WebSocket} as unknown as ${WebSocketConstructor} });`,
])}`),
    ],
    // The peer packages' comment (constants of peer-packages.ts), then the module's doc.
    { head: _`${new Code([requirementComment([WS, TYPES_WS, TYPES_NODE]).trimEnd()])}\n${doc("What a Node client needs beside client.ts: the ws WebSocket, and DNS discovery of cmapi.device.")}` },
  );
  return new Map([["node.ts", node]]);
}
