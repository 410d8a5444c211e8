/** `scaffold`: a device vendor's project created. */
import type { Command } from "commander";
import { join, resolve } from "node:path";
import { resolveSpecFiles } from "../config.js";
import { ARTIFACTS_FOR_SCAFFOLD } from "../emit/artifacts.js";
import { findProfile } from "../model/profiles.js";
import { packageVersion } from "../package-root.js";
import { label, type CliContext } from "./context.js";
import { specOptions, type SpecFlags } from "./options.js";

type ScaffoldFlags = SpecFlags & { profile?: string; package?: string };

export function registerScaffold(program: Command, cli: CliContext): void {
  specOptions(program.command("scaffold"))
    .description("create a device vendor's project: package.json, the generated bindings, handler stubs, a start script")
    .argument("<dir>", "the project folder to create")
    .option("--profile <class>", "an SCR device class: stubs for its mandatory functions only")
    .option("--package <spec>", "how the project depends on opencmapi-gen (a version range, a path or a tarball)")
    .action((dir: string, flags: ScaffoldFlags) => runScaffold(cli, dir, flags));
}

async function runScaffold(cli: CliContext, dir: string, flags: ScaffoldFlags): Promise<void> {
  const { apiFromTexts, readSpecTexts } = await import("../load.js");
  const spec = await readSpecTexts(await resolveSpecFiles(flags));
  const api = apiFromTexts(spec);
  const profile = flags.profile !== undefined ? findProfile(api, flags.profile) : undefined;
  const target = resolve(dir);
  const version = packageVersion();
  const [{ SCAFFOLD_OUT, scaffoldFiles, writeScaffold }, { interruptibly }] = await Promise.all([import("../scaffold.js"), import("../write/interrupt.js")]);
  const { files, specInProject } = scaffoldFiles(api, { dir: target, spec, ...(profile ? { profile } : {}), packageSpec: flags.package ?? `^${version}`, toolVersion: version });
  const generation = { ...specInProject, out: join(target, SCAFFOLD_OUT), emit: [...ARTIFACTS_FOR_SCAFFOLD], ignore: [], ...(profile ? { profile: profile.deviceClass } : {}) };
  await interruptibly({ asItWas: `${label(target)} is as it was`, done: `${label(target)} holds the whole project` }, cli.output.err, (control) => writeScaffold(target, files, generation, control));
  cli.output.out(`opencmapi-gen: scaffolded ${label(target)}; next: cd ${dir} && npm install && npm start\n`);
}
