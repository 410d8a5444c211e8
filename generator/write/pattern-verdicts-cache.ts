/**
 * The ReDoS verdicts on a schema's patterns (model/pattern-safety.ts), kept between runs: judging the
 * bundled spec's 13 patterns that are not of the plain linear shape took redos-detector 0.14 s of a
 * 1 s cold `generate`. Keyed by redos-detector's version, the limits the judge gives it and the
 * generator's own code (the judge is in it); one record holds every pattern judged so far. Stored as
 * a derived-cache.ts record.
 */
import { createRequire } from "node:module";
import { sha256 } from "../generated-header.js";
import { derivedCache } from "./derived-cache.js";

export interface PatternVerdictsCache {
  /** Gives the judge the verdicts kept for this judge. */
  load(): Promise<void>;
  /** Keeps every verdict the judge now holds, if it reached any new one. */
  save(): Promise<void>;
}

const RECORD = "pattern-verdicts";

const isVerdictList = (value: unknown): value is [string, string | null][] =>
  Array.isArray(value) && value.every((entry) => Array.isArray(entry) && entry.length === 2 && typeof entry[0] === "string" && (entry[1] === null || typeof entry[1] === "string"));

/** The cache beside `outDir`'s (as the fast path finds it); `codeHash` is the generator code's hash (generation-inputs.ts). */
export function patternVerdictsCache(outDir: string, codeHash: string): PatternVerdictsCache {
  const records = derivedCache(outDir);
  // The judge is loaded when a spec is read, not when the fast path finds nothing to do.
  const judge = () => import("../model/pattern-safety.js");
  const keyOf = async () => {
    const { MAX_STEPS, MAX_WAYS } = await judge();
    const detectorVersion = (createRequire(import.meta.url)("redos-detector/package.json") as { version: string }).version;
    return sha256(JSON.stringify({ detectorVersion, MAX_WAYS, MAX_STEPS, codeHash }));
  };
  let loaded = 0;
  return {
    async load() {
      const { knownVerdicts, rememberVerdicts } = await judge();
      const kept = await records.read(RECORD, await keyOf());
      if (isVerdictList(kept)) rememberVerdicts(kept);
      loaded = knownVerdicts().length;
    },
    async save() {
      const verdicts = (await judge()).knownVerdicts();
      if (verdicts.length > loaded) await records.write(RECORD, await keyOf(), verdicts);
    },
  };
}
