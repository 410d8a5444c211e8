/**
 * `validators.js` (+ `.d.ts`) and `validation.ts`: validators compiled now with ajv's standalone
 * code generation, so that nothing evaluates code at run time (pages with a strict CSP can use
 * them), and the readable-error layer over them.
 */
import standaloneModule from "ajv/dist/standalone/index.js";
import type { Api, JsonSchema } from "../model/api.js";
import { createSpecAjv, definitionRef } from "../model/schema-ajv.js";
import { ENVELOPE_DEFS, methodParamsDef, refTarget } from "../model/schema-keywords.js";
import { compactErrorObjects } from "./compact-errors.js";
import { indentByBraces } from "./indent-by-braces.js";
import type { GeneratedFiles } from "./context.js";
import { literal } from "./ts-text.js";
import { withoutAnnotations } from "../model/schema-walk.js";

// ajv's standalone entry is CommonJS with a default export.
const standaloneCode = ((standaloneModule as unknown as { default?: typeof standaloneModule }).default ?? standaloneModule) as unknown as (ajv: unknown, refsOrFunc: Record<string, string>) => string;

/**
 * ajv's standalone output still loads a few helpers from `ajv/dist/runtime/*` with `require`, even
 * as ESM (ajv #2209, #1976). The generated module must load anywhere, so each helper is replaced
 * by a self-contained equivalent; an unknown one stops the generation instead of shipping a require.
 */
const RUNTIME_HELPERS: Record<string, { name: string; code: string }> = {
  "ajv/dist/runtime/ucs2length": {
    name: "ucs2length",
    // Code points, a surrogate pair counting once; a charCodeAt loop, as an iterator is several times slower.
    code: [
      "function ucs2length(text) {",
      "  let length = 0;",
      "  for (let index = 0; index < text.length; index++) {",
      "    length++;",
      "    const code = text.charCodeAt(index);",
      "    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) index++;",
      "  }",
      "  return length;",
      "}",
    ].join("\n"),
  },
  "ajv/dist/runtime/equal": {
    name: "deepEqual",
    code: [
      "function deepEqual(a, b) {",
      "  if (a === b) return true;",
      "  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a !== a && b !== b;",
      "  if (Array.isArray(a) !== Array.isArray(b)) return false;",
      "  const keys = Object.keys(a);",
      "  if (keys.length !== Object.keys(b).length) return false;",
      "  return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && deepEqual(a[key], b[key]));",
      "}",
    ].join("\n"),
  },
};

function withoutRequires(code: string): string {
  const used = new Set<string>();
  const replaced = code.replace(/require\("([^"]+)"\)(?:\.default)?/g, (_match, module: string) => {
    const helper = RUNTIME_HELPERS[module];
    if (!helper) throw new Error(`ajv's standalone code needs ${module}, which opencmapi-gen cannot inline yet`);
    used.add(module);
    return helper.name;
  });
  if (/\brequire\s*\(/.test(replaced)) throw new Error("ajv's standalone code still calls require()");
  const helpers = [...used].sort().map((module) => RUNTIME_HELPERS[module]!.code);
  return helpers.length > 0 ? replaced.replace(/^("use strict";)?/, (strict) => `${strict}\n${helpers.join("\n")}\n`) : replaced;
}

/** Params schemas without their prose: equal ones share one compiled validator. */
function shapeKey(schema: unknown): string {
  return JSON.stringify(withoutAnnotations(schema));
}

function namedTarget(schema: JsonSchema, what: string): string {
  const target = typeof schema["$ref"] === "string" ? refTarget(schema["$ref"]) : null;
  if (target === null) throw new Error(`${what} is not a $ref to a named type`);
  return target;
}

/** Exported one by one, each with its type, so that declarations can be emitted file by file (isolatedDeclarations). */
const VALIDATION_FUNCTIONS = ["validateRequest", "validateParams", "validateResponse", "validateResult", "validateCallback", "validatePayload"] as const;

export function emitValidators(api: Api): GeneratedFiles {
  const exports: Record<string, string> = {
    requestEnvelope: definitionRef(ENVELOPE_DEFS.request),
    responseEnvelope: definitionRef(ENVELOPE_DEFS.response),
    callbackEnvelope: definitionRef(ENVELOPE_DEFS.callback),
  };
  const paramsExport = new Map<string, string>();
  const shapes = new Map<string, string>();
  for (const method of api.methods) {
    const key = shapeKey(method.paramsSchema);
    let name = shapes.get(key);
    if (name === undefined) {
      name = `params${shapes.size}`;
      shapes.set(key, name);
      exports[name] = definitionRef(methodParamsDef(method.name));
    }
    paramsExport.set(method.name, name);
  }
  const typeExport = (type: string) => {
    const name = `type_${type}`;
    exports[name] = definitionRef(type);
    return name;
  };
  const resultExport = new Map(api.methods.map((method) => [method.name, typeExport(namedTarget(method.resultSchema, `${method.name}'s result`))]));
  const payloadExport = new Map(api.callbacks.map((callback) => [callback.callbackId, typeExport(callback.payload)]));

  // Annotations do not validate anything; without them the embedded schema constants stay small.
  const bare = { ...api, schemaDefs: Object.fromEntries(Object.entries(api.schemaDefs).map(([name, schema]) => [name, withoutAnnotations(schema)])) as Api["schemaDefs"] };
  // The model has checked the schema against the meta-schema already: checking it again cost a tenth of this stage.
  const ajv = createSpecAjv(bare, { allErrors: false, inlineRefs: true, validateSchema: false, code: { source: true, esm: true, lines: true } });
  const table = (entries: Map<string, string>) => `{\n${[...entries].map(([key, value]) => `  ${literal(key)}: ${value},`).join("\n")}\n}`;
  // Written as it is, not formatted: nobody reads this file closely, and prettier took over a second on it.
  const code = indentByBraces(
    [
      withoutRequires(compactErrorObjects(standaloneCode(ajv, exports)).code).trim(),
      `export const paramsValidators = ${table(paramsExport)};`,
      `export const resultValidators = ${table(resultExport)};`,
      `export const payloadValidators = ${table(payloadExport)};`,
      "",
    ].join("\n"),
  );

  const declarations = [
    'import type { CompiledValidator } from "./runtime/validation.js";',
    'import type { CmapiCallbackId, CmapiMethodName } from "./types.js";',
    "",
    "/** Table 1's request envelope. */",
    "export declare const requestEnvelope: CompiledValidator;",
    "/** Table 2's response envelope. */",
    "export declare const responseEnvelope: CompiledValidator;",
    "/** Table 3's callback message envelope. */",
    "export declare const callbackEnvelope: CompiledValidator;",
    "/** Each function's params. */",
    "export declare const paramsValidators: { readonly [method in CmapiMethodName]: CompiledValidator };",
    "/** Each function's result. */",
    "export declare const resultValidators: { readonly [method in CmapiMethodName]: CompiledValidator };",
    "/** Each callback's payload (the message's result). */",
    "export declare const payloadValidators: { readonly [callbackId in CmapiCallbackId]: CompiledValidator };",
    "",
  ].join("\n");

  const validation = [
    'import { createValidation, type Validation } from "./runtime/validation.js";',
    'import type { CmapiCallbackId, CmapiMethodName } from "./types.js";',
    'import * as validators from "./validators.js";',
    "",
    'export type { ValidationProblem, ValidationResult } from "./runtime/validation.js";',
    "",
    "/** Validation of CMAPI messages with readable errors: which field, and what was expected. */",
    "export const validation: Validation<CmapiMethodName, CmapiCallbackId> = createValidation<CmapiMethodName, CmapiCallbackId>(validators);",
    ...VALIDATION_FUNCTIONS.map((name) => `export const ${name}: Validation<CmapiMethodName, CmapiCallbackId>["${name}"] = validation.${name};`),
    "",
  ].join("\n");

  return new Map([
    ["validators.js", code],
    ["validators.d.ts", declarations],
    ["validation.ts", validation],
  ]);
}
