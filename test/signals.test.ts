/**
 * Real signals on a real `opencmapi-gen generate` writing the whole bundled spec's output (75 files,
 * 4.5 MB, about 100 ms of writing): SIGINT and SIGTERM while it stages (rolled back: the old
 * generation, whole) and while it renames into place (finished: the new one, whole), each with exit
 * 128 + n and one line saying which; SIGKILL at random moments, after which the next generate leaves
 * exactly a clean generation and check passes. The moment is found by watching the output folder:
 * the journal appears when the staging begins, the first backup (*.old) when the renames do.
 */
import { spawn, execFile } from "node:child_process";
import { appendFile, copyFile, cp, mkdir } from "node:fs/promises";
import { watch } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { bundledSpec } from "../generator/load.js";
import { folderTree, tempDir } from "./support/generation.js";

const bin = fileURLToPath(new URL("../bin/opencmapi-gen.js", import.meta.url));

let dir: string;
/** Two versions of the spec: the bundled one, and the same with every header's hash changed. */
let oldSpec: string[];
let newSpec: string[];
let oldTree: Record<string, string>;
let newTree: Record<string, string>;

const cli = (args: string[]) =>
  promisify(execFile)(process.execPath, [bin, ...args], { cwd: dir }).then(
    (result) => ({ code: 0, ...result }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

/** A folder holding the old generation (the output does not depend on the folder: a copy is one). */
async function oldFolder(): Promise<string> {
  const out = await tempDir("opencmapi-gen-signal-");
  await cp(join(dir, "ref-old"), out, { recursive: true });
  return out;
}

/**
 * Runs generate of the new spec into `out` and sends `signal` when a file whose name matches `when`
 * appears in it (after `delayMs`). Resolves with the exit code (or the signal that ended it) and stderr.
 */
function interruptedGenerate(out: string, signal: NodeJS.Signals, when: RegExp, delayMs = 0): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; sent: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, "generate", "--out", out, ...newSpec], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    let sent = false;
    child.stderr.on("data", (chunk: Buffer) => void (stderr += chunk.toString()));
    const watcher = watch(out, (_event, name) => {
      if (sent || name === null || !when.test(name)) return;
      sent = true;
      setTimeout(() => child.kill(signal), delayMs);
    });
    child.on("error", reject);
    child.on("exit", (code, ended) => {
      watcher.close();
      resolve({ code, signal: ended, stderr, sent });
    });
  });
}

const leftovers = (snapshot: Record<string, string>) => Object.keys(snapshot).filter((path) => /\.opencmapi-gen-(journal|[0-9a-f]{12})/.test(path));

beforeAll(async () => {
  dir = await tempDir("opencmapi-gen-signals-");
  await copyFile(bundledSpec().idl, join(dir, "opencmapi.webidl"));
  await copyFile(bundledSpec().schema, join(dir, "opencmapi.schema.json"));
  oldSpec = ["--idl", "opencmapi.webidl", "--schema", "opencmapi.schema.json"];
  // Another WebIDL file name: every header names the spec files, so every file is replaced (a write long enough to signal into).
  await mkdir(join(dir, "new"));
  await copyFile(bundledSpec().schema, join(dir, "new", "opencmapi.schema.json"));
  await copyFile(bundledSpec().idl, join(dir, "new", "opencmapi-new.webidl"));
  await appendFile(join(dir, "new", "opencmapi-new.webidl"), "\n// edited\n");
  newSpec = ["--idl", "new/opencmapi-new.webidl", "--schema", "new/opencmapi.schema.json"];
  const [made, madeNew] = await Promise.all([cli(["generate", "--out", "ref-old", ...oldSpec]), cli(["generate", "--out", "ref-new", ...newSpec])]);
  expect(made.code, made.stderr).toBe(0);
  expect(madeNew.code, madeNew.stderr).toBe(0);
  oldTree = await folderTree(join(dir, "ref-old"));
  newTree = await folderTree(join(dir, "ref-new"));
  expect(Object.keys(oldTree).length).toBeGreaterThan(70);
  expect(oldTree["types.ts"]).not.toBe(newTree["types.ts"]);
}, 60_000);

describe("generate under real signals", () => {
  it("SIGINT while staging: rolled back, exit 130, one line; SIGINT while renaming into place: finished, exit 130, one line", async () => {
    const staging = await oldFolder();
    const early = await interruptedGenerate(staging, "SIGINT", /^\.opencmapi-gen-journal\.json$/);
    expect(early.sent).toBe(true);
    expect(early.stderr).toMatch(/^opencmapi-gen: interrupted \(SIGINT\) while writing; rolled back: \S+\/ is as it was\n$/);
    expect(early.code).toBe(130);
    expect(await folderTree(staging)).toEqual(oldTree);

    const committing = await oldFolder();
    const late = await interruptedGenerate(committing, "SIGINT", /\.opencmapi-gen-[0-9a-f]{12}\.old$/);
    expect(late.sent).toBe(true);
    expect(late.stderr).toMatch(/^opencmapi-gen: interrupted \(SIGINT\); the write was finished first: \S+\/ holds the new generation\n$/);
    expect(late.code).toBe(130);
    expect(await folderTree(committing)).toEqual(newTree);
  }, 60_000);

  it("SIGINT before the write (while the model is built): exit 130 at once, nothing written", async () => {
    const out = await oldFolder();
    const generateInterruptedAfter = (delayMs: number) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [bin, "generate", "--out", out, ...newSpec], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
        let stderr = "";
        child.stderr.on("data", (chunk: Buffer) => void (stderr += chunk.toString()));
        setTimeout(() => child.kill("SIGINT"), delayMs);
        child.on("exit", (code) => resolve({ code, stderr }));
      });
    // The build takes most of a second; the CLI listens for signals after about 0.1 s. On a loaded machine a signal that
    // comes before that kills the process the default way (nothing written either): then try a little later.
    let run = await generateInterruptedAfter(300);
    for (const delayMs of [500, 700]) {
      expect(await folderTree(out)).toEqual(oldTree);
      if (run.code !== null) break;
      run = await generateInterruptedAfter(delayMs);
    }
    expect(run.stderr).toMatch(/^opencmapi-gen: interrupted \(SIGINT\) before writing anything; \S+\/ is as it was\n$/);
    expect(run.code).toBe(130);
    expect(await folderTree(out)).toEqual(oldTree);
  }, 60_000);

  it("SIGTERM: exit 143, and the folder is one generation or the other, whole", async () => {
    const out = await oldFolder();
    const run = await interruptedGenerate(out, "SIGTERM", /^\.opencmapi-gen-journal\.json$/, 20);
    expect(run.code).toBe(143);
    expect(run.stderr).toMatch(/^opencmapi-gen: interrupted \(SIGTERM\)[^\n]*\n$/);
    const after = await folderTree(out);
    expect(leftovers(after)).toEqual([]);
    expect(after).toEqual(run.stderr.includes("rolled back") ? oldTree : newTree);
  }, 60_000);

  it("SIGKILL at random moments of the write: the next generate leaves a clean generation, no leftovers, and check passes", async () => {
    const killed: string[] = [];
    // One while staging, one while renaming into place, each a random few milliseconds after it began.
    const moments = [/^\.opencmapi-gen-journal\.json$/, /\.opencmapi-gen-[0-9a-f]{12}\.old$/];
    for (const [index, when] of moments.entries()) {
      const delayMs = Math.floor(Math.random() * 15);
      const out = await oldFolder();
      const run = await interruptedGenerate(out, "SIGKILL", when, delayMs);
      expect(run.signal).toBe("SIGKILL");
      const left = await folderTree(out);
      killed.push(`${index === 0 ? "staging" : "renaming"} + ${delayMs} ms: ${leftovers(left).length} leftovers`);
      expect(leftovers(left).length, killed.join("; ")).toBeGreaterThan(0);
      const again = await cli(["generate", "--out", out, ...newSpec]);
      expect(again.code, again.stderr).toBe(0);
      if (leftovers(left).length > 0) expect(again.stderr).toMatch(/(finished|rolled back) the write of an interrupted generate \(pid \d+\)/);
      expect(await folderTree(out), killed.join("; ")).toEqual(newTree);
      const checked = await cli(["check", "--out", out, ...newSpec]);
      expect(checked.code, checked.stderr).toBe(0);
    }
  }, 60_000);
});
