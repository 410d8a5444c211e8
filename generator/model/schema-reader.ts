/**
 * Checks the JSON Schema file as a document (a valid 2020-12 schema, `$defs` present, every `$ref`
 * resolving) and reads the tables it carries: Table 4, Table 5 and the SCR profiles.
 */
import type { Diagnostic } from "../diagnostics.js";
import type { ErrorCode, JsonSchema, ScrProfile, ScrRequirement, StatusWord } from "./api.js";
import { newCmapiAjv } from "./schema-ajv.js";
import { hexCode, pointerToken, refTarget } from "./schema-keywords.js";

export interface SchemaDocument {
  file: string;
  root: JsonSchema;
  defs: Record<string, JsonSchema>;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

export function defPointer(name: string, ...rest: string[]): string {
  return ["/$defs", pointerToken(name), ...rest.map(pointerToken)].join("/");
}

/** Null when the document is too broken to compare with the WebIDL (its problems are in `problems`). */
export function readSchemaDocument(value: unknown, file: string, problems: Diagnostic[]): SchemaDocument | null {
  const at = (pointer: string, message: string) => problems.push({ message, location: { file, pointer } });
  if (!isObject(value)) {
    at("", "the schema must be a JSON object");
    return null;
  }
  const ajv = newCmapiAjv();
  if (!ajv.validateSchema(value)) {
    // The meta-schema often says one thing three ways about one place: keep the first.
    const reported = new Set<string>();
    for (const error of ajv.errors ?? []) {
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
  visitRefs(value, "", (ref, pointer) => {
    const target = refTarget(ref);
    if (target === null) at(pointer, `$ref "${ref}" is not of the form "#/$defs/Name": only local definitions are supported`);
    else if (!(target in defs)) at(pointer, `$ref "${ref}" points to no definition: $defs has no "${target}"`);
  });
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
    problems.push({ message: `$defs/${name} is missing or has no anyOf list of table rows`, location: { file: doc.file, pointer: defPointer(name) } });
    return [];
  }
  return entries.filter(isObject);
}

/** Table 4 from `$defs/ErrorCode`, one entry per row (a `const`, or a `minimum`/`maximum` range). */
export function readErrorCodes(doc: SchemaDocument, problems: Diagnostic[]): ErrorCode[] {
  const rows: ErrorCode[] = [];
  tableEntries(doc, "ErrorCode", problems).forEach((entry, index) => {
    const pointer = defPointer("ErrorCode", "anyOf", String(index));
    const code = typeof entry["const"] === "number" ? entry["const"] : entry["minimum"];
    const message = entry["description"];
    const name = entry["x-cmapi-name"];
    if (typeof code !== "number" || typeof message !== "string" || typeof name !== "string" || !/^[A-Z][A-Z0-9_]*$/.test(name)) {
      problems.push({ message: "an error code entry needs a numeric const (or minimum), a description and an x-cmapi-name in UPPER_SNAKE_CASE", location: { file: doc.file, pointer } });
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
      source: entry["x-cmapi-source"] === "JSON-RPC 2.0" ? "JSON-RPC 2.0" : "Table 4",
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
      problems.push({ message: "a status word entry needs a title (SW1 SW2), a const or pattern, and a description", location: { file: doc.file, pointer: defPointer("StatusWord", "anyOf", String(index)) } });
      return [];
    }
    return [{ sw, pattern, description }];
  });
}

/** The SCR tables from `$defs/DeviceClass`. */
export function readProfiles(doc: SchemaDocument, problems: Diagnostic[]): ScrProfile[] {
  return tableEntries(doc, "DeviceClass", problems).flatMap((entry, index) => {
    const pointer = defPointer("DeviceClass", "anyOf", String(index));
    const rows = entry["x-cmapi-scr"];
    if (typeof entry["const"] !== "string" || !Array.isArray(rows)) {
      problems.push({ message: "a device class entry needs a const (its id) and an x-cmapi-scr list of requirements", location: { file: doc.file, pointer } });
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
