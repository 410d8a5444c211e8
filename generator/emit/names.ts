/**
 * The names generated code gives to the spec's functions, callbacks and schema definitions, and the
 * one place that says which spec names make no good identifier. Nothing is mangled: a name that would
 * collide with what the generated code or its runtime already defines, or with another name, is
 * refused with where it is and what it would have collided with (`nameProblems`, which the model runs
 * for every command that reads the spec), as tsc refuses a duplicate identifier. The rules:
 *
 * - A function's client method (`CMAPI_WLAN_Scan` → `wlanScan`, also its function in groups/<group>.ts)
 *   may not be a member of the runtime's CmapiClientCore, private ones included (`waitFor`,
 *   `registerAgain`, `send`: in TypeScript the client would not compile; in JavaScript the generated
 *   method would silently replace the runtime's own), nor `constructor`, nor a member every object
 *   inherits (`toString`, `hasOwnProperty`), nor a JavaScript reserved word (`delete`: no function
 *   can have that name), nor another function's method.
 * - A type name (each schema definition's, `NetworkGetRFInfoParams`, `DeviceChangedPayload`) may not be
 *   a name the generated modules export (`CmapiClient`, `ErrorTable`, `Session`: index.ts re-exports
 *   types.ts beside them), nor a global type types.ts refers to (`Record`), nor another definition's,
 *   nor another's with only the case changed (`RFInfo` and `Rfinfo`: the Markdown and HTML reference
 *   name a type's section by its name in lower case, so the two would share one anchor).
 * - Function and callback names that differ only by case are refused for the same reason (group names
 *   so differing already are, by the cross-check: they become file names).
 *
 * The lists of what the runtime and the generated modules define are written out below and checked
 * against the code by test/names.test.ts (which reads the classes and the exports with the TypeScript
 * compiler), so that they cannot drift from it.
 */
import type { Diagnostic, SourceLocation } from "../diagnostics.js";
import type { Api, Callback, Method } from "../model/api.js";
import { callbackPayloadDef, methodParamsDef, methodResultDef, TABLE_DEFS } from "../model/schema-keywords.js";

/** `CMAPI_Network_GetRFInfo` → `NetworkGetRFInfoParams`. */
export const paramsTypeName = (method: Pick<Method, "group" | "functionName">) => `${method.group}${method.functionName}Params`;

/** `CMAPI_Network_GetRFInfo` → `NetworkGetRFInfoResult`. */
export const resultTypeName = (method: Pick<Method, "group" | "functionName">) => `${method.group}${method.functionName}Result`;

/** `CMAPI_Callback_DeviceChanged` → `DeviceChangedPayload` (`CMAPI_Callback_Foo-Bar` → `FooBarPayload`). */
export const payloadTypeName = (callback: Pick<Callback, "callbackId">) => `${typeIdentifier(callback.callbackId.replace(/^CMAPI_Callback_/, ""))}Payload`;

/** "WLAN" → "wlan", "DeviceService" → "deviceService", "P2P" → "p2p", "CDMA" → "cdma". */
function lowerFirstWord(word: string): string {
  const acronym = /^[A-Z0-9]+(?=[A-Z][a-z]|$)/.exec(word);
  if (acronym && acronym[0].length > 1) return acronym[0].toLowerCase() + word.slice(acronym[0].length);
  return word.charAt(0).toLowerCase() + word.slice(1);
}

/** A JS identifier from a spec name: `CMAPI_Network_GetRFInfo` → `networkGetRFInfo`, `CMAPI_WLAN_Scan` → `wlanScan`. */
export const methodIdentifier = (method: Pick<Method, "group" | "functionName">) => `${lowerFirstWord(method.group)}${method.functionName}`;

/**
 * A TypeScript type name for a schema definition: the letters and digits of its name, each word
 * capitalised (`Foo-Bar` → `FooBar`, `foo_bar` → `FooBar`), the one name that types.ts declares and
 * every reference to the definition uses; `T` before a leading digit.
 */
export function typeIdentifier(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const joined = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("");
  const identifier = joined.replace(/(\d)([a-z])/g, (_match, digit: string, letter: string) => digit + letter.toUpperCase());
  return /^[A-Z]/.test(identifier) ? identifier : `T${identifier}`;
}

/** The name under which a validators module exports a named type's validator (an identifier, whatever the definition is called). */
export const typeValidatorExport = (definition: string) => `type_${typeIdentifier(definition)}`;

/** The TypeScript name of every schema definition that becomes a type: params, results and payloads by their function or callback, the rest by typeIdentifier. */
export function typeNamesOf(api: Pick<Api, "schemaDefs"> & { methods: readonly Pick<Method, "name" | "group" | "functionName">[]; callbacks: readonly Pick<Callback, "callbackId">[] }): Map<string, string> {
  const names = new Map<string, string>();
  for (const method of api.methods) {
    names.set(methodParamsDef(method.name), paramsTypeName(method));
    names.set(methodResultDef(method.name), resultTypeName(method));
  }
  for (const callback of api.callbacks) names.set(callbackPayloadDef(callback.callbackId), payloadTypeName(callback));
  for (const name of Object.keys(api.schemaDefs)) if (!names.has(name)) names.set(name, typeIdentifier(name));
  return names;
}

/** Every member of CmapiClientCore (templates/runtime/client.ts), private and protected ones and constructor parameter properties included: a subclass method of the same name replaces it. */
export const CLIENT_CORE_MEMBERS: readonly string[] = [
  ...["pending", "outbox", "callbacks", "registrations", "stateListeners", "validityPeriodMs", "maxWaitingCalls", "closedWith", "currentState", "flushTimer", "credentials", "grant", "opening"],
  ...["constructor", "transport", "options", "apiGrant", "openApi", "openAgain", "state", "onStateChange", "waitFor", "changeState", "call", "invoke", "track", "send", "connected"],
  ...["flushOpening", "flush", "flushSoon", "registerAgain", "expire", "forget", "failAll", "receive", "receiveErrorCallback", "deliverResponse", "valid", "safely", "report", "on", "register"],
  ...["pendingCalls", "updateListening", "close"],
  ...["connectFailure", "connectTimer", "disconnected", "everConnected", "giveUpWaiting", "unreachable", "unreachableWith"],
];

/** The generated CmapiClient's own members besides its one method per function (emit/client.ts). */
export const CLIENT_CLASS_MEMBERS: readonly string[] = ["constructor"];

/**
 * What each generated module exports besides the spec's types. index.ts re-exports types.ts, errors.ts,
 * validation.ts and client.ts with `export *`, where a name two of them export does not compile; a
 * project that imports types beside the server or the Node client would meet the others.
 */
export const GENERATED_EXPORTS: Readonly<Record<string, readonly string[]>> = {
  "types.ts": ["CmapiMethods", "CmapiCallbacks", "CmapiMethodName", "CmapiCallbackId", "ParamsOf", "ResultOf", "PayloadOf"],
  "errors.ts": ["ErrorTable", "pinPukCode", "statusWordOf", "ErrorCodeRow", "StatusWordRow", "ERROR_CODES", "CmapiErrorCode", "CmapiErrorCodeName", "STATUS_WORDS", "errorTable"],
  "validation.ts": ["ValidationProblem", "ValidationResult", "validation", "validateRequest", "validateParams", "validateResponse", "validateResult", "validateCallback", "validatePayload"],
  "client.ts": [
    ...["createClient", "connectWebSocket", "connectHttp", "CmapiClientError", "ApiCredentials", "ApiGrant", "CallOptions", "ClientOptions", "ClientProblem", "ClientTransport", "ClientState"],
    ...["ResultCallback", "StateChange", "CmapiError", "CMAPI_DEVICE_URL", "CMAPI_VERSION", "CmapiClient"],
  ],
  "server.ts": [
    ...["createCmapiCore", "startCmapiServer", "CmapiError", "HandlerContext", "AuthorizeRequest", "CredentialsVerifier", "Session", "hashSecret", "hashedSecrets", "randomSecret"],
    ...["readCredentialsFile", "writeCredentialsFile", "HashedSecrets", "CmapiHandlers", "CMAPI_METHODS", "CALLBACK_IDS", "CALLBACK_ACCESS", "CmapiServerOptions", "CmapiServer"],
  ],
  "node.ts": ["connectWebSocket", "CMAPI_DEVICE", "defaultEndpoint", "endpointFor", "resolveCmapiDevice", "NameResolver"],
  "handlers.skeleton.ts": ["notSupported", "skeletonHandlers"],
  "profile.ts": ["PROFILE", "MANDATORY_FUNCTIONS", "OPTIONAL_FUNCTIONS"],
};

/** Global types types.ts refers to by name (schema-to-ts.ts writes an empty object as `Record<string, never>`): a spec type of that name would replace them. */
export const TYPES_WRITER_GLOBALS: readonly string[] = ["Record"];

/**
 * Words no function can be named in a module (generated code is strict): TypeScript's reserved and
 * strict-mode reserved words (test/names.test.ts compares them with its scanner's), `await` (reserved
 * in modules), and `arguments` and `eval`, which strict code cannot bind.
 */
export const JS_RESERVED_WORDS: readonly string[] = [
  ...["break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum", "export", "extends", "false", "finally", "for", "function", "if"],
  ...["import", "in", "instanceof", "new", "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with"],
  ...["implements", "interface", "let", "package", "private", "protected", "public", "static", "yield"],
  ...["await", "arguments", "eval"],
];

/** The members every JavaScript object inherits (read from the running engine, not listed). */
const INHERITED: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** The names the model has read, each with where it is written, for `nameProblems`. */
export interface SpecNames {
  methods: readonly { name: string; group: string; functionName: string; at: SourceLocation }[];
  callbacks: readonly { callbackId: string; at: SourceLocation }[];
  /** Every schema definition, in the order of the files, each with where the name is written (its WebIDL definition, where it has one); `documented` for a WebIDL named type, which has a section in the reference. */
  definitions: readonly { name: string; at: SourceLocation; documented: boolean }[];
}

const where = (at: SourceLocation) => `${at.file}${at.line !== undefined ? `:${at.line}` : ""}${at.pointer !== undefined ? ` at ${at.pointer}` : ""}`;

/** Which generated module exports a name, for messages. */
function exportedBy(name: string): string | undefined {
  return Object.entries(GENERATED_EXPORTS).find(([, names]) => names.includes(name))?.[0];
}

/** Every spec name that would make a bad identifier, at the name (the later of two that collide). */
export function nameProblems(names: SpecNames): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const at = (location: SourceLocation, message: string) => problems.push({ message, location });
  const core = new Set(CLIENT_CORE_MEMBERS);
  const own = new Set(CLIENT_CLASS_MEMBERS);
  const reserved = new Set(JS_RESERVED_WORDS);

  const methodIds = new Map<string, (typeof names.methods)[number]>();
  const methodNames = new Map<string, (typeof names.methods)[number]>();
  for (const method of names.methods) {
    const id = methodIdentifier(method);
    const subject = `function ${method.name}: its client method (and its function in groups/${method.group.toLowerCase()}.ts) would be named ${id}`;
    if (reserved.has(id)) at(method.at, `${subject}, a JavaScript reserved word, which no function can be named; rename the function`);
    else if (core.has(id) || own.has(id)) {
      at(
        method.at,
        `${subject}, which ${core.has(id) ? "the client runtime's CmapiClientCore (templates/runtime/client.ts)" : "the generated CmapiClient"} already has${id === "constructor" ? " (the class's constructor)" : ""}: ` +
          "in TypeScript the client would not compile, in JavaScript the generated method would silently replace the runtime's own; rename the function",
      );
    } else if (INHERITED.has(id)) at(method.at, `${subject}, which every JavaScript object inherits (Object.prototype.${id}); rename the function`);
    const same = methodIds.get(id);
    // The same function declared twice is the cross-check's to report.
    if (same && same.name !== method.name) at(method.at, `${subject}, as is ${same.name}'s (${where(same.at)}); rename one`);
    else if (!same) methodIds.set(id, method);
    const twin = methodNames.get(method.name.toLowerCase());
    if (twin && twin.name !== method.name)
      at(method.at, `function ${method.name} differs from ${twin.name} (${where(twin.at)}) only by case: the reference docs would give both one anchor, and a reader could not tell them apart; rename one`);
    else if (!twin) methodNames.set(method.name.toLowerCase(), method);
  }

  const callbackNames = new Map<string, (typeof names.callbacks)[number]>();
  for (const callback of names.callbacks) {
    const twin = callbackNames.get(callback.callbackId.toLowerCase());
    if (twin && twin.callbackId !== callback.callbackId) at(callback.at, `callback ${callback.callbackId} differs from ${twin.callbackId} (${where(twin.at)}) only by case: the reference docs would give both one anchor; rename one`);
    else if (!twin) callbackNames.set(callback.callbackId.toLowerCase(), callback);
  }

  const typeNames = typeNamesOf({ methods: names.methods, callbacks: names.callbacks, schemaDefs: Object.fromEntries(names.definitions.map((definition) => [definition.name, {}])) });
  const taken = new Map<string, { definition: string; at: SourceLocation }>();
  // The named types' sections in the reference, whose anchors are their names in lower case.
  const anchored = new Map<string, { name: string; at: SourceLocation }>();
  for (const definition of names.definitions) {
    if ((TABLE_DEFS as readonly string[]).includes(definition.name)) continue; // tables become data, not types
    const name = typeNames.get(definition.name)!;
    const subject = `the type name ${name}${name === definition.name ? "" : ` (of ${definition.name})`}`;
    const module = exportedBy(name);
    if (module !== undefined) {
      at(
        definition.at,
        `${subject} is a name the generated ${module} exports${module === "types.ts" ? " itself" : ""} (index.ts re-exports types.ts beside errors.ts, validation.ts and client.ts, and a project imports them side by side); rename it`,
      );
    } else if (TYPES_WRITER_GLOBALS.includes(name)) at(definition.at, `${subject} would replace the global ${name} type, which types.ts uses; rename it`);
    const other = taken.get(name);
    if (other === undefined) taken.set(name, { definition: definition.name, at: definition.at });
    else at(definition.at, `the type name ${name} would be used twice, for ${other.definition} (${where(other.at)}) and for ${definition.name}: rename one`);
    if (!definition.documented) continue;
    const twin = anchored.get(definition.name.toLowerCase());
    if (twin === undefined) anchored.set(definition.name.toLowerCase(), { name: definition.name, at: definition.at });
    else if (twin.name !== definition.name) at(definition.at, `type ${definition.name} differs from ${twin.name} (${where(twin.at)}) only by case: the reference docs would give both one anchor; rename one`);
  }
  return problems;
}
