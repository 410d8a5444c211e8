/**
 * The source of meta-schema-validator.ts: ajv's validators of the JSON Schema 2020-12 meta-schemas,
 * compiled ahead of time with the options of newCmapiAjv(), so that reading a spec does not load
 * ajv and compile the meta-schema on every run (about a fifth of a cold `generate` before this).
 * Written by `npm run meta-schema:generate`; test/meta-schema.test.ts fails when it is stale.
 */
import { createRequire } from "node:module";
import { standaloneCode, withoutRequires } from "./ajv-standalone.js";
import { newCmapiAjv } from "./schema-ajv.js";

/** Each meta-schema key that ajv's validateSchema accepts in `$schema` (its ids and aliases), with the name of its validator: one per distinct validator. */
function metaSchemaExports(ajv: ReturnType<typeof newCmapiAjv>): Map<string, string> {
  const internals = ajv as unknown as { schemas: Record<string, unknown>; refs: Record<string, unknown> };
  const keys = [...new Set([...Object.keys(internals.schemas), ...Object.keys(internals.refs)])].sort();
  const names = new Map<unknown, string>();
  return new Map(
    keys.map((key) => {
      const validate = ajv.getSchema(key);
      if (!names.has(validate)) names.set(validate, `meta${names.size}`);
      return [key, names.get(validate)!];
    }),
  );
}

export function metaSchemaValidatorCode(): string {
  const ajv = newCmapiAjv({ code: { source: true, esm: true, lines: true } });
  const exports = metaSchemaExports(ajv);
  const code = withoutRequires(standaloneCode(ajv, Object.fromEntries([...exports].map(([key, name]) => [name, key])))).trim();
  const version = (createRequire(import.meta.url)("ajv/package.json") as { version: string }).version;
  return [
    `// Generated from ajv ${version}'s JSON Schema 2020-12 meta-schemas by \`npm run meta-schema:generate\` (generator/model/meta-schema-code.ts). Do not edit.`,
    "// @ts-nocheck",
    code,
    "/** The validator of each meta-schema, by the keys ajv knows it by. */",
    `export const META_SCHEMAS = {\n${[...exports].map(([key, name]) => `  ${JSON.stringify(key)}: ${name},`).join("\n")}\n};`,
    "",
  ].join("\n");
}
