/**
 * DESCRIPTION_BOUNDS_MATCH_SCHEMA: the bound a description states (prose-bounds.ts decides which
 * words state it) is the bound the schema enforces, for every numeric member, parameter and typedef
 * (a list's items included) and for a string's length, so that a reader of the docs and a validator
 * agree on what is allowed. The schema's bounds are read from the schema tree, merged as the docs
 * read them (model/merged-constraints.ts). (An integer's schema always bounds it: the model refuses
 * one wider than its WebIDL type.)
 */
import type { Api, TypeRef } from "../model/api.js";
import { mergedNumber, mergedString, type Bound } from "../model/merged-constraints.js";
import { methodParamsDef } from "../model/schema-keywords.js";
import { intersectionParts, type NumberNode, type SchemaNode, type SchemaTree, type StringNode } from "../model/schema-tree.js";
import { subjectLabel, type RuleFinding, type Subject } from "./finding.js";
import { statedBound, type StatedBound } from "./prose-bounds.js";
import { isNumeric, resolveAliases, typeIndex } from "./types.js";

const RULE = "DESCRIPTION_BOUNDS_MATCH_SCHEMA";

/** One thing that has a description, a WebIDL type and a schema node. */
interface Described {
  subject: Subject;
  description: string;
  type: TypeRef;
  node: SchemaNode | undefined;
}

/** The nodes a value must fit all of, through references, intersections, a nullable union's one non-null form and a list's items. */
function valueParts(node: SchemaNode, depth = 0): SchemaNode[] {
  if (depth > 16) return [];
  return intersectionParts(node).flatMap((part) => {
    if (part.kind === "array") return valueParts(part.items, depth + 1);
    if (part.kind !== "union") return [part];
    const forms = part.of.filter((form) => intersectionParts(form).some((inner) => inner.kind !== "null"));
    return forms.length === 1 ? valueParts(forms[0]!, depth + 1) : [];
  });
}

const isNumberNode = (node: SchemaNode): node is NumberNode => node.kind === "integer" || node.kind === "number";
const isStringNode = (node: SchemaNode): node is StringNode => node.kind === "string";

/** The property's node in a dictionary's or a params object's definition (a vendor's partial one included). */
function propertyNode(tree: SchemaTree, definition: string, property: string): SchemaNode | undefined {
  const owner = tree.definitions.get(definition);
  if (!owner) return undefined;
  for (const part of intersectionParts(owner)) {
    const found = part.kind === "object" ? part.properties.find((candidate) => candidate.name === property) : undefined;
    if (found) return found.schema;
  }
  return undefined;
}

function described(api: Api): Described[] {
  const tree = api.schema;
  return [
    ...api.methods.flatMap((method) =>
      method.params.map((param) => ({ subject: { kind: "param", function: method.name, name: param.name } as const, description: param.description, type: param.type, node: propertyNode(tree, methodParamsDef(method.name), param.name) })),
    ),
    ...api.types.flatMap((type): Described[] => {
      if (type.kind === "alias") return [{ subject: { kind: "type", name: type.name }, description: type.description, type: type.type, node: tree.definitions.get(type.name) }];
      if (type.kind !== "dictionary") return [];
      return type.members.map((member) => ({ subject: { kind: "member", type: type.name, name: member.name }, description: member.description, type: member.type, node: propertyNode(tree, type.name, member.name) }));
    }),
  ];
}

/** "-156..-31", "at least 1", "more than 0, at most 5", "no bound". */
function rangeText(lower: Bound | undefined, upper: Bound | undefined, unit = ""): string {
  const suffix = unit === "" ? "" : ` ${unit}`;
  if (lower && upper && !lower.exclusive && !upper.exclusive) return `${lower.value}..${upper.value}${suffix}`;
  const sides = [lower && `${lower.exclusive ? "more than" : "at least"} ${lower.value}`, upper && `${upper.exclusive ? "less than" : "at most"} ${upper.value}`].filter((side) => side !== undefined);
  return sides.length > 0 ? `${sides.join(", ")}${suffix}` : "no bound";
}

/** Whether the schema's side says what the prose's side says; a side the prose leaves open is not compared. */
function sideAgrees(stated: number | undefined, schema: Bound | undefined): boolean {
  return stated === undefined || (schema !== undefined && !schema.exclusive && schema.value === stated);
}

/** An integer's exclusive bound as the inclusive one it means (exclusiveMinimum 0 on an integer is 1). */
function inclusive(bound: Bound | undefined, integer: boolean, direction: 1 | -1): Bound | undefined {
  if (!bound || !bound.exclusive || !integer || !Number.isInteger(bound.value)) return bound;
  return { value: bound.value + direction, exclusive: false };
}

function mismatch(item: Described, stated: StatedBound, schema: string, pointer: string, what: string): RuleFinding {
  return {
    rule: RULE,
    subject: item.subject,
    message: `the description of ${subjectLabel(item.subject)} states ${what} ${stated.text} ("${excerpt(item.description, stated.text)}"), the schema ${schema} (at ${pointer}): make them agree`,
  };
}

/** The words around the stated bound, so that the message shows which phrase was read. */
function excerpt(description: string, text: string): string {
  const flat = description.replace(/\s+/g, " ").trim();
  const at = flat.indexOf(text.split(" ")[0]!);
  const start = Math.max(0, at - 30);
  const end = Math.min(flat.length, at + text.length + 20);
  return `${start > 0 ? "…" : ""}${flat.slice(start, end)}${end < flat.length ? "…" : ""}`;
}

function checkValue(item: Described, node: SchemaNode): RuleFinding[] {
  const stated = statedBound(item.description, "value");
  if (!stated) return [];
  const parts = valueParts(node).filter(isNumberNode);
  const merged = mergedNumber(parts);
  const lower = inclusive(merged.lower, merged.integer, 1);
  const upper = inclusive(merged.upper, merged.integer, -1);
  if (sideAgrees(stated.lower, lower) && sideAgrees(stated.upper, upper)) return [];
  return [mismatch(item, stated, `allows ${rangeText(lower, upper)}`, parts[0]?.pointer ?? node.pointer, "the range")];
}

function checkLength(item: Described, node: SchemaNode): RuleFinding[] {
  const stated = statedBound(item.description, "length");
  if (!stated) return [];
  const parts = valueParts(node).filter(isStringNode);
  if (parts.length === 0) return [];
  const merged = mergedString(parts);
  // Bytes of base64 or of hex digits (a pattern says how they are written) are not characters.
  if (stated.unit === "bytes" && (merged.contentEncodings.length > 0 || merged.patterns.length > 0)) return [];
  const lower = merged.minLength === undefined ? undefined : { value: merged.minLength, exclusive: false };
  const upper = merged.maxLength === undefined ? undefined : { value: merged.maxLength, exclusive: false };
  // No minLength is a minimum of 0.
  const lowerAgrees = stated.lower === undefined || stated.lower === (merged.minLength ?? 0);
  if (lowerAgrees && sideAgrees(stated.upper, upper)) return [];
  return [mismatch(item, stated, `allows ${rangeText(lower, upper, "characters")}`, parts[0]?.pointer ?? node.pointer, "the length")];
}

export function boundsMatchSchema(api: Api): RuleFinding[] {
  const types = typeIndex(api);
  return described(api).flatMap((item) => {
    if (!item.node) return [];
    if (isNumeric(item.type, types)) return checkValue(item, item.node);
    return resolveAliases(item.type, types).kind === "string" ? checkLength(item, item.node) : [];
  });
}
