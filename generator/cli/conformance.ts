/** `conformance`: a running server called, and which functions of a device class's profile it implements. */
import type { Command } from "commander";
import { findProfile } from "../model/profiles.js";
import type { CliContext } from "./context.js";
import { credentialFlags, loadSpec, specOptions, type SpecFlags } from "./options.js";

type ConformanceFlags = SpecFlags & { profile: string; url: string; json?: boolean; credential?: string };

export function registerConformance(program: Command, cli: CliContext): void {
  specOptions(program.command("conformance").description("call a running server and report which functions of a device class's profile it implements (exit 1 when a mandatory one is missing)"))
    .requiredOption("--profile <class>", "the SCR device class")
    .requiredOption("--url <url>", "the server's endpoint: ws://host:port/cmapi or http://host:port/cmapi (wss://, https:// likewise); one that does not answer is exit 2")
    .option("--json", "print the report as JSON")
    .option("--credential <level=secret>", "open the API at this level with this secret before the calls (administrator=... or operator=...)")
    .action((options: ConformanceFlags) => runConformance(cli, options));
}

async function runConformance(cli: CliContext, options: ConformanceFlags): Promise<void> {
  const { CannotProbe, checkConformance, checkUrl, formatConformance } = await import("../conformance.js");
  // A URL that is malformed or where nothing answers, or credentials the device refuses: one line and exit 2, before any function is called.
  const cannotProbe = (error: unknown) => {
    if (!(error instanceof CannotProbe)) throw error;
    cli.output.err(`opencmapi-gen conformance: ${error.message}\n`);
    cli.exitCode = 2;
  };
  try {
    checkUrl(options.url);
  } catch (error) {
    return cannotProbe(error);
  }
  const api = await loadSpec(options);
  const [level] = Object.entries(credentialFlags(options.credential === undefined ? [] : [options.credential])) as ["administrator" | "operator", string][];
  const report = await checkConformance(api, findProfile(api, options.profile), options.url, level ? { credentials: { accessLevel: level[0], securityRequest: level[1] } } : {}).catch(cannotProbe);
  if (!report) return;
  cli.output.out(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatConformance(report));
  if (report.missingMandatory.length > 0) cli.exitCode = 1;
}
