/**
 * The types writer lays its output out as prettier would with the project's .prettierrc.json (it
 * does not run prettier: prettier is a devDependency only): generated/types.ts, the bundled spec's
 * types as written now, and the layouts a vendor's spec brings (long unions, unions with a member
 * of several lines, tuples of objects) are prettier-clean.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { typeIdentifier } from "../generator/emit/names.js";
import { schemaDefinitionsToTypeScript } from "../generator/emit/schema-to-ts.js";
import { emitTypes } from "../generator/emit/types.js";
import type { JsonSchema } from "../generator/model/api.js";
import { schemaTree } from "../generator/model/schema-tree.js";
import { bundledApi } from "./support/api.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

/** What prettier would change in `text`, as a TypeScript file of this project: "" when nothing. */
async function prettierChanges(text: string): Promise<string> {
  const options = await prettier.resolveConfig(`${ROOT}generated/types.ts`, { editorconfig: false });
  const formatted = await prettier.format(text, { ...options, filepath: "types.ts" });
  if (formatted === text) return "";
  const ours = text.split("\n");
  const theirs = formatted.split("\n");
  const line = ours.findIndex((value, index) => value !== theirs[index]);
  return `first difference at line ${line + 1}:\n  ours:     ${ours[line]}\n  prettier: ${theirs[line]}`;
}

const many = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => `${prefix}_${String(index).padStart(3, "0")}_xxxxxxxxxxxx`);
const object = { type: "object", properties: { a: { type: "string" }, b: { type: "integer" } }, required: ["a"], additionalProperties: false };

const LAYOUTS: Record<string, JsonSchema> = {
  LongEnum: { enum: many("value", 14) },
  NextLineEnum: { enum: many("v", 10) },
  WithLongMember: { type: "object", properties: { mode: { enum: many("mode", 14) } }, additionalProperties: false },
  UnionWithObject: { anyOf: [{ type: "string" }, object] },
  MemberUnionWithObject: { type: "object", properties: { value: { anyOf: [{ type: "integer" }, object] } }, additionalProperties: false },
  ObjectOrNull: { type: "object", properties: { value: { anyOf: [object, { type: "null" }] } }, additionalProperties: false },
  TupleOfObjects: { type: "array", prefixItems: [object, object], items: false },
  BoundedObjects: { type: "array", items: object, minItems: 1, maxItems: 2 },
  Patterned: { type: "object", properties: { name: { type: "string" } }, patternProperties: { "^x-": { anyOf: [{ type: "string" }, object] } } },
};

describe("the types writer's layout", () => {
  it("writes generated/types.ts prettier-clean", async () => {
    expect(await prettierChanges(await readFile(`${ROOT}generated/types.ts`, "utf8"))).toBe("");
  });

  it("writes the bundled spec's types prettier-clean", async () => {
    expect(await prettierChanges(emitTypes(await bundledApi()).get("types.ts")!)).toBe("");
  });

  it("breaks long unions, unions with a member of several lines and tuples of objects as prettier does", async () => {
    const names = new Map(Object.keys(LAYOUTS).map((key) => [key, typeIdentifier(key)]));
    const types = schemaDefinitionsToTypeScript(schemaTree(LAYOUTS), Object.keys(LAYOUTS), names);
    expect(await prettierChanges(types)).toBe("");
    expect(types).toContain(`export type LongEnum =\n  | "value_000_xxxxxxxxxxxx"\n`);
    expect(types).toContain(`export type NextLineEnum =\n  "v_000_xxxxxxxxxxxx" | "v_001_xxxxxxxxxxxx"`);
    expect(types).toContain("export type UnionWithObject =\n  | string\n  | {\n      a: string;\n      b?: number;\n    };");
    expect(types).toContain("  value?: {\n    a: string;\n    b?: number;\n  } | null;");
  });
});
