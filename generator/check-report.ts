/** What `check` prints: which files are missing, changed (with a short diff), stale or unexpected. */
import { structuredPatch } from "diff";
import { join } from "node:path";
import type { Finding } from "./report-format.js";
import { JOURNAL_FILE } from "./write/journal.js";
import type { CheckReport } from "./write/output-dir.js";

const MAX_HUNKS = 3;
const MAX_LINES_PER_HUNK = 12;

function shortDiff(path: string, current: string, expected: string): string[] {
  const patch = structuredPatch(`${path} (in the folder)`, `${path} (generated now)`, current, expected, "", "", { context: 2 });
  const lines = [`    --- ${patch.oldFileName}`, `    +++ ${patch.newFileName}`];
  for (const hunk of patch.hunks.slice(0, MAX_HUNKS)) {
    lines.push(`    @@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`);
    const body = hunk.lines.map((line) => `    ${line.length > 160 ? `${line.slice(0, 160)}…` : line}`);
    lines.push(...body.slice(0, MAX_LINES_PER_HUNK));
    if (body.length > MAX_LINES_PER_HUNK) lines.push(`    … ${body.length - MAX_LINES_PER_HUNK} more lines in this hunk`);
  }
  if (patch.hunks.length > MAX_HUNKS) lines.push(`    … ${patch.hunks.length - MAX_HUNKS} more hunks`);
  return lines;
}

// Beside CheckReport, so that check can tell without loading the diff package; the CLI imports it from here.
export { isUpToDate } from "./write/output-dir.js";

/** What to run when a folder holds an interrupted write: generate finishes or undoes it, then writes what is missing. */
const INTERRUPTED_HINT = "run `npx opencmapi-gen generate`: it finishes (or undoes) that write, removes what it left, and brings the folder up to date; then check again";

export function formatCheckReport(report: CheckReport, outLabel: string): string {
  if (report.interrupted) return `${outLabel} is not consistent: ${report.interrupted.description}.\n${report.interrupted.live ? "" : `  ${INTERRUPTED_HINT}.\n`}`;
  const lines = [`${outLabel} is out of date: run \`npx opencmapi-gen generate\`.`];
  for (const path of report.missing) lines.push(`  missing:    ${path}`);
  for (const change of report.changed) lines.push(`  changed:    ${change.path}`, ...shortDiff(change.path, change.current, change.expected));
  for (const path of report.stale) lines.push(`  stale:      ${path} (no longer generated; generate removes it)`);
  for (const path of report.unexpected) {
    lines.push(`  unexpected: ${path} (not written by opencmapi-gen: move it out, or list it under "ignore" in opencmapi-gen.config.json)`);
  }
  return `${lines.join("\n")}\n`;
}

/** The first line where two texts differ (1-based), where a CI annotation points. */
function firstDifferentLine(current: string, expected: string): number {
  const a = current.split("\n");
  const b = expected.split("\n");
  let line = 0;
  while (line < a.length && line < b.length && a[line] === b[line]) line++;
  return line + 1;
}

/** The same report as findings, each on the output file it is about. */
export function checkFindings(report: CheckReport, outDir: string): Finding[] {
  const at = (path: string, line?: number) => ({ file: join(outDir, path), ...(line !== undefined ? { line } : {}) });
  const error = (rule: string, path: string, message: string, line?: number): Finding => ({ severity: "error", rule, message, location: at(path, line) });
  if (report.interrupted) {
    return [
      {
        severity: "error",
        rule: "interrupted",
        message: report.interrupted.live ? report.interrupted.description : `${report.interrupted.description}; ${INTERRUPTED_HINT}`,
        location: { file: report.interrupted.journal ? join(outDir, JOURNAL_FILE) : outDir },
      },
    ];
  }
  return [
    ...report.missing.map((path) => error("missing", path, "not generated yet: run `npx opencmapi-gen generate`")),
    ...report.changed.map((change) => error("changed", change.path, "differs from what generate writes now: run `npx opencmapi-gen generate`", firstDifferentLine(change.current, change.expected))),
    ...report.stale.map((path) => error("stale", path, "no longer generated: `npx opencmapi-gen generate` removes it")),
    ...report.unexpected.map((path) => error("unexpected", path, 'not written by opencmapi-gen: move it out, or list it under "ignore" in opencmapi-gen.config.json')),
  ];
}
