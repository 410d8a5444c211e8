/**
 * Checks the JSON Schema files as documents (each a valid 2020-12 schema with `$defs`, every `$ref`
 * resolving against the definitions of all of them, no regular expression that can backtrack
 * super-linearly), joins them into one, and reads the tables it carries: Table 4, Table 5 and the SCR
 * profiles.
 */
import type { Diagnostic } from "../diagnostics.js";
import type { ErrorCode, JsonSchema, ScrProfile, ScrRequirement, StatusWord } from "./api.js";
import { metaSchemaErrors } from "./meta-schema.js";
import { unsafePatterns } from "./pattern-safety.js";
import { refCycleProblems } from "./ref-cycles.js";
import { hexCode, pointerToken, refTarget } from "./schema-keywords.js";
import { isObject, unknownKeywords } from "./schema-walk.js";

export interface SchemaDocument {
  /** The first file: the base spec, whose root carries the title and x-cmapi-version. */
  file: string;
  root: JsonSchema;
  defs: Record<string, JsonSchema>;
  /** The file that defines each definition. */
  defFiles: Record<string, string>;
  /** Where each row of an open table (see OPEN_TABLES) was written, when it was not in `file` at its merged index. */
  rowOrigins: Record<string, { file: string; pointer: string }[]>;
  /** Where each property a vendor's `x-cmapi-partial` definition added was written, by its pointer in the merged document. */
  propertyOrigins: Record<string, { file: string; pointer: string }>;
  /** Each file's text, when the reader was given it: the schema tree reads its nodes' lines and columns from it, on demand. */
  texts: Record<string, string>;
  /** Each file's root schema, by file (its ignores cover all it holds). */
  roots: Record<string, JsonSchema>;
}

/** Error codes a vendor's schema may add: a range Table 4 assigns nothing in, so that no later OMA code can clash. */
export const VENDOR_CODES = { first: 0xe0000000, last: 0xefffffff } as const;

/** Definitions that are lists (of their `anyOf` or `enum`), which a vendor's schema extends by defining them again. */
export const OPEN_TABLES: Readonly<Record<string, "anyOf" | "enum">> = { ErrorCode: "anyOf", StatusWord: "anyOf", CallbackId: "enum" };

export function defPointer(name: string, ...rest: string[]): string {
  return ["/$defs", pointerToken(name), ...rest.map(pointerToken)].join("/");
}

/**
 * Joins schema files into one document: definitions from all, an open table's rows appended in file
 * order, any other definition made twice an error naming both files. Null when a file is too broken
 * to compare with the WebIDL (its problems are in `problems`).
 */
export function readSchemaDocuments(files: readonly { value: unknown; file: string; text?: string }[], problems: Diagnostic[]): SchemaDocument | null {
  const documents = files.map(({ value, file }) => readSchemaFile(value, file, problems));
  if (documents.some((document) => document === null) || documents.length === 0) return null;
  const [base, ...extensions] = documents as { file: string; root: JsonSchema; defs: Record<string, JsonSchema> }[];
  // Null prototypes: a definition may be named "constructor" or "__proto__".
  const merged: SchemaDocument = {
    file: base!.file,
    root: base!.root,
    defs: { ...base!.defs },
    defFiles: Object.create(null) as Record<string, string>,
    rowOrigins: Object.create(null) as SchemaDocument["rowOrigins"],
    propertyOrigins: Object.create(null) as SchemaDocument["propertyOrigins"],
    texts: Object.fromEntries(files.flatMap(({ file, text }) => (text === undefined ? [] : [[file, text]]))),
    roots: Object.fromEntries(documents.map((document) => [document!.file, document!.root])),
  };
  for (const name of Object.keys(base!.defs)) merged.defFiles[name] = base!.file;
  for (const [table, list] of Object.entries(OPEN_TABLES)) {
    const rows = base!.defs[table]?.[list];
    if (Array.isArray(rows)) merged.rowOrigins[table] = rows.map((_row, index) => ({ file: base!.file, pointer: defPointer(table, list, String(index)) }));
  }
  for (const extension of extensions) {
    for (const [name, definition] of Object.entries(extension.defs)) {
      const list = OPEN_TABLES[name];
      const existing = Object.hasOwn(merged.defs, name) ? merged.defs[name] : undefined;
      if (existing === undefined) {
        merged.defs[name] = definition;
        merged.defFiles[name] = extension.file;
      } else if (definition["x-cmapi-partial"] === true && isObject(existing["properties"]) && isObject(definition["properties"])) {
        // The schema side of a WebIDL `partial dictionary`: more properties for an object defined elsewhere.
        const clash = Object.keys(definition["properties"]).filter((property) => property in (existing["properties"] as object));
        for (const property of Object.keys(definition["properties"])) {
          const pointer = defPointer(name, "properties", property);
          merged.propertyOrigins[pointer] = { file: extension.file, pointer };
        }
        if (clash.length > 0) problems.push({ message: `$defs/${name} (x-cmapi-partial) adds ${clash.join(", ")}, which ${merged.defFiles[name]} already defines`, location: { file: extension.file, pointer: defPointer(name) } });
        merged.defs[name] = {
          ...existing,
          properties: { ...(existing["properties"] as object), ...(definition["properties"] as object) },
          ...(Array.isArray(existing["required"]) || Array.isArray(definition["required"]) ? { required: [...((existing["required"] as string[]) ?? []), ...((definition["required"] as string[]) ?? [])] } : {}),
        };
      } else if (list !== undefined && Array.isArray(existing[list]) && Array.isArray(definition[list])) {
        const added = definition[list] as unknown[];
        if (name === "ErrorCode") {
          added.forEach((row, index) => {
            const code = isObject(row) ? (typeof row["const"] === "number" ? row["const"] : row["minimum"]) : undefined;
            const end = isObject(row) && typeof row["maximum"] === "number" ? row["maximum"] : code;
            if (typeof code === "number" && typeof end === "number" && (code < VENDOR_CODES.first || end > VENDOR_CODES.last)) {
              problems.push({
                message: `a vendor's error code must lie in 0xE0000000-0xEFFFFFFF, which Table 4 leaves unassigned; ${hexCode(code)} does not`,
                location: { file: extension.file, pointer: defPointer(name, list, String(index)) },
              });
            }
          });
        }
        merged.defs[name] = { ...existing, [list]: [...(existing[list] as unknown[]), ...added] };
        merged.rowOrigins[name] = [...(merged.rowOrigins[name] ?? []), ...added.map((_row, index) => ({ file: extension.file, pointer: defPointer(name, list, String(index)) }))];
      } else {
        const hint = list !== undefined ? ` (an open table: give it a "${list}" list to add rows)` : "";
        problems.push({ message: `$defs/${name} is already defined in ${merged.defFiles[name]}${hint}`, location: { file: extension.file, pointer: defPointer(name) } });
      }
    }
  }
  for (const { value, file } of files) {
    visitRefs(value, "", (ref, pointer) => {
      const target = refTarget(ref);
      const at = (message: string) => problems.push({ message, location: { file, pointer } });
      if (target === null) at(`$ref "${ref}" is not of the form "#/$defs/Name": only local definitions are supported`);
      else if (!(target in merged.defs)) at(`$ref "${ref}" points to no definition: $defs has no "${target}"${files.length > 1 ? " in any schema file" : ""}`);
    });
  }
  problems.push(
    ...refCycleProblems(
      merged.defs,
      merged.defFiles,
      files.map(({ file }) => file),
    ),
  );
  return merged;
}

/** One schema file: an object, valid against the 2020-12 meta-schema, with a `$defs` object. */
function readSchemaFile(value: unknown, file: string, problems: Diagnostic[]): { file: string; root: JsonSchema; defs: Record<string, JsonSchema> } | null {
  const at = (pointer: string, message: string) => problems.push({ message, location: { file, pointer } });
  if (!isObject(value)) {
    at("", "the schema must be a JSON object");
    return null;
  }
  const metaErrors = metaSchemaErrors(value);
  if (metaErrors) {
    // The meta-schema often says one thing three ways about one place: keep the first.
    const reported = new Set<string>();
    for (const error of metaErrors) {
      if (reported.has(error.instancePath)) continue;
      reported.add(error.instancePath);
      at(error.instancePath, `not a valid JSON Schema 2020-12: ${error.message ?? "invalid"}`);
    }
  }
  const defs = value["$defs"];
  if (!isObject(defs)) {
    at("", "the schema has no $defs object: every type, function and table is defined there");
    return null;
  }
  for (const unknown of unknownKeywords(value)) {
    at(unknown.pointer, `"${unknown.keyword}" is not a JSON Schema 2020-12 keyword${unknown.suggestion ? ` (did you mean "${unknown.suggestion}"?)` : ""}; extensions are named x-...`);
  }
  problems.push(...unsafePatterns(value, file));
  return { file, root: value, defs: defs as Record<string, JsonSchema> };
}

function visitRefs(value: unknown, pointer: string, visit: (ref: string, pointer: string) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => visitRefs(item, `${pointer}/${index}`, visit));
    return;
  }
  if (!isObject(value)) return;
  for (const [key, child] of Object.entries(value)) {
    const childPointer = `${pointer}/${pointerToken(key)}`;
    if (key === "$ref" && typeof child === "string") visit(child, childPointer);
    else visitRefs(child, childPointer, visit);
  }
}

function tableEntries(doc: SchemaDocument, name: string, problems: Diagnostic[]): Record<string, unknown>[] {
  const table = doc.defs[name];
  const entries = table?.["anyOf"];
  if (!Array.isArray(entries)) {
    problems.push({ message: `$defs/${name} is missing or has no anyOf list of table rows`, location: { file: doc.defFiles[name] ?? doc.file, pointer: defPointer(name) } });
    return [];
  }
  return entries.filter(isObject);
}

/** Where row `index` of a table was written: its own file and pointer, for rows a vendor's schema added. */
export function tableRowLocation(doc: SchemaDocument, name: string, index: number): { file: string; pointer: string } {
  return doc.rowOrigins[name]?.[index] ?? { file: doc.defFiles[name] ?? doc.file, pointer: defPointer(name, "anyOf", String(index)) };
}

/** Table 4 from `$defs/ErrorCode`, one entry per row (a `const`, or a `minimum`/`maximum` range). */
export function readErrorCodes(doc: SchemaDocument, problems: Diagnostic[]): ErrorCode[] {
  const rows: ErrorCode[] = [];
  tableEntries(doc, "ErrorCode", problems).forEach((entry, index) => {
    const location = tableRowLocation(doc, "ErrorCode", index);
    const code = typeof entry["const"] === "number" ? entry["const"] : entry["minimum"];
    const message = entry["description"];
    const name = entry["x-cmapi-name"];
    if (typeof code !== "number" || typeof message !== "string" || typeof name !== "string" || !/^[A-Z][A-Z0-9_]*$/.test(name)) {
      problems.push({ message: "an error code entry needs a numeric const (or minimum), a description and an x-cmapi-name in UPPER_SNAKE_CASE", location });
      return;
    }
    const row: ErrorCode = {
      name,
      code,
      hex: typeof entry["title"] === "string" ? entry["title"] : hexCode(code),
      message,
      category: typeof entry["x-cmapi-category"] === "string" ? entry["x-cmapi-category"] : "",
      aliases: Array.isArray(entry["x-cmapi-aliases"]) ? (entry["x-cmapi-aliases"] as number[]) : [],
      template: entry["x-cmapi-template"] === true,
      reserved: entry["x-cmapi-reserved"] === true,
      success: entry["x-cmapi-success"] === true,
      source: entry["x-cmapi-source"] === "JSON-RPC 2.0" ? "JSON-RPC 2.0" : location.file !== doc.file ? "vendor" : "Table 4",
    };
    if (typeof entry["x-cmapi-integer-column"] === "string") row.integerColumn = entry["x-cmapi-integer-column"];
    if (typeof entry["maximum"] === "number") row.rangeEnd = entry["maximum"];
    if (typeof entry["x-cmapi-duplicate"] === "string") row.duplicate = entry["x-cmapi-duplicate"];
    rows.push(row);
  });
  return rows;
}

/** Table 5 from `$defs/StatusWord`. */
export function readStatusWords(doc: SchemaDocument, problems: Diagnostic[]): StatusWord[] {
  return tableEntries(doc, "StatusWord", problems).flatMap((entry, index) => {
    const sw = entry["title"];
    const description = entry["description"];
    const pattern = typeof entry["pattern"] === "string" ? entry["pattern"] : typeof entry["const"] === "string" ? `^${entry["const"]}$` : null;
    if (typeof sw !== "string" || typeof description !== "string" || pattern === null) {
      problems.push({ message: "a status word entry needs a title (SW1 SW2), a const or pattern, and a description", location: tableRowLocation(doc, "StatusWord", index) });
      return [];
    }
    return [{ sw, pattern, description }];
  });
}

/** The SCR tables from `$defs/DeviceClass`. */
export function readProfiles(doc: SchemaDocument, problems: Diagnostic[]): ScrProfile[] {
  return tableEntries(doc, "DeviceClass", problems).flatMap((entry, index) => {
    const location = tableRowLocation(doc, "DeviceClass", index);
    const rows = entry["x-cmapi-scr"];
    if (typeof entry["const"] !== "string" || !Array.isArray(rows)) {
      problems.push({ message: "a device class entry needs a const (its id) and an x-cmapi-scr list of requirements", location });
      return [];
    }
    const requirements: ScrRequirement[] = rows.filter(isObject).map((row) => ({
      item: String(row["item"]),
      function: String(row["function"]),
      section: String(row["section"]),
      status: row["status"] === "M" ? "mandatory" : "optional",
      source: row["source"] === "assumed" ? "assumed" : "seed",
    }));
    return [
      {
        deviceClass: entry["const"],
        title: typeof entry["title"] === "string" ? entry["title"] : entry["const"],
        prefix: typeof entry["x-cmapi-scr-prefix"] === "string" ? entry["x-cmapi-scr-prefix"] : "",
        requirements,
      },
    ];
  });
}
