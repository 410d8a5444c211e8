/**
 * What a generation's output depends on, as two hashes:
 *
 * - `madeFrom`: what the output is made from, i.e. the spec files (names and texts), the options that
 *   change what is emitted (the artifacts with what they need, the profile, the language) and the
 *   tool version. The manifest in the output folder keeps it (write/manifest.ts), so the committed
 *   `generated/` changes when these do, and not when only the generator's source does.
 * - `fastPath`: `madeFrom` plus what the output is made *with*: the generator's own built code,
 *   every template, the versions of the packages that shape the output. It never goes into the output
 *   folder; write/fast-path.ts keeps it in a local cache, beside the hash of the manifest it vouches
 *   for. `generate` and `check` skip the generation only when that record matches: after any change to
 *   the generator (a fresh clone in CI has no record at all) they generate in memory and compare, so a
 *   generator change that changes the output is still caught by `check` and written by `generate`,
 *   while one that does not (a comment) leaves every file as it is.
 */
import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename, dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { GeneratorOptions } from "./config.js";
import { withDependencies } from "./emit/artifacts.js";
import { packageRoot, packageVersion } from "./package-root.js";
import { fileList } from "./spec-files.js";

/** The packages whose version changes what the emitters write. webidl2 does not export its package.json. */
const OUTPUT_SHAPING_PACKAGES = ["ajv", "ts-morph", "@ts-morph/common"];

/** The folder of the running generator code: dist/generator/ when installed, generator/ under tsx and vitest. */
const CODE_DIR = dirname(fileURLToPath(import.meta.url));

export type InputOptions = Pick<GeneratorOptions, "idl" | "schema" | "emit" | "profile" | "lang">;

/** Where the generator's code and templates are read from; tests point them at edited copies. */
export interface GeneratorFolders {
  templates: string;
  code: string;
}

export interface GenerationKeys {
  /** The spec, the options and the tool version: kept in the (committed) manifest. */
  madeFrom: string;
  /** `madeFrom` plus the generator's code, the templates and the output-shaping packages: kept only in the local cache. */
  fastPath: string;
  /** The generator's own code alone (what keys the compiled validators' cache, with the schema). */
  code: string;
}

export const defaultFolders = (): GeneratorFolders => ({ templates: join(packageRoot(), "templates"), code: CODE_DIR });

/** Every file below `dir` that can change what is generated (declaration files cannot), by relative path, sorted. */
async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.endsWith(".d.ts"))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

/** Read all at once (a hundred small files: in sequence, the reads were most of the fast path's own time), hashed in order. */
async function folderHash(label: string, dir: string): Promise<string> {
  const hash = createHash("sha256");
  const paths = await filesBelow(dir);
  const contents = await Promise.all(paths.map((path) => readFile(join(dir, path))));
  paths.forEach((path, index) => hash.update(`\0${label}/${path}\0`).update(contents[index]!));
  return hash.digest("hex");
}

async function madeFromHash(options: InputOptions): Promise<string> {
  const specFiles = [...fileList(options.idl), ...fileList(options.schema)];
  const hash = createHash("sha256").update(
    JSON.stringify({
      tool: packageVersion(),
      emit: withDependencies(options.emit),
      profile: options.profile ?? null,
      lang: options.lang ?? "ts",
      specFiles: specFiles.map((file) => basename(file)),
    }),
  );
  const texts = await Promise.all(specFiles.map((file) => readFile(file)));
  for (const text of texts) hash.update(`\0spec\0`).update(text);
  return hash.digest("hex");
}

function packageVersions(): [string, string][] {
  const require = createRequire(import.meta.url);
  return OUTPUT_SHAPING_PACKAGES.map((name) => [name, (require(`${name}/package.json`) as { version: string }).version]);
}

/** Both hashes, or null when an input cannot be read (the full generation then reports why). */
export async function generationKeys(options: InputOptions, folders: GeneratorFolders = defaultFolders()): Promise<GenerationKeys | null> {
  try {
    const [madeFrom, templates, code] = await Promise.all([madeFromHash(options), folderHash("templates", folders.templates), folderHash("code", folders.code)]);
    const fastPath = createHash("sha256")
      .update(JSON.stringify({ madeFrom, templates, code, packages: packageVersions() }))
      .digest("hex");
    return { madeFrom, fastPath, code };
  } catch {
    return null;
  }
}

/** The fast path's hash alone: everything the output depends on (see the top of this file). */
export async function generationInputs(options: InputOptions, folders: GeneratorFolders = defaultFolders()): Promise<string | null> {
  return (await generationKeys(options, folders))?.fastPath ?? null;
}
