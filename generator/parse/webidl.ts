import * as webidl2 from "webidl2";
import type { IDLRootType } from "webidl2";
import { SpecError, type Diagnostic } from "../diagnostics.js";

/** What webidl2 reports for a syntax or validation error (its typings omit `context`). */
interface WebIdlProblem {
  bareMessage: string;
  context: string;
  line: number;
  level?: string;
}

/** Parses and validates WebIDL; a syntax error or any validation error becomes a SpecError. */
export function parseWebIdl(text: string, file: string): IDLRootType[] {
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
  const sourceLine = (lines[problem.line - 1] ?? "").replace(/\r$/, "");
  const contextLines = problem.context.split("\n");
  const caretLine = contextLines.at(-1) ?? "";
  const excerpt = contextLines.at(-2) ?? "";
  const caret = caretLine.indexOf("^");
  const found = excerpt === "" ? -1 : sourceLine.indexOf(excerpt);
  const column = found >= 0 && caret >= 0 ? found + caret + 1 : undefined;
  const kind = problem.context.startsWith("Validation") ? "invalid WebIDL" : "WebIDL syntax error";
  const within = /, (?:since|inside) `([^`]*)`/.exec(contextLines[0] ?? "")?.[1];
  const message = `${kind}: ${problem.bareMessage}${within ? ` (in ${within})` : ""}`;
  return { message, location: { file, line: problem.line, ...(column !== undefined ? { column } : {}) }, sourceLine };
}
