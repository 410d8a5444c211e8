/**
 * `validators.js` (+ `.d.ts`) and `validation.ts`: validators compiled now with ajv's standalone
 * code generation, so that nothing evaluates code at run time (pages with a strict CSP can use
 * them), and the readable-error layer over them.
 */
import type { Api, JsonSchema } from "../model/api.js";
import { standaloneCode, withoutRequires } from "../model/ajv-standalone.js";
import { createSpecAjv, definitionRef } from "../model/schema-ajv.js";
import { ENVELOPE_DEFS, methodParamsDef, refTarget } from "../model/schema-keywords.js";
import { compactErrorObjects } from "./compact-errors.js";
import type { GeneratedFiles } from "./context.js";
import { stringLiteral } from "./code/index.js";
import { typeValidatorExport } from "./names.js";
import { withoutAnnotations } from "../model/schema-walk.js";
import type { SchemaNode } from "../model/schema-tree.js";

/**
 * What a params schema accepts, and nothing else: two functions with equal keys share one compiled
 * validator. Taken from the tree node's schema as written, without its annotations (schema-walk knows
 * a property named `description` from the keyword, so such a param still counts).
 */
function shapeKey(node: SchemaNode): string {
  return JSON.stringify(withoutAnnotations(node.raw));
}

function namedTarget(schema: JsonSchema, what: string): string {
  const target = typeof schema["$ref"] === "string" ? refTarget(schema["$ref"]) : null;
  if (target === null) throw new Error(`${what} is not a $ref to a named type`);
  return target;
}

/** Exported one by one, each with its type, so that declarations can be emitted file by file (isolatedDeclarations). */
const VALIDATION_FUNCTIONS = ["validateRequest", "validateParams", "validateResponse", "validateResult", "validateCallback", "validatePayload"] as const;

/** `allErrors`: report every error, not only the first (the playground shows each at its field; generated code stops at the first). `optimize`: ajv's optimizer passes (on unless turned off, for the benchmark's comparison). */
export function emitValidators(api: Api, options: { allErrors?: boolean; optimize?: boolean } = {}): GeneratedFiles {
  const exports: Record<string, string> = {
    requestEnvelope: definitionRef(ENVELOPE_DEFS.request),
    responseEnvelope: definitionRef(ENVELOPE_DEFS.response),
    callbackEnvelope: definitionRef(ENVELOPE_DEFS.callback),
  };
  const paramsExport = new Map<string, string>();
  const shapes = new Map<string, string>();
  const tree = api.schema;
  for (const method of api.methods) {
    const key = shapeKey(tree.read(method.paramsSchema));
    let name = shapes.get(key);
    if (name === undefined) {
      name = `params${shapes.size}`;
      shapes.set(key, name);
      exports[name] = definitionRef(methodParamsDef(method.name));
    }
    paramsExport.set(method.name, name);
  }
  const typeExport = (type: string) => {
    const name = typeValidatorExport(type);
    exports[name] = definitionRef(type);
    return name;
  };
  const resultExport = new Map(api.methods.map((method) => [method.name, typeExport(namedTarget(method.resultSchema, `${method.name}'s result`))]));
  const payloadExport = new Map(api.callbacks.map((callback) => [callback.callbackId, typeExport(callback.payload)]));

  // Annotations do not validate anything; without them the embedded schema constants stay small.
  const bare = { ...api, schemaDefs: Object.fromEntries(Object.entries(api.schemaDefs).map(([name, schema]) => [name, withoutAnnotations(schema)])) as Api["schemaDefs"] };
  // The model has checked the schema against the meta-schema already, so this instance does not again
  // (compiling the meta-schema cost a tenth of a cold generate). With ajv's optimizer passes the
  // validators run faster and take longer to write; the pipeline keeps what they compile between runs
  // (write/compiled-validators-cache.ts), so the cost is paid once per schema (BENCHMARKS.md).
  const optimize = options.optimize ?? true;
  const ajv = createSpecAjv(bare, { allErrors: options.allErrors === true, inlineRefs: true, validateSchema: false, code: { source: true, esm: true, lines: true, optimize } });
  const table = (entries: Map<string, string>) => `{\n${[...entries].map(([key, value]) => `  ${stringLiteral(key)}: ${value},`).join("\n")}\n}`;
  // Written as ajv writes it, a statement a line and not indented: nobody reads this file closely; prettier
  // took over a second on it, and indenting it a tenth of a second of a cold generate's 1.5 s. So this file
  // (and validators.ts for --lang ts) is exempt from the prettier check.
  // The text surgery on ajv's output (withoutRequires, compactErrorObjects, and language.ts typing the
  // exports) stays regex-based: ajv gives text, not a tree, and parsing 1.6 MB would cost more than the
  // generate. What keeps it safe: ajv writes every schema value through its own safe stringify (JSON,
  // U+2028/U+2029 escaped), so spec text reaches the code only inside string literals, which each
  // pattern skips whole ("(?:[^"\\]|\\.)*"); an unknown require() or a missing export stops the
  // generation; a literal the error pattern does not recognise is left as it is (correct, only larger).
  // The keys and validator names here are written through the builder's literal and ajv's own names.
  const code = [
    withoutRequires(compactErrorObjects(standaloneCode(ajv, exports)).code).trim(),
    `export const paramsValidators = ${table(paramsExport)};`,
    `export const resultValidators = ${table(resultExport)};`,
    `export const payloadValidators = ${table(payloadExport)};`,
    "",
  ].join("\n");

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
