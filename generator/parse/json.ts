import { SpecError, positionOf } from "../diagnostics.js";
import { characterName, invisibleInJson, visibleLine } from "./invisible.js";

interface JsonProblem {
  offset: number;
  message: string;
}

/**
 * Parses JSON, reporting a syntax error, a duplicate key or an invisible or control character
 * (parse/invisible.ts) with its line and column.
 * JSON.parse alone is not enough: its messages often carry no position, and it keeps the last of
 * two equal keys without a word, which would silently drop a schema definition.
 */
export function parseJson(text: string, file: string): unknown {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  let problem: JsonProblem | null;
  try {
    value = JSON.parse(source);
    // Valid JSON: only a duplicate key can be wrong. Found by a regex over strings and brackets, which is
    // several times faster than the scanner on a cold start (the schema is 300 kB, read on every generation).
    problem = firstDuplicateKey(source);
  } catch {
    problem = scanForProblem(source);
    if (!problem) return JSON.parse(source); // the scanner accepts what JSON.parse refused: let JSON.parse say why
  }
  if (problem) {
    const { line, column, sourceLine } = positionOf(source, problem.offset);
    throw new SpecError([{ message: problem.message, location: { file, line, column }, sourceLine: visibleLine(sourceLine) }]);
  }
  // Valid, but with characters nobody can see (parse/invisible.ts): refused as a syntax error is.
  const invisible = invisibleInJson(source, file);
  if (invisible.length > 0) throw new SpecError(invisible);
  return value;
}

/** The first problem in the document, in reading order: a syntax error or a duplicate key. */
function scanForProblem(source: string): JsonProblem | null {
  try {
    return new JsonScanner(source).scanDocument();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { offset: 0, message: "JSON is nested too deeply to read" };
  }
}

const STRING_OR_BRACKET = /"(?:[^"\\]|\\.)*"|[{}[\]]/g;

/** In valid JSON: the first key that its object already has, where the scanner would report it. */
function firstDuplicateKey(source: string): JsonProblem | null {
  const open: (Set<string> | null)[] = []; // the keys of each open object; null for an array
  STRING_OR_BRACKET.lastIndex = 0;
  for (let match = STRING_OR_BRACKET.exec(source); match; match = STRING_OR_BRACKET.exec(source)) {
    const token = match[0];
    if (token === "{") open.push(new Set());
    else if (token === "[") open.push(null);
    else if (token === "}" || token === "]") open.pop();
    else {
      const keys = open[open.length - 1];
      if (!keys || !followedByColon(source, STRING_OR_BRACKET.lastIndex)) continue;
      const key = JSON.parse(token) as string;
      if (keys.has(key)) return { offset: match.index, message: duplicateKeyMessage(key) };
      keys.add(key);
    }
  }
  return null;
}

function followedByColon(source: string, offset: number): boolean {
  while (WHITESPACE.has(source[offset]!)) offset++;
  return source[offset] === ":";
}

function duplicateKeyMessage(key: string): string {
  return `duplicate key "${key}" in this object (JSON.parse would keep only the last)`;
}

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class JsonScanner {
  private offset = 0;

  constructor(private readonly text: string) {}

  scanDocument(): JsonProblem | null {
    this.skipWhitespace();
    const problem = this.scanValue();
    if (problem) return problem;
    this.skipWhitespace();
    if (this.offset < this.text.length) return this.unexpected("the end of the file");
    return null;
  }

  private scanValue(): JsonProblem | null {
    const char = this.text[this.offset];
    if (char === "{") return this.scanObject();
    if (char === "[") return this.scanArray();
    if (char === '"') return this.scanString().problem;
    for (const literal of ["true", "false", "null"]) {
      if (this.text.startsWith(literal, this.offset)) {
        this.offset += literal.length;
        return null;
      }
    }
    NUMBER.lastIndex = this.offset;
    const number = NUMBER.exec(this.text);
    if (number) {
      this.offset += number[0].length;
      return null;
    }
    return this.unexpected("a value (object, array, string, number, true, false or null)");
  }

  private scanObject(): JsonProblem | null {
    this.offset++;
    const keys = new Set<string>();
    this.skipWhitespace();
    if (this.text[this.offset] === "}") {
      this.offset++;
      return null;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.offset] !== '"') return this.unexpected("a property name in double quotes");
      const keyStart = this.offset;
      const { problem, value } = this.scanString();
      if (problem) return problem;
      if (keys.has(value)) {
        return { offset: keyStart, message: duplicateKeyMessage(value) };
      }
      keys.add(value);
      this.skipWhitespace();
      if (this.text[this.offset] !== ":") return this.unexpected("':' after the property name");
      this.offset++;
      this.skipWhitespace();
      const valueProblem = this.scanValue();
      if (valueProblem) return valueProblem;
      this.skipWhitespace();
      const next = this.text[this.offset];
      if (next === ",") {
        this.offset++;
        this.skipWhitespace();
        if (this.text[this.offset] === "}") return this.unexpected("another property after ',' (trailing commas are not JSON)");
        continue;
      }
      if (next === "}") {
        this.offset++;
        return null;
      }
      return this.unexpected("',' or '}' after the property value");
    }
  }

  private scanArray(): JsonProblem | null {
    this.offset++;
    this.skipWhitespace();
    if (this.text[this.offset] === "]") {
      this.offset++;
      return null;
    }
    for (;;) {
      this.skipWhitespace();
      const problem = this.scanValue();
      if (problem) return problem;
      this.skipWhitespace();
      const next = this.text[this.offset];
      if (next === ",") {
        this.offset++;
        this.skipWhitespace();
        if (this.text[this.offset] === "]") return this.unexpected("another element after ',' (trailing commas are not JSON)");
        continue;
      }
      if (next === "]") {
        this.offset++;
        return null;
      }
      return this.unexpected("',' or ']' after the array element");
    }
  }

  private scanString(): { problem: JsonProblem | null; value: string } {
    const start = this.offset;
    this.offset++;
    while (this.offset < this.text.length) {
      const char = this.text[this.offset]!;
      if (char === '"') {
        this.offset++;
        return { problem: null, value: JSON.parse(this.text.slice(start, this.offset)) as string };
      }
      if (char === "\\") {
        const escape = this.text[this.offset + 1];
        if (escape === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.offset + 2, this.offset + 6))) {
            return { problem: { offset: this.offset, message: "expected four hex digits after \\u" }, value: "" };
          }
          this.offset += 6;
          continue;
        }
        if (escape === undefined || !'"\\/bfnrt'.includes(escape)) {
          return { problem: { offset: this.offset, message: `invalid escape sequence \\${escape ?? ""} in string` }, value: "" };
        }
        this.offset += 2;
        continue;
      }
      if (char < " ") {
        return { problem: { offset: this.offset, message: "unescaped control character (a line break?) in string" }, value: "" };
      }
      this.offset++;
    }
    return { problem: { offset: start, message: "unterminated string: expected a closing '\"'" }, value: "" };
  }

  private skipWhitespace(): void {
    while (WHITESPACE.has(this.text[this.offset]!)) this.offset++;
  }

  private unexpected(expected: string): JsonProblem {
    const char = this.offset >= this.text.length ? undefined : String.fromCodePoint(this.text.codePointAt(this.offset)!);
    // A character that does not show is named, so that the message says what is there.
    const found = char === undefined ? "the end of the file" : /[\p{Cf}\p{Cc}\p{Z}]/u.test(char) ? characterName(char) : `'${char}'`;
    return { offset: this.offset, message: `expected ${expected}, found ${found}` };
  }
}
