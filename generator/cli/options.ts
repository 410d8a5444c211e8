/** The options several commands share, and how their values are read. */
import { Option, type Command } from "commander";
import { BUNDLED, resolveSpecFiles, type CommandLineOptions } from "../config.js";
import { SpecError } from "../diagnostics.js";
import { ARTIFACTS } from "../emit/artifacts.js";
import type { SpecFiles } from "../load.js";
import { ERROR_FORMATS } from "../report-format.js";

export type SpecFlags = Pick<CommandLineOptions, "idl" | "schema" | "config">;

// Loaded when a command runs: the model pulls in webidl2 and ajv, which `--version` and `--help` should not pay for.
export const loadApi = async (files?: SpecFiles) => (await import("../load.js")).loadApi(files);
export const loadSpec = async (flags: SpecFlags) => loadApi(await resolveSpecFiles(flags));

export const errorFormatOption = () => new Option("--error-format <format>", "how problems are printed: text, json (one document) or github-actions (workflow annotations)").choices(ERROR_FORMATS).default("text");

/** Every command reads the spec the same way: --idl/--schema (each repeatable), else the config file, else the bundled spec. */
export const specOptions = (command: Command) =>
  command
    .addOption(new Option("--idl <file>", `a WebIDL file; repeat it to add a vendor's files ("${BUNDLED}" names the bundled one) (default: the config's, else the bundled spec/opencmapi.webidl)`).argParser(collect))
    .addOption(new Option("--schema <file>", `a JSON Schema file; repeatable like --idl (default: the config's, else the bundled spec/opencmapi.schema.json)`).argParser(collect))
    .option("-c, --config <file>", "a config file (default: ./opencmapi-gen.config.json when it exists)");

/** generate and check: the spec, and what is written where. */
export const generatorOptions = (command: Command) =>
  specOptions(command)
    .option("-o, --out <dir>", "the output folder (default: generated)")
    .option("--emit <list>", `artifacts to emit, comma-separated: ${ARTIFACTS.join(",")} (default: all)`)
    .option("--profile <class>", "an SCR device class (laptop, wireless-router, m2m, smart-phone, tablet, cloud, mobile-broadband-device): only its mandatory functions need handlers")
    .option("--lang <lang>", "ts (TypeScript modules) or js (JavaScript modules with .d.ts beside) (default: ts)");

/** commander's way to let an option be given several times. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** `--credential administrator=SECRET` (the mock's repeatable flag, conformance's single one): a usage error says which one is wrong without repeating the secret. */
export function credentialFlags(written: readonly string[]): Partial<Record<"administrator" | "operator", string>> {
  const credentials: Partial<Record<"administrator" | "operator", string>> = {};
  for (const [index, text] of written.entries()) {
    const equals = text.indexOf("=");
    const level = equals < 0 ? text : text.slice(0, equals);
    const secret = equals < 0 ? "" : text.slice(equals + 1);
    if ((level !== "administrator" && level !== "operator") || secret === "") {
      throw new SpecError(
        [
          {
            message: `--credential number ${index + 1} is not administrator=<secret> or operator=<secret>${level !== "administrator" && level !== "operator" ? ` (the level ${JSON.stringify(level.slice(0, 20))} is not one)` : " (the secret is empty)"}`,
            location: { file: "--credential" },
          },
        ],
        2,
      );
    }
    credentials[level] = secret;
  }
  return credentials;
}
