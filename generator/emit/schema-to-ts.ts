/**
 * TypeScript declarations from the schema tree (model/schema-tree.ts): one named declaration per
 * definition, and every reference written as the name its declaration uses. What a type cannot say
 * is left to the validators and the prose:
 *
 * - A `$ref` beside constraints of its own (`{ "$ref": "#/$defs/Ssid", "minLength": 1 }`) is just the
 *   reference: constraints without a `type` narrow nothing a TypeScript type can tell apart.
 * - Presence rules (`oneOf` of bare `required` lists: "exactly one of result and error") are not
 *   types; the envelopes' descriptions say them.
 * - An object with `properties` and without `additionalProperties` is closed (no index signature),
 *   as the types were written before (by json-schema-to-typescript): they say what the spec
 *   documents, and a misspelt member in a literal is caught. (The bundled spec sets
 *   `additionalProperties` on every object with properties; this decides for vendors' specs.) An object with neither is `{ [key: string]: unknown }`;
 *   an explicit `additionalProperties` (true or a schema) adds `[key: string]: T`.
 * - `minItems` of 1 to 8 makes a tuple with that many leading items (`[T, ...T[]]`); `maxItems`,
 *   ranges, patterns and formats stay the validators' business. `readOnly` and `writeOnly` add no
 *   modifier: the same type is built by one side and read by the other.
 */
import { SpecError } from "../diagnostics.js";
import type { ArrayNode, ObjectNode, SchemaNode, SchemaTree } from "../model/schema-tree.js";
import { INDENT, jsDocs, quoteDoc, statements } from "./ts-text.js";

/** How tightly a type expression binds: a union inside an intersection or an array needs parentheses. */
const UNION = 0;
const INTERSECTION = 1;
const PRIMARY = 2;

interface TypeText {
  text: string;
  binds: number;
}

const primary = (text: string): TypeText => ({ text, binds: PRIMARY });
const UNKNOWN = primary("unknown");
const NEVER = primary("never");

/** The longest `minItems` written as leading tuple items; a longer one is a plain array. */
const MAX_TUPLE_ITEMS = 8;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A member name as TypeScript accepts it: bare when it is an identifier, quoted otherwise. */
function memberName(name: string): string {
  return IDENTIFIER.test(name) ? name : JSON.stringify(name);
}

/**
 * A node's doc text as a JSDoc block, always in the multi-line form (as the types were written
 * before, which kept the change to our own writer a small diff); empty when the node has nothing to say.
 */
function docBlock(node: SchemaNode, indent: string): string {
  const parts = [node.description, node.deprecated ? "@deprecated" : ""].filter((part) => part !== "");
  return parts.length === 0 ? "" : jsDocs([`\n${quoteDoc(parts.join("\n\n"))}`], indent);
}

function parenthesised(type: TypeText, binds: number): string {
  return type.binds < binds ? `(${type.text})` : type.text;
}

/**
 * Members joined by `|` or `&`, each written once: a member of the same operator joins in, any other
 * compound one is parenthesised (`A | (B & C)`); `unknown` absorbs a union and drops out of an intersection.
 */
function combined(types: TypeText[], operator: "|" | "&"): TypeText {
  const binds = operator === "|" ? UNION : INTERSECTION;
  const operand = (type: TypeText) => (type.binds === binds ? type.text : parenthesised(type, PRIMARY));
  const texts = [...new Set(types.map(operand))];
  if (operator === "|" && texts.includes("unknown")) return UNKNOWN;
  const kept = operator === "&" ? texts.filter((text) => text !== "unknown") : texts;
  if (kept.length === 0) return operator === "|" ? NEVER : UNKNOWN;
  if (kept.length === 1) return types.find((type) => operand(type) === kept[0]) ?? primary(kept[0]!);
  return { text: kept.join(` ${operator} `), binds };
}

/** A primitive read from constraints alone (`{ "$ref": ..., "maxLength": 5 }` has no `type`): it asserts nothing beside another part. */
function constraintsOnly(part: SchemaNode, whole: SchemaNode): boolean {
  return (part.kind === "string" || part.kind === "number" || part.kind === "integer") && part.raw === whole.raw && !part.typeWritten;
}

class TypeWriter {
  constructor(
    /** Definition key → the name its declaration uses; only declared definitions. */
    private readonly declared: ReadonlyMap<string, string>,
  ) {}

  /** The type of a node, written at `indent` (the indentation of the line it starts on). */
  type(node: SchemaNode, indent: string): TypeText {
    switch (node.kind) {
      case "ref": {
        const name = node.target === undefined ? undefined : this.declared.get(node.name);
        return name === undefined ? UNKNOWN : primary(name);
      }
      case "any":
        return UNKNOWN;
      case "never":
        return NEVER;
      case "const":
        return primary(JSON.stringify(node.value));
      case "enum":
        return combined(
          node.values.map((value) => primary(JSON.stringify(value))),
          "|",
        );
      case "string":
        return primary("string");
      case "integer":
      case "number":
        return primary("number");
      case "boolean":
        return primary("boolean");
      case "null":
        return primary("null");
      case "array":
        return this.array(node, indent);
      case "object":
        return this.object(node, indent);
      case "union":
        return combined(
          node.of.map((member) => this.type(member, indent)),
          "|",
        );
      case "intersection": {
        const parts = node.of.filter((part) => !constraintsOnly(part, node));
        return combined(
          (parts.length > 0 ? parts : node.of).map((part) => this.type(part, indent)),
          "&",
        );
      }
    }
  }

  private array(node: ArrayNode, indent: string): TypeText {
    const items = this.type(node.items, indent);
    const minItems = node.minItems !== undefined && node.minItems <= MAX_TUPLE_ITEMS ? node.minItems : 0;
    const leading = Math.max(node.prefixItems.length, minItems);
    if (leading === 0) return node.items.kind === "never" ? primary("[]") : primary(`${parenthesised(items, PRIMARY)}[]`);
    const elements = Array.from({ length: leading }, (_, index) => {
      const element = node.prefixItems[index] ? this.type(node.prefixItems[index], indent) : items;
      return index < minItems ? element.text : `${parenthesised(element, PRIMARY)}?`;
    });
    if (node.items.kind !== "never") elements.push(`...${parenthesised(items, PRIMARY)}[]`);
    return primary(`[${elements.join(", ")}]`);
  }

  /** The members of an object type, each line at `indent`: properties, required names it does not list, the index signature. */
  members(node: ObjectNode, indent: string): string[] {
    const members = node.properties.map((property) => `${docBlock(property.schema, indent)}${indent}${memberName(property.name)}${property.required ? "" : "?"}: ${this.type(property.schema, indent).text};`);
    const rest = this.indexType(node, indent);
    if (rest) for (const name of node.requiredOnly) members.push(`${indent}${memberName(name)}: ${rest.text};`);
    if (rest) members.push(`${indent}[key: string]: ${rest.text};`);
    return members;
  }

  /** The index signature's type, or undefined for none (see the file's doc comment). */
  private indexType(node: ObjectNode, indent: string): TypeText | undefined {
    if (node.additionalProperties.kind === "never") return undefined;
    if (!("additionalProperties" in node.raw)) return node.properties.length > 0 ? undefined : UNKNOWN;
    const rest = this.type(node.additionalProperties, indent);
    // Every member must fit the index signature.
    return combined([rest, ...node.properties.map((property) => this.type(property.schema, indent))], "|");
  }

  private object(node: ObjectNode, indent: string): TypeText {
    const members = this.members(node, indent + INDENT);
    if (members.length === 0) return primary("Record<string, never>");
    if (node.properties.length === 0 && members.length === 1) return primary(`{ ${members[0]!.trim().replace(/;$/, "")} }`);
    return primary(`{\n${members.join("\n")}\n${indent}}`);
  }

  /** `export interface` for an object with properties, `export type` for anything else. */
  declaration(name: string, node: SchemaNode): { text: string; block?: boolean } {
    const doc = docBlock(node, "");
    if (node.kind === "object" && node.properties.length > 0) return { text: `${doc}export interface ${name} {\n${this.members(node, INDENT).join("\n")}\n}`, block: true };
    // A definition that is nothing but a reference to itself (or a circle of such) cannot be an alias.
    const circular = node.kind === "ref" && isCircularAlias(node);
    return { text: `${doc}export type ${name} = ${circular ? "unknown" : this.type(node, "").text};` };
  }
}

function isCircularAlias(node: SchemaNode): boolean {
  const seen = new Set<SchemaNode>();
  let current: SchemaNode | undefined = node;
  while (current?.kind === "ref") {
    if (seen.has(current)) return true;
    seen.add(current);
    current = current.target;
  }
  return false;
}

/**
 * Declarations for the given definitions of the tree, in the given order. `typeNames` maps a
 * definition's key to its TypeScript name (keys not in it keep their own); two definitions that
 * would get the same name are a located SpecError. A reference to a definition not declared here
 * is `unknown`.
 */
export function schemaDefinitionsToTypeScript(tree: SchemaTree, keys: readonly string[], typeNames: ReadonlyMap<string, string>): string {
  const declared = new Map<string, string>();
  const keyOfName = new Map<string, string>();
  for (const key of keys) {
    const name = typeNames.get(key) ?? key;
    const clash = keyOfName.get(name);
    if (clash !== undefined) throw new SpecError([{ message: `the type name ${name} would be used twice, for ${clash} and for ${key}: rename one`, location: { file: "spec", pointer: tree.definition(key).pointer } }]);
    keyOfName.set(name, key);
    declared.set(key, name);
  }
  const writer = new TypeWriter(declared);
  return statements([...declared].map(([key, name]) => writer.declaration(name, tree.definition(key))));
}
