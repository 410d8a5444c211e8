/** generate and check: spec files → model → emitters → the output folder (or a comparison with it). */
import { basename } from "node:path";
import type { GeneratorOptions } from "./config.js";
import { emitArtifacts, withDependencies } from "./emit/artifacts.js";
import { checkArtifactNeeds } from "./emit/requirements.js";
import { startValidatorsThread, workerPays } from "./emit/validators-thread.js";
import type { GeneratedFiles } from "./emit/context.js";
import { sha256, withHeaders } from "./generated-header.js";
import { fileList } from "./spec-files.js";
import { defaultFolders, generationKeys } from "./generation-inputs.js";
import { findProfile } from "./model/profiles.js";
import { packageVersion } from "./package-root.js";
import { loadAssets, loadRuntimeTemplates } from "./templates.js";
import { compiledValidatorsCache, type CompiledValidatorsCache } from "./write/compiled-validators-cache.js";
import { patternVerdictsCache, type PatternVerdictsCache } from "./write/pattern-verdicts-cache.js";
import { modelCache, type ModelCache } from "./write/model-cache.js";
import { readFastPath, writeFastPath } from "./write/fast-path.js";
import type { WriteControl } from "./write/interrupt.js";
import { manifestText } from "./write/manifest.js";
import {
  compareGeneration,
  compareUnchanged,
  interruptedReport,
  isUpToDate,
  leftoversIn,
  manifestFor,
  readPreviousGeneration,
  recoverOutput,
  unchangedGeneration,
  writeGeneration,
  type CheckReport,
  type WriteReport,
} from "./write/output-dir.js";

export interface Generation {
  files: GeneratedFiles;
}

/** The whole generation in memory. */
export async function buildGeneration(options: Pick<GeneratorOptions, "idl" | "schema" | "emit" | "profile" | "lang">, caches: GenerationCaches = {}): Promise<Generation> {
  // Started first: the worker loads ajv while this thread builds the model.
  const validatorsThread = withDependencies(options.emit).includes("validators") && workerPays() ? startValidatorsThread() : undefined;
  try {
    // Loaded here, not above: the model and its parser (webidl2) are not needed when nothing changed.
    const { apiFromTexts, readSpecTexts } = await import("./load.js");
    const texts = await readSpecTexts(options);
    const cached = await caches.model?.get(texts);
    let api = cached;
    if (api === undefined) {
      await caches.patterns?.load();
      api = apiFromTexts(texts);
      await caches.patterns?.save();
    }
    const [runtime, assets] = await Promise.all([loadRuntimeTemplates(), loadAssets()]);
    checkArtifactNeeds(api, options.emit, texts.schema[0]!.file);
    const profile = options.profile !== undefined ? findProfile(api, options.profile) : undefined;
    const context = { runtime, assets, ...(profile ? { profile } : {}), ...(validatorsThread ? { validatorsThread } : {}), ...(caches.validators ? { validatorsCache: caches.validators } : {}), language: options.lang ?? "ts" };
    const emitted = await emitArtifacts(api, options.emit, context);
    const header = { toolVersion: packageVersion(), specFiles: [...fileList(options.idl), ...fileList(options.schema)].map((file) => basename(file)) };
    const files = withHeaders(emitted, header);
    // Only a model that a whole generation was made from is kept: an emitter's error is then met again, with its places.
    if (cached === undefined) await caches.model?.put(texts, api);
    return { files };
  } finally {
    validatorsThread?.close();
  }
}

/** What a cold run would otherwise work out again, kept between runs (write/derived-cache.ts). */
export interface GenerationCaches {
  model?: ModelCache;
  validators?: CompiledValidatorsCache;
  patterns?: PatternVerdictsCache;
}

/** The caches beside the output folder's, when the generator's code could be hashed. */
const cachesFor = (out: string, keys: { code: string } | null): GenerationCaches => (keys ? { model: modelCache(out, keys.code), validators: compiledValidatorsCache(out, keys.code), patterns: patternVerdictsCache(out, keys.code) } : {});

/** How a generation is made in memory; tests replace it to make it fail or to stand for a changed generator. */
export type Build = typeof buildGeneration;

/**
 * Builds the generation in memory, then writes it. A write an earlier run left unfinished (killed,
 * say) is finished or undone first. When nothing needs generating (unchangedGeneration: the same
 * inputs, the same generator, the files intact) there is nothing to build and nothing to write, the
 * manifest included. After a write, or a build that found every file as it is, the fast-path record
 * (write/fast-path.ts) notes that this generator made this manifest. `control` carries the signals
 * received (write/interrupt.ts): the build is never interrupted half-way by them, the write is
 * finished or rolled back. `build` and `folders` stand for another generator in tests.
 */
export async function generate(options: GeneratorOptions, flags: { force?: boolean; control?: WriteControl } = {}, build: Build = buildGeneration, folders = defaultFolders()): Promise<WriteReport> {
  const [recovered, keys, record] = await Promise.all([recoverOutput(options.out, flags), generationKeys(options, folders), readFastPath(options.out)]);
  const previous = await readPreviousGeneration(options.out);
  const unchanged = unchangedGeneration(previous, keys, record);
  if (unchanged) return { written: [], unchanged, removed: [], ...(recovered ? { recovered } : {}) };
  const generation = await build(options, cachesFor(options.out, keys));
  const manifest = manifestFor(generation.files, keys?.madeFrom);
  const report = await writeGeneration(options.out, generation.files, manifest, flags);
  if (keys) await writeFastPath(options.out, keys.fastPath, manifestText(manifest));
  return recovered ? { ...report, recovered } : report;
}

/** The line generate prints when it found a write an earlier run had left unfinished. */
export function recoveryLine(report: WriteReport, outLabel: string): string | null {
  const recovery = report.recovered;
  if (!recovery) return null;
  const who = recovery.pid !== undefined ? ` (pid ${recovery.pid})` : "";
  const what =
    recovery.outcome === "finished"
      ? `finished the write of an interrupted generate${who}: ${recovery.files} file${recovery.files === 1 ? "" : "s"} put in place`
      : recovery.outcome === "rolled back"
        ? `rolled back the write of an interrupted generate${who}: ${recovery.files} file${recovery.files === 1 ? "" : "s"} put back`
        : "cleaned up after an interrupted generate of an earlier version";
  return `opencmapi-gen: ${outLabel}: ${what}, ${recovery.removed} leftover${recovery.removed === 1 ? "" : "s"} removed`;
}

/**
 * Compares the output folder with what generate would write. It answers from the manifest only when
 * the fast-path record says this generator wrote it (see unchangedGeneration); otherwise (a fresh
 * clone in CI, a changed generator) it generates in memory. A folder found up to date, manifest
 * included, is then recorded, so that the next check answers at once.
 */
export async function check(options: GeneratorOptions, build: Build = buildGeneration, folders = defaultFolders()): Promise<CheckReport & { files: number }> {
  // An interrupted write is the one thing to say: the rest is half old, half new until generate puts it right.
  const leftovers = await leftoversIn(options.out);
  if (leftovers) return { ...interruptedReport(leftovers), files: 0 };
  const [previous, keys, record] = await Promise.all([readPreviousGeneration(options.out), generationKeys(options, folders), readFastPath(options.out)]);
  const unchanged = unchangedGeneration(previous, keys, record);
  if (unchanged) return { ...(await compareUnchanged(options.out, unchanged, previous, options.ignore)), files: unchanged.length };
  const { files } = await build(options, cachesFor(options.out, keys));
  const report = await compareGeneration(options.out, files, options.ignore, previous);
  const manifest = manifestText(manifestFor(files, keys?.madeFrom));
  if (keys && isUpToDate(report) && sha256(manifest) === previous.manifestSha256) await writeFastPath(options.out, keys.fastPath, manifest);
  return { ...report, files: files.size };
}
