/**
 * Where generate's time goes: parse and model, each emitter, prettier per file, the write.
 * Run: npx tsx bench/stages.ts [runs]   (medians of several cold runs, all in this process)
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { emitDocs } from "../generator/emit/docs.js";
import { emitErrors } from "../generator/emit/errors.js";
import { emitTypes } from "../generator/emit/types.js";
import { emitValidators } from "../generator/emit/validators.js";
import { emitArtifacts, ARTIFACTS } from "../generator/emit/artifacts.js";
import { formatFiles } from "../generator/format.js";
import { apiFromTexts, bundledSpec, readSpecTexts } from "../generator/load.js";
import { loadAssets, loadRuntimeTemplates } from "../generator/templates.js";
import { manifestFor, writeGeneration } from "../generator/write/output-dir.js";
import { median, time } from "./support.js";

const runs = Number(process.argv[2] ?? 5);
const spec = bundledSpec();
const samples = new Map<string, number[]>();
const record = (stage: string, ms: number) => samples.set(stage, [...(samples.get(stage) ?? []), ms]);

for (let run = 0; run < runs; run++) {
  const [texts, readMs] = await time(() => readSpecTexts(spec));
  record("read spec files", readMs);
  const [api, modelMs] = await time(async () => apiFromTexts(texts));
  record("parse + model + cross-check", modelMs);
  const runtime = await loadRuntimeTemplates();
  record("emit types (jsstt + ts-morph)", (await time(() => emitTypes(api)))[1]);
  record("emit errors (ts-morph)", (await time(async () => emitErrors(api)))[1]);
  record("emit validators (ajv standalone)", (await time(async () => emitValidators(api)))[1]);
  record("emit docs", (await time(async () => emitDocs(api)))[1]);
  const emitted = await emitArtifacts(api, ARTIFACTS, { runtime, assets: await loadAssets() });
  const header = { toolVersion: "bench", specHash: "0", specFiles: [basename(spec.idl), basename(spec.schema)] };
  for (const [path, text] of emitted) record(`prettier ${path}`, (await time(() => formatFiles(new Map([[path, text]]), header)))[1]);
  const [{ files, keys }, formatMs] = await time(() => formatFiles(emitted, header));
  record("prettier, all files concurrently", formatMs);
  const out = await mkdtemp(join(tmpdir(), "opencmapi-bench-"));
  record("write (atomic, new folder)", (await time(() => writeGeneration(out, files, manifestFor(files, keys))))[1]);
  await rm(out, { recursive: true, force: true });
}

console.log(`generate, stage by stage: median of ${runs} runs, ms`);
for (const [stage, values] of samples) console.log(`  ${stage.padEnd(44)} ${median(values).toFixed(1).padStart(8)}`);
