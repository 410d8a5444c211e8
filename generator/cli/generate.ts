/** `generate`: the bindings written into the output folder, once or (--watch) whenever the spec changes. */
import type { Command } from "commander";
import { relative } from "node:path";
import { resolveOptions, type CommandLineOptions, type GeneratorOptions } from "../config.js";
import { peerPackageWarnings } from "../peer-check.js";
import { label, type CliContext, type CliOutput } from "./context.js";
import { generatorOptions } from "./options.js";
import { reportError } from "./report-error.js";

type GenerateFlags = CommandLineOptions & { force?: boolean; watch?: boolean };

export function registerGenerate(program: Command, cli: CliContext): void {
  generatorOptions(program.command("generate").description("write the generated bindings into the output folder"))
    .option("--force", "overwrite files in the output folder that opencmapi-gen did not write")
    .option("-w, --watch", "generate again whenever a spec file or the config changes; Ctrl-C stops")
    .action((flags: GenerateFlags) => (flags.watch ? watchUntilInterrupted(cli.output, flags) : generateOnce(cli.output, flags)));
}

/** Warns, after generate and check, about packages the generated code imports that the project lacks. */
export async function warnAboutPeerPackages(output: CliOutput, options: GeneratorOptions): Promise<void> {
  const warnings = await peerPackageWarnings(options);
  if (warnings) output.err(warnings);
}

async function generateOnce(output: CliOutput, flags: GenerateFlags): Promise<void> {
  const options = await resolveOptions(flags);
  const started = performance.now();
  const [{ interruptibly }, { generate, recoveryLine }] = await Promise.all([import("../write/interrupt.js"), import("../generate.js")]);
  const folder = { asItWas: `${label(options.out)} is as it was`, done: `${label(options.out)} holds the new generation` };
  const report = await interruptibly(folder, output.err, (control) => generate(options, { force: flags.force === true, control }));
  const elapsed = Math.round(performance.now() - started);
  const recovered = recoveryLine(report, label(options.out));
  if (recovered) output.err(`${recovered}\n`);
  output.out(`opencmapi-gen: ${label(options.out)}: ${report.written.length} written, ${report.unchanged.length} unchanged, ${report.removed.length} removed (${elapsed} ms)\n`);
  await warnAboutPeerPackages(output, options);
}

async function watchUntilInterrupted(output: CliOutput, flags: GenerateFlags): Promise<void> {
  const [{ watchGenerate }, { recoveryLine }] = await Promise.all([import("../watch.js"), import("../generate.js")]);
  const stopping = new AbortController();
  const stop = (signal: NodeJS.Signals) => stopping.abort(signal);
  // `on`, not `once`: a second Ctrl-C while a run finishes its renames must not kill the process half-way.
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  const clock = () => new Date().toTimeString().slice(0, 8);
  let stopped: Awaited<ReturnType<typeof watchGenerate>> | undefined;
  try {
    stopped = await watchGenerate(
      flags,
      {
        generated: (report, options, elapsed) => {
          const recovered = recoveryLine(report, label(options.out));
          if (recovered) output.err(`[${clock()}] ${recovered}\n`);
          output.out(
            `[${clock()}] ${label(options.out)}: ${report.written.length} written, ${report.unchanged.length} unchanged, ${report.removed.length} removed (${elapsed} ms)${report.written.length > 0 ? `: ${report.written.join(", ")}` : ""}\n`,
          );
        },
        failed: (error) => {
          output.err(`[${clock()}] generation failed; the output is left as it was:\n`);
          reportError(error, output);
        },
        watching: (files) => output.out(`watching ${files.map((file) => relative(process.cwd(), file) || file).join(", ")} (Ctrl-C stops)\n`),
      },
      stopping.signal,
    );
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  }
  // Ctrl-C is how a watch is stopped: exit 0, saying what became of a run that was writing.
  const folder = stopped?.out ? label(stopped.out) : "the output folder";
  output.out(
    `stopped watching${stopped?.lastRun === "rolled back" ? `; the run in progress was rolled back: ${folder} holds the last generation` : stopped?.lastRun === "finished" ? `; the run in progress finished its write first: ${folder} holds the new generation` : ""}\n`,
  );
}
