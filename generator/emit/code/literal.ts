/**
 * JSON values as JavaScript literals that cannot inject and that come out as prettier lays them out
 * (the project's .prettierrc: printWidth 240, double quotes, trailing commas), so that generated code
 * is prettier-clean without running prettier at generation time. test/code-builder.test.ts checks the
 * layout against prettier itself on random values.
 *
 * Safety: strings are JSON-escaped (quotes, backslashes, control characters) and U+2028/U+2029 are
 * escaped too (line terminators in older engines and in a `//` comment a tool might wrap around the
 * code); a key `__proto__` is written computed (`["__proto__"]`), since in an object literal a plain or
 * quoted `__proto__` sets the prototype instead of making a property. Only JSON data is accepted:
 * a function, a symbol, a bigint, undefined or a non-finite number throws.
 *
 * Layout, as prettier's: a value stays on one line when it fits (from its column, with what follows
 * it on the line); otherwise an object or array puts one entry a line, an array of numbers fills its
 * lines. An array of two or more objects (or arrays) each with two or more entries always breaks. In a
 * broken object, a string value that does not fit after a key of five characters or more goes on the
 * next line (prettier's "break after operator").
 */

export const PRINT_WIDTH = 240;
const INDENT = "  ";
/** prettier keeps a key shorter than tabWidth + 3 on the value's line. */
const SHORT_KEY = 5;

export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

const LINE_SEPARATORS = /[\u2028\u2029]/;

/** A string literal in the quotes prettier would choose: double, unless the text holds more double quotes than single ones. */
export function stringLiteral(text: string): string {
  const stringified = JSON.stringify(text);
  const json = LINE_SEPARATORS.test(text) ? stringified.replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029") : stringified;
  // The common case, no double quote, without counting (the layout asks for a literal's text many times).
  if (!text.includes('"') || text.split('"').length <= text.split("'").length) return json;
  // Single quotes: the JSON escapes, with \" undone and ' escaped instead.
  return `'${json.slice(1, -1).replace(/\\(.)|'/g, (match, escaped: string | undefined) => (escaped === '"' ? '"' : escaped !== undefined ? match : "\\'"))}'`;
}

function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`${value} is not a JSON number`);
  // prettier writes 1e21, not 1e+21.
  return String(value).replace("e+", "e");
}

/** A property key: bare when it is an ASCII identifier name (reserved words included: they are valid keys), else quoted; `__proto__` computed. */
export function propertyKey(key: string): string {
  if (key === "__proto__") return `[${stringLiteral(key)}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : stringLiteral(key);
}

function entriesOf(value: object): [string, JsonValue][] {
  return Object.entries(value) as [string, JsonValue][];
}

function checked(value: unknown): JsonValue {
  if (value === null || typeof value === "boolean" || typeof value === "string") return value;
  if (typeof value === "number") return (numberLiteral(value), value);
  if (Array.isArray(value)) return value as JsonValue[];
  if (typeof value === "object" && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)) return value as JsonValue;
  throw new Error(`a literal takes JSON data only, not ${typeof value === "object" ? Object.prototype.toString.call(value) : typeof value}`);
}

/** The value on one line. */
export function flatLiteral(input: unknown): string {
  const value = checked(input);
  if (value === null || typeof value === "boolean") return String(value);
  if (typeof value === "number") return numberLiteral(value);
  if (typeof value === "string") return stringLiteral(value);
  if (Array.isArray(value)) return `[${value.map(flatLiteral).join(", ")}]`;
  const entries = entriesOf(value);
  return entries.length === 0 ? "{}" : `{ ${entries.map(([key, item]) => `${propertyKey(key)}: ${flatLiteral(item)}`).join(", ")} }`;
}

function size(value: JsonValue): number {
  if (Array.isArray(value)) return value.length;
  return value !== null && typeof value === "object" ? Object.keys(value).length : -1;
}

/** prettier's rule: two or more elements, all objects (or all arrays), each with two or more entries. */
function alwaysBreaks(items: readonly JsonValue[]): boolean {
  if (items.length < 2) return false;
  const firstIsArray = Array.isArray(items[0]);
  return items.every((item) => item !== null && typeof item === "object" && Array.isArray(item) === firstIsArray && size(item) > 1);
}

/**
 * The value laid out at `column` on a line indented by `depth` levels, `after` characters following
 * it on its line (a `,` or `;`). Lines after the first carry their indentation.
 */
export function layoutLiteral(input: unknown, column: number, depth: number, after: number): string {
  const value = checked(input);
  const flat = flatLiteral(value);
  if (value === null || typeof value !== "object") return flat;
  const items = Array.isArray(value) ? (value as readonly JsonValue[]) : undefined;
  if (size(value) === 0) return flat;
  if (!(items !== undefined && alwaysBreaks(items)) && column + flat.length + after <= PRINT_WIDTH) return flat;
  const inner = INDENT.repeat(depth + 1);
  const close = `\n${INDENT.repeat(depth)}${items ? "]" : "}"}`;
  if (items?.every((item) => typeof item === "number"))
    return `[${fill(
      items.map((item) => `${flatLiteral(item)},`),
      inner,
    )}${close}`;
  const lines = items ? items.map((item) => `${inner}${layoutLiteral(item, inner.length, depth + 1, 1)},`) : entriesOf(value).map(([key, item]) => `${inner}${property(propertyKey(key), item, inner.length, depth + 1)},`);
  return `${items ? "[" : "{"}\n${lines.join("\n")}${close}`;
}

function property(key: string, value: JsonValue, column: number, depth: number): string {
  const valueColumn = column + key.length + 2;
  if (typeof value === "string" && key.length >= SHORT_KEY && valueColumn + stringLiteral(value).length + 1 > PRINT_WIDTH) {
    return `${key}:\n${INDENT.repeat(depth + 1)}${stringLiteral(value)}`;
  }
  return `${key}: ${layoutLiteral(value, valueColumn, depth, 1)}`;
}

/** prettier's fill for an array of numbers: as many a line as fit. */
function fill(items: string[], indent: string): string {
  let out = "";
  let column = 0;
  for (const item of items) {
    if (column > 0 && column + 1 + item.length <= PRINT_WIDTH) {
      out += ` ${item}`;
      column += 1 + item.length;
    } else {
      out += `\n${indent}${item}`;
      column = indent.length + item.length;
    }
  }
  return out;
}
