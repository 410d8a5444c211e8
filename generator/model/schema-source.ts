/**
 * Where each schema node was written: the file, the JSON pointer inside that file, and the line and
 * column there. The merged document (schema-reader.ts) joins several files, so a node's pointer in the
 * merged `$defs` is not always its pointer in its file: a vendor's open-table row is at another index,
 * a vendor's `x-cmapi-partial` property lives in the vendor's file.
 *
 * Lines and columns are read from the file's text when first asked for (lint and diagnostics ask; a
 * `generate` never does), so that building the tree costs a cold generation no text scan.
 */
import type { SourceLocation } from "../diagnostics.js";
import { locatePointer } from "../parse/json-pointer.js";
import type { JsonSchema } from "./api.js";
import { pointerSegments } from "../parse/json-pointer.js";
import { pointerToken } from "./schema-keywords.js";
import { OPEN_TABLES, defPointer, type SchemaDocument } from "./schema-reader.js";

/** A node's place in the spec's files. */
export interface NodeLocation extends SourceLocation {
  file: string;
  /** The pointer in `file` (not in the merged document: see the module comment). */
  pointer: string;
  /** 1-based; undefined when the text was not given (a model built from values, a tree rebuilt after a worker hand-over). */
  readonly line: number | undefined;
  readonly column: number | undefined;
  /** The text of that line, for a caret under a diagnostic. */
  readonly sourceLine: string | undefined;
  /** The place of a keyword or value inside this schema, in the same file: `location.at("enum", "2")`. */
  at(...tokens: string[]): NodeLocation;
}

/** What the tree needs to place its nodes: which file holds which part, and the files' texts. */
export interface SchemaSources {
  /** Where a definition is, when no file is known for it (a tree read from values alone): "" by default. */
  defaultFile: string;
  /** The file that defines each definition. */
  definitionFiles: Readonly<Record<string, string>>;
  /** Parts written elsewhere than their definition's file, by their pointer in the merged document. */
  origins: ReadonlyMap<string, { file: string; pointer: string }>;
  texts: Readonly<Record<string, string>>;
  /** Each file's root schema. */
  roots: Readonly<Record<string, JsonSchema>>;
}

export const NO_SOURCES: SchemaSources = { defaultFile: "", definitionFiles: {}, origins: new Map(), texts: {}, roots: {} };

/** The sources of a merged schema document: its definitions' files, its vendors' rows and partial properties. */
export function documentSources(document: SchemaDocument): SchemaSources {
  const origins = new Map<string, { file: string; pointer: string }>(Object.entries(document.propertyOrigins));
  for (const [table, rows] of Object.entries(document.rowOrigins)) {
    const list = OPEN_TABLES[table];
    if (list !== undefined) rows.forEach((row, index) => origins.set(defPointer(table, list, String(index)), row));
  }
  return { defaultFile: document.file, definitionFiles: document.defFiles, origins, texts: document.texts, roots: document.roots };
}

/** A location whose line and column are looked up in the file's text when first read. */
class LazyLocation implements NodeLocation {
  // Private fields stay out of JSON and of enumeration, so that a location prints as { file, pointer, line, column }.
  readonly #text: string | undefined;
  #position: { line: number; column: number; sourceLine: string } | undefined | null = null;

  constructor(
    readonly file: string,
    readonly pointer: string,
    text: string | undefined,
  ) {
    this.#text = text;
  }

  private found() {
    if (this.#position === null) this.#position = this.#text === undefined ? undefined : locatePointer(this.#text, this.pointer);
    return this.#position;
  }

  get line() {
    return this.found()?.line;
  }
  get column() {
    return this.found()?.column;
  }
  get sourceLine() {
    return this.found()?.sourceLine;
  }

  at(...tokens: string[]): NodeLocation {
    return new LazyLocation(this.file, [this.pointer, ...tokens.map(pointerToken)].join("/"), this.#text);
  }

  toJSON(): SourceLocation {
    return { file: this.file, pointer: this.pointer, ...(this.line !== undefined ? { line: this.line, column: this.column } : {}) };
  }
}

/** Places nodes: a definition in its file, a part of it where its parent is, unless the sources say otherwise. */
export class NodePlacer {
  constructor(private readonly sources: SchemaSources) {}

  definition(name: string, pointer: string): NodeLocation {
    const file = this.sources.definitionFiles[name] ?? this.sources.defaultFile;
    return new LazyLocation(file, pointer, this.sources.texts[file]);
  }

  /** The location of the node at `pointer` (in the merged document) inside the node at `parentPointer`, placed at `parent`. */
  child(parent: NodeLocation, parentPointer: string, pointer: string): NodeLocation {
    const origin = this.sources.origins.get(pointer);
    if (origin) return new LazyLocation(origin.file, origin.pointer, this.sources.texts[origin.file]);
    return new LazyLocation(parent.file, parent.pointer + pointer.slice(parentPointer.length), this.sources.texts[parent.file]);
  }

  /** A file's root schema. */
  root(file: string): NodeLocation {
    return new LazyLocation(file, "", this.sources.texts[file]);
  }

  /** Where a pointer into the merged document was written: under the nearest part placed elsewhere, else in its definition's file. */
  locate(pointer: string): NodeLocation {
    const segments = pointerSegments(pointer);
    for (let length = segments.length; length >= 2; length--) {
      const prefix = `/${segments.slice(0, length).map(pointerToken).join("/")}`;
      const origin = this.sources.origins.get(prefix);
      if (origin) return new LazyLocation(origin.file, origin.pointer + pointer.slice(prefix.length), this.sources.texts[origin.file]);
    }
    const file = segments[0] === "$defs" && segments[1] !== undefined ? (this.sources.definitionFiles[segments[1]] ?? this.sources.defaultFile) : this.sources.defaultFile;
    return new LazyLocation(file, pointer, this.sources.texts[file]);
  }

  /** A schema read from outside the definitions: no file. */
  fragment(): NodeLocation {
    return new LazyLocation("", "", undefined);
  }
}
