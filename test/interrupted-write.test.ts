/**
 * A write killed at any moment is put right by the next one (generator/write/journal.ts). The
 * writer runs on a file system that stops it dead when operation N begins (test/support/faulty-fs.ts:
 * its promise never settles, as after SIGKILL nothing of the process runs again, no rollback, no
 * finally), leaving a write in flight half-done; then the recovery runs on the real file system.
 * Every N from the first operation to the last is tried once, and fast-check tries random kills
 * during the recovery too. Real signals on a real process: signals.test.ts.
 */
import fc from "fast-check";
import { spawn } from "node:child_process";
import { readFile, readdir, rm, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { SpecError } from "../generator/diagnostics.js";
import { buildGeneration, check, generate } from "../generator/generate.js";
import { JOURNAL_FILE, LEFTOVER_NAME } from "../generator/write/journal.js";
import { manifestFor, recoverOutput, writeGeneration } from "../generator/write/output-dir.js";
import type { GeneratedFiles } from "../generator/emit/context.js";
import type { Manifest } from "../generator/write/manifest.js";
import { MINI, runCli } from "./support/cli.js";
import { faultyFs } from "./support/faulty-fs.js";
import { useWriterFs } from "../generator/write/disk.js";
import { folderTree, tempDir } from "./support/generation.js";

interface Generation {
  files: GeneratedFiles;
  manifest: Manifest;
}

const leftoversOf = (snapshot: Record<string, string>) => Object.keys(snapshot).filter((path) => path.includes(".opencmapi-gen-journal") || LEFTOVER_NAME.test(path.split("/").pop()!));

/** The user's own files, in the folder's root and inside a folder the generation also writes. */
const USER_FILES: Record<string, string> = { "NOTES.md": "my notes\n", "docs/mine.txt": "my own page\n" };

let OLD: Generation;
let NEW: Generation;
let oldTree: Record<string, string>;
let newTree: Record<string, string>;

/** A folder holding the old generation and the user's files. */
async function oldFolder(): Promise<string> {
  const out = await tempDir("opencmapi-gen-kill-");
  await writeGeneration(out, OLD.files, OLD.manifest);
  for (const [path, text] of Object.entries(USER_FILES)) await writeFile(join(out, path), text);
  return out;
}

/** Starts writing NEW on a file system that stops dead at operation `stopAt`; resolves once it has stopped (or finished, when it had fewer operations). */
async function killedWrite(out: string, stopAt: number, partial: number): Promise<{ stopped: boolean; stagedAll: boolean }> {
  const fault = faultyFs({ stopAt, partial });
  const restore = useWriterFs(fault.fs);
  try {
    const outcome = await Promise.race([writeGeneration(out, NEW.files, NEW.manifest).then(() => "done" as const), fault.stopped]);
    // The staging had finished when the writer's last operation before the kill was past the last staged write.
    const writes = fault.log.map((entry, index) => ({ ...entry, index })).filter((entry) => entry.operation === "writeFile" && entry.path.endsWith(".tmp") && !entry.path.includes("journal"));
    // What is staged: the new files that differ from the old ones (a file whose text is the same is not written), and the manifest.
    const changed = [...NEW.files].filter(([path, text]) => OLD.files.get(path) !== text).length;
    const stagedAll = writes.length === changed + 1 && writes[writes.length - 1]!.index < fault.log.length - 1;
    return { stopped: outcome === "stopped", stagedAll };
  } finally {
    restore();
  }
}

beforeAll(async () => {
  const dir = await tempDir("opencmapi-gen-kill-spec-");
  // The new spec: the mini spec with a description added (types.ts changes: a header hashes its own file's text), other artifacts (files added and removed).
  const idl = join(dir, "opencmapi.webidl");
  await writeFile(idl, (await readFile(MINI.idl, "utf8")).replace("\ndictionary RFInfo {", "\n/** One radio's information. */\ndictionary RFInfo {"));
  const old = await buildGeneration({ ...MINI, emit: ["types", "errors", "docs"] });
  const fresh = await buildGeneration({ idl, schema: MINI.schema, emit: ["types", "client", "docs"] });
  OLD = { files: old.files, manifest: manifestFor(old.files, "old inputs") };
  NEW = { files: fresh.files, manifest: manifestFor(fresh.files, "new inputs") };
  const out = await oldFolder();
  oldTree = await folderTree(out);
  await writeGeneration(out, NEW.files, NEW.manifest);
  newTree = await folderTree(out);
  expect(Object.keys(newTree)).toContain("groups/");
  expect(Object.keys(oldTree)).toContain("errors.ts");
  expect(Object.keys(newTree)).not.toContain("errors.ts");
}, 60_000);

describe("a write killed at any moment", () => {
  it("is finished or undone by the next run, by phase: every kill point, once", async () => {
    // How many operations a whole write takes.
    const out = await oldFolder();
    const counting = faultyFs();
    const restore = useWriterFs(counting.fs);
    await writeGeneration(out, NEW.files, NEW.manifest).finally(restore);
    const total = counting.count;
    expect(total).toBeGreaterThan(60);

    const outcomes = { rolledBack: 0, finished: 0 };
    for (let stopAt = 0; stopAt <= total; stopAt++) {
      const folder = await oldFolder();
      // A write in flight at the kill leaves nothing, half its bytes, or all of them.
      const { stopped, stagedAll } = await killedWrite(folder, stopAt, [0, 0.5, 1][stopAt % 3]!);
      const context = `killed at operation ${stopAt} of ${total}`;
      expect(stopped, context).toBe(stopAt < total);
      // The recovery alone gives one generation or the other, whole: the old one while staging, the new one once the renames had begun.
      await recoverOutput(folder);
      const recovered = await folderTree(folder);
      expect(leftoversOf(recovered), context).toEqual([]);
      expect(recovered, context).toEqual(stagedAll || !stopped ? newTree : oldTree);
      outcomes[stagedAll || !stopped ? "finished" : "rolledBack"]++;
      // And the next write leaves exactly a clean generation of the new spec.
      await writeGeneration(folder, NEW.files, NEW.manifest);
      expect(await folderTree(folder), context).toEqual(newTree);
    }
    expect(outcomes.rolledBack).toBeGreaterThan(20);
    expect(outcomes.finished).toBeGreaterThan(20);
  }, 60_000);

  it("and again while recovering, at random points, with a user's file in the folder untouched (fast-check)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 200 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.option(fc.nat({ max: 200 })), fc.double({ min: 0, max: 1, noNaN: true }), async (firstKill, partial, secondKill, partial2) => {
        const folder = await oldFolder();
        await killedWrite(folder, firstKill, partial);
        if (secondKill !== null) await killedWrite(folder, secondKill, partial2); // the recovery and the write killed too
        await recoverOutput(folder);
        const recovered = await folderTree(folder);
        expect([oldTree, newTree]).toContainEqual(recovered);
        await writeGeneration(folder, NEW.files, NEW.manifest);
        const after = await folderTree(folder);
        expect(after).toEqual(newTree);
        for (const [path, text] of Object.entries(USER_FILES)) expect(after[path]).toBe(text);
      }),
      { numRuns: 100, seed: 21 },
    );
  }, 60_000);

  it("check says so, and what to run, instead of listing stale files; generate then puts it right and check passes", async () => {
    const dir = await tempDir("opencmapi-gen-kill-cli-");
    const out = join(dir, "out");
    const args = ["--out", out, "--idl", MINI.idl, "--schema", MINI.schema];
    expect((await runCli(["generate", ...args, "--emit", "types,errors"])).code).toBe(0);
    // A generate of more artifacts, killed at the third rename of a staged file into place.
    let renames = 0;
    const fault = faultyFs({ stopWhen: (operation, path) => operation === "rename" && path.endsWith(".tmp") && !path.includes("journal") && ++renames === 3 });
    const restore = useWriterFs(fault.fs);
    await Promise.race([runCli(["generate", ...args, "--emit", "types,errors,docs"]), fault.stopped]);
    restore();
    expect(await readdir(out)).toContain(JOURNAL_FILE);

    const checked = await runCli(["check", ...args, "--emit", "types,errors,docs"]);
    expect(checked.code).toBe(1);
    expect(checked.stderr).toMatch(/out\/ is not consistent: a generate was interrupted while writing here and left its journal \(\.opencmapi-gen-journal\.json, pid \d+\) and \d+ temporary files or backups/);
    expect(checked.stderr).toContain("run `npx opencmapi-gen generate`: it finishes (or undoes) that write");
    expect(checked.stderr).not.toContain("stale:");
    const json = await runCli(["check", ...args, "--emit", "types,errors,docs", "--error-format", "json"]);
    expect(JSON.parse(json.stdout).findings).toEqual([expect.objectContaining({ rule: "interrupted", file: join(out, JOURNAL_FILE) })]);

    const generated = await runCli(["generate", ...args, "--emit", "types,errors,docs"]);
    expect(generated.code).toBe(0);
    expect(generated.stderr).toMatch(/out\/: finished the write of an interrupted generate \(pid \d+\): \d+ files put in place, \d+ leftovers removed/);
    expect(generated.stdout).toContain("0 written"); // the write it finished was this one
    expect((await runCli(["check", ...args, "--emit", "types,errors,docs"])).code).toBe(0);
    expect(leftoversOf(await folderTree(out))).toEqual([]);
  }, 60_000);

  it("recovery never overwrites a file the user changed since the kill: it refuses, changing nothing, and --force replaces it", async () => {
    const folder = await oldFolder();
    // Killed between the two renames of types.ts: the old one aside, the new one not yet in place.
    const fault = faultyFs({ stopWhen: (operation, path) => operation === "rename" && /\/types\.ts\.opencmapi-gen-[0-9a-f]+\.tmp$/.test(path) });
    const restore = useWriterFs(fault.fs);
    await Promise.race([writeGeneration(folder, NEW.files, NEW.manifest), fault.stopped]);
    restore();
    expect(fault.isStopped()).toBe(true);
    await writeFile(join(folder, "types.ts"), "// I fixed this by hand\n");
    const edited = await folderTree(folder);
    const refused = await writeGeneration(folder, NEW.files, NEW.manifest).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SpecError);
    expect((refused as SpecError).exitCode).toBe(2);
    expect((refused as SpecError).message).toContain("types.ts: was changed after the interrupted write");
    expect(await folderTree(folder)).toEqual(edited);
    await writeGeneration(folder, NEW.files, NEW.manifest, { force: true });
    expect(await folderTree(folder)).toEqual(newTree);
  }, 60_000);

  it("the leftovers of a version without a journal are recognised by their names and cleaned; a user's file of such a name stays", async () => {
    const folder = await oldFolder();
    await writeGeneration(folder, NEW.files, NEW.manifest);
    // What the old writer left after a kill in its cleanup: backups of replaced files, and a staged copy.
    await writeFile(join(folder, "types.ts.opencmapi-gen-0123456789ab.old"), OLD.files.get("types.ts")!);
    await writeFile(join(folder, "docs/README.md.opencmapi-gen-0123456789ab.tmp"), NEW.files.get("docs/README.md")!);
    await writeFile(join(folder, "errors.ts.opencmapi-gen-0123456789ab.old"), OLD.files.get("errors.ts")!); // a removed file, taken aside
    await writeFile(join(folder, "mine.opencmapi-gen-aaaaaaaaaaaa.tmp"), "not generated\n");
    const checked = await check({ ...MINI, out: folder, emit: ["types"], ignore: [] });
    expect(checked.interrupted?.files.sort()).toEqual(["docs/README.md.opencmapi-gen-0123456789ab.tmp", "errors.ts.opencmapi-gen-0123456789ab.old", "types.ts.opencmapi-gen-0123456789ab.old"]);
    expect((await recoverOutput(folder))?.outcome).toBe("cleaned");
    expect(await folderTree(folder)).toEqual({ ...newTree, "mine.opencmapi-gen-aaaaaaaaaaaa.tmp": "not generated\n" });
  }, 60_000);
});

describe("a journal whose writer still runs", () => {
  it("is waited for (two generates take turns), and one older than a minute is taken for a dead writer's", async () => {
    const folder = await oldFolder();
    const sleeper = spawn(process.execPath, ["-e", "setTimeout(() => {}, 20000)"]);
    try {
      const journal = { generator: "opencmapi-gen", journal: 1, token: "0123456789ab", pid: sleeper.pid, host: hostname(), started: Date.now(), folders: [], files: [], remove: [] };
      await writeFile(join(folder, JOURNAL_FILE), JSON.stringify(journal));
      const checked = await check({ ...MINI, out: folder, emit: ["types"], ignore: [] });
      expect(checked.interrupted).toMatchObject({ live: true, description: `a generate (pid ${sleeper.pid}) is writing here now: check again once it has finished` });
      const started = Date.now();
      const recovering = recoverOutput(folder);
      setTimeout(() => void rm(join(folder, JOURNAL_FILE)), 300); // the other writer finishes
      expect(await recovering).toBeNull();
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
      // A minute old: its pid may be another program's by now.
      await writeFile(join(folder, JOURNAL_FILE), JSON.stringify({ ...journal, started: Date.now() - 61_000 }));
      expect(await recoverOutput(folder)).toMatchObject({ outcome: "finished", pid: sleeper.pid });
      expect(await folderTree(folder)).toEqual(oldTree);
    } finally {
      sleeper.kill();
    }
  });
});

describe("generate after a kill", () => {
  it("recovers before its fast path: a folder whose new manifest is in place but whose backups are still there is cleaned", async () => {
    const dir = await tempDir("opencmapi-gen-kill-fast-");
    const out = join(dir, "out");
    const options = { ...MINI, out, emit: ["types", "errors"] as ["types", "errors"], ignore: [] };
    await generate({ ...options, emit: ["types"] });
    // Run once, counting, to find the last operation (the journal's removal), and kill a second run just before it.
    const counting = faultyFs();
    let restore = useWriterFs(counting.fs);
    await generate(options).finally(restore);
    const journalRemoval = counting.log.map((entry) => entry.operation === "unlink" && entry.path.endsWith(JOURNAL_FILE)).lastIndexOf(true);
    await generate({ ...options, emit: ["types"] });
    const fault = faultyFs({ stopAt: journalRemoval });
    restore = useWriterFs(fault.fs);
    await Promise.race([generate(options), fault.stopped]);
    restore();
    expect(await readdir(out)).toContain(JOURNAL_FILE);
    const report = await generate(options);
    expect(report.recovered?.outcome).toBe("finished");
    expect(report.written).toEqual([]); // the fast path: the write had been complete
    expect(await check(options)).toMatchObject({ missing: [], changed: [], stale: [], unexpected: [] });
  }, 60_000);
});
