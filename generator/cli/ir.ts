/** `ir`: the intermediate model as JSON. */
import type { Command } from "commander";
import type { CliContext } from "./context.js";
import { loadSpec, specOptions, type SpecFlags } from "./options.js";

export function registerIr(program: Command, cli: CliContext): void {
  specOptions(program.command("ir").description("print the intermediate model of the API as JSON"))
    .option("--compact", "one line of JSON instead of an indented document")
    .action(async (options: SpecFlags & { compact?: boolean }) => {
      const api = await loadSpec(options);
      cli.output.out(JSON.stringify(api, null, options.compact ? undefined : 2) + "\n");
    });
}
