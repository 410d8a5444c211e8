/**
 * Changes of the schema's constraints between two versions, for every definition both have: a
 * narrower constraint (a lower maximum, a higher minimum, a new or changed pattern, a value no
 * longer the const) can refuse what the old version accepted, so it is breaking; a wider one is
 * compatible. The same rule for params and results: a device answering with a value an app was
 * told could not occur breaks that app as surely as a refused request breaks the device's callers.
 * Enum values, required members and integer ranges are the WebIDL's and compared in compare.ts.
 */
import type { JsonSchema } from "../model/api.js";
import { forEachSchema } from "../model/schema-walk.js";
import type { ApiChange } from "./compare.js";

/** Keywords whose larger value accepts more, and whose smaller value accepts more. */
const UPPER_BOUNDS = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"];
const LOWER_BOUNDS = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"];

function schemasByPointer(schema: JsonSchema): Map<string, JsonSchema> {
  const found = new Map<string, JsonSchema>();
  forEachSchema(schema, (node, pointer) => found.set(pointer, node));
  return found;
}

export function compareConstraints(name: string, before: JsonSchema, after: JsonSchema, changes: ApiChange[]): void {
  const next = schemasByPointer(after);
  for (const [pointer, old] of schemasByPointer(before)) {
    const current = next.get(pointer);
    if (!current) continue;
    const subject = `${name}${pointer.replace(/\/properties\/([^/]+)/g, ".$1")}`;
    const change = (breaking: boolean, keyword: string, from: unknown, to: unknown) =>
      changes.push({ breaking, kind: `${keyword} ${breaking ? "narrowed" : "widened"}`, subject, detail: `${JSON.stringify(from) ?? "none"} → ${JSON.stringify(to) ?? "none"}` });
    // An integer's range is its WebIDL type (unsigned short, long, ...), which the model compares.
    const bounds = (keywords: string[]) => (old["type"] === "integer" || current["type"] === "integer" ? keywords.filter((keyword) => !keyword.endsWith("imum")) : keywords);
    for (const keyword of bounds(UPPER_BOUNDS)) {
      const [from, to] = [old[keyword], current[keyword]];
      if (from === to) continue;
      if (typeof to === "number" && (typeof from !== "number" || to < from)) change(true, keyword, from, to);
      else change(false, keyword, from, to);
    }
    for (const keyword of bounds(LOWER_BOUNDS)) {
      const [from, to] = [old[keyword], current[keyword]];
      if (from === to) continue;
      if (typeof to === "number" && (typeof from !== "number" || to > from)) change(true, keyword, from, to);
      else change(false, keyword, from, to);
    }
    if (old["pattern"] !== current["pattern"]) change(current["pattern"] !== undefined, "pattern", old["pattern"], current["pattern"]);
    if (old["const"] !== undefined && JSON.stringify(old["const"]) !== JSON.stringify(current["const"])) change(true, "const", old["const"], current["const"]);
  }
}
