/**
 * What a schema node constrains beyond its WebIDL type, in plain words, for the references (the
 * Markdown and HTML docs): "1-32 characters", "pattern `^[0-9]{4,16}$`", "0-100", "1-8 items,
 * unique", "write-only: results never carry it". An integer's range is said only where it is narrower
 * than its WebIDL type's own; a `$ref` beside its own constraints (`{ "$ref": "#/$defs/Ssid",
 * "minLength": 1 }`) says the constraints of both parts, merged. A plain `$ref` says nothing: the
 * named type's own section does. The phrases are segments of text and code, so that each reference
 * writes code its own way (backticks, `<code>`).
 */
import type { TypeRef } from "../model/api.js";
import { resolved, type ArrayNode, type NumberNode, type SchemaNode, type StringNode } from "../model/schema-tree.js";

/** Text, or a piece of code (a pattern, a value). */
export type Segment = string | { code: string };
export type Phrase = readonly Segment[];

const KIND_WORDS: Partial<Record<SchemaNode["kind"], string>> = { string: "a string", integer: "an integer", number: "a number", array: "an array", object: "an object", boolean: "a boolean", const: "a constant", enum: "a name" };

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** "1-32 characters", "at least 1 item", "exactly 8 characters". */
function countPhrase(minimum: number | undefined, maximum: number | undefined, word: string): string | undefined {
  if (minimum === undefined && maximum === undefined) return undefined;
  if (minimum !== undefined && minimum === maximum) return `exactly ${plural(minimum, word)}`;
  if (minimum !== undefined && maximum !== undefined) return `${minimum}-${plural(maximum, word)}`;
  if (minimum !== undefined) return minimum === 0 ? undefined : `at least ${plural(minimum, word)}`;
  return `at most ${plural(maximum!, word)}`;
}

/** "0-100", "-156 to -44", "at least 0, less than 360", "more than 0". */
function rangePhrase(node: Pick<NumberNode, "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum">): string | undefined {
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = node;
  if (minimum !== undefined && maximum !== undefined) return minimum >= 0 ? `${minimum}-${maximum}` : `${minimum} to ${maximum}`;
  const lower = minimum !== undefined ? `at least ${minimum}` : exclusiveMinimum !== undefined ? `more than ${exclusiveMinimum}` : undefined;
  const upper = maximum !== undefined ? `at most ${maximum}` : exclusiveMaximum !== undefined ? `less than ${exclusiveMaximum}` : undefined;
  const parts = [lower, upper].filter((part) => part !== undefined);
  return parts.length > 0 ? parts.join(", ") : undefined;
}

function stringPhrases(node: StringNode): Phrase[] {
  const phrases: Phrase[] = [];
  const length = countPhrase(node.minLength, node.maxLength, "character");
  if (length) phrases.push([length]);
  if (node.pattern !== undefined) phrases.push(["pattern ", { code: node.pattern }]);
  if (node.format !== undefined) phrases.push(["format ", { code: node.format }]);
  if (node.raw["contentEncoding"] === "base64") phrases.push(["base64 text"]);
  return phrases;
}

/** The range of a number, or of an integer when it is narrower than its WebIDL type's. */
function numberPhrases(node: NumberNode, type: TypeRef | undefined): Phrase[] {
  const phrases: Phrase[] = [];
  const idlRange = type?.kind === "integer" ? type : undefined;
  const narrower =
    !idlRange || node.exclusiveMinimum !== undefined || node.exclusiveMaximum !== undefined || (node.minimum !== undefined && node.minimum > idlRange.minimum) || (node.maximum !== undefined && node.maximum < idlRange.maximum);
  const range = narrower ? rangePhrase(node) : undefined;
  if (range) phrases.push([range]);
  if (node.multipleOf !== undefined) phrases.push([`a multiple of ${node.multipleOf}`]);
  return phrases;
}

function arrayPhrases(node: ArrayNode, type: TypeRef | undefined): Phrase[] {
  const phrases: Phrase[] = [];
  const count = countPhrase(node.minItems, node.maxItems, "item");
  if (count) phrases.push([count]);
  if (node.uniqueItems) phrases.push(["no duplicates"]);
  const items = shapePhrases(node.items, type?.kind === "array" ? type.items : undefined);
  if (items.length > 0) phrases.push(["each item: ", ...items.flatMap((phrase, index) => (index === 0 ? phrase : [", ", ...phrase]))]);
  return phrases;
}

/** Which union member a TypeRef member describes: the one of the same JSON kind. */
function memberType(node: SchemaNode, type: TypeRef | undefined): TypeRef | undefined {
  if (type?.kind !== "union") return type;
  const kind = resolved(node).kind;
  return type.of.find((member) => member.kind === kind);
}

/** The nodes an intersection is made of, references followed, nested intersections flattened. */
function intersectionParts(node: SchemaNode, seen = new Set<SchemaNode>()): SchemaNode[] {
  if (seen.has(node)) return [];
  seen.add(node);
  const target = resolved(node);
  return target.kind === "intersection" ? target.of.flatMap((part) => intersectionParts(part, seen)) : [target];
}

const lowest = (values: (number | undefined)[]) => (values.some((value) => value !== undefined) ? Math.min(...values.filter((value) => value !== undefined)) : undefined);
const highest = (values: (number | undefined)[]) => (values.some((value) => value !== undefined) ? Math.max(...values.filter((value) => value !== undefined)) : undefined);

/** The parts of an intersection read as one: every part's strings give one string (the tightest lengths, every pattern), and so on. */
function mergedPhrases(parts: SchemaNode[], type: TypeRef | undefined): Phrase[] {
  const strings = parts.filter((part): part is StringNode => part.kind === "string");
  const numbers = parts.filter((part): part is NumberNode => part.kind === "integer" || part.kind === "number");
  const others = parts.filter((part) => !strings.includes(part as StringNode) && !numbers.includes(part as NumberNode));
  const phrases: Phrase[] = [];
  if (strings.length > 0) {
    const length = countPhrase(highest(strings.map((part) => part.minLength)), lowest(strings.map((part) => part.maxLength)), "character");
    if (length) phrases.push([length]);
    for (const part of strings) phrases.push(...stringPhrases({ ...part, minLength: undefined, maxLength: undefined }));
  }
  if (numbers.length > 0) {
    const merged = {
      ...numbers[0]!,
      minimum: highest(numbers.map((part) => part.minimum)),
      maximum: lowest(numbers.map((part) => part.maximum)),
      exclusiveMinimum: highest(numbers.map((part) => part.exclusiveMinimum)),
      exclusiveMaximum: lowest(numbers.map((part) => part.exclusiveMaximum)),
      multipleOf: undefined,
    };
    phrases.push(...numberPhrases(merged, type), ...numbers.flatMap((part) => (part.multipleOf !== undefined ? [[`a multiple of ${part.multipleOf}`]] : [])));
  }
  for (const part of others) phrases.push(...shapePhrases(part, type));
  const seen = new Set<string>();
  return phrases.filter((phrase) => {
    const key = JSON.stringify(phrase);
    return !seen.has(key) && !!seen.add(key);
  });
}

/** What the node's value must be, beyond its type (no annotations). */
function shapePhrases(node: SchemaNode, type: TypeRef | undefined): Phrase[] {
  switch (node.kind) {
    case "string":
      return stringPhrases(node);
    case "integer":
    case "number":
      return numberPhrases(node, type);
    case "array":
      return arrayPhrases(node, type);
    case "const":
      return [["always ", { code: JSON.stringify(node.value) }]];
    case "enum":
      return [["one of ", ...node.values.flatMap((value, index) => [...(index === 0 ? [] : [", "]), { code: JSON.stringify(value) }])]];
    case "object": {
      const count = countPhrase(node.minProperties, node.maxProperties, "member");
      return count ? [[count]] : [];
    }
    case "union": {
      const members = node.of.filter((member) => resolved(member).kind !== "null");
      const described = members.map((member) => ({ member, phrases: shapePhrases(member, memberType(member, type)) })).filter((entry) => entry.phrases.length > 0);
      // Among several forms, say which one a constraint is of: "as a string, pattern ...".
      if (members.length === 1) return described.flatMap((entry) => entry.phrases);
      return described.map(({ member, phrases }) => [`as ${KIND_WORDS[resolved(member).kind] ?? "this form"}, `, ...phrases.flatMap((phrase, index) => (index === 0 ? phrase : [", ", ...phrase]))]);
    }
    case "intersection":
      return mergedPhrases(intersectionParts(node), type);
    default:
      return [];
  }
}

/**
 * The constraints a reader needs besides the WebIDL type `type` (the type of the param, member or
 * typedef the node is the schema of), and whether it is write-only, read-only or deprecated.
 */
export function constraintPhrases(node: SchemaNode, type?: TypeRef): Phrase[] {
  const phrases = shapePhrases(node, type);
  if (node.writeOnly) phrases.push(["write-only: results never carry it"]);
  if (node.readOnly) phrases.push(["read-only: the device sets it"]);
  if (node.deprecated) phrases.push(["deprecated"]);
  return phrases;
}

/** The schema's `default`, as a phrase: "default `true`". */
export function defaultPhrase(node: SchemaNode): Phrase | undefined {
  return node.default === undefined ? undefined : ["default ", { code: JSON.stringify(node.default.value) }];
}

/** Code in Markdown: backticks enough to hold any the code has (a pattern may). */
function markdownCode(code: string): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longest + 1);
  return longest > 0 || code.startsWith(" ") || code.endsWith(" ") ? `${fence} ${code} ${fence}` : `${fence}${code}${fence}`;
}

/** A phrase in Markdown (not yet escaped for a table cell). */
export function phraseMarkdown(phrase: Phrase): string {
  return phrase.map((segment) => (typeof segment === "string" ? segment : markdownCode(segment.code))).join("");
}

/** Phrases in Markdown, joined: "1-32 characters; pattern `^a$`". */
export function phrasesMarkdown(phrases: readonly Phrase[]): string {
  return phrases.map(phraseMarkdown).join("; ");
}
