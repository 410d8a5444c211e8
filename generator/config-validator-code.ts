/**
 * The source of config-validator.ts: the config schema (config-schema.ts) compiled by ajv ahead of
 * time, so that reading a config loads neither ajv nor the lint rules. Written with the schema file
 * by `npm run config-schema:generate`.
 */
import { Ajv } from "ajv";
import { createRequire } from "node:module";
import { standaloneCode, withoutRequires } from "./model/ajv-standalone.js";
import { configSchema } from "./config-schema.js";

export function configValidatorCode(): string {
  const ajv = new Ajv({ allErrors: true, strict: true, code: { source: true, esm: true, lines: true } });
  const schema = configSchema();
  ajv.addSchema(schema);
  const code = withoutRequires(standaloneCode(ajv, { validateConfig: schema["$id"] as string })).trim();
  const version = (createRequire(import.meta.url)("ajv/package.json") as { version: string }).version;
  const keys = Object.keys(schema["properties"] as object);
  return [
    `// Generated from opencmapi-gen.config.schema.json by ajv ${version} (\`npm run config-schema:generate\`, generator/config-validator-code.ts). Do not edit.`,
    "// @ts-nocheck",
    code,
    "/** The options the schema knows, in its order. */",
    `export const CONFIG_KEYS = ${JSON.stringify(keys)};`,
    "",
  ].join("\n");
}
