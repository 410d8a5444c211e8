/**
 * types.ts's writer on small schema trees: hostile names and prose, recursion, nullable members,
 * names that need rewriting. Every output is compiled once with tsc --strict, beside a usage file
 * whose `@ts-expect-error` lines check that the types refuse what the schema refuses.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { SpecError } from "../generator/diagnostics.js";
import type { JsonSchema } from "../generator/model/api.js";
import { schemaTree } from "../generator/model/schema-tree.js";
import { typeIdentifier } from "../generator/emit/names.js";
import { schemaDefinitionsToTypeScript } from "../generator/emit/schema-to-ts.js";
import { tempDir } from "./support/generation.js";
import { typecheckFolder } from "./support/typecheck.js";

const ref = (name: string) => ({ $ref: `#/$defs/${name}` });

function typesOf(defs: Record<string, JsonSchema>): string {
  const names = new Map(Object.keys(defs).map((key) => [key, typeIdentifier(key)]));
  return schemaDefinitionsToTypeScript(schemaTree(defs), Object.keys(defs), names);
}

const DEFS: Record<string, JsonSchema> = {
  Hostile: {
    description: "Members named like JavaScript's own. A description may say */ and `code` ${x}.",
    type: "object",
    // As JSON.parse reads a spec: `__proto__` an own member, not the prototype.
    properties: JSON.parse(
      '{ "__proto__": { "type": "string", "description": "Ends */ here? No." }, "constructor": { "type": "number" }, "default": { "type": "boolean" }, "a-b": { "type": "string" }, "1x": { "type": "string" }, "say \\"hi\\"": { "type": "string" } }',
    ) as JsonSchema,
    required: ["__proto__", "constructor"],
    additionalProperties: false,
  },
  Tree: {
    type: "object",
    properties: { label: { type: "string" }, children: { type: "array", items: ref("Tree") } },
    required: ["label"],
    additionalProperties: false,
  },
  Nullable: { type: "object", properties: { name: { type: ["string", "null"] } }, required: ["name"], additionalProperties: false },
  "Foo-Bar": { type: "string", enum: ['say "hi"', "it's", "back\\slash"] },
  UsesFooBar: { type: "object", properties: { foo: ref("Foo-Bar"), many: { type: "array", items: { anyOf: [ref("Foo-Bar"), { type: "integer" }] } } }, additionalProperties: false },
  Ssid: { type: "string", maxLength: 32 },
  Named: { type: "object", properties: { ssid: { ...ref("Ssid"), minLength: 1 } }, required: ["ssid"], additionalProperties: false },
  Empty: { type: "object", properties: {}, additionalProperties: false },
  Loose: { type: "object" },
  Open: { type: "object", properties: { known: { type: "integer" } }, additionalProperties: { type: "string" } },
  Undeclared: { type: "object", properties: { known: { type: "integer" } } },
  AtLeastOne: { type: "array", items: { type: "string" }, minItems: 1 },
  Anything: {},
  Labels: { type: "object", properties: { name: { type: "string" } }, additionalProperties: { type: "string" } },
  NamedLabels: { type: "object", properties: { name: { type: "string" } }, required: ["name"], additionalProperties: { type: "string" } },
  SelfOrNull: { anyOf: [ref("SelfOrNull"), { type: "null" }] },
  Ping: { anyOf: [ref("Pong"), { type: "null" }] },
  Pong: { anyOf: [ref("Ping"), { type: "string" }] },
  NullableNode: { anyOf: [ref("Tree"), { type: "null" }] },
  RFInfo: { type: "object", properties: { radio: { type: "string" } }, additionalProperties: false },
  Described: { description: "Outer words", allOf: [ref("RFInfo")] },
  Base: { type: "object", properties: { a: { type: "string" }, x: { type: "integer" } }, additionalProperties: false },
  AllOfReq: { allOf: [ref("Base"), { required: ["x"] }] },
  RefReq: { ...ref("Base"), required: ["x"] },
  Id: { type: ["string", "integer"] },
  ShortId: { allOf: [ref("Id"), { maxLength: 5 }] },
  Tags: { anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] },
  SomeTags: { ...ref("Tags"), minItems: 1 },
  Extensible: { type: "object", properties: { name: { type: "string" } }, required: ["name"], patternProperties: { "^x-": { type: "number" } } },
  ClosedButPatterns: { type: "object", properties: {}, additionalProperties: false, patternProperties: { "^x-": { type: "string" }, "^[0-9]+$": { type: "boolean" } } },
  RequiresUnlisted: { type: "object", properties: { a: { type: "string" } }, required: ["a", "b"], additionalProperties: false },
  CountedRecord: { type: "object", additionalProperties: { type: "integer" }, required: ["count"] },
  Pair: { type: "array", prefixItems: [{ type: "string" }, { type: "number" }], maxItems: 2 },
  FewNames: { type: "array", items: { type: "string" }, minItems: 1, maxItems: 3 },
  NoneFits: { type: "array", prefixItems: [{ type: "string" }], items: false, minItems: 2 },
};

const USAGE = `import type { Hostile, Tree, Nullable, FooBar, UsesFooBar, Named, Empty, Loose, Open, Undeclared, AtLeastOne, Anything, Labels, SelfOrNull, Ping, AllOfReq, RefReq, ShortId, SomeTags } from "./types.js";
const hostile: Hostile = { ["__proto__"]: "p", constructor: 1, default: true, "a-b": "x", "1x": "y", 'say "hi"': "z" };
const tree: Tree = { label: "root", children: [{ label: "leaf", children: [] }] };
const nullable: Nullable = { name: null };
const fooBar: FooBar[] = ['say "hi"', "it's", "back\\\\slash"];
// @ts-expect-error not one of the enum's values
const notFooBar: FooBar = "say hi";
const uses: UsesFooBar = { foo: "it's", many: ["it's", 3] };
const named: Named = { ssid: "home" };
const empty: Empty = {};
// @ts-expect-error an empty closed object has no members
const notEmpty: Empty = { extra: 1 };
const loose: Loose = { anything: [1, "two"] };
const open: Open = { known: 1, other: "text" };
// @ts-expect-error additional members are strings (or, as TypeScript needs an index signature to cover every member, the known members' types)
const notOpen: Open = { known: 1, other: true };
// @ts-expect-error without additionalProperties an object with properties is closed
const undeclared: Undeclared = { known: 1, extra: true };
const some: AtLeastOne = ["one"];
// @ts-expect-error minItems 1
const none: AtLeastOne = [];
const anything: Anything = undefined;
const labels: Labels = { name: "eth0", role: "uplink" };
// @ts-expect-error additional members are strings
const notLabels: Labels = { role: 1 };
const selfOrNull: SelfOrNull = null;
const pings: Ping[] = ["text", null];
const allOfReq: AllOfReq = { a: "a", x: 1 };
// @ts-expect-error the allOf's bare required makes x required
const allOfNoX: AllOfReq = { a: "a" };
// @ts-expect-error Base is closed
const allOfExtra: AllOfReq = { x: 1, extra: true };
// @ts-expect-error the $ref's sibling required makes x required
const refNoX: RefReq = {};
const shortIds: ShortId[] = ["id", 7];
const someTags: SomeTags[] = ["one", ["two"]];
export { hostile, tree, nullable, fooBar, notFooBar, uses, named, empty, notEmpty, loose, open, notOpen, undeclared, some, none, anything };
export { labels, notLabels, selfOrNull, pings, allOfReq, allOfNoX, allOfExtra, refNoX, shortIds, someTags };
`;

/** The three gaps json-schema-to-typescript showed (issue 22): patterns without additionalProperties, required names no property lists, maxItems in tuples. */
const GAPS_USAGE = `import type { Extensible, ClosedButPatterns, RequiresUnlisted, CountedRecord, Pair, FewNames, NoneFits } from "./types.js";
const extensible: Extensible = { name: "eth0", "x-rate": 3 };
// @ts-expect-error a pattern member is a number (or, for TypeScript, a property's type)
const notExtensible: Extensible = { name: "eth0", "x-rate": true };
const closedButPatterns: ClosedButPatterns = { "x-note": "text", "7": true };
// @ts-expect-error the patterns' types only
const notClosedButPatterns: ClosedButPatterns = { other: 1 };
const requiresUnlisted: RequiresUnlisted = { a: "a", b: 1 };
// @ts-expect-error b is required though no property lists it
const noB: RequiresUnlisted = { a: "a" };
const counted: CountedRecord = { count: 2, other: 3 };
// @ts-expect-error count is required, typed as the other members
const notCounted: CountedRecord = { other: 3 };
const pairs: Pair[] = [[], ["a"], ["a", 1]];
// @ts-expect-error maxItems 2
const longPair: Pair = ["a", 1, 2];
const fewNames: FewNames[] = [["a"], ["a", "b", "c"]];
// @ts-expect-error maxItems 3
const manyNames: FewNames = ["a", "b", "c", "d"];
// @ts-expect-error minItems 1
const noNames: FewNames = [];
// @ts-expect-error minItems 2 with one item at most: no array fits
const noneFits: NoneFits = ["a"];
export { extensible, notExtensible, closedButPatterns, notClosedButPatterns, requiresUnlisted, noB, counted, notCounted, pairs, longPair, fewNames, manyNames, noNames, noneFits };
`;

let types: string;
let compiled: string;
beforeAll(async () => {
  types = typesOf(DEFS);
  const dir = join(await tempDir(), "types");
  await mkdir(dir);
  await writeFile(join(dir, "types.ts"), types);
  await writeFile(join(dir, "usage.ts"), USAGE);
  await writeFile(join(dir, "gaps.ts"), GAPS_USAGE);
  compiled = await typecheckFolder(dir);
}, 60_000);

describe("the types writer", () => {
  it("writes declarations that compile under tsc --strict and refuse what the schema refuses", () => {
    expect(compiled).toBe("");
  });

  it("quotes member names that are not identifiers, and keeps JavaScript's own names as members", () => {
    // Quoted as prettier quotes (single quotes around a text with double quotes in it).
    expect(types).toContain(`  __proto__: string;\n  constructor: number;\n  default?: boolean;\n  "a-b"?: string;\n  "1x"?: string;\n  'say "hi"'?: string;`);
  });

  it("keeps a description's */ from closing the doc comment, and its backticks as written", () => {
    expect(types).toContain("A description may say *\\/ and `code` ${x}.");
    expect(types).toContain("   * Ends *\\/ here? No.\n   */\n  __proto__: string;");
  });

  it("refers to a recursive definition by its own name", () => {
    expect(types).toContain("export interface Tree {\n  label: string;\n  children?: Tree[];\n}");
  });

  it("writes a nullable member as a union with null", () => {
    expect(types).toContain("  name: string | null;");
  });

  it("names a definition and every reference to it alike, and parenthesises a union inside an array", () => {
    expect(types).toContain(`export type FooBar = 'say "hi"' | "it's" | "back\\\\slash";`);
    expect(types).toContain("  foo?: FooBar;\n  many?: (FooBar | number)[];");
  });

  it("writes a reference beside its own constraints as the reference", () => {
    expect(types).toContain("  ssid: Ssid;");
  });

  it("refuses two definitions that would get the same type name, at the second one", () => {
    const error = (() => {
      try {
        typesOf({ "Foo-Bar": { type: "string" }, FooBar: { type: "integer" } });
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).diagnostics).toEqual([{ message: "the type name FooBar would be used twice, for Foo-Bar and for FooBar: rename one", location: { file: "spec", pointer: "/$defs/FooBar" } }]);
  });

  it("writes a definition that only refers to itself as unknown rather than a circular alias", () => {
    expect(typesOf({ Self: ref("Self") })).toContain("export type Self = unknown;");
  });

  it("lets an index signature take undefined when a property is optional, and only then (TS2411 without exactOptionalPropertyTypes)", () => {
    expect(types).toContain("export interface Labels {\n  name?: string;\n  [key: string]: string | undefined;\n}");
    expect(types).toContain("export interface NamedLabels {\n  name: string;\n  [key: string]: string;\n}");
  });

  it("drops a union member that leads back to the union itself: what is left is the type", () => {
    expect(types).toContain("export type SelfOrNull = null;");
    expect(types).toContain("export type Ping = string | null;");
    expect(types).toContain("export type Pong = null | string;");
  });

  it("keeps a reference to itself inside an object or an array, where TypeScript allows it", () => {
    expect(types).toContain("export type NullableNode = Tree | null;");
    expect(types).toContain("  children?: Tree[];");
  });

  it("keeps the description of a one-part allOf", () => {
    expect(types).toContain("/**\n * Outer words\n */\nexport type Described = RFInfo;");
  });

  it("makes a member required by a bare required beside a reference, typed as the reference types it", () => {
    expect(types).toContain("export type AllOfReq = Base & { x: number };");
    expect(types).toContain("export type RefReq = Base & { x: number };");
  });

  it("writes a reference beside constraints without a type as the reference, whatever types it allows", () => {
    expect(types).toContain("export type ShortId = Id;");
    expect(types).toContain("export type SomeTags = Tags;");
  });

  it("lets the pattern members of an object without additionalProperties in, typed as the patterns", () => {
    expect(types).toContain("export interface Extensible {\n  name: string;\n  [key: string]: number | string;\n}");
    expect(types).toContain("export type ClosedButPatterns = { [key: string]: string | boolean };");
  });

  it("makes a required name that no property lists a required member, typed as the other members", () => {
    expect(types).toContain("export interface RequiresUnlisted {\n  a: string;\n  b: unknown;\n}");
    expect(types).toContain("export type CountedRecord = {\n  count: number;\n  [key: string]: number;\n};");
  });

  it("bounds a tuple by maxItems, one tuple per allowed length, and writes never when no length fits", () => {
    expect(types).toContain("export type Pair = [] | [string] | [string, number];");
    expect(types).toContain("export type FewNames = [string] | [string, string] | [string, string, string];");
    expect(types).toContain("export type NoneFits = never;");
  });
});
