/**
 * Compiled validators kept between runs. ajv's optimizer passes make the validators about a sixth
 * faster at run time and cost a cold `generate` a few tenths of a second; kept here, keyed by what
 * the validators are made from, that cost is paid once per schema, not on every cold run (a fresh
 * clone, a CI runner, another output folder of the same spec).
 *
 * The key covers the schema without its annotations, the functions' and callbacks' names and result
 * and payload schemas (what the validators export), ajv's version and the generator's own code (the
 * emitter is in it). Where: the fast path's cache folder (write/fast-path.ts), one file per key.
 * An optimisation only: a record that cannot be read, or does not hash to what it says, is a miss;
 * one that cannot be written, nothing. Straight to node:fs, as the fast path.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { GeneratedFiles } from "../emit/context.js";
import type { Api } from "../model/api.js";
import { withoutAnnotations } from "../model/schema-walk.js";
import { sha256 } from "../generated-header.js";
import { cacheFolder } from "./fast-path.js";

export interface CompiledValidatorsCache {
  get(api: Api): Promise<GeneratedFiles | undefined>;
  put(api: Api, files: GeneratedFiles): Promise<void>;
}

interface Record {
  key: string;
  /** sha256 of the files' JSON, so a torn or edited record is a miss. */
  digest: string;
  files: [string, string][];
}

function cacheKey(api: Api, codeHash: string): string {
  const ajvVersion = (createRequire(import.meta.url)("ajv/package.json") as { version: string }).version;
  return createHash("sha256")
    .update(JSON.stringify({ ajvVersion, codeHash }))
    .update(JSON.stringify(withoutAnnotations(api.schemaDefs)))
    .update(JSON.stringify(api.methods.map((method) => [method.name, method.resultSchema])))
    .update(JSON.stringify(api.callbacks.map((callback) => [callback.callbackId, callback.payload])))
    .digest("hex");
}

/** The cache beside `outDir`'s (as the fast path finds it); `codeHash` is the generator code's hash (generation-inputs.ts). */
export function compiledValidatorsCache(outDir: string, codeHash: string): CompiledValidatorsCache {
  const pathOf = async (api: Api) => {
    const folder = await cacheFolder(outDir);
    // The key stringifies the whole schema: not worked out where there is no cache to look in.
    if (folder === null) return null;
    const key = cacheKey(api, codeHash);
    return { key, path: join(folder, `validators-${key.slice(0, 32)}.json`) };
  };
  return {
    async get(api) {
      try {
        const where = await pathOf(api);
        if (where === null) return undefined;
        const record = JSON.parse(await readFile(where.path, "utf8")) as Record;
        if (record.key !== where.key || sha256(JSON.stringify(record.files)) !== record.digest) return undefined;
        return new Map(record.files);
      } catch {
        return undefined;
      }
    },
    async put(api, files) {
      try {
        const where = await pathOf(api);
        if (where === null) return;
        const entries = [...files];
        const record: Record = { key: where.key, digest: sha256(JSON.stringify(entries)), files: entries };
        await mkdir(dirname(where.path), { recursive: true });
        const temporary = `${where.path}.${process.pid}.tmp`;
        await writeFile(temporary, JSON.stringify(record));
        await rename(temporary, where.path);
      } catch {
        // Not kept: the next cold run compiles again.
      }
    },
  };
}
