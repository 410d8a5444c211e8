/**
 * The opencmapi-gen command line: the program, its commands (one module each under cli/) and the exit
 * code. `main` returns the exit code, so tests can run it in process. Commands load what they use when
 * they run: the model and the emitters pull in webidl2, ajv and ts-morph, which `--help` should not pay for.
 */
import { Command } from "commander";
import { SpecError } from "./diagnostics.js";
import { packageVersion } from "./package-root.js";
import { findingsOf, type ErrorFormat } from "./report-format.js";
import { unwrappedFileSystemError } from "./write/fs-errors.js";
import { registerCheck } from "./cli/check.js";
import { registerConformance } from "./cli/conformance.js";
import { cliContext, type CliOutput } from "./cli/context.js";
import { registerDiff } from "./cli/diff.js";
import { registerGenerate } from "./cli/generate.js";
import { registerInit } from "./cli/init.js";
import { registerIr } from "./cli/ir.js";
import { registerLint } from "./cli/lint.js";
import { registerMock } from "./cli/mock.js";
import { registerOpenRpc } from "./cli/openrpc.js";
import { reportError } from "./cli/report-error.js";
import { registerScaffold } from "./cli/scaffold.js";
import { registerValidate } from "./cli/validate.js";

export type { CliOutput } from "./cli/context.js";

const processOutput: CliOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** In the order `--help` lists them. */
const COMMANDS = [registerInit, registerIr, registerOpenRpc, registerDiff, registerConformance, registerScaffold, registerMock, registerValidate, registerLint, registerGenerate, registerCheck];

/** Exit codes: 0 fine, 1 the spec (or the generated output) is wrong, 2 bad usage, unreadable input or a file system that refuses, 128 + n interrupted by signal n, 70 a bug. */
export async function main(argv: string[], output: CliOutput = processOutput): Promise<number> {
  const cli = cliContext(output);
  const program = new Command("opencmapi-gen")
    .description("Code generator for the OMA Open Connection Manager Web API (OpenCMAPI 1.1)")
    .version(packageVersion())
    .exitOverride()
    .configureOutput({ writeOut: output.out, writeErr: output.err })
    .showHelpAfterError("(run opencmapi-gen --help for usage)")
    .hook("preAction", (_program, action) => {
      cli.reporting = { command: action.name(), format: action.opts<{ errorFormat?: ErrorFormat }>().errorFormat ?? "text" };
    });
  for (const register of COMMANDS) register(program, cli);

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (thrown) {
    const error = unwrappedFileSystemError(thrown) ?? thrown;
    if (error instanceof SpecError && cli.reporting.format !== "text") {
      cli.exitCode = error.exitCode;
      cli.printReport({ command: cli.reporting.command, ok: false, findings: findingsOf(error.diagnostics) }, cli.exitCode);
      // A workflow log is read by people too: the annotations go with the usual lines.
      if (cli.reporting.format === "github-actions") reportError(error, output);
    } else cli.exitCode = reportError(error, output);
  }
  return cli.exitCode;
}
