/** `scaffold`: a device vendor's project created, or completed when it exists. */
import type { Command } from "commander";
import { join, resolve } from "node:path";
import { configPathOf, resolveSpecFiles } from "../config.js";
import { ARTIFACTS_FOR_SCAFFOLD } from "../emit/artifacts.js";
import { findProfile } from "../model/profiles.js";
import { describeSource, dependencySpec, installSource } from "../install-source.js";
import { packageRoot, packageVersion } from "../package-root.js";
import { label, type CliContext } from "./context.js";
import { specOptions, type SpecFlags } from "./options.js";

type ScaffoldFlags = SpecFlags & { profile?: string; package?: string };

export function registerScaffold(program: Command, cli: CliContext): void {
  specOptions(program.command("scaffold"))
    .description("create a device vendor's project (package.json, the generated bindings, handler stubs, a start script); run again, it adds what is missing and regenerates the bindings")
    .argument("<dir>", "the project folder to create or complete")
    .option("--profile <class>", "an SCR device class: stubs not required by it are marked optional")
    .option("--package <spec>", "how the project depends on opencmapi-gen (default: wherever this copy was installed from)")
    .action((dir: string, flags: ScaffoldFlags) => runScaffold(cli, dir, flags));
}

async function runScaffold(cli: CliContext, dir: string, flags: ScaffoldFlags): Promise<void> {
  const { apiFromTexts, readSpecTexts } = await import("../load.js");
  const spec = await readSpecTexts(await resolveSpecFiles(flags));
  const api = apiFromTexts(spec);
  const profile = flags.profile !== undefined ? findProfile(api, flags.profile) : undefined;
  const target = resolve(dir);
  const version = packageVersion();
  const source = installSource(packageRoot(), version);
  const packageSpec = flags.package ?? dependencySpec(source, target);
  const [{ SCAFFOLD_OUT, scaffoldFiles, writeScaffold, filesToWrite }, { interruptibly }, { resolveOptions }] = await Promise.all([import("../scaffold.js"), import("../write/interrupt.js"), import("../config.js")]);
  const { files, specInProject } = scaffoldFiles(api, { dir: target, spec, ...(profile ? { profile } : {}), packageSpec, toolVersion: version });
  const { missing, kept, differing } = await filesToWrite(target, files);
  // A project's own config is what its `npm run generate` reads; scaffold regenerates with the same.
  const ownConfig = kept.includes("opencmapi-gen.config.json");
  const generation = ownConfig
    ? await resolveOptions({ config: configPathOf({ config: "opencmapi-gen.config.json" }, target) }, target)
    : { ...specInProject, out: join(target, SCAFFOLD_OUT), emit: [...ARTIFACTS_FOR_SCAFFOLD], ignore: [], ...(profile ? { profile: profile.deviceClass } : {}) };
  const whole = kept.length === 0;
  await interruptibly({ asItWas: `${label(target)} is as it was`, done: `${label(target)} holds the whole project` }, cli.output.err, (control) => writeScaffold(target, missing, generation, control));
  const dependency = flags.package !== undefined ? flags.package : describeSource(source, target);
  if (whole) cli.output.out(`opencmapi-gen: scaffolded ${label(target)}, with opencmapi-gen from ${dependency}\n`);
  else {
    cli.output.out(`opencmapi-gen: completed ${label(target)}: wrote ${missing.size} missing file(s), kept ${kept.length} existing, regenerated ${label(generation.out)}\n`);
    if (differing.length > 0) cli.output.out(`  kept as they are, though this run would write them otherwise: ${differing.join(", ")}\n`);
  }
  cli.output.out(`next: cd ${dir} && npm install && npm start\n`);
}
