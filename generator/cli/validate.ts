/** `validate`: the spec files checked, and what they define said. */
import type { Command } from "commander";
import { resolveSpecFiles } from "../config.js";
import { SpecError } from "../diagnostics.js";
import type { Api } from "../model/api.js";
import { apiCounts, summarizeApi } from "../summary.js";
import type { CliContext } from "./context.js";
import { errorFormatOption, loadApi, specOptions, type SpecFlags } from "./options.js";

export function registerValidate(program: Command, cli: CliContext): void {
  specOptions(program.command("validate").description("check the spec files and say what they define"))
    .addOption(errorFormatOption())
    .action(async (options: SpecFlags) => {
      const spec = await resolveSpecFiles(options);
      const api = await loadApi(spec);
      await compileSchemaStrictly(api, spec.schema[0]!);
      if (cli.reporting.format !== "json") cli.output.out(summarizeApi(api));
      else cli.printReport({ command: "validate", ok: true, findings: [], details: { counts: apiCounts(api) } }, 0);
    });
}

/** ajv's strict mode catches what the meta-schema allows but nobody meant, like a misspelt keyword. */
async function compileSchemaStrictly(api: Api, file: string): Promise<void> {
  const { compileAllDefinitions } = await import("../model/schema-ajv.js");
  try {
    compileAllDefinitions(api);
  } catch (error) {
    throw new SpecError([{ message: `the schema does not compile: ${(error as Error).message}`, location: { file } }]);
  }
}
