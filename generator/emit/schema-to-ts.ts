/**
 * Converts the schema's definitions to TypeScript declarations with json-schema-to-typescript,
 * one named type per definition and no other: every `$ref` becomes a reference to the named type
 * (jsstt would otherwise inline and renumber them: `DeviceId1`, `CmapiCode2`).
 */
import { compile } from "json-schema-to-typescript";
import { SpecError } from "../diagnostics.js";
import type { JsonSchema } from "../model/api.js";
import { refTarget } from "../model/schema-keywords.js";

const ROOT = "__OpencmapiGenRoot";

/** Keeps what a TypeScript type can say; `$ref`s become jsstt's `tsType` naming the target type. */
function toTypeSchema(schema: unknown, typeNames: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(schema)) return schema.map((item) => toTypeSchema(item, typeNames));
  if (!schema || typeof schema !== "object") return schema;
  const record = schema as Record<string, unknown>;
  if (record["type"] === "object" && record["properties"] === undefined && record["additionalProperties"] === undefined) {
    return { ...(toTypeSchema({ ...record, type: undefined }, typeNames) as object), tsType: "{ [key: string]: unknown }" };
  }
  if (record["type"] === "object" && isEmptyObject(record["properties"]) && record["additionalProperties"] === false) {
    return { ...(toTypeSchema({ ...record, type: undefined, properties: undefined }, typeNames) as object), tsType: "Record<string, never>" };
  }
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (value === undefined) continue;
    if (key === "$ref" && typeof value === "string") {
      const target = refTarget(value);
      result["tsType"] = target ? (typeNames.get(target) ?? target) : "unknown";
    } else if ((key === "oneOf" || key === "anyOf") && isPresenceConstraint(value)) {
      // "exactly one of result and error" cannot be a property type; the envelope types say it in prose
    } else if (key === "title" || key.startsWith("x-cmapi-")) {
      // titles would make jsstt declare extra named types
    } else if (key === "properties" && value && typeof value === "object") {
      result[key] = Object.fromEntries(Object.entries(value).map(([name, property]) => [name, toTypeSchema(property, typeNames)]));
    } else {
      result[key] = toTypeSchema(value, typeNames);
    }
  }
  return result;
}

function isEmptyObject(value: unknown): boolean {
  return !!value && typeof value === "object" && Object.keys(value).length === 0;
}

function isPresenceConstraint(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => item && typeof item === "object" && Object.keys(item).every((key) => key === "required"));
}

/**
 * Declarations for the given definitions, in the given order. `typeNames` maps a definition's
 * key to its TypeScript name; keys not in it keep their own name.
 */
export async function schemaDefinitionsToTypeScript(defs: Record<string, JsonSchema>, typeNames: ReadonlyMap<string, string>): Promise<string> {
  const seen = new Map<string, string>();
  const anyOf = Object.entries(defs).map(([key, schema]) => {
    const name = typeNames.get(key) ?? key;
    const clash = seen.get(name);
    if (clash !== undefined) throw new SpecError([{ message: `the type name ${name} would be used twice, for ${clash} and for ${key}: rename one`, location: { file: "spec", pointer: `/$defs/${key}` } }]);
    seen.set(name, key);
    return { ...(toTypeSchema(schema, typeNames) as object), title: name };
  });
  const text = await compile({ title: ROOT, anyOf }, ROOT, {
    bannerComment: "",
    format: false,
    additionalProperties: false,
    declareExternallyReferenced: true,
    strictIndexSignatures: true,
    unknownAny: true,
  });
  const rootLine = new RegExp(`^export type ${ROOT} = .*\\n`, "m");
  if (!rootLine.test(text)) throw new Error("json-schema-to-typescript did not declare the root type on one line as expected");
  return text.replace(rootLine, "");
}
