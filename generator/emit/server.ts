/**
 * `server.ts`: the typed handler interface (one handler per function; the runtime answers the
 * callback registration functions itself), the method table, and startCmapiServer.
 * `handlers.skeleton.ts`: handlers that all answer 0x00000007, the vendor's starting point.
 */
import { StructureKind, VariableDeclarationKind, type OptionalKind, type PropertySignatureStructure } from "ts-morph";
import type { Api } from "../model/api.js";
import { profileFunctions } from "../model/profiles.js";
import type { EmitContext, GeneratedFiles } from "./context.js";
import { paramsTypeName, resultTypeName } from "./names.js";
import { requirementComment, TYPES_NODE, TYPES_WS, WS } from "./peer-packages.js";
import { literal, quoteDoc } from "./ts-text.js";
import { inMemoryProject } from "./ts-project.js";

/** The functions the runtime implements (runtime/server.ts BUILT_IN_METHODS). */
const BUILT_IN = new Set(["CMAPI_Callback_Register", "CMAPI_Callback_Unregister", "CMAPI_Callback_GetRegistrations"]);

const NOT_SUPPORTED = 7;

export function emitServer(api: Api, context: EmitContext): GeneratedFiles {
  const vendorMethods = api.methods.filter((method) => !BUILT_IN.has(method.name));
  // With a profile, only its mandatory functions must have a handler; the others answer 0x00000007 when left out.
  const mandatory = context.profile ? new Set(profileFunctions(api, context.profile).mandatory.map((method) => method.name)) : undefined;
  const handlerSignatures: OptionalKind<PropertySignatureStructure>[] = vendorMethods.map((method) => ({
    name: method.name,
    hasQuestionToken: mandatory !== undefined && !mandatory.has(method.name),
    docs: [`${method.description ? quoteDoc(method.description) : method.name}${method.exclusive ? "\n\nExclusive: the runtime answers 0x00000006 to a second caller while this runs." : ""}`],
    type: `(params: T.${paramsTypeName(method)}, context: HandlerContext) => T.${resultTypeName(method)} | Promise<T.${resultTypeName(method)}>`,
  }));
  const methodTable = api.methods.map((method) => `  ${method.name}: { exclusive: ${method.exclusive}${method.interim ? ", interim: true" : ""} },`).join("\n");
  const project = inMemoryProject();
  const server = project.createSourceFile("server.ts", {
    statements: [
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./runtime/server.js", namedImports: ["CmapiServerCore", "type HandlerContext", "type MethodInfo", "type ServerCoreOptions"] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./runtime/server-node.js", namedImports: ["listenCmapi", "type NodeServerOptions", "type RunningServer"] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./errors.js", namedImports: ["errorTable"] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./validation.js", namedImports: ["validation"] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./types.js", isTypeOnly: true, namespaceImport: "T" },
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./runtime/protocol.js", namedExports: ["CmapiError"] },
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./runtime/server.js", namedExports: ["type HandlerContext", "type AuthorizeRequest", "type Session"] },
      {
        kind: StructureKind.Interface,
        name: "CmapiHandlers",
        isExported: true,
        docs: [
          `One handler per function: return the result, throw a CmapiError with a Table 4 code, or call context.interim() first to send interim responses.${
            context.profile ? `\nProfile ${context.profile.title}: its mandatory functions must have a handler; a function left out answers 0x00000007.` : ""
          }`,
        ],
        properties: handlerSignatures,
      },
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: ["Every function, whether it is exclusive (one caller at a time per device), and whether it may send interim responses ([Interim])."],
        declarations: [{ name: "CMAPI_METHODS", type: "{ readonly [method in T.CmapiMethodName]: MethodInfo }", initializer: `{\n${methodTable}\n}` }],
      },
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        declarations: [{ name: "CALLBACK_IDS", type: "readonly T.CmapiCallbackId[]", initializer: literal(api.callbacks.map((callback) => callback.callbackId)) }],
      },
      {
        kind: StructureKind.Interface,
        name: "CmapiServerOptions",
        isExported: true,
        extends: ["NodeServerOptions", 'Pick<ServerCoreOptions, "authorize" | "log" | "validateResults" | "maxInFlightPerSession">'],
        properties: [{ name: "validate", type: "boolean", hasQuestionToken: true, docs: ["Check params, results and callback payloads against the schema (default true)."] }],
      },
      {
        kind: StructureKind.Interface,
        name: "CmapiServer",
        isExported: true,
        extends: ["RunningServer"],
        properties: [{ name: "core", type: "CmapiServerCore", isReadonly: true }],
        methods: [
          {
            name: "emit",
            typeParameters: ["C extends T.CmapiCallbackId"],
            docs: ["Sends a callback message to every client registered for it (for this device or for all); returns how many."],
            parameters: [
              { name: "callbackId", type: "C" },
              { name: "payload", type: "T.PayloadOf<C>" },
              { name: "options", type: "{ deviceId?: string | number }", hasQuestionToken: true },
            ],
            returnType: "number",
          },
        ],
      },
      {
        kind: StructureKind.Function,
        name: "createCmapiCore",
        isExported: true,
        docs: ["The dispatcher alone, for a transport of your own."],
        parameters: [
          { name: "handlers", type: "CmapiHandlers" },
          { name: "options", type: "Omit<CmapiServerOptions, keyof NodeServerOptions>", initializer: "{}" },
        ],
        returnType: "CmapiServerCore",
        statements: [
          "return new CmapiServerCore({",
          '  handlers: handlers as unknown as ServerCoreOptions["handlers"],',
          "  methods: CMAPI_METHODS,",
          "  callbackIds: CALLBACK_IDS,",
          "  messageOf: (code) => errorTable.messageOf(code),",
          "  ...(options.validate === false ? {} : { validation }),",
          "  ...(options.authorize ? { authorize: options.authorize } : {}),",
          "  ...(options.log ? { log: options.log } : {}),",
          "  ...(options.validateResults !== undefined ? { validateResults: options.validateResults } : {}),",
          "  ...(options.maxInFlightPerSession !== undefined ? { maxInFlightPerSession: options.maxInFlightPerSession } : {}),",
          "});",
        ].join("\n"),
      },
      {
        kind: StructureKind.Function,
        name: "startCmapiServer",
        isExported: true,
        isAsync: true,
        docs: ["Serves the handlers on one port, over WebSocket and HTTP long polling (127.0.0.1 and a free port unless told otherwise)."],
        parameters: [
          { name: "handlers", type: "CmapiHandlers" },
          { name: "options", type: "CmapiServerOptions", initializer: "{}" },
        ],
        returnType: "Promise<CmapiServer>",
        statements: [
          "const core = createCmapiCore(handlers, options);",
          "const running = await listenCmapi(core, options);",
          "return { ...running, core, emit: (callbackId, payload, emitOptions) => core.emit(callbackId, payload, emitOptions) };",
        ].join("\n"),
      },
    ],
  });
  const skeleton = project.createSourceFile("handlers.skeleton.ts", {
    statements: [
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./runtime/protocol.js", namedImports: ["CmapiError"] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./errors.js", namedImports: ["errorTable"] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./server.js", isTypeOnly: true, namedImports: ["CmapiHandlers"] },
      {
        kind: StructureKind.Function,
        name: "notSupported",
        isExported: true,
        docs: [`Answers ${NOT_SUPPORTED}: ${quoteDoc(api.errorCodes.find((row) => row.code === NOT_SUPPORTED)?.message ?? "not supported")}`],
        returnType: "never",
        statements: `throw new CmapiError(${NOT_SUPPORTED}, errorTable.messageOf(${NOT_SUPPORTED})!);`,
      },
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: ["Every function answers 0x00000007 (not supported). Start from these and replace the ones your device implements."],
        declarations: [{ name: "skeletonHandlers", type: "CmapiHandlers", initializer: `{\n${vendorMethods.map((method) => `  ${method.name}: notSupported,`).join("\n")}\n}` }],
      },
    ],
  });
  const files = new Map([
    ["server.ts", requirementComment([WS, TYPES_WS, TYPES_NODE]) + server.getFullText()],
    ["handlers.skeleton.ts", skeleton.getFullText()],
  ]);
  if (context.profile) files.set("profile.ts", profileModule(api, context.profile));
  return files;
}

/** A long list one item a line, as it is read. */
function listLiteral(items: string[]): string {
  return items.length === 0 ? "[]" : `[\n${items.map((item) => `  ${literal(item)},`).join("\n")}\n]`;
}

function profileModule(api: Api, profile: NonNullable<EmitContext["profile"]>): string {
  const { mandatory, optional } = profileFunctions(api, profile);
  const sections = (status: string) => profile.requirements.filter((row) => row.status === status).map((row) => row.section);
  return [
    `/** The SCR profile this code was generated for: ${profile.title}. */`,
    "export const PROFILE = {",
    `  deviceClass: ${literal(profile.deviceClass)},`,
    `  title: ${literal(profile.title)},`,
    `  mandatorySections: ${literal(sections("mandatory"))},`,
    `  optionalSections: ${literal(sections("optional"))},`,
    "} as const;",
    "",
    "/** Functions a device of this class must implement. */",
    `export const MANDATORY_FUNCTIONS = ${listLiteral(mandatory.map((method) => method.name))} as const;`,
    "",
    "/** Functions a device of this class may implement. */",
    `export const OPTIONAL_FUNCTIONS = ${listLiteral(optional.map((method) => method.name))} as const;`,
    "",
  ].join("\n");
}
