/**
 * Results derived from the spec that a cold run would otherwise work out again, kept between runs:
 * the compiled validators (compiled-validators-cache.ts) and the ReDoS verdicts on the schema's
 * patterns (pattern-verdicts-cache.ts) and the model (model-cache.ts). Each record is one JSON file in the fast path's cache folder
 * (write/fast-path.ts), named by what it holds and the first half of its key: a first line with its
 * whole key and the sha256 of its value's JSON text, then that text. Another key, a torn or an
 * edited record is a miss.
 *
 * An optimisation only: a record that cannot be read is a miss, one that cannot be written nothing.
 * Straight to node:fs, as the fast path. Anyone who can write the cache folder (this user's
 * node_modules, or a private folder of this user's in the OS temp folder) could plant a record, as
 * they could edit node_modules itself.
 */
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { sha256 } from "../generated-header.js";
import { cacheFolder } from "./fast-path.js";

/** A record's first line: what it is for, and the sha256 of the value's JSON text, which is its second line. */
interface RecordHeader {
  key: string;
  digest: string;
}

export interface DerivedCache {
  /** The value kept under `name` for `key`, or undefined. */
  read(name: string, key: string): Promise<unknown>;
  /** Keeps `value` (JSON) under `name` for `key`, replacing the record another key left there. */
  write(name: string, key: string, value: unknown): Promise<void>;
}

/**
 * Records of one name kept at once: every edit of a spec (every save under `watch`) makes a new model
 * record of about a megabyte, so without a bound the folder would only grow. Four cover a few specs or
 * branches in turn; an older one is read again from the spec when needed.
 */
export const RECORDS_KEPT = 4;

async function keepNewest(folder: string, name: string): Promise<void> {
  const records = (await readdir(folder)).filter((file) => file.startsWith(`${name}-`) && file.endsWith(".json"));
  if (records.length <= RECORDS_KEPT) return;
  const dated = await Promise.all(records.map(async (file) => ({ file, mtime: (await stat(join(folder, file))).mtimeMs })));
  dated.sort((a, b) => b.mtime - a.mtime);
  await Promise.all(dated.slice(RECORDS_KEPT).map(({ file }) => rm(join(folder, file), { force: true })));
}

/** The cache beside `outDir`'s, as the fast path finds it. */
export function derivedCache(outDir: string): DerivedCache {
  const pathOf = async (name: string, key: string) => {
    const folder = await cacheFolder(outDir);
    return folder === null ? null : join(folder, `${name}-${key.slice(0, 32)}.json`);
  };
  return {
    async read(name, key) {
      try {
        const path = await pathOf(name, key);
        if (path === null) return undefined;
        const text = await readFile(path, "utf8");
        const lineEnd = text.indexOf("\n");
        if (lineEnd < 0) return undefined;
        const header = JSON.parse(text.slice(0, lineEnd)) as Partial<RecordHeader>;
        const valueText = text.slice(lineEnd + 1);
        // The value is checked as text, not parsed and written again: the validators' record is 1.6 MB.
        if (header.key !== key || header.digest !== sha256(valueText)) return undefined;
        return JSON.parse(valueText) as unknown;
      } catch {
        return undefined;
      }
    },
    async write(name, key, value) {
      try {
        const path = await pathOf(name, key);
        if (path === null) return;
        const valueText = JSON.stringify(value);
        const header: RecordHeader = { key, digest: sha256(valueText) };
        await mkdir(dirname(path), { recursive: true });
        const temporary = `${path}.${process.pid}.tmp`;
        await writeFile(temporary, `${JSON.stringify(header)}\n${valueText}`);
        await rename(temporary, path);
        await keepNewest(dirname(path), name);
      } catch {
        // Not kept: the next cold run works it out again.
      }
    },
  };
}
