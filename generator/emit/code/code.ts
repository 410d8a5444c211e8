/**
 * The one way generated TypeScript is written, after ajv's `_` template (lib/compile/codegen): code is
 * a `Code` value built by the `_` tag, whose literal parts are the emitter's own code and whose
 * interpolations can only be
 * - a `Name`, which refuses what is not an identifier or is a reserved word (`name`, `importName`),
 * - another `Code` (a `doc`, a `block`, a `join` of pieces),
 * - or a value, written as a literal that cannot inject (literal.ts) and laid out as prettier would.
 * So no spec text reaches the output except through a Name, a literal or a comment that cannot close.
 *
 * Blocks indent themselves: a Code is laid out when its file is rendered (module.ts), each line at its
 * depth, so a literal knows the column it starts at. Imports come from use: an imported Name carries
 * its module, and the file writes one import per module for the names its code uses.
 *
 * Raw newlines in the emitter's own template text are line breaks of the code; the builder indents the
 * line after them. (A template literal spanning lines in generated code would be indented too: the
 * emitters write none; a value with a newline becomes a literal with `\n`.)
 */
import { JS_RESERVED_WORDS } from "../names.js";
import { layoutMeasured, MeasuredLiteral, propertyKey } from "./literal.js";

const RESERVED: ReadonlySet<string> = new Set(JS_RESERVED_WORDS);
/** Names a type alias, interface or class cannot take (TypeScript's predefined types). */
const PREDEFINED_TYPES: ReadonlySet<string> = new Set(["any", "unknown", "never", "string", "number", "boolean", "symbol", "object", "bigint", "undefined", "void", "null"]);
const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u;
/** The common case, tested first: the Unicode classes cost more. */
const ASCII_IDENTIFIER = /^[A-Za-z$_][A-Za-z0-9$_]*$/;

export interface ImportSource {
  /** The module specifier, e.g. "./runtime/client.js". */
  module: string;
  /** `type` for `import type`/`type X`, `namespace` for `import type * as X`. */
  kind: "value" | "type" | "namespace";
  /** The module's name for it, when the file calls it otherwise (`import { connectWebSocket as connect }`). */
  imported?: string;
}

/** An identifier of the generated code. */
export class Name {
  readonly text: string;
  readonly source: ImportSource | undefined;
  constructor(text: string, source?: ImportSource) {
    if (!ASCII_IDENTIFIER.test(text) && !IDENTIFIER.test(text)) throw new Error(`${JSON.stringify(text)} is not an identifier`);
    if (RESERVED.has(text)) throw new Error(`${JSON.stringify(text)} is a reserved word, no identifier`);
    this.text = text;
    this.source = source;
  }
  toString(): string {
    return this.text;
  }
}

/** An identifier; with `type`, also refused when TypeScript predefines it (`string`, `any`). */
export function name(text: string, options: { type?: boolean } = {}): Name {
  if (options.type && PREDEFINED_TYPES.has(text)) throw new Error(`${JSON.stringify(text)} is a predefined type, no type name`);
  return new Name(text);
}

/** A name imported from a module: the file imports it when its code uses it. */
export function importName(text: string, module: string, kind: ImportSource["kind"] = "value", imported?: string): Name {
  if (imported !== undefined) new Name(imported); // refused like any name
  return new Name(text, { module, kind, ...(imported !== undefined ? { imported } : {}) });
}

/** A property key for any text: bare when it is an identifier name, else a string literal (`__proto__` computed). */
export function key(text: string): Code {
  return new Code([propertyKey(text)]);
}

/** A value to write as a literal, laid out where it lands. */
class Literal {
  /** Made here, so that what is not JSON is refused where the emitter passes it. */
  readonly measured: MeasuredLiteral;
  constructor(value: unknown) {
    this.measured = new MeasuredLiteral(value);
  }
}

type Part = string | Name | Literal | Code | Indented;

/** Lines one level deeper than the code around them, each on its own line. */
class Indented {
  constructor(readonly lines: readonly Code[]) {}
}

export class Code {
  constructor(readonly parts: readonly Part[]) {}
}

/** What `_` takes between its texts: a Name or Code as it is, anything else as a JSON literal. */
export type Interpolation = unknown;

/** Code from a template: the template's text is code, each interpolation a Name, a Code or a value (a literal). */
export function _(strings: TemplateStringsArray, ...values: readonly Interpolation[]): Code {
  const parts: Part[] = [strings[0]!];
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    parts.push(value instanceof Code || value instanceof Name ? value : new Literal(value), strings[index + 1]!);
  }
  return new Code(parts);
}

/** The pieces one after the other, the separator (code text) between two. */
export function join(pieces: readonly Code[], separator: string): Code {
  return new Code(pieces.flatMap((piece, index) => (index === 0 ? [piece] : [separator, piece])));
}

/** `head {`, the statements one a line a level deeper, `}`; `{}` on one line when there are none. */
export function block(head: Code, body: readonly Code[], close = "}"): Code {
  if (body.length === 0) return _`${head} {${new Code([close])}`;
  return new Code([head, " {", new Indented(body), "\n", close]);
}

/** Lines a level deeper, each on its own line (the caller writes what opens and closes them). */
export function indented(lines: readonly Code[]): Code {
  return new Code([new Indented(lines)]);
}

/** The lines of doc text, whatever ends them (\n, \r\n, \r, U+2028, U+2029), their trailing space dropped. */
function docLines(text: string): string[] {
  return text.split(/\r\n|[\n\r\u2028\u2029]/).map((line) => line.trimEnd());
}

/** Doc text that cannot end a block comment: every `*\/` becomes `*\\/`. */
export function quoteDoc(text: string): string {
  return text.replace(/\*\//g, "*\\/");
}

/**
 * A JSDoc block: `/** text *\/` for one line, otherwise one ` * line` per line (an empty line as ` *`),
 * a leading empty line dropped. The text cannot close the comment (quoteDoc) and cannot start a line
 * outside it (every line break becomes a ` * ` line). `multiLine` keeps even one line in the
 * multi-line form (the types writer's layout).
 */
export function doc(text: string, options: { multiLine?: boolean } = {}): Code {
  const lines = docLines(quoteDoc(text));
  if (lines.length > 1 && lines[0] === "") lines.shift();
  if (lines.length === 1 && !options.multiLine) return new Code([`/** ${lines[0]} */`]);
  return new Code([["/**", ...lines.map((line) => (line === "" ? " *" : ` * ${line}`)), " */"].join("\n")]);
}

/** `// text`, a comment a line: no line break in the text can end the comment and start code. */
export function lineComment(text: string): Code {
  return new Code([
    docLines(text)
      .map((line) => (line === "" ? "//" : `// ${line}`))
      .join("\n"),
  ]);
}

/** Renders code at depth 0: a line's indentation is written when its first character is (so blank lines stay empty). */
export function render(code: Code): string {
  return renderCollecting(code, []);
}

/** render, pushing each Name the code uses onto `names` in the order it is written (for the imports, without a second walk). */
export function renderCollecting(code: Code, names: Name[]): string {
  let out = "";
  let column = 0;
  let depth = 0;
  let lineStarted = false;
  const startLine = () => {
    if (lineStarted) return;
    const indent = "  ".repeat(depth);
    out += indent;
    column = indent.length;
    lineStarted = true;
  };
  const write = (text: string) => {
    if (text === "") return;
    startLine();
    out += text;
    column += text.length;
  };
  const text = (value: string) => {
    let from = 0;
    for (let end = value.indexOf("\n"); end >= 0; end = value.indexOf("\n", from)) {
      write(value.slice(from, end));
      out += "\n";
      column = 0;
      lineStarted = false;
      from = end + 1;
    }
    write(from === 0 ? value : value.slice(from));
  };
  const visit = (parts: readonly Part[]) => {
    for (let index = 0; index < parts.length; index++) {
      const part = parts[index]!;
      if (typeof part === "string") text(part);
      else if (part instanceof Name) {
        names.push(part);
        write(part.text);
      } else if (part instanceof Code) visit(part.parts);
      else if (part instanceof Indented) {
        depth++;
        for (const line of part.lines) {
          out += "\n";
          column = 0;
          lineStarted = false;
          visit(line.parts);
        }
        depth--;
      } else {
        startLine(); // the line's indentation first, so that the column is right
        // The literal's later lines carry their own indentation (from the depth), so they are written as they are.
        const laidOut = layoutMeasured(part.measured, column, depth, trailingOnLine(parts, index + 1));
        out += laidOut;
        const lastBreak = laidOut.lastIndexOf("\n");
        column = lastBreak < 0 ? column + laidOut.length : laidOut.length - lastBreak - 1;
      }
    }
  };
  visit(code.parts);
  return out;
}

/** How many characters follow a literal on its line within its own Code (a `,`, `;` or ` as const;`). */
function trailingOnLine(parts: readonly Part[], from: number): number {
  let length = 0;
  for (let index = from; index < parts.length; index++) {
    const part = parts[index]!;
    if (typeof part === "string") {
      const end = part.indexOf("\n");
      if (end >= 0) return length + end;
      length += part.length;
    } else if (part instanceof Name) length += part.text.length;
    else if (part instanceof Literal) length += part.measured.flat.length;
    else return length;
  }
  return length;
}
