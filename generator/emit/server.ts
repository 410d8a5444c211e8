/**
 * `server.ts`: the typed handler interface (one handler per function; the runtime answers the
 * callback registration functions itself), the method table, and startCmapiServer.
 * `handlers.skeleton.ts`: handlers that all answer 0x00000007, the vendor's starting point.
 */
import type { Api } from "../model/api.js";
import { profileFunctions } from "../model/profiles.js";
import { callbackAccessTable, isBuiltIn, methodTable, runtimeCodes } from "../model/runtime-facts.js";
import type { EmitContext, GeneratedFiles } from "./context.js";
import { paramsTypeName, resultTypeName } from "./names.js";
import { requirementComment, TYPES_NODE, TYPES_WS, WS } from "./peer-packages.js";
import { hangingIndent, INDENT, indentLines, jsDocs, literal, quoteDoc, statements } from "./ts-text.js";

/** An interface's members (each with its doc) inside its braces. */
function interfaceBody(members: { doc?: string; text: string }[]): string {
  if (members.length === 0) return "{\n}";
  return `{\n${members.map((member) => `${member.doc !== undefined ? jsDocs([member.doc], INDENT) : ""}${INDENT}${member.text}`).join("\n")}\n}`;
}

/** A function with its doc, signature and body. */
function functionDeclaration(doc: string, signature: string, body: string): { block: true; text: string } {
  return { block: true, text: `${jsDocs([doc])}${signature} {\n${indentLines(body, INDENT)}\n}` };
}

/** The dispatcher's options a generated server passes through as given. */
const CORE_OPTIONS = ["authorize", "credentials", "throttle", "log", "validateResults", "maxInFlightPerSession", "maxMessageDepth", "maxRegistrationsPerSession"] as const;

export function emitServer(api: Api, context: EmitContext): GeneratedFiles {
  const vendorMethods = api.methods.filter((method) => !isBuiltIn(method));
  const codes = runtimeCodes(api);
  const NOT_SUPPORTED = codes.notSupported;
  // With a profile, only its mandatory functions must have a handler; the others answer 0x00000007 when left out.
  const mandatory = context.profile ? new Set(profileFunctions(api, context.profile).mandatory.map((method) => method.name)) : undefined;
  const handlerSignatures = vendorMethods.map((method) => ({
    doc: `${method.description ? quoteDoc(method.description) : method.name}\n\nAccess: ${method.access}; the runtime answers 0xF0000001 to a session below it, before this runs.${method.exclusive ? "\n\nExclusive: the runtime answers 0x00000006 to a second caller while this runs." : ""}`,
    text: `${method.name}${mandatory !== undefined && !mandatory.has(method.name) ? "?" : ""}: (params: T.${paramsTypeName(method)}, context: HandlerContext) => T.${resultTypeName(method)} | Promise<T.${resultTypeName(method)}>;`,
  }));
  const methodLines = Object.entries(methodTable(api))
    .map(
      ([name, info]) =>
        `  ${name}: { ${Object.entries(info)
          .map(([key, value]) => `${key}: ${literal(value)}`)
          .join(", ")} },`,
    )
    .join("\n");
  const handlersDoc = `One handler per function: return the result, throw a CmapiError with a Table 4 code, or call context.interim() first to send interim responses.${
    context.profile ? `\nProfile ${context.profile.title}: its mandatory functions must have a handler; a function left out answers 0x00000007.` : ""
  }`;
  const server = statements([
    { text: 'import type { AccessLevel } from "./runtime/access.js";' },
    { text: 'import { CmapiServerCore, NO_CREDENTIALS_WARNING, type HandlerContext, type MethodInfo, type ServerCoreOptions } from "./runtime/server.js";' },
    { text: 'import { listenCmapi, type NodeServerOptions, type RunningServer } from "./runtime/server-node.js";' },
    { text: 'import { errorTable } from "./errors.js";' },
    { text: 'import { validation } from "./validation.js";' },
    { text: 'import type * as T from "./types.js";' },
    { text: 'export { CmapiError } from "./runtime/protocol.js";' },
    { text: 'export { type HandlerContext, type AuthorizeRequest, type CredentialsVerifier, type Session } from "./runtime/server.js";' },
    { text: 'export { hashSecret, hashedSecrets, randomSecret, readCredentialsFile, writeCredentialsFile, type HashedSecrets } from "./runtime/credentials.js";' },
    { block: true, text: `${jsDocs([handlersDoc])}export interface CmapiHandlers ${interfaceBody(handlerSignatures)}` },
    {
      text: `${jsDocs(["Every function, whether it is exclusive (one caller at a time per device), whether it may send interim responses ([Interim]), and the access level it needs ([Access])."])}export const CMAPI_METHODS: { readonly [method in T.CmapiMethodName]: MethodInfo } = ${hangingIndent(`{\n${methodLines}\n}`)};`,
    },
    { text: `export const CALLBACK_IDS: readonly T.CmapiCallbackId[] = ${literal(api.callbacks.map((callback) => callback.callbackId))};` },
    {
      text: `${jsDocs(["The access level each callback needs: a session below it can neither register for it nor receive it."])}export const CALLBACK_ACCESS: { readonly [callbackId in T.CmapiCallbackId]: AccessLevel } = ${hangingIndent(literal(callbackAccessTable(api)))};`,
    },
    {
      block: true,
      text: `export interface CmapiServerOptions extends NodeServerOptions, Pick<ServerCoreOptions, ${CORE_OPTIONS.map((name) => literal(name)).join(" | ")}> ${interfaceBody([
        { doc: "Check params, results and callback payloads against the schema (default true).", text: "validate?: boolean;" },
      ])}`,
    },
    {
      block: true,
      text: `export interface CmapiServer extends RunningServer ${interfaceBody([
        { text: "readonly core: CmapiServerCore;" },
        {
          doc: "Sends a callback message to every client registered for it (for this device or for all); returns how many.",
          text: "emit<C extends T.CmapiCallbackId>(callbackId: C, payload: T.PayloadOf<C>, options?: { deviceId?: string | number }): number;",
        },
        {
          doc: "Sends a callback carrying an error instead of a payload (Table 3): `{ code, message, data }`, the message being the code's Table 4 text; returns how many clients it went to.",
          text: "emitError(callbackId: T.CmapiCallbackId, error: { code: number; data?: unknown }, options?: { deviceId?: string | number }): number;",
        },
      ])}`,
    },
    functionDeclaration(
      "The dispatcher alone, for a transport of your own.",
      "export function createCmapiCore(handlers: CmapiHandlers, options: Omit<CmapiServerOptions, keyof NodeServerOptions> = {}): CmapiServerCore",
      [
        "return new CmapiServerCore({",
        `  cmapiVersion: ${literal(api.cmapiVersion)},`,
        `  codes: ${literal(codes)},`,
        '  handlers: handlers as unknown as ServerCoreOptions["handlers"],',
        "  methods: CMAPI_METHODS,",
        "  callbackIds: CALLBACK_IDS,",
        "  callbackAccess: CALLBACK_ACCESS,",
        "  messageOf: (code) => errorTable.messageOf(code),",
        "  ...(options.validate === false ? {} : { validation }),",
        ...CORE_OPTIONS.map((name) => `  ...(options.${name} !== undefined ? { ${name}: options.${name} } : {}),`),
        "});",
      ].join("\n"),
    ),
    functionDeclaration(
      "Serves the handlers on one port, over WebSocket and HTTP long polling (127.0.0.1 and a free port unless told otherwise). Without `credentials` it grants the user level only, and says so once.",
      "export async function startCmapiServer(handlers: CmapiHandlers, options: CmapiServerOptions = {}): Promise<CmapiServer>",
      [
        "if (!options.credentials) (options.log ?? console.warn)(NO_CREDENTIALS_WARNING);",
        "const core = createCmapiCore(handlers, options);",
        "const running = await listenCmapi(core, options);",
        "return { ...running, core, emit: (callbackId, payload, emitOptions) => core.emit(callbackId, payload, emitOptions), emitError: (callbackId, error, emitOptions) => core.emitError(callbackId, error, emitOptions) };",
      ].join("\n"),
    ),
  ]);
  const skeleton = statements([
    { text: 'import { CmapiError } from "./runtime/protocol.js";' },
    { text: 'import { errorTable } from "./errors.js";' },
    { text: 'import type { CmapiHandlers } from "./server.js";' },
    functionDeclaration(
      `Answers ${NOT_SUPPORTED}: ${quoteDoc(api.errorCodes.find((row) => row.code === NOT_SUPPORTED)?.message ?? "not supported")}`,
      "export function notSupported(): never",
      `throw new CmapiError(${NOT_SUPPORTED}, errorTable.messageOf(${NOT_SUPPORTED})!);`,
    ),
    {
      text: `${jsDocs(["Every function answers 0x00000007 (not supported). Start from these and replace the ones your device implements."])}export const skeletonHandlers: CmapiHandlers = ${hangingIndent(
        `{\n${vendorMethods.map((method) => `  ${method.name}: notSupported,`).join("\n")}\n}`,
      )};`,
    },
  ]);
  const files = new Map([
    ["server.ts", requirementComment([WS, TYPES_WS, TYPES_NODE]) + server],
    ["handlers.skeleton.ts", skeleton],
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
    `/** The SCR profile this code was generated for: ${quoteDoc(profile.title)}. */`,
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
