/**
 * One reading of a schema's shape, shared by everything that asks "what value is this?": the
 * cross-check against the WebIDL, example values (docs, the mock), the playground's forms. A `type`
 * array and an `anyOf`/`oneOf` both read as a union, so no consumer picks its own member.
 */
import type { JsonSchema, TypeRef } from "./api.js";
import { typeRefToString } from "./idl-types.js";
import { refTarget } from "./schema-keywords.js";

export type SchemaShape =
  | { kind: "ref"; name: string }
  | { kind: "string" | "boolean" | "integer" | "number" | "object" | "null" | "any"; minimum?: number; maximum?: number }
  | { kind: "array"; items: JsonSchema | undefined }
  | { kind: "union"; of: JsonSchema[] }
  | { kind: "unknown"; text: string };

const JSON_TYPES = new Set(["string", "boolean", "integer", "number", "object", "null"]);

export function schemaShape(schema: JsonSchema): SchemaShape {
  if (typeof schema["$ref"] === "string") {
    const name = refTarget(schema["$ref"]);
    return name ? { kind: "ref", name } : { kind: "unknown", text: schema["$ref"] };
  }
  const alternatives = (schema["anyOf"] ?? schema["oneOf"]) as JsonSchema[] | undefined;
  if (Array.isArray(alternatives) && schema["type"] === undefined) return { kind: "union", of: alternatives };
  const type = schema["type"];
  if (Array.isArray(type)) return { kind: "union", of: type.map((item) => ({ ...schema, type: item })) };
  if (type === "array") return { kind: "array", items: schema["items"] as JsonSchema | undefined };
  if (typeof type === "string" && JSON_TYPES.has(type)) {
    const shape: SchemaShape = { kind: type as "string" };
    if (typeof schema["minimum"] === "number") shape.minimum = schema["minimum"];
    if (typeof schema["maximum"] === "number") shape.maximum = schema["maximum"];
    return shape;
  }
  if (typeof schema["const"] === "string" || Array.isArray(schema["enum"])) return { kind: "string" };
  if (type === undefined && Object.keys(schema).every((key) => ["description", "title", "default", "$comment"].includes(key))) return { kind: "any" };
  return { kind: "unknown", text: JSON.stringify(schema).slice(0, 80) };
}

export function describeSchema(schema: JsonSchema): string {
  const shape = schemaShape(schema);
  switch (shape.kind) {
    case "ref":
      return `$ref ${shape.name}`;
    case "array":
      return `array of ${shape.items ? describeSchema(shape.items) : "anything"}`;
    case "union":
      return shape.of.map(describeSchema).join(" | ");
    case "unknown":
      return shape.text;
    default:
      return shape.kind;
  }
}

/** Why the schema does not describe the IDL type, or null when it does. */
export function typeMismatch(type: TypeRef, schema: JsonSchema): string | null {
  const shape = schemaShape(schema);
  const expected = typeRefToString(type);
  const differ = () => `the WebIDL says ${expected}, the schema says ${describeSchema(schema)}`;

  if (type.nullable) {
    if (shape.kind !== "union") return differ();
    const nonNull = shape.of.filter((alternative) => schemaShape(alternative).kind !== "null");
    if (nonNull.length === shape.of.length) return `the WebIDL type ${expected} is nullable, the schema does not allow null`;
    const inner = { ...type, nullable: false } as TypeRef;
    return nonNull.length === 1 ? typeMismatch(inner, nonNull[0]!) : typeMismatch(inner, { anyOf: nonNull });
  }
  switch (type.kind) {
    case "ref":
      return shape.kind === "ref" && shape.name === type.name ? null : differ();
    case "any":
      return shape.kind === "any" ? null : differ();
    case "array":
      if (shape.kind !== "array" || !shape.items) return differ();
      return typeMismatch(type.items, shape.items);
    case "union": {
      if (shape.kind !== "union" || shape.of.length !== type.of.length) return differ();
      for (const [index, member] of type.of.entries()) {
        if (typeMismatch(member, shape.of[index]!) !== null) return differ();
      }
      return null;
    }
    case "integer": {
      if (shape.kind !== "integer") return differ();
      const { minimum = -Infinity, maximum = Infinity } = shape;
      if (minimum < type.minimum || maximum > type.maximum) {
        return `the schema allows ${minimum}..${maximum}, more than ${type.idlType} can hold (${type.minimum}..${type.maximum})`;
      }
      return null;
    }
    default:
      return shape.kind === type.kind ? null : differ();
  }
}
