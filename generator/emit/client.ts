/**
 * `client.ts`: CmapiClient, with one typed method per function in both call styles, and the
 * constructors for either transport. Browser-safe: it imports nothing from Node. `node.ts`
 * (node-client.ts, its own artifact) adds what Node clients need.
 */
import { Scope, StructureKind, type MethodDeclarationStructure, type OptionalKind } from "ts-morph";
import type { Api, Method } from "../model/api.js";
import type { GeneratedFiles } from "./context.js";
import { methodIdentifier, paramsTypeName, resultTypeName } from "./names.js";
import { quoteDoc } from "./ts-text.js";
import { inMemoryProject } from "./ts-project.js";

function docOf(method: Method): string {
  const lines = [`${method.name}${method.description ? `: ${quoteDoc(method.description)}` : ""}`];
  if (method.exclusive) lines.push("", "Exclusive: while another application runs it on the device, the answer is 0x00000006.");
  return lines.join("\n");
}

function clientMethod(method: Method): OptionalKind<MethodDeclarationStructure> {
  const params = `T.${paramsTypeName(method)}`;
  const result = `T.${resultTypeName(method)}`;
  const optionalParams = method.params.every((param) => param.optional);
  return {
    name: methodIdentifier(method),
    docs: [docOf(method)],
    overloads: [
      { parameters: [{ name: "params", type: params, hasQuestionToken: optionalParams }], returnType: `Promise<${result}>`, docs: [docOf(method)] },
      {
        parameters: [
          { name: "params", type: params },
          { name: "callback", type: `ResultCallback<${result}>` },
        ],
        returnType: "string",
      },
    ],
    parameters: [
      { name: "params", type: params, initializer: optionalParams ? "{}" : undefined },
      { name: "callback", type: `ResultCallback<${result}>`, hasQuestionToken: true },
    ],
    returnType: `Promise<${result}> | string`,
    statements: `return this.invoke(${JSON.stringify(method.name)}, params, callback);`,
  };
}

export function emitClient(api: Api): GeneratedFiles {
  const project = inMemoryProject();
  const client = project.createSourceFile("client.ts", {
    statements: [
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./runtime/client.js", namedImports: ["CmapiClientCore", "type ClientOptions", "type ClientTransport", "type ResultCallback"] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./runtime/transport-websocket.js", namedImports: ["webSocketTransport", "type WebSocketTransportOptions"] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./runtime/transport-http.js", namedImports: ["httpTransport", "type HttpTransportOptions"] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./types.js", isTypeOnly: true, namespaceImport: "T" },
      {
        kind: StructureKind.ExportDeclaration,
        moduleSpecifier: "./runtime/client.js",
        namedExports: ["CmapiClientError", "type CallOptions", "type ClientOptions", "type ClientProblem", "type ClientTransport", "type ClientState", "type ResultCallback", "type StateChange"],
      },
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./runtime/protocol.js", namedExports: ["CmapiError"] },
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: "const" as never,
        docs: ["The default endpoint: the name every CMAPI device registers on its network (section 5.1)."],
        declarations: [{ name: "CMAPI_DEVICE_URL", initializer: '{ websocket: "ws://cmapi.device/cmapi", http: "http://cmapi.device/cmapi" } as const' }],
      },
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: "const" as never,
        docs: ["The `cmapiversion` every request carries: the spec's `x-cmapi-version`."],
        declarations: [{ name: "CMAPI_VERSION", type: "string", initializer: JSON.stringify(api.cmapiVersion) }],
      },
      {
        kind: StructureKind.Class,
        name: "CmapiClient",
        isExported: true,
        extends: "CmapiClientCore<T.CmapiMethods, T.CmapiCallbacks>",
        docs: [
          [
            "A typed client of every CMAPI function. Each method has two call styles:",
            "`await client.networkGetRFInfo(params)` resolves with the final result (or rejects with a CmapiError),",
            "`client.networkGetRFInfo(params, response => ...)` passes every response carrying the call's id to the callback.",
            'Functions can also be called by spec name: `client.call("CMAPI_Network_GetRFInfo", params)`.',
          ].join("\n"),
        ],
        ctors: [
          {
            parameters: [
              { name: "transport", type: "ClientTransport" },
              { name: "options", type: "ClientOptions", initializer: "{}" },
            ],
            statements: "super(transport, { ...options, cmapiVersion: CMAPI_VERSION });",
          },
        ],
        methods: api.methods.map(clientMethod).map((method) => ({ ...method, scope: Scope.Public })),
      },
      {
        kind: StructureKind.Function,
        name: "createClient",
        isExported: true,
        docs: ["A client without the per-function methods, for use with the functions of groups/*.js: a bundler then keeps only the groups an app imports."],
        parameters: [
          { name: "transport", type: "ClientTransport" },
          { name: "options", type: "ClientOptions", initializer: "{}" },
        ],
        returnType: "CmapiClientCore<T.CmapiMethods, T.CmapiCallbacks>",
        statements: "return new CmapiClientCore<T.CmapiMethods, T.CmapiCallbacks>(transport, { ...options, cmapiVersion: CMAPI_VERSION });",
      },
      {
        kind: StructureKind.Function,
        name: "connectWebSocket",
        isExported: true,
        docs: [
          "A client over one persistent WebSocket (section 5.5.1), reopened with backoff after it breaks (`reconnect: false` to give up instead),",
          "with its session recovered. In Node 20, pass { WebSocket } from the ws package (node.ts does).",
        ],
        parameters: [
          { name: "url", type: "string", initializer: "CMAPI_DEVICE_URL.websocket" },
          { name: "options", type: "ClientOptions & WebSocketTransportOptions", initializer: "{}" },
        ],
        returnType: "CmapiClient",
        statements: "return new CmapiClient(webSocketTransport(url, options), options);",
      },
      {
        kind: StructureKind.Function,
        name: "connectHttp",
        isExported: true,
        docs: ["A client over HTTP POST, with callbacks and interim responses by long polling (section 5.5.2)."],
        parameters: [
          { name: "url", type: "string", initializer: "CMAPI_DEVICE_URL.http" },
          { name: "options", type: "ClientOptions & HttpTransportOptions", initializer: "{}" },
        ],
        returnType: "CmapiClient",
        statements: "return new CmapiClient(httpTransport(url, options), options);",
      },
    ],
  });
  const files = new Map([["client.ts", client.getFullText()]]);
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
      `/** ${docOf(method)
        .replace(/\n/g, "\n * ")
        .replace(/ \* \n/g, " *\n")} */`,
      `export function ${methodIdentifier(method)}(client: Client, params: T.${paramsTypeName(method)}${optional ? " = {}" : ""}): Promise<T.${resultTypeName(method)}> {`,
      `  return client.call(${JSON.stringify(method.name)}, params);`,
      "}",
      "",
    );
  }
  return lines.join("\n");
}
