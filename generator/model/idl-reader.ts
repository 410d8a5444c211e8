/**
 * Reads the parts of a webidl2 AST that the model needs: interfaces as groups, operations as
 * functions, callbacks, dictionaries, enums and typedefs, with their doc comments and lines; and, in
 * the same walk, the tokens lint and diff place them by (idl-source.ts).
 */
import type { IDLRootType, IDLTypeDescription } from "webidl2";
import type { Diagnostic } from "../diagnostics.js";
import type { TypeRef } from "./api.js";
import type { IdlDefinitionSource, IdlNamedTokens, IdlOperationSource, IdlSourceFile, IdlToken, IdlTokens } from "./idl-source.js";
import { toTypeRef } from "./idl-types.js";

export interface IdlArgument {
  name: string;
  type: TypeRef;
  optional: boolean;
  default?: unknown;
  /** The IDL type name, to recognise `ResultCallback`. */
  typeName: string;
  /** The doc comment before the argument. */
  description: string;
}

/** Where a definition stands: specs may come in several files (a vendor's beside the bundled one). */
export interface IdlPlace {
  file: string;
  line: number;
}

export interface IdlOperation extends IdlPlace {
  name: string;
  description: string;
  args: IdlArgument[];
  result: string | null;
  errors: number[];
  exclusive: boolean;
  /** `[Interim]`: may send interim responses before the final one. */
  interim: boolean;
  /** `[Access=...]` as written (checked against ACCESS_LEVELS by the cross-check); null when absent. */
  access: string | null;
  /** Extended attributes this project does not define (a misspelling, most likely). */
  unknownAttributes: string[];
}

export interface IdlInterface extends IdlPlace {
  name: string;
  /** `partial interface`: adds functions to an interface declared elsewhere, maybe in another file. */
  partial: boolean;
  /** `[Extension]`: a vendor's group, outside the SCR tables. */
  extension: boolean;
  section: string | null;
  description: string;
  operations: IdlOperation[];
  unknownAttributes: string[];
}

export interface IdlCallback extends IdlPlace {
  name: string;
  description: string;
  args: IdlArgument[];
  /** `[Access=...]` as written; null when absent. */
  access: string | null;
  unknownAttributes: string[];
}

export interface IdlMember {
  name: string;
  type: TypeRef;
  required: boolean;
  default?: unknown;
  description: string;
}

export type IdlNamedType = IdlPlace &
  (
    | { kind: "dictionary"; name: string; description: string; members: IdlMember[]; partial: boolean }
    | { kind: "enum"; name: string; description: string; values: string[]; valueDescriptions: string[] }
    | { kind: "alias"; name: string; description: string; type: TypeRef }
  );

export interface IdlDocument {
  file: string;
  interfaces: IdlInterface[];
  callbacks: IdlCallback[];
  types: IdlNamedType[];
  /** What the file says that the model cannot take (a generic type JSON has no form for); the merge reports it. */
  problems: Diagnostic[];
  /** Where the declarations stand, one per file read (the merge keeps every file's). */
  sources: IdlSourceFile[];
}

/** webidl2 keeps tokens (with their line and the comments before them) but does not type them. */
type WithTokens = { tokens?: Record<string, unknown>; extAttrs?: unknown; idlType?: unknown };

function tokensOf(node: WithTokens): IdlToken[] {
  const found: IdlToken[] = [];
  const collect = (tokens: unknown) => {
    if (!tokens || typeof tokens !== "object") return;
    for (const token of Object.values(tokens as Record<string, unknown>)) {
      if (token && typeof token === "object" && "index" in token && "trivia" in token) found.push(token as IdlToken);
    }
  };
  collect(node.tokens);
  collect((node.extAttrs as { tokens?: unknown } | undefined)?.tokens);
  collect((node.idlType as { tokens?: unknown } | undefined)?.tokens);
  return found.sort((a, b) => a.index - b.index);
}

/** A named node's name token and its own tokens: what its doc comment, line and ignore comments are read from. */
function declared(node: WithTokens, name: string): IdlNamedTokens {
  return { name, at: node.tokens?.["name"] as IdlToken | undefined, own: tokensOf(node) };
}

/** The `/** ... *\/` comment right before a definition or member (before its first token), as one line of text. */
function docComment({ own }: { own: readonly IdlToken[] }): string {
  const trivia = own[0]?.trivia ?? "";
  const match = /\/\*\*([\s\S]*?)\*\/\s*$/.exec(trivia);
  if (!match) return "";
  return match[1]!
    .split("\n")
    .map((line) => line.trim().replace(/^\*\s?/, ""))
    .filter((line) => line !== "")
    .join(" ");
}

/** The line of a node's name (of its first token when it has none). */
function lineOf({ at, own }: IdlTokens): number {
  return at?.line ?? own[0]?.line ?? 1;
}

interface ExtendedAttribute {
  name: string;
  rhs: { type: string; value: unknown } | null;
}

/** The extended attributes the conventions define (spec/README.md); any other is reported. */
export const INTERFACE_ATTRIBUTES = ["Exposed", "SCR", "Extension"] as const;
export const OPERATION_ATTRIBUTES = ["Result", "Errors", "Exclusive", "Interim", "Access"] as const;
export const CALLBACK_ATTRIBUTES = ["Access"] as const;

function unknownAttributes(node: { extAttrs: unknown }, known: readonly string[]): string[] {
  return (node.extAttrs as ExtendedAttribute[]).map((attribute) => attribute.name).filter((name) => !known.includes(name));
}

function extendedAttribute(node: { extAttrs: unknown }, name: string): ExtendedAttribute | undefined {
  return (node.extAttrs as ExtendedAttribute[]).find((attribute) => attribute.name === name);
}

/** `[Access=user]` gives "user"; `[Access]` or `[Access=(a, b)]` give text the cross-check refuses. */
function accessOf(node: { extAttrs: unknown }): string | null {
  const attribute = extendedAttribute(node, "Access");
  if (attribute === undefined) return null;
  const value = attribute.rhs?.value;
  return typeof value === "string" ? unquote(value) : "";
}

function defaultValue(value: unknown): unknown {
  if (!value || typeof value !== "object") return undefined;
  const { type, value: literal } = value as { type: string; value: unknown };
  switch (type) {
    case "sequence":
      return [];
    case "dictionary":
      return {};
    case "null":
      return null;
    case "number":
      return Number(literal);
    case "boolean":
      return literal;
    default:
      return literal;
  }
}

/** Reports a type the model cannot take, at a place, for `toTypeRef`. */
type Unsupported = (owner: string) => (text: string) => void;

type WebIdlArgument = { name: string; optional: boolean; idlType: IDLTypeDescription; default: unknown } & WithTokens;

function readArguments(args: readonly WebIdlArgument[], unsupported: Unsupported, owner: string, sources: IdlNamedTokens[]): IdlArgument[] {
  return args.map((arg) => {
    const tokens = declared(arg, arg.name);
    sources.push(tokens);
    const argument: IdlArgument = {
      name: arg.name,
      type: toTypeRef(arg.idlType, unsupported(`${owner}: parameter ${arg.name}`)),
      optional: arg.optional,
      typeName: typeof arg.idlType.idlType === "string" ? arg.idlType.idlType : "",
      description: docComment(tokens),
    };
    const value = defaultValue(arg.default);
    if (value !== undefined) argument.default = value;
    return argument;
  });
}

/** webidl2 puts the file's tokens on each definition, as `source`. */
function fileTokens(ast: readonly IDLRootType[]): readonly IdlToken[] {
  return (ast[0] as { source?: IdlToken[] } | undefined)?.source ?? [];
}

export function readIdl(ast: IDLRootType[], file: string): IdlDocument {
  const definitions: IdlDefinitionSource[] = [];
  const document: IdlDocument = { file, interfaces: [], callbacks: [], types: [], problems: [], sources: [{ file, tokens: fileTokens(ast), definitions }] };
  const unsupportedAt =
    (line: number): Unsupported =>
    (owner) =>
    (text) =>
      document.problems.push({
        message: `${owner}: the WebIDL type ${text} has no JSON form; a message's values are the primitive types, named types, sequence<T>, record<DOMString, T>, unions and nullable types`,
        location: { file, line },
      });
  for (const definition of ast) {
    const tokens = declared(definition as WithTokens, "name" in definition ? definition.name : "");
    const line = lineOf(tokens);
    switch (definition.type) {
      case "interface": {
        const section = extendedAttribute(definition, "SCR")?.rhs?.value;
        const operations: IdlOperation[] = [];
        const operationSources: IdlOperationSource[] = [];
        for (const member of definition.members) {
          if (member.type !== "operation" || !member.name) continue;
          const result = extendedAttribute(member, "Result")?.rhs?.value;
          const errors = extendedAttribute(member, "Errors")?.rhs?.value;
          const errorItems = Array.isArray(errors) ? (errors as { value: string; tokens?: { value?: IdlToken } }[]) : [];
          const memberTokens = declared(member as WithTokens, member.name);
          const memberLine = lineOf(memberTokens);
          const args: IdlNamedTokens[] = [];
          operations.push({
            name: member.name,
            file,
            line: memberLine,
            description: docComment(memberTokens),
            args: readArguments(member.arguments as never, unsupportedAt(memberLine), `function ${member.name}`, args),
            result: typeof result === "string" ? result : null,
            errors: errorItems.map((item) => Number(item.value)),
            exclusive: extendedAttribute(member, "Exclusive") !== undefined,
            interim: extendedAttribute(member, "Interim") !== undefined,
            access: accessOf(member),
            unknownAttributes: unknownAttributes(member, OPERATION_ATTRIBUTES),
          });
          operationSources.push({ name: memberTokens.name, at: memberTokens.at, own: memberTokens.own, args, errors: errorItems.map((item) => ({ code: Number(item.value), at: item.tokens?.value })) });
        }
        document.interfaces.push({
          name: definition.name,
          file,
          line,
          partial: definition.partial,
          extension: extendedAttribute(definition, "Extension") !== undefined,
          section: typeof section === "string" ? unquote(section) : null,
          description: docComment(tokens),
          operations,
          unknownAttributes: unknownAttributes(definition, INTERFACE_ATTRIBUTES),
        });
        definitions.push({ kind: "interface", name: tokens.name, at: tokens.at, own: tokens.own, operations: operationSources });
        break;
      }
      case "callback":
        document.callbacks.push({
          name: definition.name,
          file,
          line,
          description: docComment(tokens),
          args: readArguments(definition.arguments as never, unsupportedAt(line), `callback ${definition.name}`, []),
          access: accessOf(definition),
          unknownAttributes: unknownAttributes(definition, CALLBACK_ATTRIBUTES),
        });
        definitions.push({ kind: "callback", name: tokens.name, at: tokens.at, own: tokens.own });
        break;
      case "dictionary": {
        const members: IdlNamedTokens[] = [];
        document.types.push({
          kind: "dictionary",
          name: definition.name,
          file,
          line,
          partial: definition.partial,
          description: docComment(tokens),
          members: definition.members.map((member) => {
            const memberTokens = declared(member as WithTokens, member.name);
            members.push(memberTokens);
            const read: IdlMember = {
              name: member.name,
              type: toTypeRef(member.idlType, unsupportedAt(line)(`dictionary ${definition.name}: member ${member.name}`)),
              required: member.required,
              description: docComment(memberTokens),
            };
            const value = defaultValue(member.default);
            if (value !== undefined) read.default = value;
            return read;
          }),
        });
        definitions.push({ kind: "dictionary", name: tokens.name, at: tokens.at, own: tokens.own, partial: definition.partial, members });
        break;
      }
      case "enum": {
        const values = definition.values as readonly ((typeof definition.values)[number] & { tokens?: { value?: IdlToken } })[];
        document.types.push({
          kind: "enum",
          name: definition.name,
          file,
          line,
          description: docComment(tokens),
          values: values.map((value) => value.value),
          valueDescriptions: values.map((value) => docComment({ own: tokensOf(value as WithTokens) })),
        });
        definitions.push({ kind: "enum", name: tokens.name, at: tokens.at, own: tokens.own, values: values.map((value) => ({ value: value.value, at: value.tokens?.value })) });
        break;
      }
      case "typedef":
        document.types.push({
          kind: "alias",
          name: definition.name,
          file,
          line,
          description: docComment(tokens),
          type: toTypeRef(definition.idlType, unsupportedAt(line)(`typedef ${definition.name}`)),
        });
        definitions.push({ kind: "alias", name: tokens.name, at: tokens.at, own: tokens.own });
        break;
      default:
        break;
    }
  }
  return document;
}

/** webidl2 gives string extended attribute values with their quotes. */
function unquote(value: string): string {
  return value.replace(/^"(.*)"$/, "$1");
}
