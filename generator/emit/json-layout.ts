/**
 * JSON laid out as prettier lays out a ```json block of a Markdown page (its estree printer, the
 * project's printWidth), so that the reference's examples are prettier-clean as written:
 * - a non-empty object always takes one line per member (prettier keeps the line break that
 *   `JSON.stringify(value, null, 2)` puts after its `{`);
 * - an array stays on one line when it fits, what follows it on the line included, unless it
 *   holds objects or, having more than one element, only arrays of more than one element each;
 * - an array of numbers that does not fit is filled, as many per line as fit.
 * Widths are prettier's (text-width.ts). test/prettier-clean.test.ts checks random values.
 */
import { textWidth } from "./text-width.js";

export const PRINT_WIDTH = 240;

/** A value as JSON text; a number as prettier writes it (JSON.stringify's `1e+21` is `1e21`). */
function scalar(value: null | boolean | number | string): string {
  return typeof value === "number" ? JSON.stringify(value).replace("e+", "e") : JSON.stringify(value);
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The array on one line, or undefined when prettier would never put it on one (it holds an object with members). */
function flat(value: Json): string | undefined {
  if (Array.isArray(value)) {
    const items = value.map(flat);
    return items.every((item) => item !== undefined) ? `[${items.join(", ")}]` : undefined;
  }
  if (value !== null && typeof value === "object") return Object.keys(value).length === 0 ? "{}" : undefined;
  return scalar(value);
}

/** Prettier's rule for arrays of several non-trivial arrays or objects: one element a line, however short. */
function breaksAlways(items: Json[]): boolean {
  const size = (item: Json) => (Array.isArray(item) ? item.length : item !== null && typeof item === "object" ? Object.keys(item).length : 0);
  const kind = (item: Json) => (Array.isArray(item) ? "array" : item !== null && typeof item === "object" ? "object" : "other");
  return items.length > 1 && items.every((item) => kind(item) !== "other" && kind(item) === kind(items[0]!) && size(item) > 1);
}

function filled(items: number[], indent: string): string {
  const lines: string[] = [];
  let line = "";
  items.forEach((item, index) => {
    const text = `${scalar(item)},`.slice(0, index === items.length - 1 ? -1 : undefined);
    const candidate = line === "" ? text : `${line} ${text}`;
    if (line !== "" && textWidth(indent) + textWidth(candidate) > PRINT_WIDTH) {
      lines.push(line);
      line = text;
    } else line = candidate;
  });
  lines.push(line);
  return lines.map((text) => `${indent}${text}`).join("\n");
}

/** `value` starting at `column` of a line indented by `indent`, followed on its line by `tail` columns (a comma). */
function layout(value: Json, column: number, indent: string, tail: number): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const oneLine = flat(value);
    if (oneLine !== undefined && !breaksAlways(value) && column + textWidth(oneLine) + tail <= PRINT_WIDTH) return oneLine;
    if (value.every((item) => typeof item === "number")) return `[\n${filled(value, inner)}\n${indent}]`;
    const items = value.map((item, index) => `${inner}${layout(item, textWidth(inner), inner, index < value.length - 1 ? 1 : 0)}${index < value.length - 1 ? "," : ""}`);
    return `[\n${items.join("\n")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    const members = entries.map(([key, member], index) => {
      const head = `${inner}${JSON.stringify(key)}: `;
      const last = index === entries.length - 1;
      return `${head}${layout(member, textWidth(head), inner, last ? 0 : 1)}${last ? "" : ","}`;
    });
    return `{\n${members.join("\n")}\n${indent}}`;
  }
  return scalar(value);
}

/** A JSON value (as JSON.stringify sees it) in prettier's layout, without a final line break. */
export function jsonLayout(value: unknown): string {
  return layout(JSON.parse(JSON.stringify(value)) as Json, 0, "", 0);
}
