/**
 * Where a cold generate's time goes: parse and model, each emitter, the headers, the write.
 * Run: npx tsx bench/stages.ts [runs]   (medians of several cold runs, all in this process)
 */
import { rm } from "node:fs/promises";
import { basename } from "node:path";
import { ARTIFACTS, emitArtifacts } from "../generator/emit/artifacts.js";
import { emitClient } from "../generator/emit/client.js";
import { emitDocs } from "../generator/emit/docs.js";
import { emitErrors } from "../generator/emit/errors.js";
import { emitServer } from "../generator/emit/server.js";
import { emitTypes } from "../generator/emit/types.js";
import { emitValidators } from "../generator/emit/validators.js";
import { withHeaders } from "../generator/generated-header.js";
import { apiFromTexts, bundledSpec, readSpecTexts } from "../generator/load.js";
import { loadAssets, loadRuntimeTemplates } from "../generator/templates.js";
import { manifestFor, writeGeneration } from "../generator/write/output-dir.js";
import { tempDir } from "../test/support/generation.js";
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
  const context = { runtime: await loadRuntimeTemplates(), assets: await loadAssets() };
  record("emit types (text from the schema tree)", (await time(() => emitTypes(api)))[1]);
  record("emit errors (text)", (await time(async () => emitErrors(api)))[1]);
  record("emit client (text)", (await time(async () => emitClient(api)))[1]);
  record("emit server (text)", (await time(async () => emitServer(api, context)))[1]);
  record("emit validators (ajv standalone; a worker thread in generate)", (await time(async () => emitValidators(api)))[1]);
  record("emit docs (Markdown)", (await time(async () => emitDocs(api)))[1]);
  const [emitted, emitMs] = await time(() => emitArtifacts(api, ARTIFACTS, context));
  record("emit everything", emitMs);
  const header = { toolVersion: "bench", specFiles: [basename(spec.idl), basename(spec.schema)] };
  const [files, headerMs] = await time(async () => withHeaders(emitted, header));
  record("headers", headerMs);
  const out = await tempDir("opencmapi-bench-");
  record("write (atomic, new folder)", (await time(() => writeGeneration(out, files, manifestFor(files))))[1]);
  await rm(out, { recursive: true, force: true });
}

console.log(`generate, stage by stage: median of ${runs} runs, ms (the first run pays for loading each module)`);
for (const [stage, values] of samples) console.log(`  ${stage.padEnd(44)} ${median(values).toFixed(1).padStart(8)}`);
