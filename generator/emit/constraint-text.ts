/**
 * What a schema node constrains beyond its WebIDL type, in plain words, for the references (the
 * Markdown and HTML docs): "1-32 characters", "pattern `^[0-9]{4,16}$`", "0-100", "1-8 items,
 * unique", "write-only: results never carry it". An integer's range is said only where it is narrower
 * than its WebIDL type's own; a `$ref` beside its own constraints (`{ "$ref": "#/$defs/Ssid",
 * "minLength": 1 }`) says the constraints of both parts, merged. A plain `$ref` says nothing: the
 * named type's own section does. The phrases are segments of text and code, so that each reference
 * writes code its own way (backticks, `<code>`).
 */
import { markdownCode } from "./markdown.js";
import type { TypeRef } from "../model/api.js";
import { marksWriteOnly, mergedNumber, mergedString, type Bound, type MergedNumber, type MergedString } from "../model/merged-constraints.js";
import { intersectionParts, resolved, type ArrayNode, type NumberNode, type SchemaNode, type StringNode } from "../model/schema-tree.js";

/** Text, or a piece of code (a pattern, a value). */
export type Segment = string | { code: string };
export type Phrase = readonly Segment[];

const KIND_WORDS: Partial<Record<SchemaNode["kind"], string>> = { string: "a string", integer: "an integer", number: "a number", array: "an array", object: "an object", boolean: "a boolean", const: "a constant" };

/** What a union member is, for "as a string, ...": an enum is named by its values' type (an enum of names, of numbers). */
function kindWord(node: SchemaNode): string {
  const target = resolved(node);
  if (target.kind !== "enum") return KIND_WORDS[target.kind] ?? "this form";
  const types = new Set(target.values.map((value) => (value === null ? "null" : typeof value)));
  types.delete("null");
  if (types.size !== 1) return "a value";
  const type = [...types][0];
  return type === "string" ? "a name" : type === "number" ? "a number" : type === "boolean" ? "a boolean" : "a value";
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** "1-32 characters", "at least 1 item", "at most 1 item", "exactly 8 characters"; a minimum of 0 says nothing. */
function countPhrase(minimum: number | undefined, maximum: number | undefined, word: string): string | undefined {
  const least = minimum === 0 ? undefined : minimum;
  if (least === undefined && maximum === undefined) return undefined;
  if (least !== undefined && least === maximum) return `exactly ${plural(least, word)}`;
  // Here the maximum is above a minimum of at least 1, so the word is plural.
  if (least !== undefined && maximum !== undefined) return `${least}-${plural(maximum, word)}`;
  if (least !== undefined) return `at least ${plural(least, word)}`;
  return `at most ${plural(maximum!, word)}`;
}

/** "0-100", "-156 to -44", "at least 0, less than 360", "more than 0": the tighter bound on each side. */
function rangePhrase(lower: Bound | undefined, upper: Bound | undefined): string | undefined {
  if (lower && upper && !lower.exclusive && !upper.exclusive) return lower.value >= 0 ? `${lower.value}-${upper.value}` : `${lower.value} to ${upper.value}`;
  const parts = [lower && `${lower.exclusive ? "more than" : "at least"} ${lower.value}`, upper && `${upper.exclusive ? "less than" : "at most"} ${upper.value}`].filter((part) => part !== undefined);
  return parts.length > 0 ? parts.join(", ") : undefined;
}

function stringPhrases(string: MergedString): Phrase[] {
  const phrases: Phrase[] = [];
  const length = countPhrase(string.minLength, string.maxLength, "character");
  if (length) phrases.push([length]);
  // A character is 1 to 4 bytes: the bytes are what a driver checks, the characters what a form counts.
  if (string.maxBytes !== undefined) phrases.push([`at most ${plural(string.maxBytes, "byte")} in UTF-8`]);
  for (const pattern of string.patterns) phrases.push(["pattern ", { code: pattern }]);
  for (const format of string.formats) phrases.push(["format ", { code: format }]);
  if (string.contentEncodings.includes("base64")) phrases.push(["base64 text"]);
  return phrases;
}

/** The range of a number, or of an integer when it is narrower than its WebIDL type's; what it is a multiple of. */
function numberPhrases(number: MergedNumber, type: TypeRef | undefined): Phrase[] {
  const phrases: Phrase[] = [];
  const { lower, upper } = number;
  const idlRange = type?.kind === "integer" ? type : undefined;
  const narrower = !idlRange || lower?.exclusive || upper?.exclusive || (lower !== undefined && lower.value > idlRange.minimum) || (upper !== undefined && upper.value < idlRange.maximum);
  const range = narrower ? rangePhrase(lower, upper) : undefined;
  if (range) phrases.push([range]);
  if (number.multiples.length > 0) phrases.push([`a multiple of ${number.multiples.join(" and of ")}`]);
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

const isString = (part: SchemaNode): part is StringNode => part.kind === "string";
const isNumber = (part: SchemaNode): part is NumberNode => part.kind === "integer" || part.kind === "number";

/** The parts of an intersection read as one (model/merged-constraints.ts): one string's rules, one number's, then what each other part says. */
function mergedPhrases(parts: readonly SchemaNode[], type: TypeRef | undefined): Phrase[] {
  const strings = parts.filter(isString);
  const numbers = parts.filter(isNumber);
  const phrases: Phrase[] = [];
  if (strings.length > 0) phrases.push(...stringPhrases(mergedString(strings)));
  if (numbers.length > 0) phrases.push(...numberPhrases(mergedNumber(numbers), type));
  for (const part of parts) if (!isString(part) && !isNumber(part)) phrases.push(...shapePhrases(part, type));
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
      return stringPhrases(mergedString([node]));
    case "integer":
    case "number":
      return numberPhrases(mergedNumber([node]), type);
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
      return described.map(({ member, phrases }) => [`as ${kindWord(member)}, `, ...phrases.flatMap((phrase, index) => (index === 0 ? phrase : [", ", ...phrase]))]);
    }
    case "intersection":
      return mergedPhrases(
        intersectionParts(node).filter((part) => part.kind !== "any"),
        type,
      );
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
  if (marksWriteOnly(node)) phrases.push(["write-only: results never carry it"]);
  if (node.readOnly) phrases.push(["read-only: the device sets it"]);
  if (node.deprecated) phrases.push(["deprecated"]);
  return phrases;
}

/** The schema's `default`, as a phrase: "default `true`". */
export function defaultPhrase(node: SchemaNode): Phrase | undefined {
  return node.default === undefined ? undefined : ["default ", { code: JSON.stringify(node.default.value) }];
}

/** A phrase in Markdown (not yet escaped for a table cell). */
export function phraseMarkdown(phrase: Phrase): string {
  return phrase.map((segment) => (typeof segment === "string" ? segment : markdownCode(segment.code))).join("");
}

/** Phrases in Markdown, joined: "1-32 characters; pattern `^a$`". */
export function phrasesMarkdown(phrases: readonly Phrase[]): string {
  return phrases.map(phraseMarkdown).join("; ");
}
