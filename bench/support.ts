/** Timing helpers shared by the benchmarks. */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

/** The administrator secret of the benchmarks' generated server (bench/server-process.ts). */
export const BENCH_SECRET = "bench-administrator-secret";

export async function time<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface ProcessRun {
  /** Wall-clock time, ms. */
  ms: number;
  /** CPU time (user + system), ms: less disturbed than wall time by other work on a shared machine. */
  cpuMs: number;
  /** Peak resident set size, MiB. */
  peakRssMiB: number;
  exitCode: number;
}

const TIME = "/usr/bin/time";

/**
 * Runs a command in a new process and measures it with GNU time (wall, CPU, peak RSS, children
 * included). Without /usr/bin/time, only the wall time is known.
 */
export async function measureProcess(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ProcessRun> {
  const dir = await mkdtemp(join(tmpdir(), "opencmapi-time-"));
  const report = join(dir, "time.txt");
  const hasTime = existsSync(TIME);
  const [file, argv] = hasTime ? [TIME, ["-o", report, "-f", "%e %U %S %M", command, ...args]] : [command, args];
  const started = performance.now();
  let exitCode = 0;
  try {
    await promisify(execFile)(file, argv, { cwd: options.cwd, ...(options.env ? { env: { ...process.env, ...options.env } } : {}), maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    exitCode = (error as { code?: number }).code ?? 1;
  }
  const ms = performance.now() - started;
  try {
    if (!hasTime) return { ms, cpuMs: Number.NaN, peakRssMiB: Number.NaN, exitCode };
    // GNU time prints "Command exited with non-zero status N" first when the command fails.
    const last = (await readFile(report, "utf8")).trim().split("\n").at(-1)!;
    const [, user, system, rssKiB] = last.split(" ").map(Number);
    return { ms, cpuMs: (user! + system!) * 1000, peakRssMiB: rssKiB! / 1024, exitCode };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Total size of the files below `dir`, bytes, and how many there are. */
export async function folderSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    files++;
  }
  return { bytes, files };
}
