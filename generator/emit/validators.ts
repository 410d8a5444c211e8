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

/** Where the validators of each part of the API are: one module per group, so that an app bundles only the groups it validates. */
export const VALIDATOR_MODULES = {
  envelopes: "validators/envelopes.js",
  callbacks: "validators/callbacks.js",
  group: (group: string) => `validators/groups/${group.toLowerCase()}.js`,
} as const;

/** One standalone module: what it exports (name → definition) and the tables it builds from them. */
interface ValidatorModule {
  path: string;
  exports: Record<string, string>;
  tables: { name: string; entries: Map<string, string>; type: string; doc: string }[];
  declarations: string[];
  /** What its declarations name from types.ts. */
  types: string[];
}

const table = (entries: Map<string, string>) => `{\n${[...entries].map(([key, value]) => `  ${stringLiteral(key)}: ${value},`).join("\n")}\n}`;

/** The group's params and results: functions whose params have the same shape share one compiled validator. */
function groupModule(api: Api, group: Api["groups"][number]): ValidatorModule {
  const exports: Record<string, string> = {};
  const params = new Map<string, string>();
  const results = new Map<string, string>();
  const shapes = new Map<string, string>();
  for (const method of api.methods.filter((candidate) => candidate.group === group.name)) {
    const key = shapeKey(api.schema.read(method.paramsSchema));
    let name = shapes.get(key);
    if (name === undefined) {
      name = `params${shapes.size}`;
      shapes.set(key, name);
      exports[name] = definitionRef(methodParamsDef(method.name));
    }
    params.set(method.name, name);
    const resultType = namedTarget(method.resultSchema, `${method.name}'s result`);
    const result = typeValidatorExport(resultType);
    exports[result] = definitionRef(resultType);
    results.set(method.name, result);
  }
  // The group's name is an identifier's letters (names.ts refuses others), so it is safe in a template type.
  const methods = `Extract<CmapiMethodName, \`CMAPI_${group.name}_\${string}\`>`;
  return {
    path: VALIDATOR_MODULES.group(group.name),
    exports,
    tables: [
      { name: "paramsValidators", entries: params, type: `{ readonly [method in ${methods}]: CompiledValidator }`, doc: `The params of each ${group.name} function.` },
      { name: "resultValidators", entries: results, type: `{ readonly [method in ${methods}]: CompiledValidator }`, doc: `The result of each ${group.name} function.` },
    ],
    declarations: [],
    types: ["CmapiMethodName"],
  };
}

/** `allErrors`: report every error, not only the first (the playground shows each at its field; generated code stops at the first). `optimize`: ajv's optimizer passes (on unless turned off, for the benchmark's comparison). */
export function emitValidators(api: Api, options: { allErrors?: boolean; optimize?: boolean } = {}): GeneratedFiles {
  const envelopes: ValidatorModule = {
    path: VALIDATOR_MODULES.envelopes,
    exports: { requestEnvelope: definitionRef(ENVELOPE_DEFS.request), responseEnvelope: definitionRef(ENVELOPE_DEFS.response), callbackEnvelope: definitionRef(ENVELOPE_DEFS.callback) },
    tables: [],
    declarations: [
      "/** Table 1's request envelope. */",
      "export declare const requestEnvelope: CompiledValidator;",
      "/** Table 2's response envelope. */",
      "export declare const responseEnvelope: CompiledValidator;",
      "/** Table 3's callback message envelope. */",
      "export declare const callbackEnvelope: CompiledValidator;",
    ],
    types: [],
  };
  const payloadExports: Record<string, string> = {};
  const payloads = new Map<string, string>();
  for (const callback of api.callbacks) {
    const name = typeValidatorExport(callback.payload);
    payloadExports[name] = definitionRef(callback.payload);
    payloads.set(callback.callbackId, name);
  }
  const callbacks: ValidatorModule = {
    path: VALIDATOR_MODULES.callbacks,
    exports: payloadExports,
    tables: [{ name: "payloadValidators", entries: payloads, type: "{ readonly [callbackId in CmapiCallbackId]: CompiledValidator }", doc: "Each callback's payload (the message's result)." }],
    declarations: [],
    types: ["CmapiCallbackId"],
  };
  const groups = api.groups.map((group) => groupModule(api, group));

  // Annotations do not validate anything; without them the embedded schema constants stay small.
  const bare = { ...api, schemaDefs: Object.fromEntries(Object.entries(api.schemaDefs).map(([name, schema]) => [name, withoutAnnotations(schema)])) as Api["schemaDefs"] };
  // The model has checked the schema against the meta-schema already, so this instance does not again
  // (compiling the meta-schema cost a tenth of a cold generate). With ajv's optimizer passes the
  // validators run faster and take longer to write; the pipeline keeps what they compile between runs
  // (write/compiled-validators-cache.ts), so the cost is paid once per schema (BENCHMARKS.md).
  // One instance for every module: each schema is compiled once, and each module's code is written
  // from the compiled functions it needs (a definition two groups use is in both modules).
  const optimize = options.optimize ?? true;
  const ajv = createSpecAjv(bare, { allErrors: options.allErrors === true, inlineRefs: true, validateSchema: false, code: { source: true, esm: true, lines: true, optimize } });
  // Written as ajv writes it, a statement a line and not indented: nobody reads these files closely; prettier
  // took over a second on them, and indenting them a tenth of a second of a cold generate's 1.5 s. So these
  // files are exempt from the prettier check.
  // The text surgery on ajv's output (withoutRequires, compactErrorObjects, and language.ts typing the
  // exports) stays regex-based: ajv gives text, not a tree, and parsing 1.6 MB would cost more than the
  // generate. What keeps it safe: ajv writes every schema value through its own safe stringify (JSON,
  // U+2028/U+2029 escaped), so spec text reaches the code only inside string literals, which each
  // pattern skips whole ("(?:[^"\\]|\\.)*"); an unknown require() or a missing export stops the
  // generation; a literal the error pattern does not recognise is left as it is (correct, only larger).
  // The keys and validator names here are written through the builder's literal and ajv's own names.
  const files: GeneratedFiles = new Map();
  for (const module of [envelopes, ...groups, callbacks]) {
    const standalone = Object.keys(module.exports).length > 0 ? withoutRequires(compactErrorObjects(standaloneCode(ajv, module.exports)).code).trim() : "";
    const code = [standalone, ...module.tables.map((entry) => `export const ${entry.name} = ${table(entry.entries)};`), ""].join("\n");
    const up = "../".repeat(module.path.split("/").length - 1);
    const declarations = [
      `import type { CompiledValidator } from ${stringLiteral(`${up}runtime/validation.js`)};`,
      ...(module.types.length > 0 ? [`import type { ${module.types.join(", ")} } from ${stringLiteral(`${up}types.js`)};`] : []),
      "",
      ...module.declarations,
      ...module.tables.flatMap((entry) => [`/** ${entry.doc} */`, `export declare const ${entry.name}: ${entry.type};`]),
      "",
    ].join("\n");
    files.set(module.path, code);
    files.set(module.path.replace(/\.js$/, ".d.ts"), declarations);
  }

  const spreads = (name: string) => `{\n${api.groups.map((group) => `  ...${groupAlias(group.name)}.${name},`).join("\n")}\n}`;
  const aggregate = [
    'import type { CompiledValidator } from "./runtime/validation.js";',
    'import type { CmapiMethodName } from "./types.js";',
    ...api.groups.map((group) => `import * as ${groupAlias(group.name)} from ${stringLiteral(`./${VALIDATOR_MODULES.group(group.name)}`)};`),
    "",
    "/** Every function's and callback's validators, for a device or an app that validates the whole API; `validators/groups/<group>.ts` has one group's, for an app that validates only that group. */",
    `export { callbackEnvelope, requestEnvelope, responseEnvelope } from ${stringLiteral(`./${VALIDATOR_MODULES.envelopes}`)};`,
    `export { payloadValidators } from ${stringLiteral(`./${VALIDATOR_MODULES.callbacks}`)};`,
    "",
    "/** Each function's params. */",
    `export const paramsValidators: { readonly [method in CmapiMethodName]: CompiledValidator } = ${spreads("paramsValidators")};`,
    "",
    "/** Each function's result. */",
    `export const resultValidators: { readonly [method in CmapiMethodName]: CompiledValidator } = ${spreads("resultValidators")};`,
    "",
  ].join("\n");
  files.set("validators.ts", aggregate);

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

  files.set("validation.ts", validation);
  return files;
}

/** The aggregate's name for a group's module: an identifier whatever the group is called (its name is letters and digits). */
function groupAlias(group: string): string {
  return `validatorsOf${group}`;
}
