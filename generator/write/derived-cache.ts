/**
 * Results derived from the spec that a cold run would otherwise work out again, kept between runs:
 * the compiled validators (compiled-validators-cache.ts) and the ReDoS verdicts on the schema's
 * patterns (pattern-verdicts-cache.ts). Each record is one JSON file in the fast path's cache folder
 * (write/fast-path.ts), named by what it holds and the first half of its key, and carries its whole
 * key and the sha256 of its value: another key, a torn or an edited record is a miss.
 *
 * An optimisation only: a record that cannot be read is a miss, one that cannot be written nothing.
 * Straight to node:fs, as the fast path. Anyone who can write the cache folder (this user's
 * node_modules, or a private folder of this user's in the OS temp folder) could plant a record, as
 * they could edit node_modules itself.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { sha256 } from "../generated-header.js";
import { cacheFolder } from "./fast-path.js";

interface DerivedRecord {
  key: string;
  digest: string;
  value: unknown;
}

export interface DerivedCache {
  /** The value kept under `name` for `key`, or undefined. */
  read(name: string, key: string): Promise<unknown>;
  /** Keeps `value` (JSON) under `name` for `key`, replacing the record another key left there. */
  write(name: string, key: string, value: unknown): Promise<void>;
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
        const record = JSON.parse(await readFile(path, "utf8")) as Partial<DerivedRecord>;
        if (record.key !== key || typeof record.digest !== "string" || sha256(JSON.stringify(record.value)) !== record.digest) return undefined;
        return record.value;
      } catch {
        return undefined;
      }
    },
    async write(name, key, value) {
      try {
        const path = await pathOf(name, key);
        if (path === null) return;
        const record: DerivedRecord = { key, digest: sha256(JSON.stringify(value)), value };
        await mkdir(dirname(path), { recursive: true });
        const temporary = `${path}.${process.pid}.tmp`;
        await writeFile(temporary, JSON.stringify(record));
        await rename(temporary, path);
      } catch {
        // Not kept: the next cold run works it out again.
      }
    },
  };
}
