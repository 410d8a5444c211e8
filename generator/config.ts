/**
 * Options from the command line and from one optional config file, `opencmapi-gen.config.json`
 * (JSON, found in the current folder or given with --config; paths in it are relative to it).
 * A flag wins over the file; the file wins over the defaults.
 */
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { CONFIG_KEYS, validateConfig } from "./config-validator.js";
import { SpecError, type Diagnostic } from "./diagnostics.js";
import { ARTIFACTS, type Artifact } from "./emit/artifacts.js";
import { LANGUAGES, type Language } from "./emit/languages.js";
import { bundledSpec } from "./package-root.js";
import { fileList, type SpecFiles } from "./spec-files.js";
import { parseJson } from "./parse/json.js";

export const CONFIG_FILE = "opencmapi-gen.config.json";
/** Shipped at the package's root; config-schema.ts builds it. */
export const CONFIG_SCHEMA_FILE = "opencmapi-gen.config.schema.json";

export interface GeneratorOptions extends SpecFiles {
  out: string;
  emit: Artifact[];
  /** Paths in the output folder that `check` leaves alone (a trailing "/" means a whole folder). */
  ignore: string[];
  /** An SCR device class (see --profile). */
  profile?: string;
  /** TypeScript modules (the default), or JavaScript with .d.ts beside (see --lang). */
  lang?: Language;
}

export interface CommandLineOptions {
  config?: string;
  /** --idl and --schema may be given several times. */
  idl?: string[];
  schema?: string[];
  out?: string;
  emit?: string;
  profile?: string;
  lang?: string;
}

/** An error of the config schema's validator (ajv's error object). */
interface SchemaError {
  instancePath: string;
  keyword: string;
  params: { additionalProperty?: string };
}

/**
 * A config checked against opencmapi-gen.config.schema.json (the schema editors see, compiled into
 * config-validator.ts): one problem per option, said in words rather than in schema keywords.
 */
export function configProblems(config: Record<string, unknown>, file: string): Diagnostic[] {
  if (validateConfig(config)) return [];
  const problems = new Map<string, string>();
  for (const error of (validateConfig as unknown as { errors: SchemaError[] }).errors) {
    const { pointer, message } = problemOf(config, error);
    if (!problems.has(pointer)) problems.set(pointer, message);
  }
  return [...problems].map(([pointer, message]) => ({ message, location: { file, pointer } }));
}

function problemOf(config: Record<string, unknown>, error: SchemaError): { pointer: string; message: string } {
  const extra = error.params.additionalProperty;
  if (error.keyword === "additionalProperties" && extra !== undefined) {
    if (error.instancePath === "") return { pointer: `/${extra}`, message: `unknown option "${extra}" (known: ${CONFIG_KEYS.slice(1).join(", ")})` };
    return { pointer: `${error.instancePath}/${extra}`, message: `unknown lint option "${extra}" (known: use, except)` };
  }
  const [option = "", list, index] = error.instancePath.split("/").slice(1);
  const value = config[option];
  const at = (message: string) => ({ pointer: `/${option}`, message });
  switch (option) {
    case "emit":
      return at(emitProblem(value));
    case "lang":
      return at(langProblem(value));
    case "idl":
    case "schema":
      return at(`${option} must be a file or a non-empty list of files`);
    case "ignore":
      return at("ignore must be a list of paths");
    case "$schema":
      return at(`$schema must be a string: the path or URL of ${CONFIG_SCHEMA_FILE}`);
    case "lint": {
      if (list === undefined) return at('lint must be an object such as { "use": ["STANDARD"], "except": ["NUMERIC_UNIT"] }');
      const names = (value as Record<string, unknown>)[list];
      if (index === undefined) return { pointer: `/lint/${list}`, message: `lint.${list} must be a list of lint categories and rule ids` };
      const name = JSON.stringify((names as unknown[])[Number(index)]);
      return { pointer: `/lint/${list}/${index}`, message: `${name} is neither a lint category nor a rule id (opencmapi-gen lint --list-rules lists both)` };
    }
    default:
      return at(`${option} must be a non-empty string`);
  }
}

const emitProblem = (value: unknown) => `emit must list some of ${ARTIFACTS.join(", ")}; got ${JSON.stringify(value)}`;
const langProblem = (value: unknown) => `lang must be one of ${LANGUAGES.join(", ")}; got ${JSON.stringify(value)}`;

export function parseArtifacts(value: unknown, where: { file: string; pointer?: string }): Artifact[] {
  const list =
    typeof value === "string"
      ? value
          .split(",")
          .map((item) => item.trim())
          .filter(Boolean)
      : value;
  if (!Array.isArray(list) || list.length === 0 || !list.every((item): item is Artifact => (ARTIFACTS as readonly unknown[]).includes(item))) {
    throw new SpecError([{ message: emitProblem(value), location: where }], 2);
  }
  return list;
}

export function parseLanguage(value: unknown, where: { file: string; pointer?: string }): Language {
  if ((LANGUAGES as readonly unknown[]).includes(value)) return value as Language;
  throw new SpecError([{ message: langProblem(value), location: where }], 2);
}

async function readConfig(path: string, required: boolean): Promise<Record<string, unknown> | null> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (!required && (error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new SpecError([{ message: `cannot read the config file: ${(error as Error).message}`, location: { file: path } }], 2);
  }
  const value = parseJson(text, path);
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new SpecError([{ message: "the config must be a JSON object", location: { file: path } }], 2);
  const problems = configProblems(value as Record<string, unknown>, path);
  if (problems.length > 0) throw new SpecError(problems, 2);
  return value as Record<string, unknown>;
}

/** The config file these flags read: --config, else ./opencmapi-gen.config.json (which need not exist). */
export function configPathOf(flags: CommandLineOptions, cwd = process.cwd()): string {
  return resolve(cwd, flags.config ?? CONFIG_FILE);
}

/** The config file these flags name, read and checked (its `lint` member is the lint command's to check); empty when there is none. */
export async function readConfigFile(flags: Pick<CommandLineOptions, "config">, cwd = process.cwd()): Promise<{ path: string; config: Record<string, unknown> }> {
  const path = configPathOf(flags, cwd);
  return { path, config: (await readConfig(path, flags.config !== undefined)) ?? {} };
}

/** In a flag or the config, this names the bundled spec's file: `--idl bundled --idl acme.webidl` extends it. */
export const BUNDLED = "bundled";

/** Spec files from flags, else the config file, else the bundled spec. */
function specFiles(kind: "idl" | "schema", flags: CommandLineOptions, config: Record<string, unknown>, base: string, cwd: string): string[] {
  const bundled = bundledSpec()[kind];
  const resolveFrom = (dir: string) => (file: string) => (file === BUNDLED ? bundled : resolve(dir, file));
  const given = flags[kind];
  if (given !== undefined && given.length > 0) return given.map(resolveFrom(cwd));
  const configured = config[kind];
  if (configured !== undefined) return fileList(configured as string | string[]).map(resolveFrom(base));
  return [bundled];
}

export interface SpecOptions extends SpecFiles {
  idl: string[];
  schema: string[];
}

/** The spec files every command reads: the same flags and config file as generate. */
export async function resolveSpecFiles(flags: Pick<CommandLineOptions, "config" | "idl" | "schema">, cwd = process.cwd()): Promise<SpecOptions> {
  const configPath = configPathOf(flags, cwd);
  const config = (await readConfig(configPath, flags.config !== undefined)) ?? {};
  return { idl: specFiles("idl", flags, config, dirname(configPath), cwd), schema: specFiles("schema", flags, config, dirname(configPath), cwd) };
}

export async function resolveOptions(flags: CommandLineOptions, cwd = process.cwd()): Promise<GeneratorOptions> {
  const configPath = configPathOf(flags, cwd);
  const config = (await readConfig(configPath, flags.config !== undefined)) ?? {};
  const base = dirname(configPath);
  const fromConfig = (key: string) => (typeof config[key] === "string" ? resolve(base, config[key]) : undefined);
  return {
    idl: specFiles("idl", flags, config, base, cwd),
    schema: specFiles("schema", flags, config, base, cwd),
    out: flags.out ? resolve(cwd, flags.out) : (fromConfig("out") ?? resolve(cwd, "generated")),
    emit: flags.emit !== undefined ? parseArtifacts(flags.emit, { file: "--emit" }) : config["emit"] !== undefined ? parseArtifacts(config["emit"], { file: configPath, pointer: "/emit" }) : [...ARTIFACTS],
    ignore: (config["ignore"] as string[] | undefined) ?? [],
    lang: flags.lang !== undefined ? parseLanguage(flags.lang, { file: "--lang" }) : config["lang"] !== undefined ? parseLanguage(config["lang"], { file: configPath, pointer: "/lang" }) : "ts",
    ...(flags.profile !== undefined ? { profile: flags.profile } : typeof config["profile"] === "string" ? { profile: config["profile"] } : {}),
  };
}
