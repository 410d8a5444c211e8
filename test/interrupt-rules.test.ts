/**
 * The rule for a signal, per phase (generator/write/interrupt.ts), in process: a signal while the
 * files are staged rolls the write back, one while they are renamed into place waits for the end,
 * one before the write changes nothing; scaffold is one transaction; a watch stops the same way.
 * The signal is delivered at a chosen file-system operation through the fault layer. Real signals
 * on a real process: signals.test.ts.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildGeneration, generate } from "../generator/generate.js";
import type { GeneratedFiles } from "../generator/emit/context.js";
import { writeScaffold } from "../generator/scaffold.js";
import { watchGenerate } from "../generator/watch.js";
import { Interrupted, interruptibly, WriteControl } from "../generator/write/interrupt.js";
import { manifestFor, writeGeneration } from "../generator/write/output-dir.js";
import { MINI } from "./support/cli.js";
import { withFaultyFs, type FsOperation } from "./support/faulty-fs.js";
import { folderTree, tempDir } from "./support/generation.js";

const isStaged = (operation: FsOperation, path: string) => operation === "writeFile" && /\.opencmapi-gen-[0-9a-f]{12}\.tmp$/.test(path);
const isPlacing = (operation: FsOperation, path: string) => operation === "rename" && /\.opencmapi-gen-[0-9a-f]{12}\.tmp$/.test(path);

/** A fault plan that sends SIGINT to `control` at the `nth` operation matching `when`, failing nothing. */
const signalAt = (control: WriteControl, when: (operation: FsOperation, path: string) => boolean, nth = 1) => {
  let seen = 0;
  return {
    fail: (operation: FsOperation, path: string) => {
      if (when(operation, path) && ++seen === nth) control.interrupt("SIGINT");
      return undefined;
    },
  };
};

let oldFiles: GeneratedFiles;
let newFiles: GeneratedFiles;
beforeAll(async () => {
  oldFiles = (await buildGeneration({ ...MINI, emit: ["types", "errors"] })).files;
  newFiles = (await buildGeneration({ ...MINI, emit: ["types", "docs"] })).files;
}, 60_000);

async function folderWithOld(): Promise<{ out: string; before: Record<string, string> }> {
  const out = await tempDir("opencmapi-gen-rules-");
  await writeGeneration(out, oldFiles, manifestFor(oldFiles));
  return { out, before: await folderTree(out) };
}

describe("a signal during generate's write", () => {
  it("while staging: rolled back at the next file, the folder as it was", async () => {
    const { out, before } = await folderWithOld();
    const control = new WriteControl();
    const result = await withFaultyFs(signalAt(control, isStaged, 3), () => writeGeneration(out, newFiles, manifestFor(newFiles), { control }).catch((error: unknown) => error));
    expect(result).toBeInstanceOf(Interrupted);
    expect(result).toMatchObject({ signal: "SIGINT", outcome: "rolled back", exitCode: 130 });
    expect(await folderTree(out)).toEqual(before);
    expect(control.idle).toBe(true);
  });

  it("while renaming into place: finished, the folder holds the new generation", async () => {
    const { out } = await folderWithOld();
    const control = new WriteControl();
    await withFaultyFs(signalAt(control, isPlacing, 2), () => writeGeneration(out, newFiles, manifestFor(newFiles), { control }));
    expect(control.signal).toBe("SIGINT");
    expect(control.wrote).toBe(true);
    const reference = await tempDir();
    await writeGeneration(reference, newFiles, manifestFor(newFiles));
    expect(await folderTree(out)).toEqual(await folderTree(reference));
  });

  it("before the write: nothing written", async () => {
    const { out, before } = await folderWithOld();
    const control = new WriteControl();
    control.interrupt("SIGTERM");
    await expect(writeGeneration(out, newFiles, manifestFor(newFiles), { control })).rejects.toMatchObject({ outcome: "untouched", exitCode: 143 });
    expect(await folderTree(out)).toEqual(before);
  });

  it("interruptibly says which, in one line", async () => {
    const folder = { asItWas: "out/ is as it was", done: "out/ holds the new generation" };
    const finished = await interruptibly(
      folder,
      () => undefined,
      async (control) => control.interrupt("SIGINT"),
    ).catch((error: unknown) => error);
    expect((finished as Interrupted).message).toBe("interrupted (SIGINT); the write was finished first: out/ holds the new generation");
    const rolledBack = await interruptibly(
      folder,
      () => undefined,
      async () => Promise.reject(new Interrupted("SIGTERM", "rolled back")),
    ).catch((error: unknown) => error);
    expect((rolledBack as Interrupted).message).toBe("interrupted (SIGTERM) while writing; rolled back: out/ is as it was");
    expect(
      await interruptibly(
        folder,
        () => undefined,
        async () => 42,
      ),
    ).toBe(42);
  });
});

describe("a signal during scaffold: one transaction", () => {
  const project = (): GeneratedFiles =>
    new Map([
      ["package.json", "{}\n"],
      ["src/handlers.ts", "export const handlers = {};\n"],
      ["README.md", "# a device\n"],
    ]);
  const generation = (dir: string) => ({ ...MINI, out: join(dir, "src", "generated"), emit: ["types" as const], ignore: [] });

  for (const [moment, when, nth] of [
    ["while its own files are staged", isStaged, 2],
    ["while the generation's files are staged", (operation: FsOperation, path: string) => isStaged(operation, path) && path.includes("/src/generated/"), 2],
  ] as const) {
    it(`${moment}: everything it wrote is removed again`, async () => {
      const dir = join(await tempDir("opencmapi-gen-rules-scaffold-"), "device");
      const control = new WriteControl();
      const result = await withFaultyFs(signalAt(control, when, nth), () => writeScaffold(dir, project(), generation(dir), control).catch((error: unknown) => error));
      expect(result).toMatchObject({ outcome: "rolled back" });
      expect(await folderTree(dir)).toEqual({});
    });
  }

  it("while the generation's files are renamed into place: finished, the project complete", async () => {
    const dir = join(await tempDir("opencmapi-gen-rules-scaffold-"), "device");
    const control = new WriteControl();
    await withFaultyFs(
      signalAt(control, (operation, path) => isPlacing(operation, path) && path.includes("/src/generated/")),
      () => writeScaffold(dir, project(), generation(dir), control),
    );
    expect(control.signal).toBe("SIGINT");
    const files = await folderTree(dir);
    expect(files["src/handlers.ts"]).toBe("export const handlers = {};\n");
    expect(files["src/generated/types.ts"]).toContain("Generated by opencmapi-gen");
    expect(Object.keys(files).filter((path) => path.includes(".opencmapi-gen-journal") || path.endsWith(".tmp"))).toEqual([]);
  });

  it("a generation that fails takes the project's files away too", async () => {
    const dir = join(await tempDir("opencmapi-gen-rules-scaffold-"), "device");
    const result = await withFaultyFs({ fail: (operation, path) => (isStaged(operation, path) && path.includes("/src/generated/") ? "ENOSPC" : undefined) }, () =>
      writeScaffold(dir, project(), generation(dir)).catch((error: unknown) => error),
    );
    expect(result).toMatchObject({ exitCode: 2, code: "ENOSPC" });
    expect(await folderTree(dir)).toEqual({});
  });
});

describe("a signal during a watch", () => {
  it("stops it after rolling back the run that was staging", async () => {
    const { out, before } = await folderWithOld();
    const stopping = new AbortController();
    const events = { generated: () => undefined, failed: (error: unknown) => void (failure = error), watching: () => undefined };
    let failure: unknown;
    const stop = await withFaultyFs({ fail: (operation, path) => void (isStaged(operation, path) && !stopping.signal.aborted && stopping.abort("SIGTERM")) }, () =>
      watchGenerate({ idl: [MINI.idl], schema: [MINI.schema], out, emit: "types,docs" }, events, stopping.signal, 10),
    );
    expect(failure).toBeUndefined();
    expect(stop).toEqual({ out, lastRun: "rolled back" });
    expect(await folderTree(out)).toEqual(before);
    // The next run, after the watch, writes as usual.
    expect((await generate({ ...MINI, out, emit: ["types", "docs"], ignore: [] })).written.length).toBeGreaterThan(0);
  }, 60_000);
});
