import { mkdtemp, readFile, readdir, symlink } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ARTIFACTS } from "../../generator/emit/artifacts.js";
import { bundledSpec } from "../../generator/load.js";
import { generate } from "../../generator/generate.js";
import type { GeneratorOptions } from "../../generator/config.js";

export async function tempDir(prefix = "opencmapi-gen-test-"): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export function optionsFor(out: string, overrides: Partial<GeneratorOptions> = {}): GeneratorOptions {
  return { ...bundledSpec(), out, emit: [...ARTIFACTS], ignore: [], ...overrides };
}

let fresh: Promise<string> | undefined;

/** A folder holding a full generation of the bundled spec, made once per test file. */
export function freshGeneration(): Promise<string> {
  fresh ??= (async () => {
    const out = await tempDir("opencmapi-gen-fresh-");
    await generate(optionsFor(out));
    // The generated server imports ws: let it resolve from here as it would in a vendor's project.
    await symlink(fileURLToPath(new URL("../../node_modules", import.meta.url)), join(out, "node_modules"), "dir");
    return out;
  })();
  return fresh;
}

/** Every file below `dir` and its text, by path relative to `dir`: to compare a folder before and after. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[
      path
        .slice(dir.length + 1)
        .split("\\")
        .join("/")
    ] = await readFile(path, "utf8");
  }
  return files;
}

/**
 * Every file's bytes (as latin1 text) and every folder (as `path/`), by path relative to `dir`; `{}`
 * when `dir` is not there: to compare a folder after an interrupted write, where an empty folder or
 * a byte changed must count.
 */
export async function folderTree(dir: string): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])) {
    const path = join(entry.parentPath, entry.name).slice(dir.length + 1);
    found[entry.isDirectory() ? `${path}/` : path] = entry.isDirectory() ? "" : await readFile(join(dir, path), "latin1");
  }
  return found;
}
