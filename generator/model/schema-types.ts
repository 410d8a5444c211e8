/**
 * The cross-check's reading of a schema against a WebIDL type: what the schema says (for messages)
 * and whether it says what the WebIDL says. It reads the schema tree (schema-tree.ts), where a
 * `type` array and an `anyOf`/`oneOf` are both a union, so no reading picks its own member.
 */
import type { TypeRef } from "./api.js";
import { typeRefToString, UNSUPPORTED_TYPE } from "./idl-types.js";
import { statesOwnType } from "./schema-normalize.js";
import { isOwnPart, type SchemaNode } from "./schema-tree.js";

/**
 * The part of a node the WebIDL is compared with. A `$ref` beside its own constraints (an Ssid with
 * minLength 1) is the reference, since the WebIDL names the type; a `type` beside an `anyOf` of its
 * values (ErrorCode, StatusWord) is the type. `allOf` parts stay an intersection.
 */
export function declared(node: SchemaNode): SchemaNode {
  if (node.kind !== "intersection") return node;
  // A lone `allOf` entry, the outer schema adding only words around it.
  if (node.of.length === 1) return declared(node.of[0]!);
  const own = node.of.filter((part) => isOwnPart(part, node));
  return own.find((part) => part.kind === "ref") ?? own.find((part) => part.kind !== "union") ?? node;
}

/** Whether a node of a JSON type says so with `type`: constraints alone let every other type through, so they are not the WebIDL's type. */
const namesItsType = statesOwnType;

/** The JSON type every listed value has ("string" for an enum of strings), or undefined when they differ. */
function valuesType(values: readonly unknown[]): string | undefined {
  const types = new Set(values.map((value) => (value === null ? "null" : Number.isInteger(value) ? "integer" : typeof value)));
  if (types.size === 2 && types.has("integer") && types.has("number")) return "number";
  const [only] = types;
  return types.size === 1 && only !== "undefined" && only !== "object" ? only : undefined;
}

/** The kind of value the node stands for, as the WebIDL's kinds are named; undefined when it is none of them. */
function valueKind(node: SchemaNode): string | undefined {
  switch (node.kind) {
    case "enum":
      return valuesType(node.values);
    case "const":
      return valuesType([node.value]);
    case "any":
      // An assertion the tree does not model (`not`) makes it less than anything.
      return node.unmodelled.length === 0 ? "any" : undefined;
    case "ref":
    case "union":
    case "intersection":
    case "never":
      return undefined;
    default:
      return namesItsType(node) ? node.kind : undefined;
  }
}

/** What the schema says, in a message's words: "$ref Ssid", "array of string", "string | null". */
export function describeSchema(node: SchemaNode): string {
  const shown = declared(node);
  switch (shown.kind) {
    case "ref":
      return `$ref ${shown.name}`;
    case "array":
      if (!namesItsType(shown)) break;
      return `array of ${!shown.itemsWritten ? "anything" : describeSchema(shown.items)}`;
    case "object":
      if (!namesItsType(shown) || shown.properties.length > 0 || !shown.additionalPropertiesWritten) break;
      return `object of ${describeSchema(shown.additionalProperties)} members`;
    case "union":
      return shown.of.map(describeSchema).join(" | ");
    case "intersection":
      return shown.of.map(describeSchema).join(" & ");
    case "never":
      return "nothing (false)";
  }
  return valueKind(shown) ?? JSON.stringify(shown.raw).slice(0, 80);
}

/** Why the schema does not describe the IDL type, or null when it does. */
export function typeMismatch(type: TypeRef, node: SchemaNode): string | null {
  if (type === UNSUPPORTED_TYPE) return null; // reported where the WebIDL is read
  const shown = declared(node);
  const expected = typeRefToString(type);
  const differ = () => `the WebIDL says ${expected}, the schema says ${describeSchema(node)}`;

  if (type.nullable) {
    if (shown.kind !== "union") return differ();
    const nonNull = shown.of.filter((form) => declared(form).kind !== "null");
    if (nonNull.length === shown.of.length) return `the WebIDL type ${expected} is nullable, the schema does not allow null`;
    const inner = { ...type, nullable: false } as TypeRef;
    return typeMismatch(inner, nonNull.length === 1 ? nonNull[0]! : { ...shown, of: nonNull });
  }
  switch (type.kind) {
    case "ref":
      return shown.kind === "ref" && shown.name === type.name ? null : differ();
    case "array":
      if (shown.kind !== "array" || !namesItsType(shown) || !shown.itemsWritten) return differ();
      return typeMismatch(type.items, shown.items);
    case "record": {
      // A JSON object of T members and nothing else: no `properties`, and `additionalProperties` saying what T is.
      if (shown.kind !== "object" || !namesItsType(shown) || shown.properties.length > 0 || shown.requiredOnly.length > 0 || !shown.additionalPropertiesWritten) {
        return `${differ()}; a record is { "type": "object", "additionalProperties": <the values' schema> } without "properties" or "required"`;
      }
      const values = typeMismatch(type.values, shown.additionalProperties);
      return values === null ? null : `the WebIDL says ${expected}, the schema's additionalProperties: ${values}`;
    }
    case "union": {
      if (shown.kind !== "union" || shown.of.length !== type.of.length) return differ();
      for (const [index, member] of type.of.entries()) {
        if (typeMismatch(member, shown.of[index]!) !== null) return differ();
      }
      return null;
    }
    case "integer": {
      // An enum or const of integers allows its values only.
      const listed = shown.kind === "enum" ? shown.values : shown.kind === "const" ? [shown.value] : undefined;
      if (listed && listed.length > 0 && valueKind(shown) === "integer") return integerRange(type, Math.min(...(listed as number[])), Math.max(...(listed as number[])));
      if (shown.kind !== "integer" || !namesItsType(shown)) return differ();
      return integerRange(type, shown.minimum ?? -Infinity, shown.maximum ?? Infinity);
    }
    default:
      return valueKind(shown) === type.kind ? null : differ();
  }
}

function integerRange(type: Extract<TypeRef, { kind: "integer" }>, minimum: number, maximum: number): string | null {
  if (minimum < type.minimum || maximum > type.maximum) {
    return `the schema allows ${minimum}..${maximum}, more than ${type.idlType} can hold (${type.minimum}..${type.maximum})`;
  }
  return null;
}
