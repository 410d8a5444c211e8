/** Where a problem is: a file, and a line and column in it or a JSON pointer into it. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
  /** JSON pointer into a JSON file, for problems found after parsing. */
  pointer?: string;
}

export interface Diagnostic {
  message: string;
  location: SourceLocation;
  /** The text of the offending line, shown under the message with a caret. */
  sourceLine?: string;
}

/** Thrown for input the generator cannot accept; carries every problem found, not just the first. */
export class SpecError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  /** 1: the spec is wrong; 2: an input could not be read. */
  readonly exitCode: 1 | 2;

  constructor(diagnostics: readonly Diagnostic[], exitCode: 1 | 2 = 1) {
    super(diagnostics.map(formatDiagnostic).join("\n"));
    this.name = "SpecError";
    this.diagnostics = diagnostics;
    this.exitCode = exitCode;
  }
}

export function formatLocation(location: SourceLocation): string {
  let text = location.file;
  if (location.line !== undefined) {
    text += `:${location.line}`;
    if (location.column !== undefined) text += `:${location.column}`;
  }
  if (location.pointer !== undefined) text += ` at ${location.pointer === "" ? "/" : location.pointer}`;
  return text;
}

/** `file:line:col: message`, then the source line with a caret under the column. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const head = `${formatLocation(diagnostic.location)}: ${diagnostic.message}`;
  const { line, column } = diagnostic.location;
  if (diagnostic.sourceLine === undefined || line === undefined) return head;
  const gutter = String(line);
  const shown = diagnostic.sourceLine.replace(/\t/g, " ");
  const caret = column !== undefined ? `\n${" ".repeat(gutter.length)} | ${" ".repeat(column - 1)}^` : "";
  return `${head}\n${gutter} | ${shown}${caret}`;
}

/** The 1-based line and column of a character offset in a text. */
export function positionOf(text: string, offset: number): { line: number; column: number; sourceLine: string } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const lineStart = before.lastIndexOf("\n") + 1;
  const lineEnd = text.indexOf("\n", lineStart);
  const sourceLine = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, "");
  return { line, column: offset - lineStart + 1, sourceLine };
}
