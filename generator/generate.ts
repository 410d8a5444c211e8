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
import type { WriteControl } from "./write/interrupt.js";
import { compareGeneration, compareUnchanged, interruptedReport, leftoversIn, manifestFor, readPreviousGeneration, recoverOutput, unchangedGeneration, writeGeneration, type CheckReport, type WriteReport } from "./write/output-dir.js";

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
 * A write an earlier run left unfinished (killed, say) is finished or undone first. When the inputs
 * are those of the last generation and its files are intact, there is nothing to build and nothing
 * to write (the manifest, too, would be written as it is). `control` carries the signals received
 * (write/interrupt.ts): the build is never interrupted half-way by them, the write is finished or
 * rolled back.
 */
export async function generate(options: GeneratorOptions, flags: { force?: boolean; control?: WriteControl } = {}, build = buildGeneration): Promise<WriteReport> {
  const [recovered, inputs] = await Promise.all([recoverOutput(options.out, flags), generationInputs(options)]);
  const previous = await readPreviousGeneration(options.out);
  const unchanged = unchangedGeneration(previous, inputs);
  if (unchanged) return { written: [], unchanged, removed: [], ...(recovered ? { recovered } : {}) };
  const generation = await build(options);
  const report = await writeGeneration(options.out, generation.files, manifestFor(generation.files, inputs), flags);
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

export async function check(options: GeneratorOptions): Promise<CheckReport & { files: number }> {
  // An interrupted write is the one thing to say: the rest is half old, half new until generate puts it right.
  const leftovers = await leftoversIn(options.out);
  if (leftovers) return { ...interruptedReport(leftovers), files: 0 };
  const [previous, inputs] = await Promise.all([readPreviousGeneration(options.out), generationInputs(options)]);
  const unchanged = unchangedGeneration(previous, inputs);
  if (unchanged) return { ...(await compareUnchanged(options.out, unchanged, previous, options.ignore)), files: unchanged.length };
  const { files } = await buildGeneration(options);
  return { ...(await compareGeneration(options.out, files, options.ignore, previous)), files: files.size };
}
