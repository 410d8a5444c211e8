/**
 * Changes of the schema between two versions, for every definition both have, read from the schema
 * tree: the two definitions' nodes are walked side by side (properties by name, items, union and
 * allOf members by index); a `$ref` is not followed, each definition is compared on its own.
 *
 * A narrower schema (a lower maximum, a higher minLength, a new or changed pattern or format, a
 * `multipleOf` that is not a divisor of the old one, `uniqueItems` added, an enum value removed, a
 * value no longer the const, a property made required, a type that accepts less) can refuse what the
 * old version accepted, so it is breaking; a wider one is compatible. The same rule for params and
 * results: a device answering with a value an app was told could not occur breaks that app as surely
 * as a refused request breaks the device's callers.
 *
 * An enum value added is compatible, in results too, as compare.ts classes a WebIDL enum's: an app
 * must read a value it does not know as it reads a member it does not know (a `switch` over an enum
 * needs a default branch). Classing it breaking would make every new radio technology a breaking
 * release; an app that validates results with an older spec's validators refuses such a value, and
 * should update with the device.
 *
 * What the WebIDL says is compared in compare.ts, from the model, and not again here: the top level
 * of each WebIDL type (a dictionary's or params object's members and which are required, an enum
 * type's values) and the type of each member, param and typedef. Where compare.ts reported a type
 * change, the schema below that place follows the type and is not compared; an integer's range is
 * compared here only where its WebIDL type stayed the same (a `bars` of 0-5 becoming 0-4).
 */
import type { SchemaNode } from "../model/schema-tree.js";
import type { ApiChange } from "./compare.js";

/** What compare.ts reports from the WebIDL, so that a change is not reported twice. */
export interface WebIdlPlaces {
  /** Definitions whose top level the WebIDL describes: dictionaries, params objects, enums. */
  roots: ReadonlySet<string>;
  /** Places whose WebIDL type compare.ts reported changed: "RFInfo.maxDataRateDL", "CMAPI_WLAN_Connect.params.ssid", a typedef's name. */
  typeChanged: ReadonlySet<string>;
}

type Bound = "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum" | "minLength" | "maxLength" | "minItems" | "maxItems" | "minProperties" | "maxProperties";
/** Keywords whose smaller value accepts less, and whose larger value accepts less. */
const UPPER_BOUNDS: readonly Bound[] = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"];
const LOWER_BOUNDS: readonly Bound[] = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"];

const JSON_TYPES = ["string", "integer", "number", "boolean", "null", "array", "object"] as const;
type JsonType = (typeof JSON_TYPES)[number];

function jsonTypeOf(value: unknown): JsonType {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value as JsonType;
}

/** The JSON types a node's values may have; undefined when that needs a reference followed. */
function jsonTypes(node: SchemaNode): Set<JsonType> | undefined {
  switch (node.kind) {
    case "ref":
      return undefined;
    case "any":
      return new Set(JSON_TYPES);
    case "never":
      return new Set();
    case "const":
      return new Set([jsonTypeOf(node.value)]);
    case "enum":
      return new Set(node.values.map(jsonTypeOf));
    case "union": {
      const members = node.of.map(jsonTypes);
      return members.every((member) => member !== undefined) ? new Set(members.flatMap((member) => [...member])) : undefined;
    }
    case "intersection":
      return undefined;
    case "number":
      return new Set(["number", "integer"]);
    default:
      return new Set([node.kind]);
  }
}

const text = (value: unknown) => JSON.stringify(value) ?? "none";
const values = (node: SchemaNode) => (node.kind === "enum" ? node.values : node.kind === "const" ? [node.value] : undefined);
const kindText = (node: SchemaNode): string => (node.kind === "union" ? node.of.map(kindText).join(" or ") : node.kind === "const" ? `const ${text(node.value)}` : node.kind);

/** Whether `after` accepts every value of `before`, judged from their kinds; undefined when that cannot be told without following a reference. */
function kindCovers(after: SchemaNode, before: SchemaNode): boolean | undefined {
  const [old, next] = [jsonTypes(before), jsonTypes(after)];
  if (old === undefined || next === undefined) return undefined;
  const allowed = values(after);
  const listed = values(before);
  if (allowed) return listed !== undefined && listed.every((value) => allowed.some((candidate) => JSON.stringify(candidate) === JSON.stringify(value)));
  if (listed) return listed.every((value) => next.has(jsonTypeOf(value)) || (jsonTypeOf(value) === "integer" && next.has("number")));
  return [...old].every((type) => next.has(type) || (type === "integer" && next.has("number")));
}

class ConstraintWalk {
  constructor(
    private readonly changes: ApiChange[],
    private readonly webIdl: WebIdlPlaces,
  ) {}

  private change(breaking: boolean, what: string, subject: string, detail: string): void {
    this.changes.push({ breaking, kind: `${what} ${breaking ? "narrowed" : "widened"}`, subject, detail });
  }

  compare(before: SchemaNode, after: SchemaNode, subject: string, root: boolean): void {
    if (this.webIdl.typeChanged.has(subject)) return;
    if (before.kind === "intersection" || after.kind === "intersection") {
      this.compareParts(parts(before), parts(after), subject, root);
      return;
    }
    if (before.kind === "ref" || after.kind === "ref") return;
    if (before.kind !== after.kind) {
      this.compareKinds(before, after, subject, root);
      return;
    }
    switch (before.kind) {
      case "string":
      case "integer":
      case "number":
      case "array":
      case "object":
        this.compareBounds(before, after as typeof before, subject);
        break;
    }
    switch (before.kind) {
      case "string": {
        const next = after as typeof before;
        if (before.pattern !== next.pattern) this.change(next.pattern !== undefined, "pattern", subject, `${text(before.pattern)} → ${text(next.pattern)}`);
        if (before.format !== next.format) this.change(next.format !== undefined, "format", subject, `${text(before.format)} → ${text(next.format)}`);
        break;
      }
      case "integer":
      case "number": {
        const next = after as typeof before;
        if (before.multipleOf !== next.multipleOf) {
          // A multiple of 0.5 is a multiple of 0.1: a divisor of the old step accepts more.
          const wider = next.multipleOf === undefined || (before.multipleOf !== undefined && Math.abs(before.multipleOf / next.multipleOf - Math.round(before.multipleOf / next.multipleOf)) < 1e-9);
          this.change(!wider, "multipleOf", subject, `${text(before.multipleOf)} → ${text(next.multipleOf)}`);
        }
        break;
      }
      case "array": {
        const next = after as typeof before;
        if (before.uniqueItems !== next.uniqueItems) this.change(next.uniqueItems, "uniqueItems", subject, `${before.uniqueItems} → ${next.uniqueItems}`);
        before.prefixItems.forEach((item, index) => next.prefixItems[index] && this.compare(item, next.prefixItems[index], `${subject}/prefixItems/${index}`, false));
        this.compare(before.items, next.items, `${subject}/items`, false);
        break;
      }
      case "object": {
        const next = new Map((after as typeof before).properties.map((property) => [property.name, property]));
        for (const property of before.properties) {
          const now = next.get(property.name);
          if (!now) continue;
          // The WebIDL's members say which are required (compare.ts); an object it does not describe says it here.
          if (!root && property.required !== now.required) {
            this.changes.push({ breaking: now.required, kind: now.required ? "property made required" : "property made optional", subject, detail: property.name });
          }
          this.compare(property.schema, now.schema, `${subject}.${property.name}`, false);
        }
        break;
      }
      case "const":
      case "enum":
        if (!root) this.compareValues(before, after, subject);
        break;
      case "union": {
        const next = after as typeof before;
        const keyword = Array.isArray(before.raw["type"]) ? "type" : before.exclusive ? "oneOf" : "anyOf";
        before.of.forEach((member, index) => next.of[index] && this.compare(member, next.of[index], `${subject}/${keyword}/${index}`, false));
        break;
      }
    }
  }

  /**
   * The parts of an intersection (`{ "$ref": "#/$defs/Ssid", "minLength": 1 }` is a reference and a
   * string), matched by kind: a part only one side has is compared with a part that constrains nothing,
   * so that a `minLength` put beside a `$ref` is a narrowing.
   */
  private compareParts(before: SchemaNode[], after: SchemaNode[], subject: string, root: boolean): void {
    const counterpart = (part: SchemaNode, among: SchemaNode[]) => among.find((candidate) => candidate.kind === part.kind && (part.kind !== "ref" || (candidate.kind === "ref" && candidate.name === part.name)));
    for (const part of after) this.compare(counterpart(part, before) ?? unconstrained(part), part, subject, root);
    for (const part of before) if (!counterpart(part, after)) this.compare(part, unconstrained(part), subject, root);
  }

  private compareBounds(before: Partial<Record<Bound, number>>, after: Partial<Record<Bound, number>>, subject: string): void {
    for (const [keywords, narrower] of [
      [UPPER_BOUNDS, (from: number, to: number) => to < from],
      [LOWER_BOUNDS, (from: number, to: number) => to > from],
    ] as const) {
      for (const keyword of keywords) {
        const [from, to] = [before[keyword], after[keyword]];
        if (from === to) continue;
        this.change(to !== undefined && (from === undefined || narrower(from, to)), keyword, subject, `${text(from)} → ${text(to)}`);
      }
    }
  }

  /** Enum values and consts: a value removed narrows, one added widens (see the module's comment). */
  private compareValues(before: SchemaNode, after: SchemaNode, subject: string): void {
    const [old, next] = [values(before) ?? [], values(after) ?? []];
    const has = (list: readonly unknown[], value: unknown) => list.some((candidate) => JSON.stringify(candidate) === JSON.stringify(value));
    if (before.kind === "const" && after.kind === "const") {
      if (!has(next, before.value)) this.change(true, "const", subject, `${text(before.value)} → ${text(after.value)}`);
      return;
    }
    for (const value of old) if (!has(next, value)) this.changes.push({ breaking: true, kind: "enum value removed", subject, detail: text(value) });
    for (const value of next) if (!has(old, value)) this.changes.push({ breaking: false, kind: "enum value added", subject, detail: text(value) });
  }

  /** Kinds that differ: an enum for a const, a union for a string, another type. */
  private compareKinds(before: SchemaNode, after: SchemaNode, subject: string, root: boolean): void {
    if (values(before) && values(after)) {
      if (!root) this.compareValues(before, after, subject);
      return;
    }
    const covers = kindCovers(after, before);
    if (covers === undefined) return;
    this.change(!covers, "type", subject, `${kindText(before)} → ${kindText(after)}`);
  }
}

const parts = (node: SchemaNode) => (node.kind === "intersection" ? [...node.of] : [node]);

/** The node of the same kind without its constraints: what a part that one version lacks is compared with. */
function unconstrained(node: SchemaNode): SchemaNode {
  const none = { minLength: undefined, maxLength: undefined, pattern: undefined, format: undefined };
  switch (node.kind) {
    case "string":
      return { ...node, ...none };
    case "integer":
    case "number":
      return { ...node, minimum: undefined, maximum: undefined, exclusiveMinimum: undefined, exclusiveMaximum: undefined, multipleOf: undefined };
    case "array":
      return { ...node, minItems: undefined, maxItems: undefined, uniqueItems: false, items: { ...node.items, kind: "any" }, prefixItems: [] };
    case "object":
      return { ...node, minProperties: undefined, maxProperties: undefined, properties: [] };
    default:
      return node;
  }
}

/** Compares one definition's two versions, adding what changed to `changes`. */
export function compareConstraints(name: string, before: SchemaNode, after: SchemaNode, changes: ApiChange[], webIdl: WebIdlPlaces): void {
  new ConstraintWalk(changes, webIdl).compare(before, after, name, webIdl.roots.has(name));
}
