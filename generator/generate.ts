/** generate and check: spec files → model → emitters → prettier → the output folder (or a comparison with it). */
import { basename } from "node:path";
import type { GeneratorOptions } from "./config.js";
import { emitArtifacts } from "./emit/artifacts.js";
import type { GeneratedFiles } from "./emit/context.js";
import { formatFiles, sha256 } from "./format.js";
import { apiFromTexts, fileList, readSpecTexts, type SpecTexts } from "./load.js";
import { findProfile } from "./model/profiles.js";
import { packageVersion } from "./package-root.js";
import { loadAssets, loadRuntimeTemplates } from "./templates.js";
import { compareGeneration, formatCacheOf, manifestFor, readPreviousGeneration, writeGeneration, type CheckReport, type WriteReport } from "./write/output-dir.js";

/** A short hash of the spec's content; line endings do not count. */
export function specHash(texts: SpecTexts): string {
  const normalise = (text: string) => text.replace(/\r\n/g, "\n");
  return sha256([...texts.idl, ...texts.schema].map((text) => normalise(text.text)).join("\n\0\n")).slice(0, 16);
}

export interface Generation {
  files: GeneratedFiles;
  formatKeys: Map<string, string>;
}

/** The whole generation in memory. `formatCache` may hold output of an earlier run (see format.ts). */
export async function buildGeneration(options: Pick<GeneratorOptions, "idl" | "schema" | "emit" | "profile" | "lang">, formatCache?: ReadonlyMap<string, string>): Promise<Generation> {
  const texts = await readSpecTexts(options);
  const api = apiFromTexts(texts);
  const [runtime, assets] = await Promise.all([loadRuntimeTemplates(), loadAssets()]);
  const profile = options.profile !== undefined ? findProfile(api, options.profile) : undefined;
  const emitted = await emitArtifacts(api, options.emit, { runtime, assets, ...(profile ? { profile } : {}), language: options.lang ?? "ts" });
  const header = { toolVersion: packageVersion(), specHash: specHash(texts), specFiles: [...fileList(options.idl), ...fileList(options.schema)].map((file) => basename(file)) };
  const { files, keys } = await formatFiles(emitted, header, formatCache);
  return { files, formatKeys: keys };
}

/** Builds the generation in memory, then writes it; `build` is replaceable so tests can make it fail. */
export async function generate(options: GeneratorOptions, flags: { force?: boolean } = {}, build = buildGeneration): Promise<WriteReport> {
  const previous = await readPreviousGeneration(options.out);
  const generation = await build(options, formatCacheOf(previous));
  return writeGeneration(options.out, generation.files, manifestFor(generation.files, generation.formatKeys), flags);
}

export async function check(options: GeneratorOptions): Promise<CheckReport & { files: number }> {
  const previous = await readPreviousGeneration(options.out);
  const generation = await buildGeneration(options, formatCacheOf(previous));
  return { ...(await compareGeneration(options.out, generation.files, options.ignore)), files: generation.files.size };
}
