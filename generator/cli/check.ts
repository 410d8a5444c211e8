/** `check`: fails when the output folder is not what generate would write. */
import type { Command } from "commander";
import { resolveOptions, type CommandLineOptions } from "../config.js";
import { label, type CliContext } from "./context.js";
import { warnAboutPeerPackages } from "./generate.js";
import { errorFormatOption, generatorOptions } from "./options.js";

export function registerCheck(program: Command, cli: CliContext): void {
  generatorOptions(program.command("check").description("fail (exit 1) when the output folder is not what generate would write"))
    .addOption(errorFormatOption())
    .action((flags: CommandLineOptions) => runCheck(cli, flags));
}

async function runCheck(cli: CliContext, flags: CommandLineOptions): Promise<void> {
  const { output } = cli;
  const options = await resolveOptions(flags);
  const report = await (await import("../generate.js")).check(options);
  await warnAboutPeerPackages(output, options);
  const { checkFindings, formatCheckReport, isUpToDate } = await import("../check-report.js");
  const upToDate = isUpToDate(report);
  if (!upToDate) cli.exitCode = 1;
  if (cli.printReport({ command: "check", ok: upToDate, findings: checkFindings(report, options.out), details: { files: report.files } }, cli.exitCode)) {
    if (!upToDate && cli.reporting.format === "github-actions") output.err(formatCheckReport(report, label(options.out)));
    return;
  }
  if (upToDate) output.out(`opencmapi-gen: ${label(options.out)} is up to date (${report.files} files)\n`);
  else output.err(formatCheckReport(report, label(options.out)));
}
