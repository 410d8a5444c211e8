/**
 * A file system that refuses is the user's to fix, not a bug: exit 2 (never 70), one line with the
 * path, the reason and its errno code, and what to do; and the output folder exactly as it was.
 * ENOTDIR, a file given as the output, EISDIR are real; EACCES is real unless the tests run as root
 * (chmod does not stop root), then it is simulated through the writer's file system layer, as
 * ENOSPC and EROFS always are (test/support/faulty-fs.ts).
 */
import { chmod, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { unwrappedFileSystemError } from "../generator/write/fs-errors.js";
import { MINI, fixture, runCli, type CliRun } from "./support/cli.js";
import { withFaultyFs, errnoError } from "./support/faulty-fs.js";
import { snapshot, tempDir } from "./support/generation.js";

const spec = ["--idl", MINI.idl, "--schema", MINI.schema];
let dir: string;
let out: string;
let before: Record<string, string>;

beforeAll(async () => {
  dir = await tempDir("opencmapi-gen-fs-errors-");
  out = join(dir, "out");
  expect((await runCli(["generate", "--out", out, ...spec, "--emit", "types"])).code).toBe(0);
  await writeFile(join(out, "NOTES.md"), "mine\n");
  before = await snapshot(out);
}, 60_000);

/** A refusal as the user should see it: exit 2, no internal error, the line naming the path. */
function expectRefusal(run: CliRun, pattern: RegExp): void {
  expect(run.stderr, run.stderr).toMatch(pattern);
  expect(run.stderr).not.toContain("internal error");
  expect(run.stderr).not.toContain("could not be undone");
  expect(run.stderr.split("\n").filter(Boolean)).toHaveLength(1);
  expect(run.code, run.stderr).toBe(2);
}

/** A generate that has something to write (more artifacts than the folder holds). */
const generateMore = (...extra: string[]) => runCli(["generate", "--out", out, ...spec, "--emit", "types,errors,docs", ...extra]);

describe("filesystem errors: exit 2, the path, what to do, the folder unchanged", () => {
  it("ENOTDIR: -o a-file/sub names the file in the way", async () => {
    const file = join(dir, "a-file");
    await writeFile(file, "x");
    const run = await runCli(["generate", "--out", join(file, "sub"), ...spec]);
    expectRefusal(run, /^opencmapi-gen: cannot write into \S*a-file\/sub: \S*a-file is a file, not a folder \(ENOTDIR\); choose another --out, or move that file away$/m);
  });

  it("a path that is a file: -o a-file (generate and check; json names it as a finding)", async () => {
    const file = join(dir, "not-a-folder");
    await writeFile(file, "x");
    expectRefusal(await runCli(["generate", "--out", file, ...spec]), /cannot write into \S*not-a-folder: it is a file, and the output must be a folder \(ENOTDIR\)/);
    expectRefusal(await runCli(["check", "--out", file, ...spec]), /cannot write into \S*not-a-folder: it is a file/);
    const json = await runCli(["check", "--out", file, ...spec, "--error-format", "json"]);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).findings).toEqual([expect.objectContaining({ file, message: expect.stringContaining("(ENOTDIR)") })]);
  });

  it("EEXIST where a folder is expected: a file where the output needs a folder", async () => {
    const folder = join(dir, "docs-is-a-file");
    await mkdir(folder);
    await writeFile(join(folder, "docs"), "x");
    const run = await runCli(["generate", "--out", folder, ...spec, "--emit", "docs"]);
    expectRefusal(run, /^opencmapi-gen: cannot write \S*docs-is-a-file\/docs\/\S+: \S*docs-is-a-file\/docs is a file, where opencmapi-gen needs a folder \(ENOTDIR\); move that file away or choose another --out$/m);
    expect(await snapshot(folder)).toEqual({ docs: "x" });
  });

  it("EACCES: a read-only output folder (simulated when running as root, where chmod does not stop a write)", async () => {
    await chmod(out, 0o555);
    const probe = join(out, ".probe");
    const root = await writeFile(probe, "").then(
      () => true,
      () => false,
    );
    let run: CliRun;
    try {
      if (root) {
        // Running as root: the mode does not stop us, so the layer refuses every write below the folder as the kernel would.
        const { rm } = await import("node:fs/promises");
        await rm(probe);
        const writes = new Set(["writeFile", "rename", "unlink", "mkdir", "rmdir"]);
        run = await withFaultyFs({ fail: (operation, path) => (writes.has(operation) && path.startsWith(`${out}/`) ? "EACCES" : undefined) }, () => generateMore());
      } else run = await generateMore();
    } finally {
      await chmod(out, 0o755);
    }
    expectRefusal(run, /^opencmapi-gen: cannot write \S+out\/\S+: the folder or the file is not writable \(EACCES\); check its permissions or choose another --out$/m);
    expect(await snapshot(out)).toEqual(before);
  });

  it("EISDIR: a spec path that is a folder", async () => {
    const run = await runCli(["generate", "--out", out, "--idl", fixture("mini"), "--schema", MINI.schema]);
    expectRefusal(run, /^opencmapi-gen: cannot read the WebIDL file \S*fixtures\/mini: it is a folder, not a file \(EISDIR\); give the path of the file, not of its folder$/m);
    expect(await snapshot(out)).toEqual(before);
  });

  it("EISDIR: a folder where a generated file goes", async () => {
    const folder = join(dir, "folder-in-the-way");
    await mkdir(join(folder, "types.ts"), { recursive: true });
    expectRefusal(await runCli(["generate", "--out", folder, ...spec, "--emit", "types"]), /cannot read \S*folder-in-the-way\/types\.ts: it is a folder, not a file \(EISDIR\); move that folder away or choose another --out/);
  });

  it("ENOSPC half-way through the staging: rolled back", async () => {
    let writes = 0;
    const run = await withFaultyFs({ fail: (operation) => (operation === "writeFile" && ++writes === 4 ? "ENOSPC" : undefined) }, () => generateMore());
    expectRefusal(run, /^opencmapi-gen: cannot write \S+out\/\S+: no space left on the device \(ENOSPC\); free some space and run generate again \(the output folder was left as it was\)$/m);
    expect(await snapshot(out)).toEqual(before);
  });

  it("ENOSPC while renaming into place: the old files are put back", async () => {
    let renames = 0;
    const run = await withFaultyFs({ fail: (operation, path) => (operation === "rename" && path.endsWith(".tmp") && !path.includes("journal") && ++renames === 3 ? "ENOSPC" : undefined) }, () => generateMore());
    expectRefusal(run, /no space left on the device \(ENOSPC\)/);
    expect(await snapshot(out)).toEqual(before);
  });

  it("when even the rollback fails, the journal stays, the message says so, and the next generate puts the folder back", async () => {
    let writes = 0;
    const fail = (operation: string) => (operation === "writeFile" && ++writes === 4 ? "ENOSPC" : operation === "unlink" ? "EIO" : undefined);
    const run = await withFaultyFs({ fail }, () => generateMore());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^opencmapi-gen: cannot write \S+: no space left on the device \(ENOSPC\); free some space/m);
    expect(run.stderr).toMatch(/^opencmapi-gen: cannot remove \S+: an input\/output error \(EIO\); the write could not be undone either; \.opencmapi-gen-journal\.json in the folder describes it: once this is fixed, run generate again/m);
    expect(Object.keys(await snapshot(out))).toContain(".opencmapi-gen-journal.json");
    expect((await runCli(["check", "--out", out, ...spec, "--emit", "types"])).stderr).toContain("a generate was interrupted while writing here");
    // Fixed: the staging had not finished, so the recovery rolls it back; this generate of the old artifacts then has nothing to write.
    const again = await runCli(["generate", "--out", out, ...spec, "--emit", "types"]);
    expect(again.stderr).toMatch(/rolled back the write of an interrupted generate \(pid \d+\)/);
    expect(again.stdout).toContain("0 written");
    expect(await snapshot(out)).toEqual(before);
  });

  it("EROFS: a read-only file system", async () => {
    const run = await withFaultyFs({ fail: (operation) => (["writeFile", "mkdir", "rename", "unlink"].includes(operation) ? "EROFS" : undefined) }, () => generateMore());
    expectRefusal(run, /^opencmapi-gen: cannot write \S+: the file system is read-only \(EROFS\); choose another --out on a writable file system$/m);
    expect(await snapshot(out)).toEqual(before);
  });

  it("the folder unchanged after all of them, and a generate that can write still works", async () => {
    expect(await snapshot(out)).toEqual(before);
    expect((await generateMore()).code).toBe(0);
  }, 60_000);

  it("an errno error that nothing wrapped is still a filesystem error, not an internal one", () => {
    const error = unwrappedFileSystemError(errnoError("EACCES", "open", "/somewhere/file"));
    expect(error?.exitCode).toBe(2);
    expect(error?.message).toBe("cannot open /somewhere/file: permission denied (EACCES); check its permissions or choose another --out");
    expect(unwrappedFileSystemError(new TypeError("a bug"))).toBeUndefined();
  });
});
