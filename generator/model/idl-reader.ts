/**
 * Reads the parts of a webidl2 AST that the model needs: interfaces as groups, operations as
 * functions, callbacks, dictionaries, enums and typedefs, with their doc comments and lines.
 */
import type { IDLRootType, IDLTypeDescription } from "webidl2";
import type { Diagnostic } from "../diagnostics.js";
import type { TypeRef } from "./api.js";
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
}

/** webidl2 keeps tokens (with their line and the comments before them) but does not type them. */
export interface Token {
  index: number;
  line: number;
  trivia: string;
}
export type WithTokens = { tokens?: Record<string, unknown>; extAttrs?: unknown; idlType?: unknown };

export function tokensOf(node: WithTokens): Token[] {
  const found: Token[] = [];
  const collect = (tokens: unknown) => {
    if (!tokens || typeof tokens !== "object") return;
    for (const token of Object.values(tokens as Record<string, unknown>)) {
      if (token && typeof token === "object" && "index" in token && "trivia" in token) found.push(token as Token);
    }
  };
  collect(node.tokens);
  collect((node.extAttrs as { tokens?: unknown } | undefined)?.tokens);
  collect((node.idlType as { tokens?: unknown } | undefined)?.tokens);
  return found.sort((a, b) => a.index - b.index);
}

/** The `/** ... *\/` comment right before a definition or member, as one line of text. */
export function docComment(node: WithTokens): string {
  const trivia = tokensOf(node)[0]?.trivia ?? "";
  const match = /\/\*\*([\s\S]*?)\*\/\s*$/.exec(trivia);
  if (!match) return "";
  return match[1]!
    .split("\n")
    .map((line) => line.trim().replace(/^\*\s?/, ""))
    .filter((line) => line !== "")
    .join(" ");
}

/** The line of a node's name. */
export function lineOf(node: WithTokens): number {
  const name = node.tokens?.["name"] as Token | undefined;
  return name?.line ?? tokensOf(node)[0]?.line ?? 1;
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

function readArguments(args: readonly ({ name: string; optional: boolean; idlType: IDLTypeDescription; default: unknown } & WithTokens)[], unsupported: Unsupported, owner: string): IdlArgument[] {
  return args.map((arg) => {
    const argument: IdlArgument = {
      name: arg.name,
      type: toTypeRef(arg.idlType, unsupported(`${owner}: parameter ${arg.name}`)),
      optional: arg.optional,
      typeName: typeof arg.idlType.idlType === "string" ? arg.idlType.idlType : "",
      description: docComment(arg),
    };
    const value = defaultValue(arg.default);
    if (value !== undefined) argument.default = value;
    return argument;
  });
}

export function readIdl(ast: IDLRootType[], file: string): IdlDocument {
  const document: IdlDocument = { file, interfaces: [], callbacks: [], types: [], problems: [] };
  const unsupportedAt =
    (line: number): Unsupported =>
    (owner) =>
    (text) =>
      document.problems.push({
        message: `${owner}: the WebIDL type ${text} has no JSON form; a message's values are the primitive types, named types, sequence<T>, record<DOMString, T>, unions and nullable types`,
        location: { file, line },
      });
  for (const definition of ast) {
    switch (definition.type) {
      case "interface": {
        const section = extendedAttribute(definition, "SCR")?.rhs?.value;
        const operations: IdlOperation[] = [];
        for (const member of definition.members) {
          if (member.type !== "operation" || !member.name) continue;
          const result = extendedAttribute(member, "Result")?.rhs?.value;
          const errors = extendedAttribute(member, "Errors")?.rhs?.value;
          const line = lineOf(member as WithTokens);
          operations.push({
            name: member.name,
            file,
            line,
            description: docComment(member as WithTokens),
            args: readArguments(member.arguments as never, unsupportedAt(line), `function ${member.name}`),
            result: typeof result === "string" ? result : null,
            errors: Array.isArray(errors) ? errors.map((item: { value: string }) => Number(item.value)) : [],
            exclusive: extendedAttribute(member, "Exclusive") !== undefined,
            interim: extendedAttribute(member, "Interim") !== undefined,
            access: accessOf(member),
            unknownAttributes: unknownAttributes(member, OPERATION_ATTRIBUTES),
          });
        }
        document.interfaces.push({
          name: definition.name,
          file,
          line: lineOf(definition as WithTokens),
          partial: definition.partial,
          extension: extendedAttribute(definition, "Extension") !== undefined,
          section: typeof section === "string" ? unquote(section) : null,
          description: docComment(definition as WithTokens),
          operations,
          unknownAttributes: unknownAttributes(definition, INTERFACE_ATTRIBUTES),
        });
        break;
      }
      case "callback":
        document.callbacks.push({
          name: definition.name,
          file,
          line: lineOf(definition as WithTokens),
          description: docComment(definition as WithTokens),
          args: readArguments(definition.arguments as never, unsupportedAt(lineOf(definition as WithTokens)), `callback ${definition.name}`),
          access: accessOf(definition),
          unknownAttributes: unknownAttributes(definition, CALLBACK_ATTRIBUTES),
        });
        break;
      case "dictionary":
        document.types.push({
          kind: "dictionary",
          name: definition.name,
          file,
          line: lineOf(definition as WithTokens),
          partial: definition.partial,
          description: docComment(definition as WithTokens),
          members: definition.members.map((member) => {
            const read: IdlMember = {
              name: member.name,
              type: toTypeRef(member.idlType, unsupportedAt(lineOf(definition as WithTokens))(`dictionary ${definition.name}: member ${member.name}`)),
              required: member.required,
              description: docComment(member as WithTokens),
            };
            const value = defaultValue(member.default);
            if (value !== undefined) read.default = value;
            return read;
          }),
        });
        break;
      case "enum":
        document.types.push({
          kind: "enum",
          name: definition.name,
          file,
          line: lineOf(definition as WithTokens),
          description: docComment(definition as WithTokens),
          values: definition.values.map((value) => value.value),
          valueDescriptions: definition.values.map((value) => docComment(value as WithTokens)),
        });
        break;
      case "typedef":
        document.types.push({
          kind: "alias",
          name: definition.name,
          file,
          line: lineOf(definition as WithTokens),
          description: docComment(definition as WithTokens),
          type: toTypeRef(definition.idlType, unsupportedAt(lineOf(definition as WithTokens))(`typedef ${definition.name}`)),
        });
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
