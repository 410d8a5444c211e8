/**
 * Where the things lint rules talk about stand in the spec files, and which rules their ignore
 * comments switch off. A subject has a WebIDL place (file, line and column of its name) when the
 * WebIDL declares it, and a schema place (file and JSON pointer) when the schema defines it; a
 * finding is shown at the first, and an ignore at either silences it.
 *
 * Ignores: in WebIDL a comment on its own line before the definition or member,
 * `// opencmapi-gen-lint-ignore RULE_ID[, RULE_ID...]: reason`; in the schema
 * `"x-cmapi-lint-ignore": ["RULE_ID: reason"]` on the schema object. An ignore on a definition
 * covers its members (an interface's: its functions and their params; a schema object's: every
 * schema inside it).
 */
import { positionOf } from "../diagnostics.js";
import type { SpecTexts } from "../load.js";
import { tokensOf, type WithTokens } from "../model/idl-reader.js";
import { pointerToken } from "../model/schema-keywords.js";
import { isObject } from "../model/schema-walk.js";
import { locatePointer } from "../parse/json-pointer.js";
import { parseJson } from "../parse/json.js";
import { parseWebIdl } from "../parse/webidl.js";
import type { Subject } from "./finding.js";

export interface Place {
  file: string;
  line?: number;
  column?: number;
  pointer?: string;
  sourceLine?: string;
}

/** One rule id named by an ignore, where it was written. */
export interface IgnoreEntry {
  rule: string;
  reason: string;
  place: Place;
}

export interface SpecPlaces {
  /** Where a finding about the subject is shown: its WebIDL place, else its schema place. */
  locate(subject: Subject): Place | undefined;
  /** The rules that ignores on the subject, or on what contains it, switch off. */
  ignoredRules(subject: Subject): ReadonlySet<string>;
  /** Every ignore written in the spec; `problem` when one is malformed. */
  ignores: (IgnoreEntry & { problem?: string })[];
}

export const IGNORE_COMMENT = "opencmapi-gen-lint-ignore";
export const IGNORE_KEYWORD = "x-cmapi-lint-ignore";

const subjectKey = (subject: Subject): string => {
  switch (subject.kind) {
    case "param":
      return `param ${subject.function} ${subject.name}`;
    case "function-error":
      return `function-error ${subject.function} ${subject.code}`;
    case "member":
      return `member ${subject.type} ${subject.name}`;
    case "enum-value":
      return `enum-value ${subject.type} ${subject.value}`;
    case "error-code":
      return `error-code ${subject.index}`;
    default:
      return `${subject.kind} ${subject.name}`;
  }
};

export function specPlaces(texts: SpecTexts): SpecPlaces {
  const ignores: SpecPlaces["ignores"] = [];
  const idl = idlPlaces(texts, ignores);
  const schema = schemaPlaces(texts, ignores);
  // Finding a pointer's line reads the schema text from its start: once per subject is enough.
  const inSchema = new Map<string, Located | undefined>();
  const schemaPlace = (subject: Subject) => {
    const key = subjectKey(subject);
    if (!inSchema.has(key)) inSchema.set(key, schema.locate(subject));
    return inSchema.get(key);
  };
  return {
    locate: (subject) => idl.get(subjectKey(subject))?.place ?? schemaPlace(subject)?.place,
    ignoredRules: (subject) => new Set([...(idl.get(subjectKey(subject))?.ignored ?? []), ...(schemaPlace(subject)?.ignored ?? [])]),
    ignores,
  };
}

interface Located {
  place: Place;
  ignored: ReadonlySet<string>;
}

/** A webidl2 token, with the text it stands for. */
interface SourceToken {
  index: number;
  line: number;
  trivia: string;
  value: string;
}

/** "RULE_A, RULE_B: why" → the ids and the reason. */
function readIgnore(text: string): { rules: string[]; reason: string } {
  const colon = text.indexOf(":");
  const ids = colon === -1 ? text : text.slice(0, colon);
  return { rules: ids.split(/[\s,]+/).filter(Boolean), reason: colon === -1 ? "" : text.slice(colon + 1).trim() };
}

function idlPlaces(texts: SpecTexts, ignores: SpecPlaces["ignores"]): Map<string, Located> {
  const places = new Map<string, Located>();
  for (const { file, text } of texts.idl) {
    const ast = parseWebIdl(text, file);
    const source = (ast[0] as { source?: SourceToken[] } | undefined)?.source ?? [];
    // Where each token's text starts: the tokens and their trivia are the whole file, in order.
    const starts: number[] = [];
    let offset = 0;
    for (const token of source) {
      starts.push(offset + token.trivia.length);
      offset += token.trivia.length + token.value.length;
    }
    const placeOf = (token: SourceToken | undefined): Place => {
      if (!token) return { file };
      const { line, column, sourceLine } = positionOf(text, starts[token.index]!);
      return { file, line, column, sourceLine };
    };
    // Every ignore comment of the file; those no definition or member claims are reported as misplaced.
    const comments = new Map<number, { rules: string[]; reason: string; place: Place; claimed: boolean }>();
    for (const token of source) {
      // Comments are in the trivia; a `//` inside a block comment is prose.
      const trivia = token.trivia.replace(/\/\*[\s\S]*?\*\//g, (block) => " ".repeat(block.length));
      for (const match of trivia.matchAll(new RegExp(`//[ \\t]*${IGNORE_COMMENT}\\b([^\\n]*)`, "g"))) {
        const offset = starts[token.index]! - token.trivia.length + match.index;
        const at = positionOf(text, offset);
        comments.set(offset, { ...readIgnore(match[1]!.trim()), place: { file, line: at.line, column: at.column, sourceLine: at.sourceLine }, claimed: false });
      }
    }
    /** The rule ids of the ignore comments on their own lines before the token. */
    const ignoredBefore = (token: SourceToken | undefined): string[] => {
      if (!token) return [];
      const triviaStart = starts[token.index]! - token.trivia.length;
      const found: string[] = [];
      for (const match of token.trivia.matchAll(new RegExp(`(^|\\n)[ \\t]*//[ \\t]*${IGNORE_COMMENT}\\b`, "g"))) {
        // A comment that ends the previous token's line belongs to that line, not to what follows.
        if (match[1] === "" && triviaStart !== 0) continue;
        const comment = comments.get(triviaStart + match.index + match[0].indexOf("//"));
        if (!comment) continue;
        comment.claimed = true;
        found.push(...comment.rules);
      }
      return found;
    };
    const nameToken = (node: unknown) => (node as { tokens?: { name?: SourceToken } }).tokens?.name;
    /** The ignores before a definition or member: before its first token, or any token up to its name (after its extended attributes, say). */
    const ignoredOn = (node: unknown): string[] => {
      const name = nameToken(node);
      return (tokensOf(node as WithTokens) as SourceToken[]).filter((token) => name === undefined || token.index <= name.index).flatMap(ignoredBefore);
    };
    const add = (key: string, token: SourceToken | undefined, ignored: readonly string[]) => {
      if (!places.has(key)) places.set(key, { place: placeOf(token), ignored: new Set(ignored) });
    };

    for (const definition of ast) {
      const own = ignoredOn(definition);
      switch (definition.type) {
        case "interface":
          for (const member of definition.members) {
            if (member.type !== "operation" || !member.name) continue;
            const onFunction = [...own, ...ignoredOn(member)];
            add(`function ${member.name}`, nameToken(member), onFunction);
            for (const argument of member.arguments) add(`param ${member.name} ${argument.name}`, nameToken(argument), [...onFunction, ...ignoredOn(argument)]);
            const errors = member.extAttrs.find((attribute) => attribute.name === "Errors")?.rhs?.value;
            if (Array.isArray(errors)) {
              for (const item of errors as { value: string; tokens?: { value?: SourceToken } }[]) add(`function-error ${member.name} ${Number(item.value)}`, item.tokens?.value, onFunction);
            }
          }
          break;
        case "callback":
          add(`callback ${definition.name}`, nameToken(definition), own);
          break;
        case "dictionary":
          if (!definition.partial) add(`type ${definition.name}`, nameToken(definition), own);
          for (const member of definition.members) add(`member ${definition.name} ${member.name}`, nameToken(member), [...own, ...ignoredOn(member)]);
          break;
        case "enum":
          add(`type ${definition.name}`, nameToken(definition), own);
          for (const value of definition.values) {
            const token = (value as unknown as { tokens: { value: SourceToken } }).tokens.value;
            add(`enum-value ${definition.name} ${value.value}`, token, [...own, ...ignoredBefore(token)]);
          }
          break;
        case "typedef":
          add(`type ${definition.name}`, nameToken(definition), own);
          break;
        default:
          break;
      }
    }
    for (const { rules, reason, place, claimed } of comments.values()) {
      if (!claimed) ignores.push({ rule: "", reason, place, problem: `this ${IGNORE_COMMENT} comment applies to nothing: write it on its own line before a definition, member, argument or enum value` });
      else if (rules.length === 0) ignores.push({ rule: "", reason, place, problem: `${IGNORE_COMMENT} names no rule (write "// ${IGNORE_COMMENT} RULE_ID: reason")` });
      for (const rule of claimed ? rules : []) ignores.push({ rule, reason, place });
    }
  }
  return places;
}

interface SchemaFile {
  file: string;
  text: string;
  value: unknown;
}

/** The path of a subject in the schema, under `$defs`; the last step of an enum value is found by its value. */
function schemaPath(subject: Subject): (string | { enumValue: string })[] | undefined {
  switch (subject.kind) {
    case "function":
      return [`${subject.name}.params`];
    case "param":
      return [`${subject.function}.params`, "properties", subject.name];
    case "callback":
      return [`${subject.name}.payload`];
    case "type":
      return [subject.name];
    case "member":
      return [subject.type, "properties", subject.name];
    case "enum-value":
      return [subject.type, "enum", { enumValue: subject.value }];
    default:
      return undefined;
  }
}

/** Keywords whose value is a map of names or a list of schemas (or values), not a schema. */
const CONTAINERS = new Set(["$defs", "properties", "patternProperties", "anyOf", "oneOf", "allOf", "prefixItems", "enum"]);

function schemaPlaces(texts: SpecTexts, ignores: SpecPlaces["ignores"]): { locate(subject: Subject): Located | undefined } {
  const files: SchemaFile[] = texts.schema.map(({ file, text }) => ({ file, text, value: parseJson(text, file) }));
  for (const schema of files) collectSchemaIgnores(schema, ignores);

  const located = (schema: SchemaFile, segments: string[], ignored: string[]): Located => {
    const pointer = `/${segments.map(pointerToken).join("/")}`;
    const position = locatePointer(schema.text, pointer);
    return { place: { file: schema.file, pointer, ...(position ?? {}) }, ignored: new Set(ignored) };
  };
  /** Follows the path in one file: how far it got, and the ignores on the schemas along the way. */
  const walk = (schema: SchemaFile, path: (string | { enumValue: string })[]) => {
    let node: unknown = schema.value;
    // Steps alternate between a schema's keyword and, inside a map or list keyword, a name or index.
    let atSchema = true;
    const segments: string[] = [];
    const ignored: string[] = [...ignoreList(node)];
    for (const step of ["$defs", ...path]) {
      let key: string;
      if (typeof step === "string") key = step;
      else {
        const index = Array.isArray(node) ? node.indexOf(step.enumValue) : -1;
        if (index === -1) break;
        key = String(index);
      }
      const next: unknown = Array.isArray(node) ? node[Number(key)] : isObject(node) && Object.hasOwn(node, key) ? node[key] : undefined;
      if (next === undefined) break;
      segments.push(key);
      atSchema = !atSchema || !CONTAINERS.has(key);
      if (atSchema) ignored.push(...ignoreList(next));
      node = next;
    }
    return { segments, ignored, complete: segments.length === path.length + 1 };
  };

  const errorCodeRow = (index: number): Located | undefined => {
    let before = 0;
    for (const schema of files) {
      const table = isObject(schema.value) && isObject(schema.value["$defs"]) ? schema.value["$defs"]["ErrorCode"] : undefined;
      const rows = isObject(table) && Array.isArray(table["anyOf"]) ? (table["anyOf"] as unknown[]) : [];
      if (index < before + rows.length) return located(schema, ["$defs", "ErrorCode", "anyOf", String(index - before)], [...ignoreList(schema.value), ...ignoreList(table), ...ignoreList(rows[index - before])]);
      before += rows.length;
    }
    return undefined;
  };

  return {
    locate(subject) {
      if (subject.kind === "error-code") return errorCodeRow(subject.index);
      const path = schemaPath(subject);
      if (!path) return undefined;
      // The file that holds the whole path (a vendor's partial definition holds its own members), else the one that holds most of it.
      let best: { schema: SchemaFile; walked: ReturnType<typeof walk> } | undefined;
      for (const schema of files) {
        const walked = walk(schema, path);
        if (walked.segments.length > 1 && (!best || walked.segments.length > best.walked.segments.length)) best = { schema, walked };
        if (walked.complete) break;
      }
      return best ? located(best.schema, best.walked.segments, best.walked.ignored) : undefined;
    },
  };
}

/** The rule ids of a schema object's x-cmapi-lint-ignore ("RULE_ID" or "RULE_ID: reason"). */
function ignoreList(node: unknown): string[] {
  const list = isObject(node) ? node[IGNORE_KEYWORD] : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => (typeof item === "string" ? readIgnore(item).rules : []));
}

/** Every x-cmapi-lint-ignore of a file, with its place, for the check that each names a rule. */
function collectSchemaIgnores(schema: SchemaFile, ignores: SpecPlaces["ignores"]): void {
  const visit = (node: unknown, pointer: string) => {
    if (Array.isArray(node)) node.forEach((item, index) => visit(item, `${pointer}/${index}`));
    if (!isObject(node)) return;
    for (const [key, child] of Object.entries(node)) {
      const at = `${pointer}/${pointerToken(key)}`;
      if (key !== IGNORE_KEYWORD) {
        visit(child, at);
        continue;
      }
      const place = { file: schema.file, pointer: at, ...(locatePointer(schema.text, at) ?? {}) };
      if (!Array.isArray(child) || !child.every((item) => typeof item === "string")) {
        ignores.push({ rule: "", reason: "", place, problem: `${IGNORE_KEYWORD} must be a list of rule ids, each optionally followed by ": reason"` });
        continue;
      }
      for (const item of child) {
        const { rules, reason } = readIgnore(item);
        if (rules.length === 0) ignores.push({ rule: "", reason, place, problem: `an ${IGNORE_KEYWORD} entry names no rule` });
        for (const rule of rules) ignores.push({ rule, reason, place });
      }
    }
  };
  visit(schema.value, "");
}
