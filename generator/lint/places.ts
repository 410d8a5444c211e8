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
import type { IdlSourceFile, IdlToken, IdlTokens } from "../model/idl-source.js";
import type { Api } from "../model/api.js";
import { callbackPayloadDef, methodParamsDef } from "../model/schema-keywords.js";
import { forEachNodeWithin, isOwnPart, type NodeLocation, type PropertyNode, type SchemaNode, type SchemaTree, type UnionNode } from "../model/schema-tree.js";
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

/**
 * The places of the spec's subjects, read from the model: the schema side from its schema tree, whose
 * nodes know where they were written; the WebIDL side from its `idlSources`, the tokens the reader
 * kept (the ignore comments live in their trivia), and `texts` for the line shown with a place.
 */
export function specPlaces(api: Api, texts: SpecTexts): SpecPlaces {
  const ignores: SpecPlaces["ignores"] = [];
  const idl = idlPlaces(api.idlSources ?? [], texts, ignores);
  const schema = schemaPlaces(api.schema, ignores);
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

/** "RULE_A, RULE_B: why" → the ids and the reason. */
function readIgnore(text: string): { rules: string[]; reason: string } {
  const colon = text.indexOf(":");
  const ids = colon === -1 ? text : text.slice(0, colon);
  return { rules: ids.split(/[\s,]+/).filter(Boolean), reason: colon === -1 ? "" : text.slice(colon + 1).trim() };
}

function idlPlaces(sources: readonly IdlSourceFile[], texts: SpecTexts, ignores: SpecPlaces["ignores"]): Map<string, Located> {
  const places = new Map<string, Located>();
  sources.forEach(({ file, tokens, definitions }, index) => {
    // The model's sources are the files in the order read: the same as the texts'.
    const text = (texts.idl[index]?.file === file ? texts.idl[index] : texts.idl.find((candidate) => candidate.file === file))?.text ?? "";
    // Where each token's text starts: the tokens and their trivia are the whole file, in order.
    const starts: number[] = [];
    let offset = 0;
    for (const token of tokens) {
      starts.push(offset + token.trivia.length);
      offset += token.trivia.length + token.value.length;
    }
    const placeOf = (token: IdlToken | undefined): Place => {
      if (!token) return { file };
      const { line, column, sourceLine } = positionOf(text, starts[token.index]!);
      return { file, line, column, sourceLine };
    };
    // Every ignore comment of the file; those no definition or member claims are reported as misplaced.
    const comments = new Map<number, { rules: string[]; reason: string; place: Place; claimed: boolean }>();
    for (const token of tokens) {
      // Comments are in the trivia; a `//` inside a block comment is prose.
      const trivia = token.trivia.replace(/\/\*[\s\S]*?\*\//g, (block) => " ".repeat(block.length));
      for (const match of trivia.matchAll(new RegExp(`//[ \\t]*${IGNORE_COMMENT}\\b([^\\n]*)`, "g"))) {
        const offset = starts[token.index]! - token.trivia.length + match.index;
        const at = positionOf(text, offset);
        comments.set(offset, { ...readIgnore(match[1]!.trim()), place: { file, line: at.line, column: at.column, sourceLine: at.sourceLine }, claimed: false });
      }
    }
    /** The rule ids of the ignore comments on their own lines before the token. */
    const ignoredBefore = (token: IdlToken | undefined): string[] => {
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
    /** The ignores before a definition or member: before its first token, or any token up to its name (after its extended attributes, say). */
    const ignoredOn = ({ at, own }: IdlTokens): string[] => own.filter((token) => at === undefined || token.index <= at.index).flatMap(ignoredBefore);
    const add = (key: string, token: IdlToken | undefined, ignored: readonly string[]) => {
      if (!places.has(key)) places.set(key, { place: placeOf(token), ignored: new Set(ignored) });
    };

    for (const definition of definitions) {
      const own = ignoredOn(definition);
      switch (definition.kind) {
        case "interface":
          for (const operation of definition.operations) {
            const onFunction = [...own, ...ignoredOn(operation)];
            add(`function ${operation.name}`, operation.at, onFunction);
            for (const argument of operation.args) add(`param ${operation.name} ${argument.name}`, argument.at, [...onFunction, ...ignoredOn(argument)]);
            for (const error of operation.errors) add(`function-error ${operation.name} ${error.code}`, error.at, onFunction);
          }
          break;
        case "callback":
          add(`callback ${definition.name}`, definition.at, own);
          break;
        case "dictionary":
          if (!definition.partial) add(`type ${definition.name}`, definition.at, own);
          for (const member of definition.members) add(`member ${definition.name} ${member.name}`, member.at, [...own, ...ignoredOn(member)]);
          break;
        case "enum":
          add(`type ${definition.name}`, definition.at, own);
          for (const value of definition.values) add(`enum-value ${definition.name} ${value.value}`, value.at, [...own, ...ignoredBefore(value.at)]);
          break;
        case "alias":
          add(`type ${definition.name}`, definition.at, own);
          break;
      }
    }
    for (const { rules, reason, place, claimed } of comments.values()) {
      if (!claimed) ignores.push({ rule: "", reason, place, problem: `this ${IGNORE_COMMENT} comment applies to nothing: write it on its own line before a definition, member, argument or enum value` });
      else if (rules.length === 0) ignores.push({ rule: "", reason, place, problem: `${IGNORE_COMMENT} names no rule (write "// ${IGNORE_COMMENT} RULE_ID: reason")` });
      for (const rule of claimed ? rules : []) ignores.push({ rule, reason, place });
    }
  });
  return places;
}

/** The node of a subject in the schema tree, and the schema nodes along the way to it (whose ignores cover it). */
function schemaNodeOf(tree: SchemaTree, subject: Subject): { node: SchemaNode; path: SchemaNode[]; pointer?: string } | undefined {
  const definition = (name: string) => tree.definitions.get(name);
  const member = (name: string, property: string) => {
    const owner = definition(name);
    if (!owner) return undefined;
    const found = ownProperties(owner).find((candidate) => candidate.name === property);
    return found ? { node: found.schema, path: [owner, found.schema] } : { node: owner, path: [owner] };
  };
  switch (subject.kind) {
    case "function":
    case "callback":
    case "type": {
      const name = subject.kind === "function" ? methodParamsDef(subject.name) : subject.kind === "callback" ? callbackPayloadDef(subject.name) : subject.name;
      const node = definition(name);
      return node ? { node, path: [node] } : undefined;
    }
    case "param":
      return member(methodParamsDef(subject.function), subject.name);
    case "member":
      return member(subject.type, subject.name);
    case "enum-value": {
      const node = definition(subject.type);
      if (!node) return undefined;
      const index = node.kind === "enum" ? node.values.indexOf(subject.value) : -1;
      return { node, path: [node], ...(index === -1 ? {} : { pointer: `${node.pointer}/enum/${index}` }) };
    }
    case "error-code": {
      const table = definition("ErrorCode");
      const row = table ? ownUnion(table)?.of[subject.index] : undefined;
      return table && row ? { node: row, path: [table, row] } : undefined;
    }
    default:
      return undefined;
  }
}

/** The properties the schema object itself lists (`properties`), whatever its parts beside them. */
function ownProperties(node: SchemaNode): readonly PropertyNode[] {
  const object = node.kind === "object" ? node : node.kind === "intersection" ? node.of.find((part) => part.kind === "object" && isOwnPart(part, node)) : undefined;
  return object?.kind === "object" ? object.properties : [];
}

/** The union (`anyOf`, `oneOf`) the schema object itself writes. */
function ownUnion(node: SchemaNode): UnionNode | undefined {
  if (node.kind === "union") return node;
  const part = node.kind === "intersection" ? node.of.find((candidate) => candidate.kind === "union" && isOwnPart(candidate, node)) : undefined;
  return part?.kind === "union" ? part : undefined;
}

function placeOfLocation(location: NodeLocation): Place {
  const { file, pointer, line, column, sourceLine } = location;
  return { file, pointer, ...(line !== undefined ? { line, column } : {}), ...(sourceLine !== undefined ? { sourceLine } : {}) };
}

function schemaPlaces(tree: SchemaTree, ignores: SpecPlaces["ignores"]): { locate(subject: Subject): Located | undefined } {
  collectSchemaIgnores(tree, ignores);
  return {
    locate(subject) {
      const found = schemaNodeOf(tree, subject);
      if (!found) return undefined;
      const location = found.pointer !== undefined ? tree.locate(found.pointer) : found.node.location;
      const root = tree.roots.get(location.file);
      const ignored = [...(root ? ignoreList(root) : []), ...found.path.flatMap(ignoreList)];
      return { place: placeOfLocation(location), ignored: new Set(ignored) };
    },
  };
}

/** The rule ids of a schema object's x-cmapi-lint-ignore ("RULE_ID" or "RULE_ID: reason"). */
function ignoreList(node: SchemaNode): string[] {
  const list = node.extensions[IGNORE_KEYWORD];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => (typeof item === "string" ? readIgnore(item).rules : []));
}

/**
 * Every x-cmapi-lint-ignore of the spec, with its place, for the check that each names a rule. Read
 * from the nodes' keywords, so that a property named x-cmapi-lint-ignore is a property, not an ignore.
 */
function collectSchemaIgnores(tree: SchemaTree, ignores: SpecPlaces["ignores"]): void {
  // The nodes of one schema object (a `$ref` beside constraints is several) share its keywords: each object once.
  const seen = new Set<unknown>();
  const visit = (node: SchemaNode) => {
    if (seen.has(node.raw) || !(IGNORE_KEYWORD in node.extensions)) return;
    seen.add(node.raw);
    const list = node.extensions[IGNORE_KEYWORD];
    const place = placeOfLocation(node.location.at(IGNORE_KEYWORD));
    if (!Array.isArray(list) || !list.every((item) => typeof item === "string")) {
      ignores.push({ rule: "", reason: "", place, problem: `${IGNORE_KEYWORD} must be a list of rule ids, each optionally followed by ": reason"` });
      return;
    }
    for (const item of list) {
      const { rules, reason } = readIgnore(item);
      if (rules.length === 0) ignores.push({ rule: "", reason, place, problem: `an ${IGNORE_KEYWORD} entry names no rule` });
      for (const rule of rules) ignores.push({ rule, reason, place });
    }
  };
  const walked = new Set<SchemaNode>();
  for (const root of tree.roots.values()) visit(root);
  for (const definition of tree.definitions.values()) forEachNodeWithin(definition, visit, walked);
}
