/**
 * Where a WebIDL file's declarations stand, kept from webidl2's tokens as the reader walks them (so
 * that lint and diff need no second parse): each declaration's name token, its own tokens (whose
 * trivia holds the comments written on it, `opencmapi-gen-lint-ignore` ones among them), and the
 * file's tokens in order, which with their trivia are the whole text. Columns are not worked out
 * here, only by whoever shows a place (lint/places.ts), so reading a spec does no work for them.
 *
 * The model carries these beside `Api` (`idlSources`), not in it: they are no part of what the API
 * means, and `JSON.stringify`, a spread or a worker's copy of the model leave them out.
 */
/** A webidl2 token: `index` is its position among the file's tokens, `trivia` the space and comments before it. */
export interface IdlToken {
  readonly index: number;
  readonly line: number;
  readonly trivia: string;
  readonly value: string;
}

/** A declaration's tokens: its name's, and its own (its keywords', its extended attributes' brackets, its type's), in order. */
export interface IdlTokens {
  /** The token of its name; absent when webidl2 gave none. */
  readonly at: IdlToken | undefined;
  /** Those up to its name (all, when it has none) carry the comments written on it. */
  readonly own: readonly IdlToken[];
}

export interface IdlNamedTokens extends IdlTokens {
  readonly name: string;
}

export interface IdlOperationSource extends IdlNamedTokens {
  readonly args: readonly IdlNamedTokens[];
  /** `[Errors=(...)]`'s codes, each with its token. */
  readonly errors: readonly { readonly code: number; readonly at: IdlToken | undefined }[];
}

export type IdlDefinitionSource = IdlNamedTokens &
  (
    | { readonly kind: "interface"; readonly operations: readonly IdlOperationSource[] }
    | { readonly kind: "callback" }
    | { readonly kind: "dictionary"; readonly partial: boolean; readonly members: readonly IdlNamedTokens[] }
    | { readonly kind: "enum"; readonly values: readonly { readonly value: string; readonly at: IdlToken | undefined }[] }
    | { readonly kind: "alias" }
  );

export interface IdlSourceFile {
  file: string;
  /** Every token of the file, in order (webidl2's `source`); empty for a file with no definition. */
  tokens: readonly IdlToken[];
  /** The definitions, in the file's order. */
  definitions: IdlDefinitionSource[];
}

/** The model with the WebIDL files' sources, as `idlSources`: not enumerable, so that JSON, spreads and worker copies leave them out. */
export function attachIdlSources<T extends object>(api: T, sources: readonly IdlSourceFile[]): T & { readonly idlSources: readonly IdlSourceFile[] } {
  Object.defineProperty(api, "idlSources", { value: sources, enumerable: false, configurable: true, writable: false });
  return api as T & { readonly idlSources: readonly IdlSourceFile[] };
}
