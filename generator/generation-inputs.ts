/**
 * One hash of everything a generation's output depends on: the spec texts and their names, the
 * options that change what is emitted, the generator's own code and version, the versions of the
 * packages that shape the output, and every template. The manifest keeps it; when it is unchanged
 * and every file is as written, `generate` and `check` have nothing to redo.
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

/** Every file below `dir` that can change what is generated (declaration files cannot), by relative path, sorted. */
async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.endsWith(".d.ts"))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

/** Read all at once (a hundred small files: in sequence, the reads were most of the fast path's own time), hashed in order. */
async function addFolder(hash: ReturnType<typeof createHash>, label: string, dir: string): Promise<void> {
  const paths = await filesBelow(dir);
  const contents = await Promise.all(paths.map((path) => readFile(join(dir, path))));
  paths.forEach((path, index) => hash.update(`\0${label}/${path}\0`).update(contents[index]!));
}

/** The hash, or null when an input cannot be read (the full generation then reports why). */
export async function generationInputs(
  options: Pick<GeneratorOptions, "idl" | "schema" | "emit" | "profile">,
  folders: { templates: string; code: string } = { templates: join(packageRoot(), "templates"), code: CODE_DIR },
): Promise<string | null> {
  try {
    const [hash, templates, code] = [createHash("sha256"), createHash("sha256"), createHash("sha256")];
    const require = createRequire(import.meta.url);
    hash.update(
      JSON.stringify({
        tool: packageVersion(),
        packages: OUTPUT_SHAPING_PACKAGES.map((name) => [name, (require(`${name}/package.json`) as { version: string }).version]),
        emit: withDependencies(options.emit),
        profile: options.profile ?? null,
        specFiles: [...fileList(options.idl), ...fileList(options.schema)].map((file) => basename(file)),
      }),
    );
    for (const file of [...fileList(options.idl), ...fileList(options.schema)]) hash.update(`\0spec\0`).update(await readFile(file));
    await Promise.all([addFolder(templates, "templates", folders.templates), addFolder(code, "code", folders.code)]);
    hash.update(templates.digest("hex")).update(code.digest("hex"));
    return hash.digest("hex");
  } catch {
    return null;
  }
}
