/**
 * Changes of the schema between two versions, for every definition both have, read from the schema
 * tree: the two definitions' nodes are walked side by side (properties by name, items, union members
 * by what they are (see compareMembers), allOf parts by kind); a `$ref` to the same name is not
 * followed, each definition is compared on its own; one that names another definition is followed
 * into both (compareTargets).
 *
 * A narrower schema (a lower maximum, a higher minLength, a new or changed pattern or format, a
 * `multipleOf` that is not a divisor of the old one, `uniqueItems` added, an enum value removed, a
 * value no longer the const, a property made required, a type that accepts less, a union member
 * removed) can refuse what the old version accepted, so it is breaking; a wider one is compatible.
 * The same rule for params and results: a device answering with a value an app was told could not
 * occur breaks that app as surely as a refused request breaks the device's callers.
 *
 * An enum value added is compatible, in results too, as compare.ts classes a WebIDL enum's: an app
 * must read a value it does not know as it reads a member it does not know (a `switch` over an enum
 * needs a default branch). Classing it breaking would make every new radio technology a breaking
 * release; an app that validates results with an older spec's validators refuses such a value, and
 * should update with the device.
 *
 * Properties of an object the WebIDL does not describe (an envelope, a schema-only definition, an
 * object inline in a property) are compared here: a property removed is breaking (an app reading it
 * gets nothing; a caller sending it is refused where additionalProperties is false, and ignored
 * elsewhere), an optional property added compatible, a required one added breaking. Whether an
 * object is part of params or of a result is not known here (one definition can be reached from
 * both, and from a callback's payload), and it need not be: the rule is the one compare.ts applies
 * to a WebIDL dictionary's fields. Where params and results would part, the class is the
 * conservative one: a required property added to a result costs an app nothing but breaks every
 * device that does not send it yet, so it is breaking, as "required field added" is.
 *
 * `additionalProperties` becoming false (from absent, true or a schema) narrows; false becoming
 * anything else widens; a sub-schema is compared as any other node (absent or true to a schema is a
 * type narrowed). A property added where the old version held unknown members to a sub-schema is
 * also compared with that sub-schema.
 *
 * What the WebIDL says is compared in compare.ts, from the model, and not again here: the top level
 * of each WebIDL type (a dictionary's or params object's members and which are required, an enum
 * type's values) and the type of each member, param, typedef, result and callback payload. Where
 * compare.ts reported a type change, the schema below that place follows the type and is not
 * compared; an integer's range is compared here only where its WebIDL type stayed the same (a `bars`
 * of 0-5 becoming 0-4).
 */
import { MAX_BYTES_KEYWORD } from "../model/schema-keywords.js";
import { keywordPointer, valuePointer, type ObjectNode, type RefNode, type SchemaNode } from "../model/schema-tree.js";
import type { ApiChange } from "./compare.js";

/** What compare.ts reports from the WebIDL, so that a change is not reported twice. */
export interface WebIdlPlaces {
  /** Definitions whose top level the WebIDL describes: dictionaries, params objects, enums. */
  roots: ReadonlySet<string>;
  /** Places whose WebIDL type compare.ts reported changed: "RFInfo.maxDataRateDL", "CMAPI_WLAN_Connect.params.ssid", a typedef's name. */
  typeChanged: ReadonlySet<string>;
}

/** A count's bounds; a number's range is compared on its own (compareRange), each side as one bound. */
type CountBound = "minLength" | "maxLength" | "minItems" | "maxItems" | "minProperties" | "maxProperties";
type RangeKeyword = "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum";
/** Keywords whose smaller value accepts less, and whose larger value accepts less. */
const UPPER_BOUNDS: readonly CountBound[] = ["maxLength", "maxItems", "maxProperties"];
const LOWER_BOUNDS: readonly CountBound[] = ["minLength", "minItems", "minProperties"];

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
const kindText = (node: SchemaNode): string => (node.kind === "union" ? node.of.map(kindText).join(" or ") : node.kind === "const" ? `const ${text(node.value)}` : node.kind === "ref" ? node.name : node.kind);

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
  /** Pairs of differently named definitions already compared through a `$ref` (compareTargets). */
  private readonly followed = new Set<string>();

  constructor(
    private readonly changes: ApiChange[],
    private readonly webIdl: WebIdlPlaces,
  ) {}

  /** A keyword's change, shown at `at` (a pointer in the new version: where the keyword is, else its schema). */
  private change(breaking: boolean, what: string, subject: string, detail: string, at: string): void {
    this.changes.push({ breaking, kind: `${what} ${breaking ? "narrowed" : "widened"}`, subject, detail, place: { version: "new", pointer: at } });
  }

  compare(before: SchemaNode, after: SchemaNode, subject: string, root: boolean): void {
    if (this.webIdl.typeChanged.has(subject)) return;
    if (before.kind === "intersection" || after.kind === "intersection") {
      this.compareParts(parts(before), parts(after), subject, root, after.pointer);
      return;
    }
    // A union on one side only (`$ref` or null, then the `$ref` alone): its members, where the kinds alone cannot tell.
    const union = before.kind === "union" ? before : after.kind === "union" ? after : undefined;
    if (union && before.kind !== after.kind && kindCovers(after, before) === undefined) {
      this.compareMembers(members(before), members(after), subject, union.keyword, union === before ? "before" : "after");
      return;
    }
    if (before.kind === "ref" && after.kind === "ref") {
      this.compareTargets(before, after, subject);
      return;
    }
    if (before.kind === "ref" || after.kind === "ref") return;
    if (before.kind !== after.kind) {
      this.compareKinds(before, after, subject, root);
      return;
    }
    switch (before.kind) {
      case "string":
      case "array":
      case "object":
        this.compareCounts(before, after as typeof before, subject, after);
        break;
      case "integer":
      case "number":
        this.compareRange(before, after as typeof before, subject, before.kind === "integer", after);
        break;
    }
    switch (before.kind) {
      case "string": {
        const next = after as typeof before;
        if (before.pattern !== next.pattern) this.change(next.pattern !== undefined, "pattern", subject, `${text(before.pattern)} → ${text(next.pattern)}`, keywordPointer(next, "pattern"));
        if (before.format !== next.format) this.change(next.format !== undefined, "format", subject, `${text(before.format)} → ${text(next.format)}`, keywordPointer(next, "format"));
        if (before.maxBytes !== next.maxBytes) {
          const narrowed = next.maxBytes !== undefined && (before.maxBytes === undefined || next.maxBytes < before.maxBytes);
          this.change(narrowed, MAX_BYTES_KEYWORD, subject, `${text(before.maxBytes)} → ${text(next.maxBytes)}`, keywordPointer(next, MAX_BYTES_KEYWORD));
        }
        break;
      }
      case "integer":
      case "number": {
        const next = after as typeof before;
        if (before.multipleOf !== next.multipleOf) {
          // A multiple of 0.5 is a multiple of 0.1: a divisor of the old step accepts more.
          const wider = next.multipleOf === undefined || (before.multipleOf !== undefined && Math.abs(before.multipleOf / next.multipleOf - Math.round(before.multipleOf / next.multipleOf)) < 1e-9);
          this.change(!wider, "multipleOf", subject, `${text(before.multipleOf)} → ${text(next.multipleOf)}`, keywordPointer(next, "multipleOf"));
        }
        break;
      }
      case "array": {
        const next = after as typeof before;
        if (before.uniqueItems !== next.uniqueItems) this.change(next.uniqueItems, "uniqueItems", subject, `${before.uniqueItems} → ${next.uniqueItems}`, keywordPointer(next, "uniqueItems"));
        before.prefixItems.forEach((item, index) => next.prefixItems[index] && this.compare(item, next.prefixItems[index], `${subject}/prefixItems/${index}`, false));
        this.compare(before.items, next.items, `${subject}/items`, false);
        break;
      }
      case "object":
        this.compareProperties(before, after as typeof before, subject, root);
        this.compareAdditionalProperties(before, after as typeof before, subject);
        break;
      case "const":
      case "enum":
        if (!root) this.compareValues(before, after, subject);
        break;
      case "union":
        this.compareMembers(before.of, (after as typeof before).of, subject, (after as typeof before).keyword);
        break;
    }
  }

  /**
   * A `$ref` that names another definition: the two definitions are compared here, at the reference
   * (a definition renamed is no change, one swapped for a narrower is). A reference to the same name
   * is not followed: that definition is compared on its own. Each pair once, so that two recursive
   * definitions end.
   */
  private compareTargets(before: RefNode, after: RefNode, subject: string): void {
    const pair = `${before.name} → ${after.name}`;
    if (before.name === after.name || !before.target || !after.target || this.followed.has(pair)) return;
    this.followed.add(pair);
    this.compare(before.target, after.target, subject, false);
  }

  /**
   * Properties by name. Of the objects the WebIDL describes (`root`: a dictionary, a params object)
   * compare.ts reports the members added, removed, made required or optional; of every other object
   * (an envelope, a schema-only definition, an object inline in a property) they are reported here,
   * by the rule in the module's comment.
   */
  private compareProperties(before: ObjectNode, after: ObjectNode, subject: string, root: boolean): void {
    const next = new Map(after.properties.map((property) => [property.name, property]));
    const old = new Set(before.properties.map((property) => property.name));
    for (const property of before.properties) {
      const now = next.get(property.name);
      if (!now) {
        if (!root) this.changes.push({ breaking: true, kind: "property removed", subject, detail: property.name, place: { version: "old", pointer: property.schema.pointer } });
        continue;
      }
      if (!root && property.required !== now.required) {
        this.changes.push({ breaking: now.required, kind: now.required ? "property made required" : "property made optional", subject, detail: property.name, place: { version: "new", pointer: now.schema.pointer } });
      }
      this.compare(property.schema, now.schema, `${subject}.${property.name}`, false);
    }
    if (root) return;
    for (const property of after.properties) {
      if (old.has(property.name)) continue;
      this.changes.push({ breaking: property.required, kind: property.required ? "required property added" : "optional property added", subject, detail: property.name, place: { version: "new", pointer: property.schema.pointer } });
      // The old version held a member of that name to its additionalProperties schema; a named property's own schema may accept less.
      if (isSubSchema(before.additionalProperties)) this.compare(before.additionalProperties, property.schema, `${subject}.${property.name}`, false);
    }
  }

  /** `additionalProperties`: becoming false narrows, ceasing to be false widens, a sub-schema is compared as any node. */
  private compareAdditionalProperties(before: ObjectNode, after: ObjectNode, subject: string): void {
    const [old, next] = [before.additionalProperties, after.additionalProperties];
    if (old.kind === next.kind && !isSubSchema(old)) return;
    if (old.kind === "never" || next.kind === "never") {
      this.change(next.kind === "never", "additionalProperties", subject, `${additionalText(old)} → ${additionalText(next)}`, keywordPointer(after, "additionalProperties"));
      return;
    }
    this.compare(old, next, `${subject}/additionalProperties`, false);
  }

  /**
   * Union members, matched by what they are rather than where they stand, so that a member inserted
   * is one member added, not every member after it changed: a `$ref` by the name it refers to, a
   * `const` by its value, any other kind by kind (among several of one kind, the same title first,
   * then for objects the most property names in common, then the order). A member that has no
   * counterpart in the new version is removed (breaking: a value only it accepted is now refused),
   * one that has none in the old version added (compatible).
   */
  private compareMembers(before: readonly SchemaNode[], after: readonly SchemaNode[], subject: string, keyword: string, numberedIn: "before" | "after" = "after"): void {
    const { pairs, removed, added } = pairMembers(before, after);
    // A pair is named by its place in the version that has the union (the new one, when both have).
    for (const [old, next] of pairs) this.compare(old, next, `${subject}/${keyword}/${numberedIn === "after" ? after.indexOf(next) : before.indexOf(old)}`, false);
    for (const member of removed) this.changes.push({ breaking: true, kind: "union member removed", subject, detail: `${keyword}/${before.indexOf(member)}: ${kindText(member)}`, place: { version: "old", pointer: member.pointer } });
    for (const member of added) this.changes.push({ breaking: false, kind: "union member added", subject, detail: `${keyword}/${after.indexOf(member)}: ${kindText(member)}`, place: { version: "new", pointer: member.pointer } });
  }

  /**
   * The parts of an intersection (`{ "$ref": "#/$defs/Ssid", "minLength": 1 }` is a reference and a
   * string), matched by kind: a part only one side has is compared with a part that constrains nothing,
   * so that a `minLength` put beside a `$ref` is a narrowing.
   */
  private compareParts(before: SchemaNode[], after: SchemaNode[], subject: string, root: boolean, afterPointer: string): void {
    const counterpart = (part: SchemaNode, among: SchemaNode[]) => among.find((candidate) => candidate.kind === part.kind && (part.kind !== "ref" || (candidate.kind === "ref" && candidate.name === part.name)));
    for (const part of after) this.compare(counterpart(part, before) ?? unconstrained(part), part, subject, root);
    // A part the new version lacks: its stand-in is at the new version's schema, where what changed is shown.
    for (const part of before) if (!counterpart(part, after)) this.compare(part, { ...unconstrained(part), pointer: afterPointer }, subject, root);
  }

  private compareCounts(before: Partial<Record<CountBound, number>>, after: Partial<Record<CountBound, number>>, subject: string, node: SchemaNode): void {
    for (const [keywords, narrower] of [
      [UPPER_BOUNDS, (from: number, to: number) => to < from],
      [LOWER_BOUNDS, (from: number, to: number) => to > from],
    ] as const) {
      for (const keyword of keywords) {
        const [from, to] = [before[keyword], after[keyword]];
        if (from === to) continue;
        this.change(to !== undefined && (from === undefined || narrower(from, to)), keyword, subject, `${text(from)} → ${text(to)}`, keywordPointer(node, keyword));
      }
    }
  }

  /**
   * A number's range, each side as one bound: `maximum: 10` and `exclusiveMaximum: 11` say the same of
   * an integer, and a schema giving both is bound by the tighter. Keyword by keyword, moving from one
   * to the other read as a narrowing.
   */
  private compareRange(before: Partial<Record<RangeKeyword, number>>, after: Partial<Record<RangeKeyword, number>>, subject: string, integer: boolean, node: SchemaNode): void {
    for (const side of ["upper", "lower"] as const) {
      const [from, to] = [rangeBound(before, side, integer), rangeBound(after, side, integer)];
      if (from === undefined && to === undefined) continue;
      if (from !== undefined && to !== undefined && from.value === to.value && from.exclusive === to.exclusive) continue;
      const tighter = (a: RangeBound, b: RangeBound) => (side === "upper" ? a.value < b.value : a.value > b.value) || (a.value === b.value && a.exclusive && !b.exclusive);
      const at = side === "upper" ? keywordPointer(node, "maximum", "exclusiveMaximum") : keywordPointer(node, "minimum", "exclusiveMinimum");
      this.change(to !== undefined && (from === undefined || tighter(to, from)), side === "upper" ? "maximum" : "minimum", subject, `${boundText(from)} → ${boundText(to)}`, at);
    }
  }

  /** Enum values and consts: a value removed narrows, one added widens (see the module's comment). */
  private compareValues(before: SchemaNode, after: SchemaNode, subject: string): void {
    const [old, next] = [values(before) ?? [], values(after) ?? []];
    const has = (list: readonly unknown[], value: unknown) => list.some((candidate) => JSON.stringify(candidate) === JSON.stringify(value));
    if (before.kind === "const" && after.kind === "const") {
      if (!has(next, before.value)) this.change(true, "const", subject, `${text(before.value)} → ${text(after.value)}`, keywordPointer(after, "const"));
      return;
    }
    for (const [index, value] of old.entries()) if (!has(next, value)) this.changes.push({ breaking: true, kind: "enum value removed", subject, detail: text(value), place: { version: "old", pointer: valuePointer(before, index) } });
    for (const [index, value] of next.entries()) if (!has(old, value)) this.changes.push({ breaking: false, kind: "enum value added", subject, detail: text(value), place: { version: "new", pointer: valuePointer(after, index) } });
  }

  /** Kinds that differ: an enum for a const, a union for a string, another type. */
  private compareKinds(before: SchemaNode, after: SchemaNode, subject: string, root: boolean): void {
    if (values(before) && values(after)) {
      if (!root) this.compareValues(before, after, subject);
      return;
    }
    const covers = kindCovers(after, before);
    if (covers === undefined) return;
    this.change(!covers, "type", subject, `${kindText(before)} → ${kindText(after)}`, after.pointer);
  }
}

const parts = (node: SchemaNode) => (node.kind === "intersection" ? [...node.of] : [node]);
const members = (node: SchemaNode): readonly SchemaNode[] => (node.kind === "union" ? node.of : [node]);
/** An `additionalProperties` that is a schema of its own, neither true (or absent) nor false. */
const isSubSchema = (node: SchemaNode) => node.kind !== "any" && node.kind !== "never";
const additionalText = (node: SchemaNode) => (node.kind === "never" ? "false" : node.kind === "any" ? "true" : kindText(node));

/** Which members of two unions are one member in two versions (see compareMembers), and which are only in one. */
function pairMembers(before: readonly SchemaNode[], after: readonly SchemaNode[]): { pairs: [SchemaNode, SchemaNode][]; removed: SchemaNode[]; added: SchemaNode[] } {
  const unpaired = [...before];
  const pairs: [SchemaNode, SchemaNode][] = [];
  const added: SchemaNode[] = [];
  const identity = (node: SchemaNode) => (node.kind === "ref" ? `ref ${node.name}` : node.kind === "const" ? `const ${text(node.value)}` : node.kind);
  const names = (node: SchemaNode) => new Set(node.kind === "object" ? node.properties.map((property) => property.name) : []);
  const shared = (a: SchemaNode, b: SchemaNode) => [...names(a)].filter((name) => names(b).has(name)).length;
  for (const member of after) {
    const candidates = unpaired.filter((candidate) => identity(candidate) === identity(member));
    const titled = member.title ? candidates.find((candidate) => candidate.title === member.title) : undefined;
    const best = titled ?? candidates.reduce<SchemaNode | undefined>((chosen, candidate) => (chosen === undefined || shared(candidate, member) > shared(chosen, member) ? candidate : chosen), undefined);
    if (best === undefined) added.push(member);
    else {
      pairs.push([best, member]);
      unpaired.splice(unpaired.indexOf(best), 1);
    }
  }
  return { pairs, removed: unpaired, added };
}

interface RangeBound {
  value: number;
  exclusive: boolean;
}

/** One side of a number's range: the tighter of its inclusive and exclusive keywords. */
function rangeBound(node: Partial<Record<RangeKeyword, number>>, side: "upper" | "lower", integer: boolean): RangeBound | undefined {
  const upper = side === "upper";
  let inclusive = upper ? node.maximum : node.minimum;
  let exclusive = upper ? node.exclusiveMaximum : node.exclusiveMinimum;
  if (integer && exclusive !== undefined) {
    // For an integer, `< 11` is `<= 10`.
    const asInclusive = upper ? Math.ceil(exclusive) - 1 : Math.floor(exclusive) + 1;
    inclusive = inclusive === undefined ? asInclusive : upper ? Math.min(inclusive, asInclusive) : Math.max(inclusive, asInclusive);
    exclusive = undefined;
  }
  if (inclusive === undefined) return exclusive === undefined ? undefined : { value: exclusive, exclusive: true };
  if (exclusive === undefined) return { value: inclusive, exclusive: false };
  const exclusiveIsTighter = upper ? exclusive <= inclusive : exclusive >= inclusive;
  return exclusiveIsTighter ? { value: exclusive, exclusive: true } : { value: inclusive, exclusive: false };
}

function boundText(bound: RangeBound | undefined): string {
  return bound === undefined ? "none" : bound.exclusive ? `exclusive ${bound.value}` : String(bound.value);
}

/** The node of the same kind without its constraints: what a part that one version lacks is compared with. */
function unconstrained(node: SchemaNode): SchemaNode {
  const none = { minLength: undefined, maxLength: undefined, maxBytes: undefined, pattern: undefined, format: undefined };
  switch (node.kind) {
    case "string":
      return { ...node, ...none };
    case "integer":
    case "number":
      return { ...node, minimum: undefined, maximum: undefined, exclusiveMinimum: undefined, exclusiveMaximum: undefined, multipleOf: undefined };
    case "array":
      return { ...node, minItems: undefined, maxItems: undefined, uniqueItems: false, items: { ...node.items, kind: "any" }, prefixItems: [] };
    case "object":
      return { ...node, minProperties: undefined, maxProperties: undefined, properties: [], additionalProperties: { ...node.additionalProperties, kind: "any" } };
    default:
      return node;
  }
}

/** Compares one definition's two versions, adding what changed to `changes`. */
export function compareConstraints(name: string, before: SchemaNode, after: SchemaNode, changes: ApiChange[], webIdl: WebIdlPlaces): void {
  new ConstraintWalk(changes, webIdl).compare(before, after, name, webIdl.roots.has(name));
}
