/**
 * `client.ts`: CmapiClient, with one typed method per function in both call styles, and the
 * constructors for either transport. Browser-safe: it imports nothing from Node. `node.ts`
 * (node-client.ts, its own artifact) adds what Node clients need.
 */
import type { Api, Method } from "../model/api.js";
import { _, block, blockStatement, doc, importName, moduleText, name, statement, type Code } from "./code/index.js";
import type { GeneratedFiles } from "./context.js";
import { methodIdentifier, paramsTypeName, resultTypeName } from "./names.js";

const CLIENT_RUNTIME = "./runtime/client.js";
const CmapiClientCore = importName("CmapiClientCore", CLIENT_RUNTIME);
const ClientOptions = importName("ClientOptions", CLIENT_RUNTIME, "type");
const ClientTransport = importName("ClientTransport", CLIENT_RUNTIME, "type");
const ResultCallback = importName("ResultCallback", CLIENT_RUNTIME, "type");
const webSocketTransport = importName("webSocketTransport", "./runtime/transport-websocket.js");
const WebSocketTransportOptions = importName("WebSocketTransportOptions", "./runtime/transport-websocket.js", "type");
const httpTransport = importName("httpTransport", "./runtime/transport-http.js");
const HttpTransportOptions = importName("HttpTransportOptions", "./runtime/transport-http.js", "type");

function docOf(method: Method): string {
  const lines = [`${method.name}${method.description ? `: ${method.description}` : ""}`];
  lines.push("", method.access === "user" ? "Access: user (any session)." : `Access: ${method.access}; a session below it gets 0xF0000001 (open the API with credentials for ${method.access}).`);
  if (method.exclusive) lines.push("", "Exclusive: while another application runs it on the device, the answer is 0x00000006.");
  if (method.interim) lines.push("", 'Interim: a callback passed here also gets the "received" and "processing" responses before the final one; the Promise waits for the final one.');
  return lines.join("\n");
}

/** `T.NetworkGetRFInfoParams` and `T.NetworkGetRFInfoResult`, through the given namespace import of types.ts. */
function typesOf(method: Method, types: Code): { params: Code; result: Code } {
  return { params: _`${types}.${name(paramsTypeName(method), { type: true })}`, result: _`${types}.${name(resultTypeName(method), { type: true })}` };
}

/** One method of the client: the promise overload, the callback overload, and the implementation. */
function clientMethod(method: Method, types: Code): Code {
  const method_ = name(methodIdentifier(method));
  const { params, result } = typesOf(method, types);
  const optional = method.params.every((param) => param.optional);
  const methodDoc = doc(docOf(method));
  return _`${methodDoc}
public ${method_}(params${optional ? _`?` : _``}: ${params}): Promise<${result}>;
public ${method_}(params: ${params}, callback: ${ResultCallback}<${result}>): string;
${methodDoc}
${block(_`public ${method_}(params: ${params}${optional ? _` = {}` : _``}, callback?: ${ResultCallback}<${result}>): Promise<${result}> | string`, [_`return this.invoke(${method.name}, params, callback);`])}`;
}

const CLIENT_DOC = [
  "A typed client of every CMAPI function. Each method has two call styles:",
  "`await client.networkGetRFInfo(params)` resolves with the final result (or rejects with a CmapiError),",
  "`client.networkGetRFInfo(params, response => ...)` passes every response carrying the call's id to the callback.",
  'Functions can also be called by spec name: `client.call("CMAPI_Network_GetRFInfo", params)`.',
].join("\n");

export function emitClient(api: Api): GeneratedFiles {
  const T = importName("T", "./types.js", "namespace");
  const coreType = _`${CmapiClientCore}<${T}.CmapiMethods, ${T}.CmapiCallbacks>`;
  // The client hands the spec's version to the core, which writes it into every request.
  const constructor = block(_`constructor(transport: ${ClientTransport}, options: ${ClientOptions} = {})`, [_`super(transport, { ...options, cmapiVersion: CMAPI_VERSION });`]);
  const members = [constructor, ...api.methods.map((method) => clientMethod(method, _`${T}`))];
  const client = moduleText([
    statement(
      _`export { CmapiClientError, type ApiCredentials, type ApiGrant, type CallOptions, type ClientOptions, type ClientProblem, type ClientTransport, type ClientState, type ResultCallback, type StateChange } from "./runtime/client.js";`,
    ),
    statement(_`export { CmapiError } from "./runtime/protocol.js";`),
    statement(_`${doc("The default endpoint: the name every CMAPI device registers on its network (section 5.1).")}
export const CMAPI_DEVICE_URL = { websocket: "ws://cmapi.device/cmapi", http: "http://cmapi.device/cmapi" } as const;`),
    statement(_`${doc("The `cmapiversion` every request carries: the spec's `x-cmapi-version`.")}
export const CMAPI_VERSION: string = ${api.cmapiVersion};`),
    blockStatement(_`${doc(CLIENT_DOC)}
${block(
  _`export class CmapiClient extends ${coreType}`,
  members.map((member, index) => (index === 0 ? member : _`\n${member}`)),
)}`),
    blockStatement(_`${doc("A client without the per-function methods, for use with the functions of groups/*.js: a bundler then keeps only the groups an app imports.")}
${block(_`export function createClient(transport: ${ClientTransport}, options: ${ClientOptions} = {}): ${coreType}`, [_`return new ${coreType}(transport, { ...options, cmapiVersion: CMAPI_VERSION });`])}`),
    blockStatement(_`${doc("A client over one persistent WebSocket (section 5.5.1), reopened with backoff after it breaks (`reconnect: false` to give up instead),")}
${doc("with its session recovered. In Node 20, pass { WebSocket } from the ws package (node.ts does).")}
${block(_`export function connectWebSocket(url: string = CMAPI_DEVICE_URL.websocket, options: ${ClientOptions} & ${WebSocketTransportOptions} = {}): CmapiClient`, [
  _`return new CmapiClient(${webSocketTransport}(url, options), options);`,
])}`),
    blockStatement(_`${doc("A client over HTTP POST, with callbacks and interim responses by long polling (section 5.5.2).")}
${block(_`export function connectHttp(url: string = CMAPI_DEVICE_URL.http, options: ${ClientOptions} & ${HttpTransportOptions} = {}): CmapiClient`, [_`return new CmapiClient(${httpTransport}(url, options), options);`])}`),
  ]);
  const files = new Map([["client.ts", client]]);
  for (const group of api.groups) files.set(`groups/${group.name.toLowerCase()}.ts`, groupModule(api, group.name));
  return files;
}

/** `groups/wlan.ts`: the group's functions as standalone functions of a client, so that an app pays only for what it imports. */
function groupModule(api: Api, group: string): string {
  const T = importName("T", "../types.js", "namespace");
  const core = importName("CmapiClientCore", "../runtime/client.js", "type");
  const functions = api.methods
    .filter((item) => item.group === group)
    .map((method) => {
      const { params, result } = typesOf(method, _`${T}`);
      const optional = method.params.every((param) => param.optional);
      return blockStatement(_`${doc(docOf(method))}
${block(_`export function ${name(methodIdentifier(method))}(client: Client, params: ${params}${optional ? _` = {}` : _``}): Promise<${result}>`, [_`return client.call(${method.name}, params);`])}`);
    });
  return moduleText([statement(_`type Client = ${core}<${T}.CmapiMethods, ${T}.CmapiCallbacks>;`), ...functions], {
    head: doc(`The CMAPI_${group}_* functions, each a function of a client made by createClient() (or a CmapiClient).`),
  });
}
