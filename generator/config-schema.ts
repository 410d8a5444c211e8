/**
 * The JSON Schema of opencmapi-gen.config.json, shipped in the package as
 * opencmapi-gen.config.schema.json so that editors complete and check a config whose `$schema`
 * names it (as tsconfig, biome and renovate do); `check` and `generate` validate a config against
 * the same schema, compiled ahead of time into config-validator.ts. Both files are written by
 * `npm run config-schema:generate`; test/config-schema.test.ts fails when either is stale.
 */
import { ARTIFACTS, type Artifact } from "./emit/artifacts.js";
import type { Language } from "./emit/languages.js";
import { CATEGORIES, LINT_RULES } from "./lint/rules.js";
import { CONFIG_SCHEMA_FILE } from "./config.js";

const ARTIFACT_DESCRIPTIONS: Record<Artifact, string> = {
  types: "TypeScript types of every params, result, callback payload and definition (types.ts)",
  errors: "Table 4's error codes as constants and a CmapiError class (errors.ts)",
  validators: "validators of every params and result, compiled ahead of time (validators.ts, one module per group in validators/, validation.ts)",
  client: "a typed client over WebSocket and HTTP long polling, for browsers and Node (client.ts)",
  node: "the client's Node entry, which brings the ws package (node.ts)",
  server: "a typed server with its handler skeleton, over WebSocket and HTTP on one port (server.ts)",
  docs: "the Markdown reference and the HTML reference page (docs/)",
  openrpc: "an OpenRPC 1.3 document of the API (openrpc.json)",
};

const LANGUAGE_DESCRIPTIONS: Record<Language, string> = {
  ts: "TypeScript modules",
  js: "JavaScript modules with a .d.ts beside each, compiled by ts-morph",
};

const alternatives = (values: Record<string, string>) => Object.entries(values).map(([value, description]) => ({ const: value, description }));

const specFiles = (kind: string, example: string) => ({
  description: `The ${kind} file or files, relative to this config. "bundled" names the spec that comes with opencmapi-gen, so ["bundled", "${example}"] extends it with a vendor's file. Default: the bundled spec.`,
  anyOf: [
    { type: "string", minLength: 1 },
    { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
  ],
});

const lintNames = {
  anyOf: [...CATEGORIES.map((category) => ({ const: category, description: `the ${category} category` })), ...LINT_RULES.map((rule) => ({ const: rule.id, description: rule.description }))],
};

export function configSchema(): Record<string, unknown> {
  const artifactPattern = `(${ARTIFACTS.join("|")})`;
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "https://opencmapi-gen.invalid/opencmapi-gen.config.schema.json",
    title: "opencmapi-gen.config.json",
    description: "Settings of opencmapi-gen: the spec it reads and what it generates. A command-line flag wins over the file; paths are relative to the file.",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string", description: `This schema, so that editors complete and check the file: ./node_modules/opencmapi-gen/${CONFIG_SCHEMA_FILE}` },
      idl: specFiles("WebIDL", "spec/acme.webidl"),
      schema: specFiles("JSON Schema", "spec/acme.schema.json"),
      out: { type: "string", minLength: 1, description: 'The folder generate writes and check compares, relative to this config. Default: "generated".' },
      emit: {
        description: "What generate writes (an artifact brings those it needs). Default: all of them.",
        anyOf: [
          { type: "array", minItems: 1, items: { anyOf: alternatives(ARTIFACT_DESCRIPTIONS) } },
          { type: "string", pattern: `^\\s*${artifactPattern}(\\s*,\\s*${artifactPattern})*\\s*$`, description: "A comma-separated list, as --emit takes." },
        ],
      },
      ignore: { type: "array", items: { type: "string" }, description: 'Paths in the output folder that check leaves alone; a trailing "/" means a whole folder.' },
      profile: {
        type: "string",
        minLength: 1,
        description:
          "An SCR device class (mobile-broadband-device, laptop, wireless-router, m2m, smart-phone, tablet, cloud, or an item prefix such as LAP): the server's CmapiHandlers then requires the class's mandatory functions only, and profile.ts lists both sets.",
      },
      lang: { description: 'The language of the generated code. Default: "ts".', anyOf: alternatives(LANGUAGE_DESCRIPTIONS) },
      lint: {
        type: "object",
        description: 'Which lint rules run, as buf\'s lint config: { "use": ["STANDARD", "COMMENTS"], "except": ["NUMERIC_UNIT"] }. Default: STANDARD and COMMENTS.',
        additionalProperties: false,
        properties: {
          use: { type: "array", items: lintNames, description: "Categories and rule ids that run." },
          except: { type: "array", items: lintNames, description: "Categories and rule ids left out of use." },
        },
      },
    },
  };
}
