/**
 * TypeScript declarations from the schema tree (model/schema-tree.ts): one named declaration per
 * definition, and every reference written as the name its declaration uses. What a type cannot say
 * is left to the validators and the prose:
 *
 * - A `$ref` beside constraints without a `type` of their own (`{ "$ref": "#/$defs/Ssid", "minLength": 1 }`,
 *   or the same constraints as an `allOf` entry) is just the reference: such constraints hold only for
 *   values of their type and let the others through, so `Id & string` would refuse an `Id` that is a
 *   number. The exception is a bare `required` (or `properties`) beside object parts: the names it
 *   requires become required members typed as the other parts type them
 *   (`{ "allOf": [{ "$ref": "#/$defs/Base" }, { "required": ["x"] }] }` is `Base & { x: number }`).
 * - Presence rules (`oneOf` of bare `required` lists: "exactly one of result and error") are not
 *   types; the envelopes' descriptions say them.
 * - An object with `properties` and without `additionalProperties` is closed (no index signature),
 *   as the types were written before (by json-schema-to-typescript): they say what the spec
 *   documents, and a misspelt member in a literal is caught. (The bundled spec sets
 *   `additionalProperties` on every object with properties; this decides for vendors' specs.) An object with neither is `{ [key: string]: unknown }`;
 *   an explicit `additionalProperties` (true or a schema) adds `[key: string]: T`, where T also takes
 *   every property's type and, when a property is optional, `undefined`: without
 *   `exactOptionalPropertyTypes` an optional member's type includes `undefined`, and a vendor's
 *   tsconfig may set that flag or not (the tests compile both ways). `patternProperties` join T (a
 *   type cannot hold a key to a pattern); without `additionalProperties`, or with it false, T is the
 *   patterns' types alone, as json-schema-to-typescript reads it.
 * - A `required` name that `properties` does not list is a required member all the same, typed as
 *   the index signature (`unknown` when there is none).
 * - A union member or intersection part that leads back to the definition being written through
 *   references, unions and intersections alone (`A: { "anyOf": [{ "$ref": "#/$defs/A" }, { "type": "null" }] }`)
 *   is dropped: it adds no value the other members do not give (A is `null`), and TypeScript refuses
 *   the alias (TS2456). A member that leads back through another definition is written out there
 *   (`Ping = Pong | null`, `Pong = Ping | string` give `string | null` and `null | string`). A
 *   definition with nothing left (`A: { "$ref": "#/$defs/A" }`) is `unknown`. Inside an object or an
 *   array a definition refers to itself by name (`children?: Tree[]`), which TypeScript allows.
 * - An array whose length is bounded (`maxItems`, or `items: false` after `prefixItems`) to at most 8
 *   items, or to its `prefixItems`, is one tuple per allowed length (`[] | [A] | [A, B]`), `never` when
 *   `minItems` asks for more; an unbounded one with `prefixItems` or a `minItems` of 1 to 8 has that
 *   many leading items and a rest (`[A] | [A, B, ...T[]]`, `[T, ...T[]]`). A union of lengths, not
 *   optional elements: `[A, B?]` would also take `[A, undefined]` without exactOptionalPropertyTypes.
 *   (json-schema-to-typescript writes them the same way; test/types-oracle.test.ts compares.) Ranges,
 *   patterns and formats stay the validators' business. `readOnly` and `writeOnly` add no
 *   modifier: the same type is built by one side and read by the other.
 */
import { SpecError } from "../diagnostics.js";
import { constraintOnly } from "../model/schema-normalize.js";
import { intersectionParts, type ArrayNode, type IntersectionNode, type ObjectNode, type PropertyNode, type SchemaNode, type SchemaTree } from "../model/schema-tree.js";
import { _, blockStatement, Code, doc, flatLiteral, key, moduleText, name, render, statement, type Name, type Statement } from "./code/index.js";

/** One indentation level: the writer lays out its type text itself (unions and tuples as prettier breaks them, by width). */
const INDENT = "  ";

/**
 * Type text this writer laid out, as code. Everything in it from the spec came through the builder
 * (names by `name()`, member keys by `key()`, literal types by the literal writer, docs by `doc()`);
 * the rest is the writer's own punctuation. The layout stays here because it depends on widths.
 */
const laidOut = (text: string): Code => new Code([text]);

/** How tightly a type expression binds: a union inside an intersection or an array needs parentheses. */
const UNION = 0;
const INTERSECTION = 1;
const PRIMARY = 2;

interface TypeText {
  text: string;
  binds: number;
  /** A union's members as written between the `|`s (nested unions flattened), for the layout of a long one. */
  operands?: readonly string[];
}

const primary = (text: string): TypeText => ({ text, binds: PRIMARY });
const UNKNOWN = primary("unknown");
const NEVER = primary("never");

/** The most items a tuple writes out for `minItems` or `maxItems` (beyond its `prefixItems`); a longer bound is left to the validators. */
const MAX_TUPLE_ITEMS = 8;

/**
 * A member name as the builder writes a key: bare when it is an identifier name, quoted otherwise.
 * `__proto__` stays bare: in a type it names a member like any other (the builder computes it for
 * object literals, where a plain `__proto__` would set the prototype).
 */
const memberName = (text: string): string => (text === "__proto__" ? text : render(key(text)));

/**
 * A node's doc text as a JSDoc block, always in the multi-line form (as the types were written
 * before, which kept the change to our own writer a small diff); undefined when the node has nothing to say.
 */
function docOf(node: SchemaNode): Code | undefined {
  const parts = [node.description, node.deprecated ? "@deprecated" : ""].filter((part) => part !== "");
  return parts.length === 0 ? undefined : doc(parts.join("\n\n"), { multiLine: true });
}

/** The node's doc block as lines at `indent`, each followed by a newline; empty when it has none. */
function docBlock(node: SchemaNode, indent: string): string {
  const block = docOf(node);
  return block === undefined
    ? ""
    : `${render(block)
        .split("\n")
        .map((line) => `${indent}${line}`)
        .join("\n")}\n`;
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
  const operands = (type: TypeText) => (type.binds === binds ? (type.operands ?? [type.text]) : [parenthesised(type, PRIMARY)]);
  const texts = [...new Set(types.flatMap(operands))];
  if (operator === "|" && texts.includes("unknown")) return UNKNOWN;
  const kept = operator === "&" ? texts.filter((text) => text !== "unknown") : texts;
  if (kept.length === 0) return operator === "|" ? NEVER : UNKNOWN;
  if (kept.length === 1) return types.find((type) => operands(type).length === 1 && operands(type)[0] === kept[0]) ?? primary(kept[0]!);
  return { text: kept.join(` ${operator} `), binds, operands: kept };
}

/** prettier's line width in this project (.prettierrc.json): the generated types are laid out as prettier would. */
const PRINT_WIDTH = 240;

/** Text whose lines after the first are indented `extra` more (a type moved to a deeper column). */
function shifted(text: string, extra: string): string {
  return text.replace(/\n(?=.)/g, `\n${extra}`);
}

/**
 * `head type tail` (a member's `name?:` and `;`, an alias's `export type X =`), laid out as prettier
 * lays it out: on one line, unless the type is a union that does not fit in PRINT_WIDTH or has a
 * member of several lines (but an object with `| null`, which prettier keeps together); then one
 * `| member` line each, one level deeper than `indent`, the line the head starts. An alias's union
 * (`assignment`) first tries the next line whole, as prettier does after an `=`.
 */
function annotation(head: string, type: TypeText, tail: string, indent: string, assignment = false): string {
  const flat = `${head} ${type.text}${tail}`;
  const operands = type.binds === UNION ? type.operands : undefined;
  if (operands === undefined) return flat;
  const multiLine = operands.filter((operand) => operand.includes("\n"));
  const hugged = multiLine.length === 1 && multiLine[0]!.startsWith("{") && operands.every((operand) => operand === multiLine[0] || operand === "null");
  if (hugged || (multiLine.length === 0 && flat.length <= PRINT_WIDTH)) return flat;
  const nextLine = `${indent}${INDENT}${type.text}${tail}`;
  if (assignment && multiLine.length === 0 && nextLine.length <= PRINT_WIDTH) return `${head}\n${nextLine}`;
  return `${head}\n${operands.map((operand) => `${indent}${INDENT}| ${shifted(operand, `${INDENT}  `)}`).join("\n")}${tail}`;
}

/** A part of an intersection read from constraints alone (`{ "maxLength": 5 }`, no `type`): see the file's doc comment. */
const readFromConstraints = constraintOnly;

/** `[A, B]`, or, as prettier writes a tuple with an element of several lines, one element a line, each followed by a comma. */
function tupleText(elements: readonly string[], indent: string): string {
  if (!elements.some((element) => element.includes("\n"))) return `[${elements.join(", ")}]`;
  return `[\n${elements.map((element) => `${indent}${INDENT}${shifted(element, INDENT)},`).join("\n")}\n${indent}]`;
}

/** Stands for a member that leads back to a type being written without passing through an object or an array: it is dropped. */
const CYCLE = primary("never");

/**
 * Whether a node leads to one of `nodes` through references, unions and intersections alone: the
 * positions where TypeScript resolves an alias eagerly (an object or array type defers its members).
 */
function reachesEagerly(node: SchemaNode, nodes: ReadonlySet<SchemaNode>, seen = new Set<SchemaNode>()): boolean {
  if (nodes.has(node)) return true;
  if (seen.has(node)) return false;
  seen.add(node);
  if (node.kind === "ref") return node.target !== undefined && reachesEagerly(node.target, nodes, seen);
  if (node.kind === "union" || node.kind === "intersection") return node.of.some((member) => reachesEagerly(member, nodes, seen));
  return false;
}

class TypeWriter {
  constructor(
    /** Definition key → the name its declaration uses; only definitions declared in this file. */
    private readonly declarationNames: ReadonlyMap<string, Name>,
  ) {}

  /**
   * The type of a node, written at `indent` (the indentation of the line it starts on). `expanding`
   * holds the definitions being written while the position is eager (not inside an object or an
   * array): a reference to one of them is the CYCLE, a reference that leads back to one is written out.
   */
  type(node: SchemaNode, indent: string, expanding?: ReadonlySet<SchemaNode>): TypeText {
    switch (node.kind) {
      case "ref": {
        if (expanding && node.target) {
          if (expanding.has(node.target)) return CYCLE;
          if (reachesEagerly(node.target, expanding)) return this.type(node.target, indent, new Set([...expanding, node.target]));
        }
        const name = node.target === undefined ? undefined : this.declarationNames.get(node.name);
        return name === undefined ? UNKNOWN : primary(name.text);
      }
      case "any":
        return UNKNOWN;
      case "never":
        return NEVER;
      case "const":
        return primary(flatLiteral(node.value));
      case "enum":
        return combined(
          node.values.map((value) => primary(flatLiteral(value))),
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
      case "union": {
        const members = node.of.map((member) => this.type(member, indent, expanding)).filter((member) => member !== CYCLE);
        return members.length === 0 ? CYCLE : combined(members, "|");
      }
      case "intersection":
        return this.intersection(node, indent, expanding);
    }
  }

  private intersection(node: IntersectionNode, indent: string, expanding: ReadonlySet<SchemaNode> | undefined): TypeText {
    const shaped = node.of.filter((part) => !readFromConstraints(part));
    // Constraints alone, nothing else: written as their types, as a lone `{ "maxLength": 3 }` is.
    const parts = (shaped.length > 0 ? shaped : node.of).map((part) => this.type(part, indent, expanding)).filter((part) => part !== CYCLE);
    if (parts.length === 0) return CYCLE;
    const shapes = shaped.flatMap((part) => intersectionParts(part)).filter((part) => part.kind !== "any" && !readFromConstraints(part));
    if (shaped.length > 0 && shapes.length > 0 && shapes.every((part) => part.kind === "object")) {
      for (const part of node.of) if (part.kind === "object" && readFromConstraints(part)) parts.push(this.constraintMembers(part, shapes, indent));
    }
    return combined(parts, "&");
  }

  /**
   * An object part read from constraints alone, beside object parts (`{ "required": ["x"] }` beside a
   * `$ref` to an object whose `x` is optional): its properties, and each name it requires typed as the
   * other parts type it (`Base & { x: number }`); no index signature unless it gives `additionalProperties`.
   */
  private constraintMembers(node: ObjectNode, others: readonly ObjectNode[], indent: string): TypeText {
    const inner = indent + INDENT;
    const members = node.properties.map((property) => this.property(property, inner));
    for (const name of node.requiredOnly) {
      const types = others.flatMap((other) => other.properties.filter((property) => property.name === name).map((property) => this.type(property.schema, inner)));
      members.push(annotation(`${inner}${memberName(name)}:`, types.length > 0 ? combined(types, "&") : UNKNOWN, ";", inner));
    }
    const rest = node.additionalPropertiesWritten || node.patternProperties.length > 0 ? this.indexType(node, inner) : undefined;
    if (rest) members.push(annotation(`${inner}[key: string]:`, rest, ";", inner));
    return this.objectText(node, members, indent);
  }
  /**
   * An array: a tuple when its length is bounded by `maxItems` or `items: false` (and short enough
   * to write out), or when `prefixItems` or a small `minItems` fixes its leading items; `never`
   * when no length fits (`minItems` above the longest array the schema allows).
   */
  private array(node: ArrayNode, indent: string): TypeText {
    const items = this.type(node.items, indent);
    const longest = Math.min(node.maxItems ?? Infinity, node.items.kind === "never" ? node.prefixItems.length : Infinity);
    if ((node.minItems ?? 0) > longest) return NEVER;
    const element = (index: number) => (node.prefixItems[index] ? this.type(node.prefixItems[index], indent) : items);
    if (longest <= Math.max(MAX_TUPLE_ITEMS, node.prefixItems.length))
      return this.tuple(
        Array.from({ length: longest }, (_, index) => element(index)),
        node.minItems ?? 0,
        undefined,
        indent,
      );
    const minItems = node.minItems !== undefined && node.minItems <= MAX_TUPLE_ITEMS ? node.minItems : 0;
    const leading = Math.max(node.prefixItems.length, minItems);
    if (leading === 0) return primary(`${parenthesised(items, PRIMARY)}[]`);
    return this.tuple(
      Array.from({ length: leading }, (_, index) => element(index)),
      minItems,
      items,
      indent,
    );
  }

  /**
   * The tuples of the given elements from `required` of them to all, the longest followed by
   * `...rest[]` when there is a rest: `[A] | [A, B, ...C[]]`. A union of lengths rather than optional
   * elements (`[A, B?]`), which without exactOptionalPropertyTypes would also take `[A, undefined]`.
   */
  private tuple(elements: readonly TypeText[], required: number, rest: TypeText | undefined, indent: string): TypeText {
    const texts = elements.map((element) => element.text);
    const spread = rest ? [`...${parenthesised(rest, PRIMARY)}[]`] : [];
    const tuples = Array.from({ length: elements.length - required + 1 }, (_, index) => {
      const length = required + index;
      return tupleText([...texts.slice(0, length), ...(length === elements.length ? spread : [])], indent);
    });
    return combined(tuples.map(primary), "|");
  }

  /** A property as a member line at `indent`, with its doc comment. */
  private property(property: PropertyNode, indent: string): string {
    return `${docBlock(property.schema, indent)}${annotation(`${indent}${memberName(property.name)}${property.required ? "" : "?"}:`, this.type(property.schema, indent), ";", indent)}`;
  }

  /** The members of an object type, each line at `indent`: properties, required names it does not list, the index signature. */
  members(node: ObjectNode, indent: string): string[] {
    const members = node.properties.map((property) => this.property(property, indent));
    const rest = this.indexType(node, indent);
    // A required name no property lists is a member all the same, typed as the index signature types other members.
    for (const name of node.requiredOnly) members.push(annotation(`${indent}${memberName(name)}:`, rest ?? UNKNOWN, ";", indent));
    if (rest) members.push(annotation(`${indent}[key: string]:`, rest, ";", indent));
    return members;
  }

  /** The index signature's type, or undefined for none (see the file's doc comment). */
  private indexType(node: ObjectNode, indent: string): TypeText | undefined {
    const patterns = node.patternProperties.map((part) => this.type(part.schema, indent));
    const closed = node.additionalProperties.kind === "never" || (!node.additionalPropertiesWritten && node.properties.length > 0);
    // Unlisted members are the patterns' alone when the object is closed or says nothing of the others (as json-schema-to-typescript reads it).
    if ((closed || !node.additionalPropertiesWritten) && patterns.length === 0) return closed ? undefined : UNKNOWN;
    const rest = closed || !node.additionalPropertiesWritten ? patterns : [this.type(node.additionalProperties, indent), ...patterns];
    // Every member must fit the index signature, an optional one with its `undefined` (which only exactOptionalPropertyTypes leaves out).
    const optional = node.properties.some((property) => !property.required) ? [primary("undefined")] : [];
    return combined([...rest, ...node.properties.map((property) => this.type(property.schema, indent)), ...optional], "|");
  }

  private object(node: ObjectNode, indent: string): TypeText {
    return this.objectText(node, this.members(node, indent + INDENT), indent);
  }

  /** An object type of the given member lines: on one line when it is one member that is no property. */
  private objectText(node: ObjectNode, members: readonly string[], indent: string): TypeText {
    if (members.length === 0) return primary("Record<string, never>");
    if (node.properties.length === 0 && members.length === 1 && !members[0]!.includes("\n")) return primary(`{ ${members[0]!.trim().replace(/;$/, "")} }`);
    return primary(`{\n${members.join("\n")}\n${indent}}`);
  }

  /** `export interface` for an object with properties, `export type` for anything else. */
  declaration(typeName: Name, node: SchemaNode): Statement {
    const documented = (code: Code) => {
      const block = docOf(node);
      return block === undefined ? code : _`${block}\n${code}`;
    };
    if (node.kind === "object" && node.properties.length > 0) return blockStatement(documented(_`export interface ${typeName} {\n${laidOut(this.members(node, INDENT).join("\n"))}\n}`));
    const type = this.type(node, "", new Set([node]));
    // Nothing but references back to itself: no type to write (and an alias of itself does not compile).
    return statement(documented(laidOut(annotation(`export type ${typeName.text} =`, type === CYCLE ? UNKNOWN : type, ";", "", true))));
  }
}

/**
 * Declarations for the given definitions of the tree, in the given order. `typeNames` maps a
 * definition's key to its TypeScript name (keys not in it keep their own); two definitions that
 * would get the same name are a SpecError at the second's pointer. (A spec whose names collide never
 * gets here: names.ts refuses it when the model is read, at its WebIDL line. This guards a caller that
 * hands the writer names of its own.) A reference to a definition not declared here is `unknown`.
 */
export function schemaDefinitionsToTypeScript(tree: SchemaTree, keys: readonly string[], typeNames: ReadonlyMap<string, string>): string {
  return moduleText(typeDeclarations(tree, keys, typeNames));
}

/** The declarations of schemaDefinitionsToTypeScript as statements of a module; a type name is refused when it is no identifier or a predefined type. */
export function typeDeclarations(tree: SchemaTree, keys: readonly string[], typeNames: ReadonlyMap<string, string>): Statement[] {
  const declarationNames = new Map<string, Name>();
  const keyOfName = new Map<string, string>();
  for (const key of keys) {
    const name = typeNames.get(key) ?? key;
    const clash = keyOfName.get(name);
    if (clash !== undefined) throw new SpecError([{ message: `the type name ${name} would be used twice, for ${clash} and for ${key}: rename one`, location: { file: "spec", pointer: tree.definition(key).pointer } }]);
    keyOfName.set(name, key);
    declarationNames.set(key, typeName(name, key, tree));
  }
  const writer = new TypeWriter(declarationNames);
  return [...declarationNames].map(([key, name]) => writer.declaration(name, tree.definition(key)));
}

/** The definition's type name as a Name; one the builder refuses is a SpecError at the definition. */
function typeName(text: string, key: string, tree: SchemaTree): Name {
  try {
    return name(text, { type: true });
  } catch (error) {
    throw new SpecError([{ message: `the type name ${JSON.stringify(text)} of ${key} cannot be declared: ${(error as Error).message}`, location: { file: "spec", pointer: tree.definition(key).pointer } }]);
  }
}
