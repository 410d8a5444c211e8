/**
 * How commands that report problems print them (`--error-format`): `text` for a person, `json` as one
 * machine-readable document, `github-actions` as workflow annotations, so a pull request shows each
 * problem on its line (as buf's `--error-format github-actions` does).
 */
import { relative } from "node:path";
import { formatDiagnostic, formatLocation, type Diagnostic, type SourceLocation } from "./diagnostics.js";
import { locatePointer } from "./parse/json-pointer.js";

export const ERROR_FORMATS = ["text", "json", "github-actions"] as const;
export type ErrorFormat = (typeof ERROR_FORMATS)[number];

export interface Finding {
  severity: "error" | "warning" | "notice";
  message: string;
  location?: SourceLocation;
  /** The offending line, shown under a text finding. */
  sourceLine?: string;
  /** A rule or kind, e.g. "function removed"; the annotation's title. */
  rule?: string;
}

/** One finding as a person reads it: `file:line:col: message` with the line and a caret. */
export function findingText(finding: Finding): string {
  const message = finding.rule ? `${finding.message} [${finding.rule}]` : finding.message;
  if (!finding.location) return message;
  return formatDiagnostic({ message, location: finding.location, ...(finding.sourceLine !== undefined ? { sourceLine: finding.sourceLine } : {}) });
}

/** GitHub's workflow-command escaping: data escapes %, CR, LF; properties also : and ,. */
const escapeData = (text: string) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** `::error file=spec/opencmapi.webidl,line=3,col=5,title=...::message`; paths relative to `cwd`, as the repository sees them. */
export function githubAnnotation(finding: Finding, cwd: string = process.cwd()): string {
  const properties: string[] = [];
  const location = finding.location;
  if (location) {
    properties.push(`file=${escapeProperty(relative(cwd, location.file).split("\\").join("/") || location.file)}`);
    if (location.line !== undefined) properties.push(`line=${location.line}`);
    if (location.column !== undefined) properties.push(`col=${location.column}`);
  }
  const title = finding.rule ?? (location?.pointer !== undefined ? `at ${location.pointer || "/"}` : undefined);
  if (title !== undefined) properties.push(`title=${escapeProperty(title)}`);
  const message = location?.pointer !== undefined && finding.rule !== undefined ? `${finding.message} (at ${location.pointer || "/"})` : finding.message;
  return `::${finding.severity}${properties.length > 0 ? ` ${properties.join(",")}` : ""}::${escapeData(message)}`;
}

/** A finding as JSON: its location flattened, absent members left out. */
export function findingJson(finding: Finding): Record<string, unknown> {
  const { location, ...rest } = finding;
  return { ...rest, ...(location ? { file: location.file, line: location.line, column: location.column, pointer: location.pointer, where: formatLocation(location) } : {}) };
}

export interface Report {
  command: string;
  ok: boolean;
  findings: Finding[];
  /** Command-specific members of the JSON document (counts, the changes of a diff, ...). */
  details?: Record<string, unknown>;
}

/** The JSON document every command prints with `--error-format json`. */
export function reportJson(report: Report, exitCode: number): string {
  return `${JSON.stringify({ command: report.command, ok: report.ok, exitCode, ...report.details, findings: report.findings.map(findingJson) }, null, 2)}\n`;
}

/** Gives a line and column to findings located by a JSON pointer only; `readText` returns a file's text, or undefined. */
export function withPointerLines(findings: Finding[], readText: (file: string) => string | undefined): Finding[] {
  return findings.map((finding) => {
    const location = finding.location;
    if (!location || location.pointer === undefined || location.line !== undefined) return finding;
    const text = readText(location.file);
    const position = text === undefined ? undefined : locatePointer(text, location.pointer);
    if (!position) return finding;
    return { ...finding, location: { ...location, line: position.line, column: position.column }, sourceLine: position.sourceLine };
  });
}

export function findingsOf(diagnostics: readonly Diagnostic[]): Finding[] {
  return diagnostics.map((diagnostic) => ({
    severity: "error",
    message: diagnostic.message,
    location: diagnostic.location,
    ...(diagnostic.sourceLine !== undefined ? { sourceLine: diagnostic.sourceLine } : {}),
  }));
}
