/**
 * How generation grows with the API: synthetic specs with 1x, 10x and 50x the functions, made from
 * the real spec by repeating every function under new names (CMAPI_WLAN_ScanR2, ...), timed stage
 * by stage, in one process, into empty folders, then once more with nothing changed (the manifest's fast path).
 * Run: npx tsx bench/scale.ts [factors=1,10,50]
 */
import { readFile, rm, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { ARTIFACTS, emitArtifacts } from "../generator/emit/artifacts.js";
import { generate } from "../generator/generate.js";
import { withHeaders } from "../generator/generated-header.js";
import { generationInputs } from "../generator/generation-inputs.js";
import { apiFromTexts, bundledSpec, type SpecTexts } from "../generator/load.js";
import { loadAssets, loadRuntimeTemplates } from "../generator/templates.js";
import { manifestFor, writeGeneration } from "../generator/write/output-dir.js";
import { optionsFor, tempDir } from "../test/support/generation.js";
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
  const specDir = await tempDir("opencmapi-scale-spec-");
  const [idl, schema] = [texts.idl[0]!, texts.schema[0]!];
  const files = { idl: join(specDir, idl.file), schema: join(specDir, schema.file) };
  await Promise.all([writeFile(files.idl, idl.text), writeFile(files.schema, schema.text)]);
  const [api, modelMs] = await time(async () => apiFromTexts(texts));
  const [emitted, emitMs] = await time(() => emitArtifacts(api, ARTIFACTS, { runtime, assets }));
  const header = { toolVersion: "bench", specFiles: [basename(idl.file), basename(schema.file)] };
  const [output, headerMs] = await time(async () => withHeaders(emitted, header));
  const out = await tempDir("opencmapi-scale-");
  const options = optionsFor(out, files);
  const [, writeMs] = await time(async () => writeGeneration(out, output, manifestFor(output, await generationInputs(options))));
  const [again, againMs] = await time(() => generate(options));
  if (again.written.length > 0) throw new Error("the second generation was expected to find nothing changed");
  const total = modelMs + emitMs + headerMs + writeMs;
  const per = (ms: number) => `${ms.toFixed(0).padStart(7)} (${(ms / api.methods.length).toFixed(2)})`;
  const bytes = [...output.values()].reduce((sum, text) => sum + text.length, 0);
  console.log(
    `  ${String(factor).padStart(2)}x  ${String(api.methods.length).padStart(5)} functions  model ${per(modelMs)}  emit ${per(emitMs)}  headers ${per(headerMs)}  write ${per(writeMs)}  total ${per(total)}  again, nothing changed ${per(againMs)}  output ${(bytes / 1024 / 1024).toFixed(1)} MiB`,
  );
  await Promise.all([rm(out, { recursive: true, force: true }), rm(specDir, { recursive: true, force: true })]);
}
