import * as webidl2 from "webidl2";
import type { IDLRootType } from "webidl2";
import { SpecError, positionOf, type Diagnostic } from "../diagnostics.js";
import { invisibleInText } from "./invisible.js";

/** What webidl2 reports for a syntax or validation error (its typings omit `context`). */
interface WebIdlProblem {
  bareMessage: string;
  context: string;
  line: number;
  level?: string;
}

/**
 * Parses and validates WebIDL (after a byte-order mark, if the file starts with one); a syntax error or any validation error becomes a SpecError. A file with
 * characters a reader cannot see (bidirectional controls, other format characters, control
 * characters: parse/invisible.ts) is refused before it is parsed, at each such character.
 */
export function parseWebIdl(withMark: string, file: string): IDLRootType[] {
  // A byte-order mark (which some editors write) is no part of the text, as for JSON; webidl2 would refuse it.
  const text = withMark.charCodeAt(0) === 0xfeff ? withMark.slice(1) : withMark;
  const invisible = invisibleInText(text, file);
  if (invisible.length > 0) throw new SpecError(invisible);
  let ast: IDLRootType[];
  try {
    ast = webidl2.parse(text, { sourceName: file });
  } catch (error) {
    if (isWebIdlProblem(error)) throw new SpecError([toDiagnostic(error, text, file)]);
    throw error;
  }
  const problems = (webidl2.validate(ast) as unknown as WebIdlProblem[]).filter((p) => p.level !== "warning");
  if (problems.length > 0) throw new SpecError(problems.map((p) => toDiagnostic(p, text, file)));
  return ast;
}

function isWebIdlProblem(error: unknown): error is WebIdlProblem {
  return typeof error === "object" && error !== null && "bareMessage" in error && "line" in error && "context" in error;
}

/**
 * webidl2 gives the line but not the column. Its context ends with the text around the error on
 * that line and a caret under the offending token: find that text in the line to get the column.
 */
function toDiagnostic(problem: WebIdlProblem, text: string, file: string): Diagnostic {
  const lines = text.split("\n");
  const errorLine = lines[problem.line - 1] ?? "";
  const contextLines = problem.context.split("\n");
  const caretLine = contextLines.at(-1) ?? "";
  const excerpt = contextLines.at(-2) ?? "";
  const caret = caretLine.indexOf("^");
  const found = excerpt === "" ? -1 : errorLine.indexOf(excerpt);
  let line = problem.line;
  let column = found >= 0 && caret >= 0 ? found + caret + 1 : undefined;
  const kind = problem.context.startsWith("Validation") ? "invalid WebIDL" : "WebIDL syntax error";
  const within = /, (?:since|inside) `([^`]*)`/.exec(contextLines[0] ?? "")?.[1];
  let message = `${kind}: ${problem.bareMessage}${within ? ` (in ${within})` : ""}`;
  if (column !== undefined && kind === "WebIDL syntax error") {
    const offset = offsetOf(lines, line, column);
    if (isBlank(text.slice(offset))) message += " at the end of the file (is a closing `};` missing?)";
    else if (/^(Unterminated|Missing semicolon)/.test(problem.bareMessage)) {
      // webidl2 notices a missing `;` at the next token; point where it belongs instead.
      const end = endOfPreviousToken(text, offset);
      ({ line, column } = positionOf(text, end));
    }
  }
  const shownLine = (lines[line - 1] ?? "").replace(/\r$/, "");
  return { message, location: { file, line, ...(column !== undefined ? { column } : {}) }, sourceLine: shownLine };
}

function offsetOf(lines: string[], line: number, column: number): number {
  return lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1;
}

const TRIVIA = /^(?:\s+|\/\*[\s\S]*?\*\/|\/\/[^\n]*)*$/;

function isBlank(text: string): boolean {
  return TRIVIA.test(text);
}

/** The offset just after the last token before `offset`, skipping white space and comments. */
function endOfPreviousToken(text: string, offset: number): number {
  let end = offset;
  for (;;) {
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    const blockStart = text.endsWith("*/", end) ? text.lastIndexOf("/*", end - 2) : -1;
    if (blockStart >= 0) {
      end = blockStart;
      continue;
    }
    const lineComment = text.indexOf("//", text.lastIndexOf("\n", end - 1) + 1);
    if (lineComment >= 0 && lineComment < end) {
      end = lineComment;
      continue;
    }
    return end;
  }
}
