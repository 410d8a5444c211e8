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

function checked(value: unknown): JsonValue {
  if (value === null || typeof value === "boolean" || typeof value === "string") return value;
  if (typeof value === "number") return (numberLiteral(value), value);
  if (Array.isArray(value)) return value as JsonValue[];
  if (typeof value === "object" && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)) return value as JsonValue;
  throw new Error(`a literal takes JSON data only, not ${typeof value === "object" ? Object.prototype.toString.call(value) : typeof value}`);
}

/**
 * A value read once for layout: checked to be JSON when made, its one-line text worked out when
 * first asked and kept, so that laying out a nested value asks each level's text once (not once
 * per level above it).
 */
export class MeasuredLiteral {
  readonly kind: "scalar" | "number" | "string" | "array" | "object";
  /** The elements of an array, or the values of an object's entries. */
  readonly items: readonly MeasuredLiteral[] | undefined;
  /** An object's keys, as written. */
  readonly keys: readonly string[] | undefined;
  private flatText: string | undefined;
  constructor(input: unknown) {
    const value = checked(input);
    if (Array.isArray(value)) {
      this.kind = "array";
      this.items = value.map((item) => new MeasuredLiteral(item));
    } else if (value !== null && typeof value === "object") {
      const entries = Object.entries(value);
      this.kind = "object";
      this.keys = entries.map(([key]) => propertyKey(key));
      this.items = entries.map(([, item]) => new MeasuredLiteral(item));
    } else if (typeof value === "number") {
      this.kind = "number";
      this.flatText = numberLiteral(value);
    } else if (typeof value === "string") {
      this.kind = "string";
      this.flatText = stringLiteral(value);
    } else {
      this.kind = "scalar";
      this.flatText = String(value);
    }
  }
  /** The value on one line. */
  get flat(): string {
    if (this.flatText !== undefined) return this.flatText;
    const items = this.items!;
    const keys = this.keys;
    if (keys === undefined) this.flatText = `[${items.map((item) => item.flat).join(", ")}]`;
    else this.flatText = items.length === 0 ? "{}" : `{ ${items.map((item, index) => `${keys[index]}: ${item.flat}`).join(", ")} }`;
    return this.flatText;
  }
}

/** The value on one line. */
export function flatLiteral(input: unknown): string {
  return new MeasuredLiteral(input).flat;
}

/** prettier's rule: two or more elements, all objects (or all arrays), each with two or more entries. */
function alwaysBreaks(items: readonly MeasuredLiteral[]): boolean {
  if (items.length < 2) return false;
  const kind = items[0]!.kind;
  return (kind === "array" || kind === "object") && items.every((item) => item.kind === kind && item.items!.length > 1);
}

/**
 * The value laid out at `column` on a line indented by `depth` levels, `after` characters following
 * it on its line (a `,` or `;`). Lines after the first carry their indentation.
 */
export function layoutLiteral(input: unknown, column: number, depth: number, after: number): string {
  return layoutMeasured(new MeasuredLiteral(input), column, depth, after);
}

/** layoutLiteral for a value already measured. */
export function layoutMeasured(value: MeasuredLiteral, column: number, depth: number, after: number): string {
  const items = value.items;
  if (items === undefined || items.length === 0) return value.flat;
  const isArray = value.kind === "array";
  if (!(isArray && alwaysBreaks(items)) && column + value.flat.length + after <= PRINT_WIDTH) return value.flat;
  const inner = INDENT.repeat(depth + 1);
  const close = `\n${INDENT.repeat(depth)}${isArray ? "]" : "}"}`;
  if (isArray && items.every((item) => item.kind === "number"))
    return `[${fill(
      items.map((item) => `${item.flat},`),
      inner,
    )}${close}`;
  const keys = value.keys;
  const lines = keys === undefined ? items.map((item) => `${inner}${layoutMeasured(item, inner.length, depth + 1, 1)},`) : items.map((item, index) => `${inner}${property(keys[index]!, item, inner.length, depth + 1)},`);
  return `${isArray ? "[" : "{"}\n${lines.join("\n")}${close}`;
}

function property(key: string, value: MeasuredLiteral, column: number, depth: number): string {
  const valueColumn = column + key.length + 2;
  if (value.kind === "string" && key.length >= SHORT_KEY && valueColumn + value.flat.length + 1 > PRINT_WIDTH) {
    return `${key}:\n${INDENT.repeat(depth + 1)}${value.flat}`;
  }
  return `${key}: ${layoutMeasured(value, valueColumn, depth, 1)}`;
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
