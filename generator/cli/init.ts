/** `init`: writes opencmapi-gen.config.json, checked against the schema it names. */
import type { Command } from "commander";
import { basename, dirname, relative } from "node:path";
import { CONFIG_FILE, configPathOf, configProblems, type CommandLineOptions } from "../config.js";
import { SpecError } from "../diagnostics.js";
import { initialConfig, schemaReference } from "../init-config.js";
import { packageRoot } from "../package-root.js";
import type { CliContext } from "./context.js";
import { generatorOptions } from "./options.js";

export function registerInit(program: Command, cli: CliContext): void {
  generatorOptions(program.command("init"))
    .description(`write ${CONFIG_FILE} (or the file --config names) with a $schema editors complete it from, and the options given`)
    .action((flags: CommandLineOptions) => runInit(cli, flags));
}

async function runInit(cli: CliContext, flags: CommandLineOptions): Promise<void> {
  const path = configPathOf(flags);
  const configDir = dirname(path);
  const config = initialConfig(flags, { cwd: process.cwd(), configDir, schema: schemaReference(configDir, packageRoot()) });
  const problems = configProblems(config, path);
  if (problems.length > 0) throw new SpecError(problems, 2);
  const [{ disk }, { createFiles }] = await Promise.all([import("../write/disk.js"), import("../write/output-dir.js")]);
  if ((await disk.kind(path)) !== "missing") {
    throw new SpecError([{ message: "already exists; init leaves it as it is (edit it, or remove it and run init again)", location: { file: path } }], 2);
  }
  await createFiles(configDir, new Map([[basename(path), `${JSON.stringify(config, null, 2)}\n`]]));
  cli.output.out(`opencmapi-gen: wrote ${relative(process.cwd(), path)}; next: npx opencmapi-gen generate${flags.config !== undefined ? ` --config ${flags.config}` : ""}\n`);
}
