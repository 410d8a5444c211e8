/**
 * Compiled validators kept between runs. ajv's optimizer passes make the validators about a sixth
 * faster at run time and cost a cold `generate` a few tenths of a second; kept here, keyed by what
 * the validators are made from, that cost is paid once per schema, not on every cold run (a fresh
 * clone, a CI runner, another output folder of the same spec).
 *
 * The key covers the schema without its annotations, the functions' and callbacks' names and result
 * and payload schemas (what the validators export), ajv's version and the generator's own code (the
 * emitter is in it). Stored as a derived-cache.ts record.
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import type { GeneratedFiles } from "../emit/context.js";
import type { Api } from "../model/api.js";
import { withoutAnnotations } from "../model/schema-walk.js";
import { derivedCache } from "./derived-cache.js";
import { cacheFolder } from "./fast-path.js";

export interface CompiledValidatorsCache {
  get(api: Api): Promise<GeneratedFiles | undefined>;
  put(api: Api, files: GeneratedFiles): Promise<void>;
}

const RECORD = "validators";

function cacheKey(api: Api, codeHash: string): string {
  const ajvVersion = (createRequire(import.meta.url)("ajv/package.json") as { version: string }).version;
  return createHash("sha256")
    .update(JSON.stringify({ ajvVersion, codeHash }))
    .update(JSON.stringify(withoutAnnotations(api.schemaDefs)))
    .update(JSON.stringify(api.methods.map((method) => [method.name, method.resultSchema])))
    .update(JSON.stringify(api.callbacks.map((callback) => [callback.callbackId, callback.payload])))
    .digest("hex");
}

const isFileList = (value: unknown): value is [string, string][] => Array.isArray(value) && value.every((entry) => Array.isArray(entry) && entry.length === 2 && typeof entry[0] === "string" && typeof entry[1] === "string");

/** The cache beside `outDir`'s (as the fast path finds it); `codeHash` is the generator code's hash (generation-inputs.ts). */
export function compiledValidatorsCache(outDir: string, codeHash: string): CompiledValidatorsCache {
  const records = derivedCache(outDir);
  // The key stringifies the whole schema: not worked out where there is no cache to look in.
  const keyOf = async (api: Api) => ((await cacheFolder(outDir)) === null ? null : cacheKey(api, codeHash));
  return {
    async get(api) {
      const key = await keyOf(api);
      const files = key === null ? undefined : await records.read(RECORD, key);
      return isFileList(files) ? new Map(files) : undefined;
    },
    async put(api, files) {
      const key = await keyOf(api);
      if (key !== null) await records.write(RECORD, key, [...files]);
    },
  };
}
