/** generate and check: spec files → model → emitters → the output folder (or a comparison with it). */
import { basename } from "node:path";
import type { GeneratorOptions } from "./config.js";
import { emitArtifacts, withDependencies } from "./emit/artifacts.js";
import { checkArtifactNeeds } from "./emit/requirements.js";
import { startValidatorsThread, workerPays } from "./emit/validators-thread.js";
import type { GeneratedFiles } from "./emit/context.js";
import { sha256, withHeaders } from "./generated-header.js";
import type { SpecTexts } from "./load.js";
import { fileList } from "./spec-files.js";
import { generationInputs } from "./generation-inputs.js";
import { findProfile } from "./model/profiles.js";
import { packageVersion } from "./package-root.js";
import { loadAssets, loadRuntimeTemplates } from "./templates.js";
import { compareGeneration, compareUnchanged, manifestFor, readPreviousGeneration, unchangedGeneration, writeGeneration, type CheckReport, type WriteReport } from "./write/output-dir.js";

/** A short hash of the spec's content; line endings do not count. */
export function specHash(texts: SpecTexts): string {
  const normalise = (text: string) => text.replace(/\r\n/g, "\n");
  return sha256([...texts.idl, ...texts.schema].map((text) => normalise(text.text)).join("\n\0\n")).slice(0, 16);
}

export interface Generation {
  files: GeneratedFiles;
}

/** The whole generation in memory. */
export async function buildGeneration(options: Pick<GeneratorOptions, "idl" | "schema" | "emit" | "profile" | "lang">): Promise<Generation> {
  // Started first: the worker loads ajv while this thread builds the model.
  const validatorsThread = withDependencies(options.emit).includes("validators") && workerPays() ? startValidatorsThread() : undefined;
  try {
    // Loaded here, not above: the model and its parser (webidl2) are not needed when nothing changed.
    const { apiFromTexts, readSpecTexts } = await import("./load.js");
    const texts = await readSpecTexts(options);
    const api = apiFromTexts(texts);
    const [runtime, assets] = await Promise.all([loadRuntimeTemplates(), loadAssets()]);
    checkArtifactNeeds(api, options.emit, texts.schema[0]!.file);
    const profile = options.profile !== undefined ? findProfile(api, options.profile) : undefined;
    const context = { runtime, assets, ...(profile ? { profile } : {}), ...(validatorsThread ? { validatorsThread } : {}), language: options.lang ?? "ts" };
    const emitted = await emitArtifacts(api, options.emit, context);
    const header = { toolVersion: packageVersion(), specHash: specHash(texts), specFiles: [...fileList(options.idl), ...fileList(options.schema)].map((file) => basename(file)) };
    return { files: withHeaders(emitted, header) };
  } finally {
    validatorsThread?.close();
  }
}

/**
 * Builds the generation in memory, then writes it; `build` is replaceable so tests can make it fail.
 * When the inputs are those of the last generation and its files are intact, there is nothing to
 * build and nothing to write (the manifest, too, would be written as it is).
 */
export async function generate(options: GeneratorOptions, flags: { force?: boolean } = {}, build = buildGeneration): Promise<WriteReport> {
  const [previous, inputs] = await Promise.all([readPreviousGeneration(options.out), generationInputs(options)]);
  const unchanged = unchangedGeneration(previous, inputs);
  if (unchanged) return { written: [], unchanged, removed: [] };
  const generation = await build(options);
  return writeGeneration(options.out, generation.files, manifestFor(generation.files, inputs), flags);
}

export async function check(options: GeneratorOptions): Promise<CheckReport & { files: number }> {
  const [previous, inputs] = await Promise.all([readPreviousGeneration(options.out), generationInputs(options)]);
  const unchanged = unchangedGeneration(previous, inputs);
  if (unchanged) return { ...(await compareUnchanged(options.out, unchanged, previous, options.ignore)), files: unchanged.length };
  const { files } = await buildGeneration(options);
  return { ...(await compareGeneration(options.out, files, options.ignore, previous)), files: files.size };
}
