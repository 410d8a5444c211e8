/** The normalize stage's named rules (generator/model/schema-normalize.ts), each on a small schema. */
import { describe, expect, it } from "vitest";
import type { JsonSchema } from "../generator/model/api.js";
import { closedObject, constraintOnly, intersectionParts, mergedArray, mergedObject, statesOwnType, typingPart } from "../generator/model/schema-normalize.js";
import { schemaTree, type ArrayNode, type ObjectNode } from "../generator/model/schema-tree.js";

const read = (defs: Record<string, JsonSchema>, name = "It") => schemaTree(defs).definition(name);

describe("constraint-only parts", () => {
  it("a schema of constraints alone states no type; one with `type`, a const, an enum or a boolean does", () => {
    expect(constraintOnly(read({ It: { maxLength: 3 } }))).toBe(true);
    expect(statesOwnType(read({ It: { type: "string", maxLength: 3 } }))).toBe(true);
    expect(statesOwnType(read({ It: { const: 1 } }))).toBe(true);
    expect(statesOwnType(read({ It: { enum: ["a"] } }))).toBe(true);
    expect(statesOwnType(read({ It: { type: "boolean" } }))).toBe(true);
    expect(statesOwnType(read({ It: { properties: { a: {} } } }))).toBe(false);
  });

  it("the typing part of an intersection is the first that states its type, not a bare constraint before it", () => {
    const parts = intersectionParts(read({ It: { allOf: [{ maxLength: 4 }, { type: "integer" }] } }));
    expect(parts.map((part) => part.kind)).toEqual(["string", "integer"]);
    expect(typingPart(parts).kind).toBe("integer");
    expect(typingPart(intersectionParts(read({ It: { allOf: [{ maxLength: 4 }, { minLength: 1 }] } }))).kind).toBe("string");
  });
});

describe("intersections", () => {
  it("objects merge their members, a member two parts describe fitting both, the tighter counts, required from any part", () => {
    const node = read({
      It: { allOf: [{ $ref: "#/$defs/Base" }, { type: "object", properties: { a: { maxLength: 2 } }, required: ["b"], maxProperties: 3 }] },
      Base: { type: "object", properties: { a: { type: "string" }, b: { type: "integer" } }, required: ["a"], maxProperties: 5, additionalProperties: false },
    });
    const merged = mergedObject(intersectionParts(node) as ObjectNode[]);
    expect(merged.properties.map(({ name, required }) => ({ name, required }))).toEqual([
      { name: "a", required: true },
      { name: "b", required: true },
    ]);
    expect(merged.properties[0]!.schema.kind).toBe("intersection");
    expect(merged.maxProperties).toBe(3);
    expect(closedObject(merged)).toBe(true);
  });

  it("arrays merge their items and take the tightest counts", () => {
    const node = read({
      It: {
        allOf: [
          { type: "array", items: { type: "string" }, maxItems: 4 },
          { minItems: 1, maxItems: 2, uniqueItems: true },
        ],
      },
    });
    const merged = mergedArray(intersectionParts(node) as ArrayNode[]);
    expect(merged).toMatchObject({ minItems: 1, maxItems: 2, uniqueItems: true, items: { kind: "string" } });
  });

  it("a definition that includes itself is read once: the merge ends", () => {
    const node = read({ It: { allOf: [{ $ref: "#/$defs/It" }, { type: "object", properties: { a: {} } }] } });
    expect(intersectionParts(node).map((part) => part.kind)).toEqual(["object"]);
  });
});

describe("closed objects and presence rules", () => {
  it("an object is closed only when it says additionalProperties: false", () => {
    expect(closedObject(read({ It: { type: "object", additionalProperties: false } }) as ObjectNode)).toBe(true);
    expect(closedObject(read({ It: { type: "object" } }) as ObjectNode)).toBe(false);
    expect(closedObject(read({ It: { type: "object", additionalProperties: { type: "string" } } }) as ObjectNode)).toBe(false);
  });

  it("a oneOf of bare required lists beside properties is a presence rule of the object, not a union", () => {
    const node = read({ It: { type: "object", properties: { a: {}, b: {} }, oneOf: [{ required: ["a"] }, { required: ["b"] }] } });
    expect(node).toMatchObject({ kind: "object", presence: { exclusive: true, alternatives: [["a"], ["b"]] } });
  });
});
