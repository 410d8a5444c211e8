/**
 * `server.ts`: the typed handler interface (one handler per function; the runtime answers the
 * callback registration functions itself), the method table, and startCmapiServer.
 * `handlers.skeleton.ts`: handlers that all answer 0x00000007, the vendor's starting point.
 */
import type { Api, Method } from "../model/api.js";
import { profileFunctions } from "../model/profiles.js";
import { callbackAccessTable, isBuiltIn, methodTable, runtimeCodes } from "../model/runtime-facts.js";
import { _, block, blockStatement, Code, doc, importName, indented, join, key, moduleText, name, statement } from "./code/index.js";
import type { EmitContext, GeneratedFiles } from "./context.js";
import { paramsTypeName, resultTypeName } from "./names.js";
import { requirementComment, TYPES_NODE, TYPES_WS, WS } from "./peer-packages.js";

const SERVER_RUNTIME = "./runtime/server.js";
const NODE_RUNTIME = "./runtime/server-node.js";
const AccessLevel = importName("AccessLevel", "./runtime/access.js", "type");
const CmapiServerCore = importName("CmapiServerCore", SERVER_RUNTIME);
const NO_CREDENTIALS_WARNING = importName("NO_CREDENTIALS_WARNING", SERVER_RUNTIME);
const HandlerContext = importName("HandlerContext", SERVER_RUNTIME, "type");
const MethodInfo = importName("MethodInfo", SERVER_RUNTIME, "type");
const ServerCoreOptions = importName("ServerCoreOptions", SERVER_RUNTIME, "type");
const listenCmapi = importName("listenCmapi", NODE_RUNTIME);
const NodeServerOptions = importName("NodeServerOptions", NODE_RUNTIME, "type");
const RunningServer = importName("RunningServer", NODE_RUNTIME, "type");
const errorTable = importName("errorTable", "./errors.js");
const validation = importName("validation", "./validation.js");
const T = importName("T", "./types.js", "namespace");
const CmapiError = importName("CmapiError", "./runtime/protocol.js");
const CmapiHandlers = importName("CmapiHandlers", "./server.js", "type");

/** The dispatcher's options a generated server passes through as given. */
const CORE_OPTIONS = ["authorize", "credentials", "throttle", "log", "validateResults", "maxInFlightPerSession", "maxMessageDepth", "maxRegistrationsPerSession"] as const;

/** An interface's members, each with its doc. */
function interfaceDeclaration(head: Code, members: readonly { doc?: string; code: Code }[]): Code {
  return block(
    head,
    members.map((member) => (member.doc !== undefined ? _`${doc(member.doc)}\n${member.code}` : member.code)),
  );
}

function handlerSignature(method: Method, mandatory: ReadonlySet<string> | undefined): { doc: string; code: Code } {
  const params = _`${T}.${name(paramsTypeName(method), { type: true })}`;
  const result = _`${T}.${name(resultTypeName(method), { type: true })}`;
  const optional = mandatory !== undefined && !mandatory.has(method.name);
  return {
    doc: `${method.description || method.name}\n\nAccess: ${method.access}; the runtime answers 0xF0000001 to a session below it, before this runs.${method.exclusive ? "\n\nExclusive: the runtime answers 0x00000006 to a second caller while this runs." : ""}`,
    code: _`${key(method.name)}${optional ? _`?` : _``}: (params: ${params}, context: ${HandlerContext}) => ${result} | Promise<${result}>;`,
  };
}

export function emitServer(api: Api, context: EmitContext): GeneratedFiles {
  const vendorMethods = api.methods.filter((method) => !isBuiltIn(method));
  const codes = runtimeCodes(api);
  // With a profile, only its mandatory functions must have a handler; the others answer 0x00000007 when left out.
  const mandatory = context.profile ? new Set(profileFunctions(api, context.profile).mandatory.map((method) => method.name)) : undefined;
  const handlersDoc = `One handler per function: return the result, throw a CmapiError with a Table 4 code, or call context.interim() first to send interim responses.${
    context.profile ? `\nProfile ${context.profile.title}: its mandatory functions must have a handler; a function left out answers 0x00000007.` : ""
  }`;
  const coreOptionsPicked = join(
    CORE_OPTIONS.map((option) => _`${option}`),
    " | ",
  );
  const server = moduleText(
    [
      statement(_`export { CmapiError } from "./runtime/protocol.js";`),
      statement(_`export { type HandlerContext, type AuthorizeRequest, type CredentialsVerifier, type Session } from "./runtime/server.js";`),
      statement(_`export { hashSecret, hashedSecrets, randomSecret, readCredentialsFile, writeCredentialsFile, type HashedSecrets } from "./runtime/credentials.js";`),
      blockStatement(_`${doc(handlersDoc)}
${interfaceDeclaration(
  _`export interface CmapiHandlers`,
  vendorMethods.map((method) => handlerSignature(method, mandatory)),
)}`),
      statement(_`${doc("Every function, whether it is exclusive (one caller at a time per device), whether it may send interim responses ([Interim]), and the access level it needs ([Access]).")}
export const CMAPI_METHODS: { readonly [method in ${T}.CmapiMethodName]: ${MethodInfo} } = ${methodTable(api)};`),
      statement(_`export const CALLBACK_IDS: readonly ${T}.CmapiCallbackId[] = ${api.callbacks.map((callback) => callback.callbackId)};`),
      statement(_`${doc("The access level each callback needs: a session below it can neither register for it nor receive it.")}
export const CALLBACK_ACCESS: { readonly [callbackId in ${T}.CmapiCallbackId]: ${AccessLevel} } = ${callbackAccessTable(api)};`),
      blockStatement(
        interfaceDeclaration(_`export interface CmapiServerOptions extends ${NodeServerOptions}, Pick<${ServerCoreOptions}, ${coreOptionsPicked}>`, [
          { doc: "Check params, results and callback payloads against the schema (default true).", code: _`validate?: boolean;` },
        ]),
      ),
      blockStatement(
        interfaceDeclaration(_`export interface CmapiServer extends ${RunningServer}`, [
          { code: _`readonly core: ${CmapiServerCore};` },
          {
            doc: "Sends a callback message to every client registered for it (for this device or for all); returns how many.",
            code: _`emit<C extends ${T}.CmapiCallbackId>(callbackId: C, payload: ${T}.PayloadOf<C>, options?: { deviceId?: string | number }): number;`,
          },
          {
            doc: "Sends a callback carrying an error instead of a payload (Table 3): `{ code, message, data }`, the message being the code's Table 4 text; returns how many clients it went to.",
            code: _`emitError(callbackId: ${T}.CmapiCallbackId, error: { code: number; data?: unknown }, options?: { deviceId?: string | number }): number;`,
          },
        ]),
      ),
      blockStatement(_`${doc("The dispatcher alone, for a transport of your own.")}
${block(_`export function createCmapiCore(handlers: CmapiHandlers, options: Omit<CmapiServerOptions, keyof ${NodeServerOptions}> = {}): ${CmapiServerCore}`, [
  _`return new ${CmapiServerCore}({${indented([
    _`cmapiVersion: ${api.cmapiVersion},`,
    _`codes: ${codes},`,
    _`handlers: handlers as unknown as ${ServerCoreOptions}["handlers"],`,
    _`methods: CMAPI_METHODS,`,
    _`callbackIds: CALLBACK_IDS,`,
    _`callbackAccess: CALLBACK_ACCESS,`,
    _`messageOf: (code) => ${errorTable}.messageOf(code),`,
    _`...(options.validate === false ? {} : { ${validation} }),`,
    ...CORE_OPTIONS.map((option) => _`...(options.${name(option)} !== undefined ? { ${name(option)}: options.${name(option)} } : {}),`),
  ])}\n});`,
])}`),
      blockStatement(_`${doc("Serves the handlers on one port, over WebSocket and HTTP long polling (127.0.0.1 and a free port unless told otherwise). Without `credentials` it grants the user level only, and says so once.")}
${block(_`export async function startCmapiServer(handlers: CmapiHandlers, options: CmapiServerOptions = {}): Promise<CmapiServer>`, [
  _`if (!options.credentials) (options.log ?? console.warn)(${NO_CREDENTIALS_WARNING});`,
  _`const core = createCmapiCore(handlers, options);`,
  _`const running = await ${listenCmapi}(core, options);`,
  _`return { ...running, core, emit: (callbackId, payload, emitOptions) => core.emit(callbackId, payload, emitOptions), emitError: (callbackId, error, emitOptions) => core.emitError(callbackId, error, emitOptions) };`,
])}`),
    ],
    // The peer packages' comment: the constants of peer-packages.ts, no spec text.
    { head: new Code([requirementComment([WS, TYPES_WS, TYPES_NODE]).trimEnd()]) },
  );
  const notSupportedCode = codes.notSupported;
  const skeleton = moduleText([
    blockStatement(_`${doc(`Answers ${notSupportedCode}: ${api.errorCodes.find((row) => row.code === notSupportedCode)?.message ?? "not supported"}`)}
${block(_`export function notSupported(): never`, [_`throw new ${CmapiError}(${notSupportedCode}, ${errorTable}.messageOf(${notSupportedCode})!);`])}`),
    statement(_`${doc("Every function answers 0x00000007 (not supported). Start from these and replace the ones your device implements.")}
export const skeletonHandlers: ${CmapiHandlers} = {${indented(vendorMethods.map((method) => _`${key(method.name)}: notSupported,`))}
};`),
  ]);
  const files = new Map([
    ["server.ts", server],
    ["handlers.skeleton.ts", skeleton],
  ]);
  if (context.profile) files.set("profile.ts", profileModule(api, context.profile));
  return files;
}

function profileModule(api: Api, profile: NonNullable<EmitContext["profile"]>): string {
  const { mandatory, optional } = profileFunctions(api, profile);
  const sections = (status: string) => profile.requirements.filter((row) => row.status === status).map((row) => row.section);
  const PROFILE = { deviceClass: profile.deviceClass, title: profile.title, mandatorySections: sections("mandatory"), optionalSections: sections("optional") };
  return moduleText([
    statement(_`${doc(`The SCR profile this code was generated for: ${profile.title}.`)}
export const PROFILE = ${PROFILE} as const;`),
    blockStatement(_`${doc("Functions a device of this class must implement.")}
export const MANDATORY_FUNCTIONS = ${mandatory.map((method) => method.name)} as const;`),
    blockStatement(_`${doc("Functions a device of this class may implement.")}
export const OPTIONAL_FUNCTIONS = ${optional.map((method) => method.name)} as const;`),
  ]);
}
