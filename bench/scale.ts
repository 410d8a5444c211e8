/**
 * How generation grows with the API: synthetic specs with 1x, 10x and 50x the functions, made from
 * the real spec by repeating every function under new names (CMAPI_WLAN_ScanR2, ...), timed stage
 * by stage, in one process, into empty folders (no format cache), then once more (with it).
 * Run: npx tsx bench/scale.ts [factors=1,10,50]
 */
import { readFile, rm } from "node:fs/promises";
import { basename } from "node:path";
import { ARTIFACTS, emitArtifacts } from "../generator/emit/artifacts.js";
import { formatFiles } from "../generator/format.js";
import { apiFromTexts, bundledSpec, type SpecTexts } from "../generator/load.js";
import { loadAssets, loadRuntimeTemplates } from "../generator/templates.js";
import { formatCacheOf, manifestFor, readPreviousGeneration, writeGeneration } from "../generator/write/output-dir.js";
import { tempDir } from "../test/support/generation.js";
import { time } from "./support.js";

const factors = (process.argv[2] ?? "1,10,50").split(",").map(Number);
const spec = bundledSpec();
const [idl, schema] = await Promise.all([readFile(spec.idl, "utf8"), readFile(spec.schema, "utf8")]);

/** The spec with every function repeated `factor` times: same signature, result and errors, new names. */
export function scaledSpec(factor: number): SpecTexts {
  const operation = /(  \/\*\*(?:(?!\*\/)[\s\S])*\*\/\n(?:  \[[^\]\n]*\]\n)?  undefined (CMAPI_(?!Callback_)\w+)\(([^)]*)\);\n)/g;
  const scaledIdl = idl.replace(operation, (whole: string, _text: string, name: string) => {
    let copies = whole;
    for (let copy = 2; copy <= factor; copy++) copies += whole.replace(`undefined ${name}(`, `undefined ${name}R${copy}(`);
    return copies;
  });
  const document = JSON.parse(schema) as { $defs: Record<string, unknown> };
  for (const key of Object.keys(document.$defs)) {
    const match = /^(CMAPI_(?!Callback_)\w+)\.(params|result)$/.exec(key);
    if (!match) continue;
    for (let copy = 2; copy <= factor; copy++) document.$defs[`${match[1]}R${copy}.${match[2]}`] = document.$defs[key];
  }
  return { idl: [{ file: "scaled.webidl", text: scaledIdl }], schema: [{ file: "scaled.schema.json", text: JSON.stringify(document) }] };
}

const runtime = await loadRuntimeTemplates();
const assets = await loadAssets();
console.log("generation by size of API (one cold run each, ms; per function in brackets)");
for (const factor of factors) {
  const texts = scaledSpec(factor);
  const [api, modelMs] = await time(async () => apiFromTexts(texts));
  const [emitted, emitMs] = await time(() => emitArtifacts(api, ARTIFACTS, { runtime, assets }));
  const header = { toolVersion: "bench", specHash: "0", specFiles: [...texts.idl, ...texts.schema].map((text) => basename(text.file)) };
  const [{ files, keys }, formatMs] = await time(() => formatFiles(emitted, header));
  const out = await tempDir("opencmapi-scale-");
  const [, writeMs] = await time(() => writeGeneration(out, files, manifestFor(files, keys)));
  const [, warmMs] = await time(async () => {
    const previous = await readPreviousGeneration(out);
    const again = await formatFiles(await emitArtifacts(api, ARTIFACTS, { runtime, assets }), header, formatCacheOf(previous));
    return again;
  });
  const total = modelMs + emitMs + formatMs + writeMs;
  const per = (ms: number) => `${ms.toFixed(0).padStart(7)} (${(ms / api.methods.length).toFixed(2)})`;
  const bytes = [...files.values()].reduce((sum, text) => sum + text.length, 0);
  console.log(
    `  ${String(factor).padStart(2)}x  ${String(api.methods.length).padStart(5)} functions  model ${per(modelMs)}  emit ${per(emitMs)}  prettier ${per(formatMs)}  write ${per(writeMs)}  total ${per(total)}  again, cached ${per(warmMs)}  output ${(bytes / 1024 / 1024).toFixed(1)} MiB`,
  );
  await rm(out, { recursive: true, force: true });
}
