/**
 * generate and check on the full bundled spec, as a user runs them: a new node process each time.
 * Run: npx tsx bench/generate.ts [runs]   (default 5; prints medians in ms)
 *
 * Baseline, in the same run: `opencmapi-gen --version`, the cost of starting node and loading
 * the CLI, which every command pays.
 */
import { execFile } from "node:child_process";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { MANIFEST_FILE } from "../generator/write/manifest.js";
import { tempDir } from "../test/support/generation.js";
import { median, time } from "./support.js";

const runs = Number(process.argv[2] ?? 5);
const bin = fileURLToPath(new URL("../bin/opencmapi-gen.js", import.meta.url));
const cli = (...args: string[]) => promisify(execFile)(process.execPath, [bin, ...args]);

const cases: [string, (out: string) => Promise<unknown>][] = [
  ["baseline: --version (node + CLI start)", () => cli("--version")],
  [
    "generate, empty folder (cold: prettier on every file)",
    async (out) => {
      await rm(out, { recursive: true, force: true });
      return cli("generate", "--out", out);
    },
  ],
  ["generate, nothing changed (format cache)", (out) => cli("generate", "--out", out)],
  ["check, up to date (format cache)", (out) => cli("check", "--out", out)],
  [
    "check, no manifest (cold)",
    async (out) => {
      await rm(join(out, MANIFEST_FILE), { force: true });
      return cli("check", "--out", out).catch(() => undefined);
    },
  ],
];

const out = await tempDir("opencmapi-bench-");
await cli("generate", "--out", out);
const results = new Map<string, number[]>();
for (let run = 0; run < runs; run++) {
  for (const [name, work] of cases) {
    if (name.startsWith("check, no manifest")) await cli("generate", "--out", out);
    const [, ms] = await time(() => work(out));
    results.set(name, [...(results.get(name) ?? []), ms]);
  }
}
const baseline = median(results.get(cases[0]![0])!);
console.log(`opencmapi-gen on the bundled spec: median of ${runs} runs`);
for (const [name, values] of results) {
  const ms = median(values);
  console.log(`  ${name.padEnd(56)} ${ms.toFixed(0).padStart(6)} ms   ${(ms / baseline).toFixed(1).padStart(5)}x baseline`);
}
await rm(out, { recursive: true, force: true });
