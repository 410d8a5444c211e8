/**
 * The one place that knows which JSON Schema 2020-12 keywords hold sub-schemas: a keyword's value
 * is a schema, a list of schemas, a map from names to schemas, or data. Every walk over a schema
 * (stripping prose, checking keywords, finding references) goes through here, so that a property
 * named `description` is never taken for the keyword.
 */
import type { JsonSchema } from "./api.js";
import { MAX_BYTES_KEYWORD, pointerToken } from "./schema-keywords.js";

const SCHEMA_KEYWORDS: ReadonlySet<string> = new Set(["additionalProperties", "items", "contains", "not", "if", "then", "else", "propertyNames", "unevaluatedItems", "unevaluatedProperties", "contentSchema"]);
const SCHEMA_LIST_KEYWORDS: ReadonlySet<string> = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
const SCHEMA_MAP_KEYWORDS: ReadonlySet<string> = new Set(["properties", "patternProperties", "$defs", "dependentSchemas", "definitions"]);
/** Keywords whose value is data: constraints, annotations, identifiers. */
const DATA_KEYWORDS = [
  "$schema",
  "$id",
  "$ref",
  "$anchor",
  "$dynamicRef",
  "$dynamicAnchor",
  "$vocabulary",
  "$comment",
  "type",
  "enum",
  "const",
  "multipleOf",
  "maximum",
  "exclusiveMaximum",
  "minimum",
  "exclusiveMinimum",
  "maxLength",
  "minLength",
  "pattern",
  "maxItems",
  "minItems",
  "uniqueItems",
  "maxContains",
  "minContains",
  "maxProperties",
  "minProperties",
  "required",
  "dependentRequired",
  "format",
  "contentEncoding",
  "contentMediaType",
  "title",
  "description",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "examples",
];

export const KNOWN_KEYWORDS: ReadonlySet<string> = new Set([...SCHEMA_KEYWORDS, ...SCHEMA_LIST_KEYWORDS, ...SCHEMA_MAP_KEYWORDS, ...DATA_KEYWORDS]);

/** Annotations: what a schema says to a reader, not what it accepts. */
export const ANNOTATION_KEYWORDS: ReadonlySet<string> = new Set(["title", "description", "default", "examples", "$comment", "deprecated", "readOnly", "writeOnly"]);

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Calls `visit` for every schema in `schema`, itself included, with its JSON pointer (relative to `pointer`). */
export function forEachSchema(schema: unknown, visit: (schema: JsonSchema, pointer: string) => void, pointer = ""): void {
  if (!isObject(schema)) return;
  visit(schema, pointer);
  for (const [keyword, value] of Object.entries(schema)) {
    const at = `${pointer}/${pointerToken(keyword)}`;
    if (SCHEMA_KEYWORDS.has(keyword)) forEachSchema(value, visit, at);
    else if (SCHEMA_LIST_KEYWORDS.has(keyword) && Array.isArray(value)) value.forEach((item, index) => forEachSchema(item, visit, `${at}/${index}`));
    else if (SCHEMA_MAP_KEYWORDS.has(keyword) && isObject(value)) {
      for (const [name, child] of Object.entries(value)) forEachSchema(child, visit, `${at}/${pointerToken(name)}`);
    }
  }
}

/** The sub-schemas directly inside `schema`, each with the keyword that holds it and the pointer tokens from `schema` to it. */
export function subschemas(schema: JsonSchema): { keyword: string; tokens: string[]; schema: unknown }[] {
  const found: { keyword: string; tokens: string[]; schema: unknown }[] = [];
  for (const [keyword, value] of Object.entries(schema)) {
    if (SCHEMA_KEYWORDS.has(keyword)) found.push({ keyword, tokens: [keyword], schema: value });
    else if (SCHEMA_LIST_KEYWORDS.has(keyword) && Array.isArray(value)) value.forEach((item, index) => found.push({ keyword, tokens: [keyword, String(index)], schema: item }));
    else if (SCHEMA_MAP_KEYWORDS.has(keyword) && isObject(value)) for (const [name, child] of Object.entries(value)) found.push({ keyword, tokens: [keyword, name], schema: child });
  }
  return found;
}

/** A copy of the schema in which `transform` has rewritten every schema, innermost first. */
export function mapSchema(schema: unknown, transform: (schema: JsonSchema) => JsonSchema): unknown {
  if (!isObject(schema)) return schema;
  const copy: JsonSchema = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (SCHEMA_KEYWORDS.has(keyword)) copy[keyword] = mapSchema(value, transform);
    else if (SCHEMA_LIST_KEYWORDS.has(keyword) && Array.isArray(value)) copy[keyword] = value.map((item) => mapSchema(item, transform));
    else if (SCHEMA_MAP_KEYWORDS.has(keyword) && isObject(value)) {
      copy[keyword] = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, mapSchema(child, transform)]));
    } else copy[keyword] = value;
  }
  return transform(copy);
}

/** The schema without prose or x- annotations: what it accepts, and nothing else. */
export function withoutAnnotations(schema: unknown): unknown {
  // x- keywords are annotations, but for the one that validates.
  return mapSchema(schema, (node) => Object.fromEntries(Object.entries(node).filter(([keyword]) => !ANNOTATION_KEYWORDS.has(keyword) && (keyword === MAX_BYTES_KEYWORD || !keyword.startsWith("x-")))));
}

/** Edit distance, to suggest the keyword a misspelt one meant. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Keywords that JSON Schema 2020-12 does not know (and that are not x- extensions), with their
 * pointers: a misspelt `requird` is otherwise silently ignored by every validator.
 */
export function unknownKeywords(schema: unknown): { pointer: string; keyword: string; suggestion?: string }[] {
  const found: { pointer: string; keyword: string; suggestion?: string }[] = [];
  forEachSchema(schema, (node, pointer) => {
    for (const keyword of Object.keys(node)) {
      if (KNOWN_KEYWORDS.has(keyword) || keyword.startsWith("x-")) continue;
      const suggestion = [...KNOWN_KEYWORDS].find((known) => distance(known.toLowerCase(), keyword.toLowerCase()) <= 2);
      found.push({ pointer: `${pointer}/${pointerToken(keyword)}`, keyword, ...(suggestion ? { suggestion } : {}) });
    }
  });
  return found;
}
