/**
 * The spec's JSON Schema read once into a typed tree: every consumer that asks "what value is this?"
 * (types, examples, the mock's data, the playground's forms, the docs, the cross-check, `diff`) reads
 * these nodes instead of walking the raw schema its own way. A `type` array and an `anyOf` are both a
 * union; `{ "type": "string", "enum": [...] }` is an enum; a `$ref` is a node whose `target` is the
 * referenced definition's node (the tree is a graph: a recursive definition refers to itself).
 * Each node keeps its raw schema and JSON pointer, for the consumers that write JSON Schema back out
 * (validators, OpenRPC) through the one raw traversal in schema-walk.ts.
 */
import type { Api, JsonSchema } from "./api.js";
import { MAX_BYTES_KEYWORD, pointerToken, refTarget } from "./schema-keywords.js";
import { NO_SOURCES, NodePlacer, type NodeLocation, type SchemaSources } from "./schema-source.js";
import { isObject, subschemas } from "./schema-walk.js";

export type { NodeLocation, SchemaSources } from "./schema-source.js";

/** What every node says to a reader, whatever its kind. */
export interface NodeAnnotations {
  /** Where the schema is in the merged document: "/$defs/WlanNetwork/properties/ssid". */
  pointer: string;
  /** Where it was written: the file, the pointer in that file, its line and column (schema-source.ts). */
  location: NodeLocation;
  /** The schema as written (members of a `type` array share their parent's). */
  raw: JsonSchema;
  description: string;
  title: string;
  /** `{ value }` when the schema gives a `default`, so that a default of `null` or `false` is seen. */
  default: { value: unknown } | undefined;
  readOnly: boolean;
  writeOnly: boolean;
  deprecated: boolean;
  /** The `x-` keywords, by name. */
  extensions: Readonly<Record<string, unknown>>;
  /** Assertions the tree does not model (`not`, `if`, `patternProperties`, ...): the validators enforce them, the types and examples do not see them. */
  unmodelled: readonly string[];
  /** The sub-schemas under those keywords, read as nodes so that a walk over every node (lint: references, ignores) misses none. */
  unmodelledParts?: readonly SchemaNode[];
}

export interface RefNode extends NodeAnnotations {
  kind: "ref";
  /** The `$defs` entry referred to. */
  name: string;
  /** Its node; undefined when the spec has no such definition (the model reports that before any emitter runs). */
  target: SchemaNode | undefined;
}

export interface AnyNode extends NodeAnnotations {
  kind: "any";
}

/** The `false` schema: nothing is valid. */
export interface NeverNode extends NodeAnnotations {
  kind: "never";
}

export interface ConstNode extends NodeAnnotations {
  kind: "const";
  value: unknown;
}

export interface EnumNode extends NodeAnnotations {
  kind: "enum";
  values: readonly unknown[];
}

export interface StringNode extends NodeAnnotations {
  kind: "string";
  /** False when read from constraints alone (`{ "maxLength": 3 }`, no `type`): such a schema lets every other type through. */
  typeWritten: boolean;
  minLength: number | undefined;
  maxLength: number | undefined;
  /** x-cmapi-max-bytes: the length in UTF-8 bytes at most. */
  maxBytes: number | undefined;
  pattern: string | undefined;
  format: string | undefined;
  /** "base64" for binary data carried as text. */
  contentEncoding: string | undefined;
}

export interface NumberNode extends NodeAnnotations {
  kind: "integer" | "number";
  /** False when read from constraints alone (`{ "maxLength": 3 }`, no `type`): such a schema lets every other type through. */
  typeWritten: boolean;
  minimum: number | undefined;
  maximum: number | undefined;
  exclusiveMinimum: number | undefined;
  exclusiveMaximum: number | undefined;
  multipleOf: number | undefined;
}

export interface BooleanNode extends NodeAnnotations {
  kind: "boolean";
}

export interface NullNode extends NodeAnnotations {
  kind: "null";
}

export interface ArrayNode extends NodeAnnotations {
  kind: "array";
  /** False when read from constraints alone (`{ "maxLength": 3 }`, no `type`): such a schema lets every other type through. */
  typeWritten: boolean;
  /** The schema of every item after `prefixItems`; an `any` node when `items` is absent. */
  items: SchemaNode;
  /** Whether the schema gives `items` (an array of anything is not the same statement as an array of `{}`, to a reader). */
  itemsWritten: boolean;
  prefixItems: readonly SchemaNode[];
  minItems: number | undefined;
  maxItems: number | undefined;
  uniqueItems: boolean;
}

export interface PropertyNode {
  name: string;
  schema: SchemaNode;
  required: boolean;
}

export interface ObjectNode extends NodeAnnotations {
  kind: "object";
  /** False when read from constraints alone (`{ "maxLength": 3 }`, no `type`): such a schema lets every other type through. */
  typeWritten: boolean;
  /** In the order the schema writes them. */
  properties: readonly PropertyNode[];
  /** Members not in `properties`: `any` when `additionalProperties` is absent or true, `never` when false. */
  additionalProperties: SchemaNode;
  /** Whether the schema gives `additionalProperties` (the types writer closes an object that does not, see schema-to-ts.ts). */
  additionalPropertiesWritten: boolean;
  /** Required names that `properties` does not list. */
  requiredOnly: readonly string[];
  /** A `oneOf`/`anyOf` of bare `required` lists ("exactly one of result and error"): presence rules, not shapes. */
  presence: { exclusive: boolean; alternatives: readonly (readonly string[])[] } | undefined;
  minProperties: number | undefined;
  maxProperties: number | undefined;
  /**
   * Members whose names match a pattern, each pattern's schema a node (the same nodes `unmodelledParts`
   * holds). The types writer reads them; `unmodelled` still lists the keyword, since examples, the mock
   * and the docs do not make such members.
   */
  patternProperties: readonly { pattern: string; schema: SchemaNode }[];
}

/** `anyOf`, `oneOf` (exclusive) or a `type` array. */
export interface UnionNode extends NodeAnnotations {
  kind: "union";
  of: readonly SchemaNode[];
  exclusive: boolean;
  /** The keyword that writes it, for pointing at it. */
  keyword: "anyOf" | "oneOf" | "type";
}

/** `allOf`, or a schema that both has a shape and a `$ref` or a union beside it. */
export interface IntersectionNode extends NodeAnnotations {
  kind: "intersection";
  of: readonly SchemaNode[];
}

export type SchemaNode = RefNode | AnyNode | NeverNode | ConstNode | EnumNode | StringNode | NumberNode | BooleanNode | NullNode | ArrayNode | ObjectNode | UnionNode | IntersectionNode;

export type SchemaKind = SchemaNode["kind"];

export interface SchemaTree {
  /** Every `$defs` entry's node, by name. */
  readonly definitions: ReadonlyMap<string, SchemaNode>;
  /** Undefined: the tree is left out of the model's JSON. */
  toJSON(): undefined;
  /** The node of a definition; throws for a name the spec does not define (a bug: the model checked every reference). */
  definition(name: string): SchemaNode;
  /** Each schema file's root (its title, its ignores), by file; empty for a tree read from values alone. */
  readonly roots: ReadonlyMap<string, SchemaNode>;
  /** Where a pointer into the merged document was written (a vendor's row, a partial definition's property: in the vendor's file). */
  locate(pointer: string): NodeLocation;
  /** The node of a schema object inside the definitions (a method's `paramsSchema`, a property); a fragment from elsewhere is read into the same tree, its pointer "". */
  read(schema: JsonSchema): SchemaNode;
  /** What places its nodes (which file holds which part, the texts): kept with a cached model (write/model-cache.ts). */
  readonly sources: SchemaSources;
}

const JSON_TYPES = new Set(["string", "integer", "number", "boolean", "object", "array", "null"]);
/** Keywords the kinds above read; any other assertion is listed in `unmodelled`. */
const MODELLED = new Set([
  "$ref",
  "type",
  "enum",
  "const",
  "anyOf",
  "oneOf",
  "allOf",
  "minLength",
  "maxLength",
  MAX_BYTES_KEYWORD,
  "pattern",
  "format",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "items",
  "prefixItems",
  "minItems",
  "maxItems",
  "uniqueItems",
  "properties",
  "required",
  "additionalProperties",
  "minProperties",
  "maxProperties",
  "$defs",
  "definitions",
  "$schema",
  "$id",
  "$comment",
  "$anchor",
  "contentEncoding",
  "contentMediaType",
]);
const ANNOTATIONS = new Set(["title", "description", "default", "examples", "deprecated", "readOnly", "writeOnly"]);

const numberOrUndefined = (value: unknown) => (typeof value === "number" ? value : undefined);
const stringOrUndefined = (value: unknown) => (typeof value === "string" ? value : undefined);

/** Where a schema is read: its pointer in the merged document and its place in its file. */
interface At {
  pointer: string;
  location: NodeLocation;
}

class TreeReader {
  readonly nodes = new Map<JsonSchema, SchemaNode>();
  readonly refs: RefNode[] = [];

  constructor(readonly placer: NodePlacer) {}

  node(schema: unknown, at: At): SchemaNode {
    if (schema === true || schema === undefined) return this.annotated({}, at, { kind: "any" });
    if (!isObject(schema)) return this.annotated({}, at, { kind: "never" });
    const known = this.nodes.get(schema);
    if (known) return known;
    const node = this.shape(schema, at);
    this.nodes.set(schema, node);
    return node;
  }

  /** The node of a schema inside the one at `parent`, at the keyword and name or index `tokens`. */
  private child(schema: unknown, parent: At, ...tokens: (string | number)[]): SchemaNode {
    const pointer = `${parent.pointer}/${tokens.map((token) => pointerToken(String(token))).join("/")}`;
    return this.node(schema, { pointer, location: this.placer.child(parent.location, parent.pointer, pointer) });
  }

  private annotated<T extends { kind: SchemaKind }>(raw: JsonSchema, { pointer, location }: At, shape: T): T & NodeAnnotations {
    const extensions: Record<string, unknown> = {};
    const unmodelled: string[] = [];
    for (const [keyword, value] of Object.entries(raw)) {
      if (keyword.startsWith("x-")) extensions[keyword] = value;
      else if (!MODELLED.has(keyword) && !ANNOTATIONS.has(keyword)) unmodelled.push(keyword);
    }
    const parts = unmodelled.length === 0 ? [] : subschemas(raw).filter((part) => unmodelled.includes(part.keyword));
    return {
      ...(parts.length > 0 ? { unmodelledParts: parts.map((part) => this.child(part.schema, { pointer, location }, ...part.tokens)) } : {}),
      ...shape,
      pointer,
      location,
      raw,
      description: stringOrUndefined(raw["description"]) ?? "",
      title: stringOrUndefined(raw["title"]) ?? "",
      default: "default" in raw ? { value: raw["default"] } : undefined,
      readOnly: raw["readOnly"] === true,
      writeOnly: raw["writeOnly"] === true,
      deprecated: raw["deprecated"] === true,
      extensions,
      unmodelled,
    };
  }

  private shape(schema: JsonSchema, at: At): SchemaNode {
    const parts: SchemaNode[] = [];
    if (typeof schema["$ref"] === "string") {
      const ref = this.annotated(schema, at, { kind: "ref" as const, name: refTarget(schema["$ref"]) ?? schema["$ref"], target: undefined as SchemaNode | undefined });
      this.refs.push(ref);
      parts.push(ref);
    }
    const base = this.base(schema, at);
    if (base) parts.push(base);
    const presence = presenceRules(schema);
    for (const [keyword, exclusive] of [
      ["anyOf", false],
      ["oneOf", true],
    ] as const) {
      const alternatives = schema[keyword];
      if (!Array.isArray(alternatives) || (presence && base?.kind === "object")) continue;
      parts.push(this.annotated(schema, at, { kind: "union" as const, exclusive, keyword, of: alternatives.map((alternative, index) => this.child(alternative, at, keyword, index)) }));
    }
    if (Array.isArray(schema["allOf"])) parts.push(...schema["allOf"].map((part, index) => this.child(part, at, "allOf", index)));
    if (parts.length === 0) return this.annotated(schema, at, { kind: "any" });
    // One part is the node itself when it was read from this schema; a lone `allOf` part keeps the outer schema's annotations around it.
    if (parts.length === 1 && parts[0]!.raw === schema) return parts[0]!;
    return this.annotated(schema, at, { kind: "intersection", of: parts });
  }

  /** The node for `type`, `enum` and `const` and their constraints; undefined when the schema says none of them. */
  private base(schema: JsonSchema, at: At): SchemaNode | undefined {
    if ("const" in schema) return this.annotated(schema, at, { kind: "const", value: schema["const"] });
    if (Array.isArray(schema["enum"])) return this.annotated(schema, at, { kind: "enum", values: schema["enum"] });
    const type = schema["type"];
    if (Array.isArray(type)) {
      const members = type.filter((item): item is string => typeof item === "string" && JSON_TYPES.has(item));
      if (members.length === 1) return this.typed(schema, members[0]!, at);
      return this.annotated(schema, at, { kind: "union", exclusive: false, keyword: "type" as const, of: members.map((member) => this.typed(schema, member, at)) });
    }
    if (typeof type === "string" && JSON_TYPES.has(type)) return this.typed(schema, type, at);
    // Constraints without a type (a `maxLength` alone) assert nothing about other types: read them as that type's.
    if (["properties", "additionalProperties", "required", "minProperties", "maxProperties"].some((keyword) => keyword in schema)) return this.typed(schema, "object", at);
    if (["items", "prefixItems", "minItems", "maxItems", "uniqueItems"].some((keyword) => keyword in schema)) return this.typed(schema, "array", at);
    if (["pattern", "minLength", "maxLength", MAX_BYTES_KEYWORD, "format"].some((keyword) => keyword in schema)) return this.typed(schema, "string", at);
    if (["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"].some((keyword) => keyword in schema)) return this.typed(schema, "number", at);
    return undefined;
  }

  private typed(schema: JsonSchema, type: string, at: At): SchemaNode {
    const typeWritten = [schema["type"]].flat().includes(type);
    switch (type) {
      case "string":
        return this.annotated(schema, at, {
          kind: "string",
          typeWritten,
          minLength: numberOrUndefined(schema["minLength"]),
          maxLength: numberOrUndefined(schema["maxLength"]),
          maxBytes: numberOrUndefined(schema[MAX_BYTES_KEYWORD]),
          pattern: stringOrUndefined(schema["pattern"]),
          format: stringOrUndefined(schema["format"]),
          contentEncoding: stringOrUndefined(schema["contentEncoding"]),
        });
      case "integer":
      case "number":
        return this.annotated(schema, at, {
          kind: type,
          typeWritten,
          minimum: numberOrUndefined(schema["minimum"]),
          maximum: numberOrUndefined(schema["maximum"]),
          exclusiveMinimum: numberOrUndefined(schema["exclusiveMinimum"]),
          exclusiveMaximum: numberOrUndefined(schema["exclusiveMaximum"]),
          multipleOf: numberOrUndefined(schema["multipleOf"]),
        });
      case "array":
        return this.annotated(schema, at, {
          kind: "array",
          typeWritten,
          items: this.child(schema["items"], at, "items"),
          itemsWritten: schema["items"] !== undefined,
          prefixItems: Array.isArray(schema["prefixItems"]) ? schema["prefixItems"].map((item, index) => this.child(item, at, "prefixItems", index)) : [],
          minItems: numberOrUndefined(schema["minItems"]),
          maxItems: numberOrUndefined(schema["maxItems"]),
          uniqueItems: schema["uniqueItems"] === true,
        });
      case "object": {
        const required = Array.isArray(schema["required"]) ? schema["required"].filter((name): name is string => typeof name === "string") : [];
        const properties = isObject(schema["properties"]) ? Object.entries(schema["properties"]) : [];
        const listed = new Set(properties.map(([name]) => name));
        return this.annotated(schema, at, {
          kind: "object",
          typeWritten,
          properties: properties.map(([name, property]) => ({ name, schema: this.child(property, at, "properties", name), required: required.includes(name) })),
          additionalProperties: this.child(schema["additionalProperties"], at, "additionalProperties"),
          additionalPropertiesWritten: schema["additionalProperties"] !== undefined,
          requiredOnly: required.filter((name) => !listed.has(name)),
          presence: presenceRules(schema),
          minProperties: numberOrUndefined(schema["minProperties"]),
          maxProperties: numberOrUndefined(schema["maxProperties"]),
          patternProperties: isObject(schema["patternProperties"]) ? Object.entries(schema["patternProperties"]).map(([pattern, part]) => ({ pattern, schema: this.child(part, at, "patternProperties", pattern) })) : [],
        });
      }
      case "boolean":
        return this.annotated(schema, at, { kind: "boolean" });
      default:
        return this.annotated(schema, at, { kind: "null" });
    }
  }
}

/** A `oneOf`/`anyOf` whose every alternative only lists required members. */
function presenceRules(schema: JsonSchema): ObjectNode["presence"] {
  for (const [keyword, exclusive] of [
    ["oneOf", true],
    ["anyOf", false],
  ] as const) {
    const alternatives = schema[keyword];
    if (!Array.isArray(alternatives) || alternatives.length === 0) continue;
    if (alternatives.every((alternative) => isObject(alternative) && Array.isArray(alternative["required"]) && Object.keys(alternative).every((key) => key === "required"))) {
      return { exclusive, alternatives: alternatives.map((alternative) => (alternative as { required: string[] }).required) };
    }
  }
  return undefined;
}

/**
 * Reads a spec's definitions (`api.schemaDefs`) into a tree, each node placed by `sources`. Every call
 * reads anew: the model builds its tree once (`api.schema`, see withSchemaTree) and every consumer
 * reads that one, so there is no cache to go stale.
 */
export function schemaTree(defs: Record<string, JsonSchema>, sources: SchemaSources = NO_SOURCES): SchemaTree {
  const placer = new NodePlacer(sources);
  const reader = new TreeReader(placer);
  const definitions = new Map<string, SchemaNode>();
  for (const [name, schema] of Object.entries(defs)) {
    const pointer = `/$defs/${pointerToken(name)}`;
    definitions.set(name, reader.node(schema, { pointer, location: placer.definition(name, pointer) }));
  }
  const link = () => {
    for (const ref of reader.refs.splice(0)) ref.target = definitions.get(ref.name);
  };
  link();
  const roots = new Map(Object.entries(sources.roots).map(([file, root]) => [file, reader.node(root, { pointer: "", location: placer.root(file) })]));
  return new ReadTree(definitions, roots, placer, reader, link, sources);
}

/**
 * The tree as a class, its functions on the prototype and its reader in private fields: a
 * `structuredClone` of a model (tests make them) copies the nodes and throws nothing, and whoever
 * holds such a copy reads the tree again (withSchemaTree).
 */
class ReadTree implements SchemaTree {
  readonly #placer: NodePlacer;
  readonly #reader: TreeReader;
  readonly #link: () => void;
  readonly #sources: SchemaSources;

  constructor(
    readonly definitions: ReadonlyMap<string, SchemaNode>,
    readonly roots: ReadonlyMap<string, SchemaNode>,
    placer: NodePlacer,
    reader: TreeReader,
    link: () => void,
    sources: SchemaSources,
  ) {
    this.#placer = placer;
    this.#reader = reader;
    this.#link = link;
    this.#sources = sources;
  }

  get sources(): SchemaSources {
    return this.#sources;
  }

  /** A graph: JSON.stringify (the `ir` command) leaves it out of the model it prints. */
  toJSON(): undefined {
    return undefined;
  }

  locate(pointer: string): NodeLocation {
    return this.#placer.locate(pointer);
  }

  definition(name: string): SchemaNode {
    const node = this.definitions.get(name);
    if (!node) throw new Error(`no schema definition ${name}`);
    return node;
  }

  read(schema: JsonSchema): SchemaNode {
    const node = this.#reader.node(schema, { pointer: "", location: this.#placer.fragment() });
    this.#link();
    return node;
  }
}

/**
 * The model with its schema tree read from its `schemaDefs`, as `api.schema`. The tree is a graph of
 * nodes (a recursive definition refers to itself): `JSON.stringify` (the `ir` command) leaves it out
 * (its `toJSON`), the validators' worker is posted the model without it, and a `structuredClone`
 * copies its nodes but not its reader. A spread keeps it, so `{ ...api, methods }` is still a model.
 * Whoever receives a copy, or edits `schemaDefs` after the model was built (tests do), reads the tree
 * again with this.
 */
export function withSchemaTree<T extends Omit<Api, "schema">>(api: T, sources: SchemaSources = NO_SOURCES): T & Api {
  return attachSchemaTree(api, schemaTree(api.schemaDefs, sources));
}

/** The model with `tree` (read from its `schemaDefs`) as its `schema`: see withSchemaTree. */
export function attachSchemaTree<T extends Omit<Api, "schema">>(api: T, tree: SchemaTree): T & Api {
  Object.defineProperty(api, "schema", { value: tree, enumerable: true, configurable: true, writable: false });
  return api as T & Api;
}

/**
 * Where a keyword of a node stands, for a report that points at it: the pointer of the first of
 * `keywords` its schema writes, else the node's own. (The tree's reader is the one place that asks
 * what a schema writes.)
 */
export function keywordPointer(node: SchemaNode, ...keywords: string[]): string {
  const keyword = keywords.find((candidate) => Object.hasOwn(node.raw, candidate));
  return keyword === undefined ? node.pointer : `${node.pointer}/${keyword}`;
}

/** Where an enum's value (by its index) or a const stands. */
export function valuePointer(node: SchemaNode, index: number): string {
  return node.kind === "enum" && Array.isArray(node.raw["enum"]) ? `${node.pointer}/enum/${index}` : keywordPointer(node, "const");
}

/** The node a chain of references ends at (the node itself when it is no reference); `any` for a dangling or circular chain. */
export function resolved(node: SchemaNode): Exclude<SchemaNode, RefNode> {
  let current: SchemaNode | undefined = node;
  for (let hops = 0; current?.kind === "ref" && hops < 32; hops++) current = current.target;
  if (current === undefined || current.kind === "ref") return { ...node, kind: "any" };
  return current;
}

/** The nodes directly inside this one (a reference's target is not inside it). */
export function childNodes(node: SchemaNode): SchemaNode[] {
  switch (node.kind) {
    case "array":
      return [...node.prefixItems, node.items];
    case "object":
      return [...node.properties.map((property) => property.schema), node.additionalProperties];
    case "union":
    case "intersection":
      return [...node.of];
    default:
      return [];
  }
}

/** Calls `visit` for every node inside this one, the sub-schemas the tree does not model included (`not`, `patternProperties`), each once, without following references. */
export function forEachNodeWithin(node: SchemaNode, visit: (node: SchemaNode) => void, seen = new Set<SchemaNode>()): void {
  if (seen.has(node)) return;
  seen.add(node);
  visit(node);
  for (const child of [...childNodes(node), ...(node.unmodelledParts ?? [])]) forEachNodeWithin(child, visit, seen);
}

/** Calls `visit` for this node and every node inside it, each once, without following references. */
export function forEachNode(node: SchemaNode, visit: (node: SchemaNode) => void, seen = new Set<SchemaNode>()): void {
  if (seen.has(node)) return;
  seen.add(node);
  visit(node);
  for (const child of childNodes(node)) forEachNode(child, visit, seen);
}

/** Whether a value of this schema is a JSON-RPC `null`-able: a union with a `null` member. */
export function allowsNull(node: SchemaNode, seen = new Set<SchemaNode>()): boolean {
  const target = resolved(node);
  if (seen.has(target)) return false;
  seen.add(target);
  return target.kind === "null" || (target.kind === "union" && target.of.some((member) => allowsNull(member, seen)));
}

/**
 * What a value must satisfy all of: the node's target, or the parts of its intersection, each
 * resolved and nested intersections flattened; each once, so a definition that includes itself ends.
 */
export function intersectionParts(node: SchemaNode, seen = new Set<SchemaNode>()): Exclude<SchemaNode, RefNode | IntersectionNode>[] {
  const target = resolved(node);
  if (seen.has(target)) return [];
  seen.add(target);
  return target.kind === "intersection" ? target.of.flatMap((part) => intersectionParts(part, seen)) : [target];
}

/** Whether `part` of an intersection was read from the intersection's own schema (a `$ref`'s sibling constraints), not from an `allOf` entry. */
export function isOwnPart(part: SchemaNode, whole: SchemaNode): boolean {
  return part.raw === whole.raw;
}

/** The nodes of an object's properties (a params object, a dictionary), by name; empty when the node is no object. */
export function propertiesByName(node: SchemaNode): Map<string, SchemaNode> {
  const target = resolved(node);
  return new Map(target.kind === "object" ? target.properties.map((property) => [property.name, property.schema]) : []);
}
