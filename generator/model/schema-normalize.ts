/**
 * The normalize stage: named rules that read the schema tree's nodes (schema-tree.ts) as value
 * shapes, each decided here once, so that the types, the examples, the docs' constraint text, the
 * cross-check and the mock cannot each answer differently.
 *
 * - **Presence rules**: a `oneOf`/`anyOf` of bare `required` lists beside an object's properties says
 *   which members must be present together; the tree reads it as `ObjectNode.presence`, not as a union
 *   of shapes (schema-tree.ts `presenceRules`).
 * - **Constraint-only parts** (`constraintOnly`, `statesOwnType`): `{ "maxLength": 3 }` without a
 *   `type` is read as a string's constraints, but it lets every other type through, so it never says
 *   what type a value is.
 * - **Intersections** (`intersectionParts`, `typingPart`, `mergedObject`, `mergedArray`, and
 *   merged-constraints.ts for strings and numbers): an `allOf`, or a `$ref` with constraints beside it,
 *   is one value that satisfies every part; its parts are flattened through references and merged
 *   into one node of the typing part's kind.
 * - **Closed objects** (`closedObject`): an object that says `additionalProperties: false` admits no
 *   other member.
 * - **Self-including unions and intersections**: a definition that reaches itself through references,
 *   unions and intersections alone adds nothing the second time: `intersectionParts` visits each node
 *   once, so the merge ends.
 */
import type { ArrayNode, IntersectionNode, ObjectNode, PropertyNode, RefNode, SchemaNode } from "./schema-tree.js";
import { intersectionParts, resolved } from "./schema-tree.js";

export { intersectionParts };

/** A node that is neither a reference nor an intersection: one of an intersection's flattened parts. */
export type ValuePart = Exclude<SchemaNode, RefNode | IntersectionNode>;

/** Rule "constraint-only parts": the node was read from constraints alone (`{ "maxLength": 3 }`, no `type`). */
export function constraintOnly(node: SchemaNode): boolean {
  return "typeWritten" in node && !node.typeWritten;
}

/** Whether the node says its JSON type (boolean and null are only ever read from `type`; a const or enum lists its values). */
export function statesOwnType(node: SchemaNode): boolean {
  return !constraintOnly(node);
}

/** Rule "intersections": the part that says which JSON type a value of every part has (the first that states it, else the first). */
export function typingPart<T extends SchemaNode>(parts: readonly T[]): T {
  return parts.find(statesOwnType) ?? parts[0]!;
}

/** Rule "closed objects": whether an object admits no member beyond its properties. */
export function closedObject(node: ObjectNode): boolean {
  return resolved(node.additionalProperties).kind === "never";
}

/** A node every one of `nodes` applies to (a member two parts describe must fit both); placed where the first is. */
export function allOfNodes(nodes: readonly SchemaNode[]): SchemaNode {
  if (nodes.length === 1) return nodes[0]!;
  const { pointer, location, raw } = nodes[0]!;
  return { kind: "intersection", of: nodes, pointer, location, raw, description: "", title: "", default: undefined, readOnly: false, writeOnly: false, deprecated: false, extensions: {}, unmodelled: [] };
}

const lowest = (values: (number | undefined)[]) => (values.some((value) => value !== undefined) ? Math.min(...values.filter((value) => value !== undefined)) : undefined);
const highest = (values: (number | undefined)[]) => (values.some((value) => value !== undefined) ? Math.max(...values.filter((value) => value !== undefined)) : undefined);

/** Rule "intersections", for objects: the members of every part, the tightest member counts, additional members that fit every part's. */
export function mergedObject(parts: readonly ObjectNode[]): ObjectNode {
  const properties = new Map<string, PropertyNode>();
  for (const property of parts.flatMap((part) => part.properties)) {
    const known = properties.get(property.name);
    properties.set(property.name, known ? { name: property.name, required: known.required || property.required, schema: allOfNodes([known.schema, property.schema]) } : property);
  }
  const requiredElsewhere = new Set(parts.flatMap((part) => part.requiredOnly));
  const additional = parts.map((part) => part.additionalProperties).filter((node) => resolved(node).kind !== "any");
  return {
    ...parts[0]!,
    properties: [...properties.values()].map((property) => (requiredElsewhere.has(property.name) ? { ...property, required: true } : property)),
    requiredOnly: [...requiredElsewhere].filter((name) => !properties.has(name)),
    additionalProperties: additional.length > 0 ? allOfNodes(additional) : parts[0]!.additionalProperties,
    presence: parts.find((part) => part.presence !== undefined)?.presence,
    minProperties: highest(parts.map((part) => part.minProperties)),
    maxProperties: lowest(parts.map((part) => part.maxProperties)),
  };
}

/** Rule "intersections", for arrays: items that fit every part's, the tightest item counts. */
export function mergedArray(parts: readonly ArrayNode[]): ArrayNode {
  const items = parts.filter((part) => part.itemsWritten).map((part) => part.items);
  return {
    ...parts[0]!,
    items: items.length > 0 ? allOfNodes(items) : parts[0]!.items,
    prefixItems: parts.find((part) => part.prefixItems.length > 0)?.prefixItems ?? [],
    minItems: highest(parts.map((part) => part.minItems)),
    maxItems: lowest(parts.map((part) => part.maxItems)),
    uniqueItems: parts.some((part) => part.uniqueItems),
  };
}
