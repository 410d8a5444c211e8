/**
 * The model of a spec, kept between runs: reading the WebIDL and the schema and cross-checking them
 * took about 0.45 s of a 1.1 s cold `generate`, and gives the same model for the same texts. Keyed
 * by every spec file's name and text and the generator's own code (the readers are in it), so any
 * edit to the spec, or a new generator, reads it again. The model is kept as its JSON (the `ir`
 * command's) with what places its schema nodes (which file defines which part); the texts and the
 * schema files' roots come from the files read this time, so locations in messages stay exact.
 * The WebIDL tokens (`idlSources`) are not kept: only lint and diff read them, and they read the
 * spec themselves. Stored as a derived-cache.ts record, put only after a generation succeeded.
 */
import type { SpecTexts } from "../load.js";
import type { Api } from "../model/api.js";
import type { SchemaSources } from "../model/schema-tree.js";
import { sha256 } from "../generated-header.js";
import { derivedCache } from "./derived-cache.js";

export interface ModelCache {
  get(texts: SpecTexts): Promise<Api | undefined>;
  put(texts: SpecTexts, api: Api): Promise<void>;
}

const RECORD = "model";

interface KeptModel {
  api: Omit<Api, "schema">;
  defaultFile: string;
  definitionFiles: Record<string, string>;
  origins: [string, { file: string; pointer: string }][];
}

const isKeptModel = (value: unknown): value is KeptModel => {
  const kept = value as Partial<KeptModel> | null;
  return (
    typeof kept === "object" &&
    kept !== null &&
    typeof kept.api === "object" &&
    kept.api !== null &&
    Array.isArray(kept.api.methods) &&
    typeof kept.defaultFile === "string" &&
    typeof kept.definitionFiles === "object" &&
    Array.isArray(kept.origins)
  );
};

/** The cache beside `outDir`'s (as the fast path finds it); `codeHash` is the generator code's hash (generation-inputs.ts). */
export function modelCache(outDir: string, codeHash: string): ModelCache {
  const records = derivedCache(outDir);
  const keyOf = (texts: SpecTexts) => sha256(JSON.stringify({ codeHash, idl: texts.idl, schema: texts.schema }));
  return {
    async get(texts) {
      const kept = await records.read(RECORD, keyOf(texts));
      if (!isKeptModel(kept)) return undefined;
      const [{ withSchemaTree }, { parseJson }] = await Promise.all([import("../model/schema-tree.js"), import("../parse/json.js")]);
      const sources: SchemaSources = {
        defaultFile: kept.defaultFile,
        definitionFiles: kept.definitionFiles,
        origins: new Map(kept.origins),
        texts: Object.fromEntries(texts.schema.map(({ file, text }) => [file, text])),
        roots: Object.fromEntries(texts.schema.map(({ file, text }) => [file, parseJson(text, file) as Api["schemaDefs"][string]])),
      };
      return withSchemaTree(kept.api, sources);
    },
    async put(texts, api) {
      const { defaultFile, definitionFiles, origins } = api.schema.sources;
      const kept: KeptModel = { api, defaultFile, definitionFiles: { ...definitionFiles }, origins: [...origins] };
      await records.write(RECORD, keyOf(texts), kept);
    },
  };
}
