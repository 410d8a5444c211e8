/**
 * `client.ts`: CmapiClient, with one typed method per function in both call styles, and the
 * constructors for either transport. Browser-safe: it imports nothing from Node. `node.ts`
 * (node-client.ts, its own artifact) adds what Node clients need.
 */
import type { Api, Method } from "../model/api.js";
import type { GeneratedFiles } from "./context.js";
import { methodIdentifier, paramsTypeName, resultTypeName } from "./names.js";
import { INDENT, jsDoc, jsDocs, quoteDoc, statements } from "./ts-text.js";

function docOf(method: Method): string {
  const lines = [`${method.name}${method.description ? `: ${quoteDoc(method.description)}` : ""}`];
  lines.push("", method.access === "user" ? "Access: user (any session)." : `Access: ${method.access}; a session below it gets 0xF0000001 (open the API with credentials for ${method.access}).`);
  if (method.exclusive) lines.push("", "Exclusive: while another application runs it on the device, the answer is 0x00000006.");
  if (method.interim) lines.push("", 'Interim: a callback passed here also gets the "received" and "processing" responses before the final one; the Promise waits for the final one.');
  return lines.join("\n");
}

/** The client hands the spec's version to the core, which writes it into every request. */
const CLIENT_CONSTRUCTOR = [`${INDENT}constructor(transport: ClientTransport, options: ClientOptions = {}) {`, `${INDENT}${INDENT}super(transport, { ...options, cmapiVersion: CMAPI_VERSION });`, `${INDENT}}`].join("\n");

/** One method of the client: the promise overload, the callback overload, and the implementation. */
function clientMethod(method: Method): string {
  const member = INDENT;
  const name = `public ${methodIdentifier(method)}`;
  const params = `T.${paramsTypeName(method)}`;
  const result = `T.${resultTypeName(method)}`;
  const optionalParams = method.params.every((param) => param.optional);
  const doc = jsDoc(docOf(method), member);
  return [
    doc,
    `${member}${name}(params${optionalParams ? "?" : ""}: ${params}): Promise<${result}>;`,
    `${member}${name}(params: ${params}, callback: ResultCallback<${result}>): string;`,
    doc,
    `${member}${name}(params: ${params}${optionalParams ? " = {}" : ""}, callback?: ResultCallback<${result}>): Promise<${result}> | string {`,
    `${member}${INDENT}return this.invoke(${JSON.stringify(method.name)}, params, callback);`,
    `${member}}`,
  ].join("\n");
}

/** A class's members, a blank line between two. */
function classBody(members: string[]): string {
  return members.length === 0 ? "{\n}" : `{\n${members.join("\n\n")}\n}`;
}

export function emitClient(api: Api): GeneratedFiles {
  const clientDoc = [
    "A typed client of every CMAPI function. Each method has two call styles:",
    "`await client.networkGetRFInfo(params)` resolves with the final result (or rejects with a CmapiError),",
    "`client.networkGetRFInfo(params, response => ...)` passes every response carrying the call's id to the callback.",
    'Functions can also be called by spec name: `client.call("CMAPI_Network_GetRFInfo", params)`.',
  ].join("\n");
  const client = statements([
    { text: 'import { CmapiClientCore, type ClientOptions, type ClientTransport, type ResultCallback } from "./runtime/client.js";' },
    { text: 'import { webSocketTransport, type WebSocketTransportOptions } from "./runtime/transport-websocket.js";' },
    { text: 'import { httpTransport, type HttpTransportOptions } from "./runtime/transport-http.js";' },
    { text: 'import type * as T from "./types.js";' },
    {
      text: 'export { CmapiClientError, type ApiCredentials, type ApiGrant, type CallOptions, type ClientOptions, type ClientProblem, type ClientTransport, type ClientState, type ResultCallback, type StateChange } from "./runtime/client.js";',
    },
    { text: 'export { CmapiError } from "./runtime/protocol.js";' },
    {
      text: jsDocs(["The default endpoint: the name every CMAPI device registers on its network (section 5.1)."]) + 'export const CMAPI_DEVICE_URL = { websocket: "ws://cmapi.device/cmapi", http: "http://cmapi.device/cmapi" } as const;',
    },
    { text: `${jsDocs(["The `cmapiversion` every request carries: the spec's `x-cmapi-version`."])}export const CMAPI_VERSION: string = ${JSON.stringify(api.cmapiVersion)};` },
    { block: true, text: `${jsDocs([clientDoc])}export class CmapiClient extends CmapiClientCore<T.CmapiMethods, T.CmapiCallbacks> ${classBody([CLIENT_CONSTRUCTOR, ...api.methods.map(clientMethod)])}` },
    {
      block: true,
      text: [
        jsDoc("A client without the per-function methods, for use with the functions of groups/*.js: a bundler then keeps only the groups an app imports."),
        "export function createClient(transport: ClientTransport, options: ClientOptions = {}): CmapiClientCore<T.CmapiMethods, T.CmapiCallbacks> {",
        `${INDENT}return new CmapiClientCore<T.CmapiMethods, T.CmapiCallbacks>(transport, { ...options, cmapiVersion: CMAPI_VERSION });`,
        "}",
      ].join("\n"),
    },
    {
      block: true,
      text: [
        jsDoc("A client over one persistent WebSocket (section 5.5.1), reopened with backoff after it breaks (`reconnect: false` to give up instead),"),
        jsDoc("with its session recovered. In Node 20, pass { WebSocket } from the ws package (node.ts does)."),
        "export function connectWebSocket(url: string = CMAPI_DEVICE_URL.websocket, options: ClientOptions & WebSocketTransportOptions = {}): CmapiClient {",
        `${INDENT}return new CmapiClient(webSocketTransport(url, options), options);`,
        "}",
      ].join("\n"),
    },
    {
      block: true,
      text: [
        jsDoc("A client over HTTP POST, with callbacks and interim responses by long polling (section 5.5.2)."),
        "export function connectHttp(url: string = CMAPI_DEVICE_URL.http, options: ClientOptions & HttpTransportOptions = {}): CmapiClient {",
        `${INDENT}return new CmapiClient(httpTransport(url, options), options);`,
        "}",
      ].join("\n"),
    },
  ]);
  const files = new Map([["client.ts", client]]);
  for (const group of api.groups) files.set(`groups/${group.name.toLowerCase()}.ts`, groupModule(api, group.name));
  return files;
}

/** `groups/wlan.ts`: the group's functions as standalone functions of a client, so that an app pays only for what it imports. */
function groupModule(api: Api, group: string): string {
  const lines = [
    `/** The CMAPI_${group}_* functions, each a function of a client made by createClient() (or a CmapiClient). */`,
    'import type { CmapiClientCore } from "../runtime/client.js";',
    'import type * as T from "../types.js";',
    "",
    "type Client = CmapiClientCore<T.CmapiMethods, T.CmapiCallbacks>;",
    "",
  ];
  for (const method of api.methods.filter((item) => item.group === group)) {
    const optional = method.params.every((param) => param.optional);
    lines.push(
      jsDoc(docOf(method)),
      `export function ${methodIdentifier(method)}(client: Client, params: T.${paramsTypeName(method)}${optional ? " = {}" : ""}): Promise<T.${resultTypeName(method)}> {`,
      `  return client.call(${JSON.stringify(method.name)}, params);`,
      "}",
      "",
    );
  }
  return lines.join("\n");
}
