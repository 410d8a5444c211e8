/**
 * generate and check on the full bundled spec, as a user runs them: a new node process each time,
 * wall time, CPU time and peak RSS (GNU time). Side by side in the same run: @open-rpc/generator
 * making its TypeScript client from our generated/openrpc.json, and our own client alone.
 *
 * Run: npx tsx bench/generate.ts [runs=5] [--before <path of another opencmapi-gen.js>]
 * `--before` measures a second build of opencmapi-gen (e.g. an older commit) in the same run.
 *
 * Baselines, in the same run: `node -e ""` (starting node) and `opencmapi-gen --version`
 * (starting node and loading the CLI), which every command pays. Each case reports its best and
 * median of the runs and the best over the best of `node -e ""`, with the load average around the run.
 */
import { createRequire } from "node:module";
import { rm, stat } from "node:fs/promises";
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { MANIFEST_FILE } from "../generator/write/manifest.js";
import { tempDir } from "../test/support/generation.js";
import { folderSize, measureProcess, median, type ProcessRun } from "./support.js";

const args = process.argv.slice(2);
const beforeAt = args.indexOf("--before");
const beforeBin = beforeAt >= 0 ? args.splice(beforeAt, 2)[1] : undefined;
const runs = Number(args[0] ?? 5);
const ourBin = fileURLToPath(new URL("../bin/opencmapi-gen.js", import.meta.url));
const openRpcDocument = fileURLToPath(new URL("../generated/openrpc.json", import.meta.url));
const openRpcCli = createRequire(import.meta.url).resolve("@open-rpc/generator/build/cli.js");
const node = (...argv: string[]) => measureProcess(process.execPath, argv);

interface Case {
  name: string;
  /** Untimed preparation. */
  before?: () => Promise<unknown>;
  run: () => Promise<ProcessRun>;
}

async function casesFor(label: string, bin: string): Promise<{ cases: Case[]; outputs: Record<string, string> }> {
  const out = await tempDir("opencmapi-bench-");
  const clientOut = await tempDir("opencmapi-bench-client-");
  const cli = (...argv: string[]) => node(bin, ...argv);
  await cli("generate", "--out", out);
  const cases: Case[] = [
    { name: `${label}: --version`, run: () => cli("--version") },
    { name: `${label}: --help`, run: () => cli("--help") },
    { name: `${label}: generate into an empty folder (cold)`, before: () => rm(out, { recursive: true, force: true }), run: () => cli("generate", "--out", out) },
    // Ours only: with and without the validators' worker, whatever the load average would decide.
    ...(label === "opencmapi-gen" ? (["1", "0"] as const) : []).map((worker) => ({
      name: `${label}: generate into an empty folder (cold), OPENCMAPI_GEN_WORKER=${worker}`,
      before: () => rm(out, { recursive: true, force: true }),
      run: () => measureProcess(process.execPath, [bin, "generate", "--out", out], { env: { OPENCMAPI_GEN_WORKER: worker } }),
    })),
    { name: `${label}: generate, nothing changed`, run: () => cli("generate", "--out", out) },
    { name: `${label}: check, up to date`, run: () => cli("check", "--out", out) },
    {
      name: `${label}: check without the manifest (cold)`,
      before: () => rm(join(out, MANIFEST_FILE), { force: true }),
      run: async () => {
        const result = await cli("check", "--out", out);
        await cli("generate", "--out", out);
        return result;
      },
    },
    { name: `${label}: generate --emit client (cold)`, before: () => rm(clientOut, { recursive: true, force: true }), run: () => cli("generate", "--out", clientOut, "--emit", "client") },
  ];
  return { cases, outputs: { [`${label}: whole generation`]: out, [`${label}: --emit client`]: clientOut } };
}

const openRpcOut = await tempDir("opencmapi-bench-open-rpc-");
const baselines: Case[] = [{ name: 'node -e "" (starting node)', run: () => node("-e", "") }];
const ours = await casesFor("opencmapi-gen", ourBin);
const older = beforeBin ? await casesFor("before", beforeBin) : { cases: [], outputs: {} };
const openRpc: Case = {
  name: "@open-rpc/generator: TypeScript client (cold)",
  before: () => rm(openRpcOut, { recursive: true, force: true }),
  run: () => node(openRpcCli, "generate", "-t", "client", "-l", "typescript", "-n", "cmapiClient", "-d", openRpcDocument, "-o", openRpcOut),
};
const cases = [...baselines, ...ours.cases, ...older.cases, openRpc];

const loadBefore = loadavg()
  .map((value) => value.toFixed(1))
  .join(" ");
const results = new Map<string, ProcessRun[]>();
for (let run = 0; run < runs; run++) {
  for (const item of cases) {
    await item.before?.();
    const result = await item.run();
    if (result.exitCode !== 0) throw new Error(`${item.name} exited with ${result.exitCode}`);
    results.set(item.name, [...(results.get(item.name) ?? []), result]);
  }
}

const medianOf = (name: string, pick: (run: ProcessRun) => number) => median(results.get(name)!.map(pick));
const bestOf = (name: string, pick: (run: ProcessRun) => number) => Math.min(...results.get(name)!.map(pick));
const nodeBest = bestOf(baselines[0]!.name, (run) => run.ms);
const loadAfter = loadavg()
  .map((value) => value.toFixed(1))
  .join(" ");
console.log(`${runs} runs of each, a new process each time; load average before ${loadBefore}, after ${loadAfter} (2 cores: above 2, other work competes)`);
console.log(`"x node" is the best wall time over the best of \`node -e ""\` in this run: the ratio survives a loaded machine better than the seconds do`);
console.log(`| command | best wall | median wall | best x node | CPU (user+sys), median | peak RSS, max |`);
console.log(`| --- | --- | --- | --- | --- | --- |`);
for (const item of cases) {
  const best = bestOf(item.name, (run) => run.ms);
  const cells = [`${(best / 1000).toFixed(2)} s`, `${(medianOf(item.name, (run) => run.ms) / 1000).toFixed(2)} s`, `${(best / nodeBest).toFixed(1)}x`];
  cells.push(`${(medianOf(item.name, (run) => run.cpuMs) / 1000).toFixed(2)} s`, `${Math.max(...results.get(item.name)!.map((run) => run.peakRssMiB)).toFixed(0)} MiB`);
  console.log(`| ${item.name} | ${cells.join(" | ")} |`);
}

console.log("\noutput");
const sizes: Record<string, string> = { ...ours.outputs, ...older.outputs, "@open-rpc/generator: client package": openRpcOut };
for (const [name, dir] of Object.entries(sizes)) {
  const { bytes, files } = await folderSize(dir);
  console.log(`  ${name.padEnd(44)} ${files} files, ${(bytes / 1024).toFixed(0)} KiB`);
}
const openRpcIndex = join(openRpcOut, "client", "typescript", "src", "index.ts");
console.log(`  ${"@open-rpc/generator: its index.ts".padEnd(44)} ${((await stat(openRpcIndex)).size / 1024).toFixed(0)} KiB`);
await Promise.all(Object.values(sizes).map((dir) => rm(dir, { recursive: true, force: true })));
