/**
 * ajv's standalone code generation, made self-contained: used for the generated validators
 * (emit/validators.ts) and for the meta-schema check the model runs (meta-schema-validator.ts).
 */
import standaloneModule from "ajv/dist/standalone/index.js";

// ajv's standalone entry is CommonJS with a default export.
export const standaloneCode = ((standaloneModule as unknown as { default?: typeof standaloneModule }).default ?? standaloneModule) as unknown as (ajv: unknown, refsOrFunc: Record<string, string>) => string;

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

/** The standalone code with ajv's runtime helpers inlined instead of required. */
export function withoutRequires(code: string): string {
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
