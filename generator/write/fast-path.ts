/**
 * The local record that lets `generate` and `check` trust an output folder without generating
 * again: "the generator whose fast-path hash is `key` (generation-inputs.ts) wrote the manifest
 * whose sha256 is `manifest` into this folder". It is kept outside the output folder, because the
 * key covers the generator's own code and the output folder is committed: a commit that changes only
 * the generator must leave `generated/` byte-identical. No record (a fresh clone, a CI runner, a
 * cleared cache), another key (the generator changed) or another manifest (the folder was checked
 * out from another branch) means: generate in memory and compare.
 *
 * Where: `$OPENCMAPI_GEN_CACHE` when set; else `node_modules/.cache/opencmapi-gen/` of the nearest
 * folder above the output folder that has a `node_modules` (the convention of find-cache-dir, so
 * `rm -rf node_modules` clears it); else a folder of this user's own in the OS temp folder. One file
 * per output folder, named by the hash of its absolute path.
 *
 * A cache is an optimisation: reading a broken record or failing to write one (a read-only
 * node_modules) costs one full generation, never a wrong answer. So this goes straight to node:fs,
 * not through write/disk.ts, whose operations the writer's tests count and interrupt.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { sha256 } from "../generated-header.js";

export interface FastPathRecord {
  /** The output folder, absolute (the file name is its hash; this tells a collision from a match). */
  out: string;
  /** generation-inputs.ts's fast-path hash of the generation that wrote (or verified) the folder. */
  key: string;
  /** sha256 of the manifest's bytes as that generation wrote (or verified) them. */
  manifest: string;
}

export const CACHE_ENV = "OPENCMAPI_GEN_CACHE";

/** A folder of our own in the OS temp folder: made private, and used only if this user owns it (another user could plant records in a shared /tmp). */
async function privateTempFolder(): Promise<string | null> {
  const uid = process.getuid?.();
  const dir = join(tmpdir(), `opencmapi-gen-cache-${uid ?? "user"}`);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const info = await stat(dir);
  return uid === undefined || info.uid === uid ? dir : null;
}

export async function cacheFolder(outDir: string): Promise<string | null> {
  const fromEnv = process.env[CACHE_ENV];
  if (fromEnv) return resolve(fromEnv);
  for (let dir = dirname(resolve(outDir)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "node_modules"))) return join(dir, "node_modules", ".cache", "opencmapi-gen");
    if (dirname(dir) === dir) return privateTempFolder();
  }
}

async function recordPath(outDir: string): Promise<string | null> {
  const folder = await cacheFolder(outDir);
  return folder === null ? null : join(folder, `${sha256(resolve(outDir)).slice(0, 32)}.json`);
}

/** The record for this output folder, or null when there is none (or it cannot be read or trusted). */
export async function readFastPath(outDir: string): Promise<FastPathRecord | null> {
  try {
    const path = await recordPath(outDir);
    if (path === null) return null;
    const record = JSON.parse(await readFile(path, "utf8")) as Partial<FastPathRecord>;
    const valid = record.out === resolve(outDir) && typeof record.key === "string" && typeof record.manifest === "string";
    return valid ? (record as FastPathRecord) : null;
  } catch {
    return null;
  }
}

/** Notes that the generation with this key wrote (or found) this manifest in the folder; best effort. */
export async function writeFastPath(outDir: string, key: string, manifestText: string): Promise<void> {
  try {
    const path = await recordPath(outDir);
    if (path === null) return;
    await mkdir(dirname(path), { recursive: true });
    const record: FastPathRecord = { out: resolve(outDir), key, manifest: sha256(manifestText) };
    // Written aside, then renamed: two runs at once leave one whole record, never a torn one.
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify(record)}\n`);
    await rename(temporary, path);
  } catch {
    // No record: the next run generates in memory and compares.
  }
}
