/**
 * fast-check arbitraries of JSON Schema definitions, for the types writer's oracle test: objects
 * with optional and required members (and required names no property lists), `additionalProperties`
 * absent, true, false or a schema, `patternProperties`, enums, consts, `anyOf`/`oneOf`/`allOf`, type
 * arrays, nullable members, arrays and tuples (`prefixItems`, `items: false`, `minItems`, `maxItems`),
 * and references to the definitions written before (so that the definitions form no cycle: the
 * library and we both handle recursion through objects, but an eager cycle is ours alone to refuse).
 */
import fc from "fast-check";

type Schema = Record<string, unknown>;

const MEMBER_NAMES = ["a", "b", "id", "x-ext", "two words"];
const PATTERNS = ["^x-", "^[0-9]+$"];
const LITERALS = fc.oneof(fc.constantFrom("on", "off", "it's", ""), fc.integer({ min: -3, max: 3 }), fc.boolean(), fc.constant(null));

/** `minItems` and `maxItems`, each or both absent; never a `maxItems` below the `minItems` (no value fits, and the library refuses the schema). */
const BOUNDS = fc
  .record({ minItems: fc.option(fc.nat(3), { nil: undefined }), extra: fc.option(fc.nat(3), { nil: undefined }) })
  .map(({ minItems, extra }) => withoutUndefined({ minItems, maxItems: extra === undefined ? undefined : (minItems ?? 0) + extra }));

const primitive = fc.constantFrom<Schema>({ type: "string" }, { type: "integer" }, { type: "number" }, { type: "boolean" }, { type: "null" }, { type: "string", maxLength: 4 }, { type: ["string", "null"] }, { type: ["integer", "string"] });

/** Schemas whose references point at `earlier` definitions only. */
export function schemaArbitrary(earlier: readonly string[]): fc.Arbitrary<Schema> {
  const ref = earlier.length === 0 ? [] : [fc.constantFrom(...earlier).map((name): Schema => ({ $ref: `#/$defs/${name}` }))];
  const { schema } = fc.letrec<{ schema: Schema; leaf: Schema; object: Schema; array: Schema; combined: Schema }>((tie) => ({
    schema: fc.oneof({ depthSize: "small", withCrossShrink: true }, tie("leaf"), tie("object"), tie("array"), tie("combined")),
    leaf: fc.oneof(
      primitive,
      fc.uniqueArray(LITERALS, { minLength: 1, maxLength: 4, selector: (value) => JSON.stringify(value) }).map((values): Schema => ({ enum: values })),
      LITERALS.map((value): Schema => ({ const: value })),
      ...ref,
      ...ref,
    ),
    object: fc
      .record(
        {
          properties: fc.dictionary(fc.constantFrom(...MEMBER_NAMES), tie("schema"), { maxKeys: 3 }),
          requiredListed: fc.subarray(MEMBER_NAMES),
          requiredOnly: fc.subarray(["z", "x-req"], { maxLength: 1 }),
          additionalProperties: fc.oneof(fc.constant(undefined), fc.constant(true), fc.constant(false), tie("leaf")),
          patternProperties: fc.option(fc.dictionary(fc.constantFrom(...PATTERNS), tie("leaf"), { minKeys: 1, maxKeys: 2 }), { nil: undefined }),
        },
        { requiredKeys: ["properties", "requiredListed", "requiredOnly"] },
      )
      .map(({ properties, requiredListed, requiredOnly, additionalProperties, patternProperties }) => {
        const required = [...requiredListed.filter((name) => name in properties), ...requiredOnly];
        return {
          type: "object",
          properties,
          ...(required.length > 0 ? { required } : {}),
          ...(additionalProperties !== undefined ? { additionalProperties } : {}),
          ...(patternProperties !== undefined ? { patternProperties } : {}),
        };
      }),
    array: fc.oneof(
      fc.record({ items: tie("schema"), bounds: BOUNDS }).map(({ items, bounds }): Schema => ({ type: "array", items, ...bounds })),
      fc
        .record(
          {
            prefixItems: fc.array(tie("leaf"), { minLength: 1, maxLength: 3 }),
            items: fc.oneof(fc.constant(undefined), fc.constant(false), tie("leaf")),
            bounds: BOUNDS,
          },
          { requiredKeys: ["prefixItems", "bounds"] },
        )
        .map(({ bounds, ...parts }): Schema => ({ type: "array", ...withoutUndefined(parts), ...bounds })),
    ),
    combined: fc.oneof(
      fc.record({ keyword: fc.constantFrom("anyOf", "oneOf", "allOf"), of: fc.array(tie("schema"), { minLength: 1, maxLength: 3 }) }).map(({ keyword, of }): Schema => ({ [keyword]: of })),
      tie("schema").map((schema): Schema => ({ anyOf: [schema, { type: "null" }] })),
    ),
  }));
  return schema;
}

function withoutUndefined(parts: Record<string, unknown>): Schema {
  return Object.fromEntries(Object.entries(parts).filter(([, value]) => value !== undefined));
}

/** A few definitions named `<prefix>A`, `<prefix>B`, ..., each referring only to the ones before it. */
export function definitionsArbitrary(prefix: string, count = 3): fc.Arbitrary<Record<string, Schema>> {
  const names = Array.from({ length: count }, (_, index) => `${prefix}${String.fromCharCode(65 + index)}`);
  return fc.tuple(...names.map((_, index) => schemaArbitrary(names.slice(0, index)))).map((schemas) => Object.fromEntries(names.map((name, index) => [name, schemas[index]!])));
}
