/**
 * json-schema-to-typescript as the types writer's oracle: for every definition of the bundled spec
 * and of a few hundred generated ones, our type and the library's must each be assignable to the
 * other (TypeScript's own relation, in one program, with and without exactOptionalPropertyTypes).
 *
 * Where the library is wrong, the difference is decided in KNOWN_DIFFERENCES: each entry rewrites
 * the construct the library misreads into one it reads right (or, where none says the same, into a
 * simpler one), in both writers' input alike. The rewritten corpus must show no difference at all,
 * so a difference no entry explains fails the test; and each entry must still explain a difference
 * in the corpus as written, so an entry the library or we have outgrown fails it too.
 */
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { typeNamesOf } from "../generator/emit/names.js";
import { schemaDefinitionsToTypeScript } from "../generator/emit/schema-to-ts.js";
import type { JsonSchema } from "../generator/model/api.js";
import { TABLE_DEFS } from "../generator/model/schema-keywords.js";
import { schemaTree } from "../generator/model/schema-tree.js";
import { bundledApi } from "./support/api.js";
import { tempDir } from "./support/generation.js";
import { definitionsArbitrary } from "./support/schema-arbitraries.js";
import { differences, libraryTypes, type Difference } from "./support/types-oracle.js";

type Schema = Record<string, unknown>;
/** Where a schema stands in its parent: what decides how the library prints it. */
type Position = "definition" | "property" | "items" | "prefixItems" | "additionalProperties" | "patternProperties" | "anyOf" | "oneOf" | "allOf";

interface Decision {
  id: string;
  /** Why the library, not our writer, is wrong here. */
  reason: string;
  /** The construct rewritten for both writers, or undefined where the decision does not apply. */
  rewrite(schema: Schema, position: Position): Schema | undefined;
}

const ANNOTATIONS = new Set(["title", "description", "default", "examples", "deprecated", "readOnly", "writeOnly", "$comment"]);
const isAnnotation = (keyword: string) => ANNOTATIONS.has(keyword) || keyword.startsWith("x-");
const isRecord = (value: unknown): value is Schema => typeof value === "object" && value !== null && !Array.isArray(value);
const isObjectSchema = (schema: Schema) => schema["type"] === "object" || "properties" in schema || "additionalProperties" in schema;
const isArraySchema = (schema: Schema) => schema["type"] === "array";

/** The array lengths a schema allows, when they are bounded: [min, max]. */
function lengthRange(schema: Schema): [number, number] | undefined {
  const prefix = Array.isArray(schema["prefixItems"]) ? schema["prefixItems"].length : 0;
  const max = Math.min(typeof schema["maxItems"] === "number" ? schema["maxItems"] : Infinity, schema["items"] === false ? prefix : Infinity);
  return max === Infinity ? undefined : [typeof schema["minItems"] === "number" ? schema["minItems"] : 0, max];
}

const KNOWN_DIFFERENCES: Decision[] = [
  {
    id: "annotations-only schema",
    reason:
      "A schema of annotations alone ({ description: ... }) allows every value, as {} does; the library writes it as an object with an index signature ({ [k: string]: unknown }), which refuses a string. We write unknown. Rewritten: the annotations dropped, which the library reads as unknown.",
    rewrite: (schema) => {
      const keys = Object.keys(schema);
      return keys.length > 0 && keys.every(isAnnotation) ? {} : undefined;
    },
  },
  {
    id: "closed object without members",
    reason:
      "An object with additionalProperties false and no properties or patterns is only {}; the library writes an empty interface, which in TypeScript is any value but null and undefined (a string fits it). We write Record<string, never>. Rewritten: additionalProperties becomes a schema of null, which both write as an index signature.",
    rewrite: (schema) =>
      isObjectSchema(schema) && schema["additionalProperties"] === false && Object.keys(isRecord(schema["properties"]) ? schema["properties"] : {}).length === 0 && !("patternProperties" in schema)
        ? { ...schema, additionalProperties: { type: "null" } }
        : undefined,
  },
  {
    id: "presence rules",
    reason:
      'A oneOf or anyOf of bare required lists ("exactly one of result and error") is a presence rule: the library writes each alternative as an object of any members ({ [k: string]: unknown }) and intersects the object with it, which gives a closed object an index signature it refuses. We leave presence to the validators and the descriptions (schema-to-ts.ts says why). Rewritten: the presence rule dropped.',
    rewrite: (schema) => {
      const rewritten = { ...schema };
      for (const keyword of ["oneOf", "anyOf"]) {
        const alternatives = schema[keyword];
        if (Array.isArray(alternatives) && alternatives.length > 0 && alternatives.every((alternative) => isRecord(alternative) && Object.keys(alternative).length === 1 && Array.isArray(alternative["required"]))) delete rewritten[keyword];
      }
      return Object.keys(rewritten).length < Object.keys(schema).length ? rewritten : undefined;
    },
  },
  {
    id: "open object without members",
    reason:
      "Not the library's error but its option's reach: its additionalProperties option closes every object that does not say, and we close only those with properties (an object with neither documents no members; closed it would be {}). Rewritten: such an object says additionalProperties true, which is what an absent keyword means.",
    rewrite: (schema) =>
      isObjectSchema(schema) && !("additionalProperties" in schema) && !("patternProperties" in schema) && Object.keys(isRecord(schema["properties"]) ? schema["properties"] : {}).length === 0
        ? { ...schema, additionalProperties: true }
        : undefined,
  },
  {
    id: "required name no property lists",
    reason:
      "A name in required that properties does not list must still be there in every valid value; the library drops it (no member), so its type takes values the validators refuse. We write a required member. Rewritten: such names leave required.",
    rewrite: (schema) => {
      if (!Array.isArray(schema["required"])) return undefined;
      const listed = isRecord(schema["properties"]) ? schema["properties"] : {};
      const kept = schema["required"].filter((name) => typeof name === "string" && name in listed);
      return kept.length === schema["required"].length ? undefined : { ...schema, required: kept };
    },
  },
  {
    id: "tuple bounds beyond prefixItems",
    reason:
      "With prefixItems (draft-07 items: [...]) the library ignores maxItems unless the items after them are refused, pads the tuple with unknown items up to maxItems when they are (items: false, maxItems 3 after one prefix item gives [A] | [A, unknown] | ...), and ignores minItems above the number of prefixItems (even with items: false, where no value fits): its tuples take lengths and items the validators refuse. We respect all three. Rewritten: maxItems at most the prefixItems when items is false (which says the same), dropped otherwise; minItems at most the prefixItems.",
    rewrite: (schema) => {
      if (!isArraySchema(schema) || !Array.isArray(schema["prefixItems"])) return undefined;
      const prefix = schema["prefixItems"].length;
      const bounds: Schema = { minItems: schema["minItems"], maxItems: schema["maxItems"] };
      if (typeof bounds["minItems"] === "number" && bounds["minItems"] > prefix) bounds["minItems"] = prefix;
      if (schema["items"] !== false) bounds["maxItems"] = undefined;
      else if (typeof bounds["maxItems"] === "number" && bounds["maxItems"] > prefix) bounds["maxItems"] = prefix;
      if (bounds["minItems"] === schema["minItems"] && bounds["maxItems"] === schema["maxItems"]) return undefined;
      const { minItems: _minItems, maxItems: _maxItems, ...rest } = schema;
      return { ...rest, ...Object.fromEntries(Object.entries(bounds).filter(([, value]) => value !== undefined)) };
    },
  },
  {
    id: "union of tuples in an array or an intersection",
    reason:
      "An array of several allowed lengths (a bounded one, or prefixItems beyond minItems) is a union of tuples, which the library prints without parentheses where they are needed: items of it come out as [A] | [A, A][] (one tuple, or an array of the other) and an allOf part as X & [] | [A] (the first tuple only joins the intersection). We parenthesise. Rewritten, in those positions only: one length (maxItems becomes minItems, or minItems the number of prefixItems).",
    rewrite: (schema, position) => {
      if ((position !== "items" && position !== "allOf") || !isArraySchema(schema)) return undefined;
      const range = lengthRange(schema);
      if (range) return range[0] < range[1] ? { ...schema, maxItems: range[0] } : undefined;
      const prefix = Array.isArray(schema["prefixItems"]) ? schema["prefixItems"].length : 0;
      return prefix > ((schema["minItems"] as number | undefined) ?? 0) ? { ...schema, minItems: prefix } : undefined;
    },
  },
];

/** The keywords whose value is a schema, a list of schemas or a map of schemas, with the position their schemas stand in. */
const SCHEMA_KEYWORDS: Record<string, { shape: "one" | "list" | "map"; position: Position }> = {
  properties: { shape: "map", position: "property" },
  patternProperties: { shape: "map", position: "patternProperties" },
  additionalProperties: { shape: "one", position: "additionalProperties" },
  items: { shape: "one", position: "items" },
  prefixItems: { shape: "list", position: "prefixItems" },
  anyOf: { shape: "list", position: "anyOf" },
  oneOf: { shape: "list", position: "oneOf" },
  allOf: { shape: "list", position: "allOf" },
};

/** The schema with every decided construct rewritten, at every depth; `fired` collects the decisions that rewrote something. */
function rewritten(schema: unknown, position: Position, fired: Set<string>): unknown {
  if (!isRecord(schema)) return schema;
  let current: Schema = schema;
  for (const decision of KNOWN_DIFFERENCES) {
    const next = decision.rewrite(current, position);
    if (next) {
      fired.add(decision.id);
      current = next;
    }
  }
  const copy: Schema = { ...current };
  for (const [keyword, { shape, position: inner }] of Object.entries(SCHEMA_KEYWORDS)) {
    const value = current[keyword];
    if (shape === "one") copy[keyword] = rewritten(value, inner, fired);
    else if (shape === "list" && Array.isArray(value)) copy[keyword] = value.map((item) => rewritten(item, inner, fired));
    else if (shape === "map" && isRecord(value)) copy[keyword] = Object.fromEntries(Object.entries(value).map(([name, item]) => [name, rewritten(item, inner, fired)]));
    if (copy[keyword] === undefined) delete copy[keyword];
  }
  return copy;
}

interface Corpus {
  defs: Record<string, JsonSchema>;
  /** The definitions compared, each with its TypeScript name. */
  names: Map<string, string>;
}

/** The generated definitions: `runs` samples of three definitions each, named M<run>_A, M<run>_B, M<run>_C. */
function mutations(runs: number, seed: number): Record<string, JsonSchema> {
  const defs: Record<string, JsonSchema> = {};
  fc.sample(fc.nat(), { numRuns: runs, seed }).forEach((_, run) => {
    const [sample] = fc.sample(definitionsArbitrary(`M${run}_`), { numRuns: 1, seed: seed + run });
    Object.assign(defs, sample);
  });
  return defs;
}

async function compare(dir: string, corpus: Corpus, exactOptionalPropertyTypes: boolean[]): Promise<Difference[]> {
  const keys = [...corpus.names.keys()];
  const ours = schemaDefinitionsToTypeScript(schemaTree(corpus.defs), keys, corpus.names);
  const library = await libraryTypes(corpus.defs, keys);
  const found: Difference[] = [];
  for (const exact of exactOptionalPropertyTypes)
    found.push(
      ...(await differences(
        join(dir, String(exact)),
        ours,
        library,
        keys.map((key) => ({ key, ours: corpus.names.get(key)! })),
        exact,
      )),
    );
  return found;
}

const SEED = Number(process.env["ORACLE_SEED"] ?? 20261125);
const RUNS = Number(process.env["ORACLE_RUNS"] ?? 200);

let asWritten: Difference[];
let afterRewrites: Difference[];
let corpus: Corpus;
let rewrittenDefs: Record<string, JsonSchema>;
const firedIn = new Map<string, Set<string>>();

beforeAll(async () => {
  const api = await bundledApi();
  const generated = mutations(RUNS, SEED);
  const typeNames = typeNamesOf(api);
  const names = new Map<string, string>();
  for (const key of Object.keys(api.schemaDefs)) if (!(TABLE_DEFS as readonly string[]).includes(key)) names.set(key, typeNames.get(key)!);
  for (const key of Object.keys(generated)) names.set(key, key);
  corpus = { defs: { ...api.schemaDefs, ...generated }, names };
  rewrittenDefs = {};
  for (const [key, schema] of Object.entries(corpus.defs)) {
    const fired = new Set<string>();
    rewrittenDefs[key] = rewritten(schema, "definition", fired) as JsonSchema;
    firedIn.set(key, fired);
  }
  const dir = await tempDir("opencmapi-gen-oracle-");
  asWritten = await compare(join(dir, "as-written"), corpus, [true]);
  afterRewrites = await compare(join(dir, "rewritten"), { ...corpus, defs: rewrittenDefs }, [true, false]);
}, 120_000);

const shown = (found: Difference[], defs: Record<string, JsonSchema>) => found.map((difference) => `${difference.key} (${difference.direction}): ${JSON.stringify(defs[difference.key])}\n  ${difference.message.split("\n")[0]}`);

describe("json-schema-to-typescript as the types writer's oracle", () => {
  it("agrees with our writer, both ways, on every definition of the bundled spec and of the generated ones, once the decided differences are rewritten", () => {
    expect(shown(afterRewrites, rewrittenDefs)).toEqual([]);
  });

  it("still needs every decided difference: each explains a difference in the definitions as written", () => {
    const explained = new Set(asWritten.flatMap((difference) => [...(firedIn.get(difference.key) ?? [])]));
    expect(KNOWN_DIFFERENCES.map((decision) => decision.id).filter((id) => !explained.has(id))).toEqual([]);
  });

  it("compares the bundled spec's definitions: every one of them is in the program", () => {
    expect(corpus.names.size).toBeGreaterThan(700);
  });
});
