/**
 * A stateful answer fitted to the spec being served: the mock's device keeps what the bundled spec
 * can say (an access point's securities and width, a connection's MTU), and a spec without such a
 * member, whose object is closed, gets the answer without it rather than a generated one.
 */
import { resolved, type SchemaNode } from "../model/schema-tree.js";

export function fittedToSchema(node: SchemaNode, value: unknown): unknown {
  const schema = resolved(node);
  if (Array.isArray(value)) return schema.kind === "array" ? value.map((item) => fittedToSchema(schema.items, item)) : value;
  if (typeof value !== "object" || value === null || schema.kind !== "object") return value;
  const closed = schema.additionalProperties.kind === "never" && schema.patternProperties.length === 0;
  const fitted: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(value)) {
    const property = schema.properties.find((candidate) => candidate.name === name);
    if (property) fitted[name] = fittedToSchema(property.schema, member);
    else if (!closed) fitted[name] = member;
  }
  return fitted;
}
