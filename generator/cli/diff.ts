/** `diff`: two spec versions compared, each change classed as breaking or compatible. */
import type { Command } from "commander";
import { relative } from "node:path";
import { BUNDLED, CONFIG_FILE } from "../config.js";
import { formatLocation } from "../diagnostics.js";
import type { CliContext } from "./context.js";
import { errorFormatOption } from "./options.js";

export function registerDiff(program: Command, cli: CliContext): void {
  program
    .command("diff")
    .description("compare two spec versions and class each change as breaking or compatible (exit 1 when something breaks)")
    .argument("<old>", `the old spec: a folder with a .webidl and a .schema.json (or an ${CONFIG_FILE} naming several), the .webidl file, or "${BUNDLED}" for the bundled spec`)
    .argument("<new>", "the new spec, likewise")
    .option("--json", "print the list of changes as JSON (--error-format json prints them in the report document)")
    .addOption(errorFormatOption())
    .action((oldPath: string, newPath: string, flags: { json?: boolean }) => runDiff(cli, oldPath, newPath, flags));
}

async function runDiff(cli: CliContext, oldPath: string, newPath: string, flags: { json?: boolean }): Promise<void> {
  const [{ locateSpec }, { changeFindings, compareApis, formatChanges }, { changeLocator }, { apiFromTexts, readSpecTexts }] = await Promise.all([
    import("../diff/spec-location.js"),
    import("../diff/compare.js"),
    import("../diff/places.js"),
    import("../load.js"),
  ]);
  const [oldSpec, newSpec] = await Promise.all([locateSpec(oldPath), locateSpec(newPath)]);
  const [oldTexts, newTexts] = await Promise.all([readSpecTexts(oldSpec), readSpecTexts(newSpec)]);
  const [before, after] = [apiFromTexts(oldTexts), apiFromTexts(newTexts)];
  const changes = compareApis(before, after);
  if (changes.some((change) => change.breaking)) cli.exitCode = 1;
  // Each change where its item is defined: the new version's file for one added or changed, the old one's for one removed.
  const locate = changeLocator({ api: before, texts: oldTexts }, { api: after, texts: newTexts });
  const located = changes.map((change) => ({ change, location: locate(change) }));
  const listed = located.map(({ change, location }) => ({
    breaking: change.breaking,
    kind: change.kind,
    subject: change.subject,
    detail: change.detail,
    file: location.file,
    line: location.line,
    column: location.column,
    pointer: location.pointer,
  }));
  const report = { command: "diff", ok: cli.exitCode === 0, findings: changeFindings(changes, locate), details: { changes: listed } };
  const where = new Map(located.map(({ change, location }) => [change, formatLocation({ ...location, file: relative(process.cwd(), location.file) || location.file })]));
  const readable = formatChanges(changes, (change) => where.get(change)!);
  if (cli.printReport(report, cli.exitCode)) {
    // A workflow log is read by people too, as for lint and check: the readable list goes with the annotations.
    if (cli.reporting.format === "github-actions") cli.output.err(readable);
    return;
  }
  cli.output.out(flags.json ? `${JSON.stringify(listed, null, 2)}\n` : readable);
}
