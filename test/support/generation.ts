import { mkdtemp, symlink } from "node:fs/promises";
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
