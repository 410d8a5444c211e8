/** `lint`: the spec's style checked. */
import type { Command } from "commander";
import { readConfigFile, resolveSpecFiles } from "../config.js";
import { findingText } from "../report-format.js";
import type { CliContext } from "./context.js";
import { errorFormatOption, specOptions, type SpecFlags } from "./options.js";

type LintFlags = SpecFlags & { listRules?: boolean };

export function registerLint(program: Command, cli: CliContext): void {
  specOptions(program.command("lint").description("check the spec's style: descriptions, units, names, unused definitions, error lists, secrets in results, list counts (exit 1 on findings)"))
    .addOption(errorFormatOption())
    .option("--list-rules", "print the rules with their categories and stop")
    .action((options: LintFlags) => runLint(cli, options));
}

async function runLint(cli: CliContext, options: LintFlags): Promise<void> {
  const { output } = cli;
  if (options.listRules) {
    output.out((await import("../lint/rules.js")).formatRules());
    return;
  }
  const [{ lintSpec, countByRule, lintSummary }, { parseLintConfig }, { apiFromTexts, readSpecTexts }] = await Promise.all([import("../lint/runner.js"), import("../lint/config.js"), import("../load.js")]);
  const { path, config } = await readConfigFile(options);
  const lintConfig = parseLintConfig(config["lint"], path);
  const texts = await readSpecTexts(await resolveSpecFiles(options));
  const result = lintSpec(apiFromTexts(texts), texts, lintConfig);
  const counts = countByRule(result.findings);
  if (result.findings.length > 0) cli.exitCode = 1;
  const summary = lintSummary(result, counts);
  const readable = result.findings.map((finding) => `${findingText(finding)}\n`).join("");
  if (cli.printReport({ command: "lint", ok: cli.exitCode === 0, findings: result.findings, details: { rules: result.rules, counts, ignored: result.ignored } }, cli.exitCode)) {
    if (cli.reporting.format === "github-actions" && cli.exitCode !== 0) output.err(readable + summary);
    return;
  }
  if (cli.exitCode === 0) output.out(summary);
  else output.err(readable + summary);
}
