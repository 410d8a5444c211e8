/** What every CLI command shares: where it prints, the exit code it sets, and how a report is printed in a machine format. */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { githubAnnotation, reportJson, withPointerLines, type ErrorFormat, type Report } from "../report-format.js";

export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

export interface CliContext {
  readonly output: CliOutput;
  /** What `main` returns: 0 unless a command or an error sets it. */
  exitCode: number;
  /** The running command and its --error-format, set before its action runs. */
  reporting: { command: string; format: ErrorFormat };
  /** Prints a report in the json or github-actions format; false for text, which each command prints its own way. */
  printReport(report: Report, code: number): boolean;
}

export function cliContext(output: CliOutput): CliContext {
  const context: CliContext = {
    output,
    exitCode: 0,
    reporting: { command: "opencmapi-gen", format: "text" },
    printReport(report, code) {
      if (context.reporting.format === "text") return false;
      const findings = withPointerLines(report.findings, readTextOrUndefined);
      if (context.reporting.format === "json") output.out(reportJson({ ...report, findings }, code));
      else output.out(findings.map((finding) => `${githubAnnotation(finding)}\n`).join(""));
      return true;
    },
  };
  return context;
}

export function readTextOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** A folder as the user sees it: relative to the working directory, with a slash. */
export const label = (dir: string) => `${relative(process.cwd(), dir) || "."}/`;
