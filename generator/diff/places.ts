/**
 * Where `diff` shows a change: the file and line that define the changed item, in the version that
 * has it (the new one for an item added or changed, the old one for an item removed; see
 * ChangePlace in compare.ts).
 *
 * A WebIDL item is found as lint finds its subjects (generator/lint/places.ts): the line and column
 * of its name in the .webidl that declares it, a vendor's file for what a vendor added (a partial
 * dictionary's member, a vendor's function or enum value), else its schema definition. What only the
 * schema says is at a JSON pointer of the merged `$defs`: it is looked up in each schema file of the
 * version, in order, and shown in the first that has all of it (a vendor's definition, or the
 * members a vendor's `x-cmapi-partial` adds, are in the vendor's file), else in the one that has the
 * most of it, at the deepest member that exists (a keyword removed is shown at its schema). A change
 * that names no item, or whose item is not found, is shown on the version's first WebIDL file.
 */
import type { SourceLocation } from "../diagnostics.js";
import type { SpecTexts } from "../load.js";
import type { Api } from "../model/api.js";
import { specPlaces, type Place, type SpecPlaces } from "../lint/places.js";
import { pointerToken } from "../model/schema-keywords.js";
import { isObject } from "../model/schema-walk.js";
import { locatePointer, pointerSegments } from "../parse/json-pointer.js";
import { parseJson } from "../parse/json.js";
import type { ApiChange } from "./compare.js";

export type ChangeLocation = SourceLocation & { sourceLine?: string };

/** How many leading segments of `segments` name an existing member of `value`. */
function existingDepth(value: unknown, segments: readonly string[]): number {
  let node = value;
  let depth = 0;
  for (const segment of segments) {
    const next = Array.isArray(node) ? (/^\d+$/.test(segment) ? node[Number(segment)] : undefined) : isObject(node) && Object.hasOwn(node, segment) ? node[segment] : undefined;
    if (next === undefined) break;
    node = next;
    depth++;
  }
  return depth;
}

class VersionPlaces {
  private idl: SpecPlaces | undefined;
  private schemas: { file: string; text: string; value: unknown }[] | undefined;

  constructor(
    private readonly api: Api,
    private readonly texts: SpecTexts,
  ) {}

  /** The version's first WebIDL file: where a change without a place of its own is shown. */
  get fallback(): ChangeLocation {
    return { file: this.texts.idl[0]!.file };
  }

  subject(subject: Parameters<SpecPlaces["locate"]>[0]): ChangeLocation | undefined {
    this.idl ??= specPlaces(this.api, this.texts);
    const place: Place | undefined = this.idl.locate(subject);
    return place && located(place);
  }

  // Still a walk over the parsed files, not the tree: a pointer here may name what one version lacks (a keyword removed), shown at its deepest existing ancestor.
  pointer(pointer: string): ChangeLocation | undefined {
    this.schemas ??= this.texts.schema.map(({ file, text }) => ({ file, text, value: parseJson(text, file) }));
    const segments = pointerSegments(pointer);
    let best: { file: string; text: string; depth: number } | undefined;
    for (const schema of this.schemas) {
      const depth = existingDepth(schema.value, segments);
      // Past `/$defs/<name>`, or the file does not define the item at all.
      if (depth >= 2 && (!best || depth > best.depth)) best = { file: schema.file, text: schema.text, depth };
      if (depth === segments.length) break;
    }
    if (!best) return undefined;
    const at = `/${segments.slice(0, best.depth).map(pointerToken).join("/")}`;
    const position = locatePointer(best.text, at);
    return { file: best.file, pointer: at, ...(position ?? {}) };
  }
}

function located(place: Place): ChangeLocation {
  return {
    file: place.file,
    ...(place.line !== undefined ? { line: place.line } : {}),
    ...(place.column !== undefined ? { column: place.column } : {}),
    ...(place.pointer !== undefined ? { pointer: place.pointer } : {}),
    ...(place.sourceLine !== undefined ? { sourceLine: place.sourceLine } : {}),
  };
}

/** A function that gives each change of a diff between the versions read from `before` and `after` its location. */
export function changeLocator(before: { api: Api; texts: SpecTexts }, after: { api: Api; texts: SpecTexts }): (change: ApiChange) => ChangeLocation {
  const versions = { old: new VersionPlaces(before.api, before.texts), new: new VersionPlaces(after.api, after.texts) };
  return (change) => {
    const place = change.place;
    const version = versions[place?.version ?? (/removed|renamed/.test(change.kind) ? "old" : "new")];
    if (!place) return version.fallback;
    return ("subject" in place ? version.subject(place.subject) : version.pointer(place.pointer)) ?? version.fallback;
  };
}
