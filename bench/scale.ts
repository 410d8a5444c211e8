/**
 * How generation grows with the API: synthetic specs with 1x, 10x and 50x the functions, made from
 * the real spec by repeating every function under new names (CMAPI_WLAN_ScanR2, ...), timed stage
 * by stage, in one process, into empty folders, then once more with nothing changed (the manifest's fast path);
 * then the CLI's cold `generate` of the same spec in a process of its own, with its peak RSS.
 * Run: npx tsx bench/scale.ts [factors=1,10,50]
 */
import { execFile } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { basename, join } from "node:path";
import { ARTIFACTS, emitArtifacts } from "../generator/emit/artifacts.js";
import { generate } from "../generator/generate.js";
import { withHeaders } from "../generator/generated-header.js";
import { generationInputs } from "../generator/generation-inputs.js";
import { apiFromTexts, bundledSpec, type SpecTexts } from "../generator/load.js";
import { loadAssets, loadRuntimeTemplates } from "../generator/templates.js";
import { packageVersion } from "../generator/package-root.js";
import { manifestFor, writeGeneration } from "../generator/write/output-dir.js";
import { optionsFor, tempDir } from "../test/support/generation.js";
import { time } from "./support.js";

const run = promisify(execFile);
const CLI = fileURLToPath(new URL("../bin/opencmapi-gen.js", import.meta.url));
const spec = bundledSpec();
const [idl, schema] = await Promise.all([readFile(spec.idl, "utf8"), readFile(spec.schema, "utf8")]);

/** The spec with every function but the Callback group's (registering is not a function to copy) repeated `factor` times: same signature, result and errors, new names. */
export function scaledSpec(factor: number): SpecTexts {
  // An operation: its doc comment, its extended attributes, and its params up to the first ");" that ends a line (param comments may hold parentheses).
  const operation = /(  \/\*\*(?:(?!\*\/)[\s\S])*\*\/\n(?:  \[[^\]\n]*\]\n)?  undefined (CMAPI_(?!Callback_)\w+)\(([\s\S]*?)\);\n)/g;
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

/** A cold `generate` through the CLI, in its own process: wall time and peak RSS (the process reports it as it exits). */
async function cliRun(files: { idl: string; schema: string }, out: string): Promise<{ ms: number; peakMiB: number }> {
  const reportPeak = `data:text/javascript,process.on("exit",()=>process.stderr.write("peak-rss "+process.resourceUsage().maxRSS+"\\n"))`;
  const started = performance.now();
  const { stderr } = await run(process.execPath, ["--import", reportPeak, CLI, "generate", "--idl", files.idl, "--schema", files.schema, "--out", out], { maxBuffer: 16 * 1024 * 1024 });
  const ms = performance.now() - started;
  const peak = /peak-rss (\d+)/.exec(stderr);
  if (!peak) throw new Error(`the CLI did not report its peak RSS: ${stderr.slice(0, 300)}`);
  return { ms, peakMiB: Number(peak[1]) / 1024 };
}

/** Prints one line per factor (and the CLI's line under it). */
export async function main(factors: readonly number[]): Promise<void> {
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
    // The header generate writes, so that the second run finds every file as it would have written it.
    const header = { toolVersion: packageVersion(), specFiles: [basename(idl.file), basename(schema.file)] };
    const [output, headerMs] = await time(async () => withHeaders(emitted, header));
    const out = await tempDir("opencmapi-scale-");
    const options = optionsFor(out, files);
    const [, writeMs] = await time(async () => writeGeneration(out, output, manifestFor(output, await generationInputs(options))));
    const [again, againMs] = await time(() => generate(options));
    if (again.written.length > 0) throw new Error(`the second generation was expected to find nothing changed, but wrote ${again.written.slice(0, 5).join(", ")}`);
    const total = modelMs + emitMs + headerMs + writeMs;
    const per = (ms: number) => `${ms.toFixed(0).padStart(7)} (${(ms / api.methods.length).toFixed(2)})`;
    const bytes = [...output.values()].reduce((sum, text) => sum + text.length, 0);
    console.log(
      `  ${String(factor).padStart(2)}x  ${String(api.methods.length).padStart(5)} functions  model ${per(modelMs)}  emit ${per(emitMs)}  headers ${per(headerMs)}  write ${per(writeMs)}  total ${per(total)}  again, nothing changed ${per(againMs)}  output ${(bytes / 1024 / 1024).toFixed(1)} MiB`,
    );
    const cli = await cliRun(files, await tempDir("opencmapi-scale-cli-"));
    console.log(`       the CLI, cold, in its own process: ${cli.ms.toFixed(0)} ms (${(cli.ms / api.methods.length).toFixed(2)} per function), peak RSS ${cli.peakMiB.toFixed(0)} MiB`);
    await Promise.all([rm(out, { recursive: true, force: true }), rm(specDir, { recursive: true, force: true })]);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main((process.argv[2] ?? "1,10,50").split(",").map(Number));
