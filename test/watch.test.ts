/** generate --watch, run as a user runs it: a real process, real file edits, Ctrl-C to stop. */
import { spawn, type ChildProcess } from "node:child_process";
import { copyFile, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { bundledSpec } from "../generator/package-root.js";
import { MINI } from "./support/cli.js";
import { tempDir } from "./support/generation.js";

const bin = fileURLToPath(new URL("../bin/opencmapi-gen.js", import.meta.url));

/** The watcher's output so far, and a way to wait for a line matching a pattern after a mark. */
class Watcher {
  readonly process: ChildProcess;
  stdout = "";
  stderr = "";
  constructor(cwd: string) {
    this.process = spawn(process.execPath, [bin, "generate", "--watch"], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    this.process.stdout!.on("data", (chunk: Buffer) => void (this.stdout += chunk.toString()));
    this.process.stderr!.on("data", (chunk: Buffer) => void (this.stderr += chunk.toString()));
  }
  async waitFor(stream: "stdout" | "stderr", pattern: RegExp, after = 0): Promise<string> {
    for (let waited = 0; waited < 20_000; waited += 50) {
      const match = this[stream].slice(after).match(pattern);
      if (match) return match[0];
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no ${pattern} on ${stream} after 20 s; stdout:\n${this.stdout}\nstderr:\n${this.stderr}`);
  }
  exited(): Promise<number | null> {
    return new Promise((resolve) => this.process.once("exit", (code) => resolve(code)));
  }
}

let watcher: Watcher | undefined;
afterEach(() => void watcher?.process.kill("SIGKILL"));

describe("generate --watch", () => {
  it("regenerates on a spec or config change, keeps the last good output through a broken spec, and stops cleanly on Ctrl-C", async () => {
    const dir = await tempDir();
    await copyFile(MINI.idl, join(dir, "api.webidl"));
    await copyFile(MINI.schema, join(dir, "api.schema.json"));
    const config = (emit: string[]) => JSON.stringify({ idl: "api.webidl", schema: "api.schema.json", out: "out", emit });
    await writeFile(join(dir, "opencmapi-gen.config.json"), config(["types"]));
    watcher = new Watcher(dir);

    await watcher.waitFor("stdout", /watching api\.webidl, api\.schema\.json, opencmapi-gen\.config\.json/);
    await watcher.waitFor("stdout", /out\/: \d+ written, 0 unchanged, 0 removed .*types\.ts/);
    const firstTypes = await readFile(join(dir, "out", "types.ts"), "utf8");

    // A comment in the spec shows in no file: nothing is written but the manifest (an input changed).
    let mark = watcher.stdout.length;
    const idl = await readFile(join(dir, "api.webidl"), "utf8");
    await writeFile(join(dir, "api.webidl"), `${idl}\n// edited\n`);
    await watcher.waitFor("stdout", /out\/: 0 written, 2 unchanged, 0 removed/, mark);
    expect(await readFile(join(dir, "out", "types.ts"), "utf8")).toBe(firstTypes);

    // A description that types.ts shows: types.ts alone is written again (each header hashes its own file's text).
    mark = watcher.stdout.length;
    await writeFile(join(dir, "api.webidl"), idl.replace("\ndictionary RFInfo {", "\n/** One radio's information. */\ndictionary RFInfo {"));
    expect(await watcher.waitFor("stdout", /out\/: \d+ written.*\n/, mark)).toMatch(/: 1 written, 1 unchanged, 0 removed \(\d+ ms\): types\.ts\n$/);
    const secondTypes = await readFile(join(dir, "out", "types.ts"), "utf8");
    expect(secondTypes).not.toBe(firstTypes);

    // A broken spec: the problem is printed with its place, the output stays as it was.
    const errMark = watcher.stderr.length;
    await writeFile(join(dir, "api.webidl"), idl.replace(/;\s*$/m, ""));
    await watcher.waitFor("stderr", /generation failed; the output is left as it was/, errMark);
    await watcher.waitFor("stderr", /api\.webidl:\d+:\d+: WebIDL syntax error/, errMark);
    expect(await readFile(join(dir, "out", "types.ts"), "utf8")).toBe(secondTypes);

    // Fixed again: generation resumes.
    mark = watcher.stdout.length;
    await writeFile(join(dir, "api.webidl"), idl);
    await watcher.waitFor("stdout", /out\/: [1-9]\d* written/, mark);
    expect(await readFile(join(dir, "out", "types.ts"), "utf8")).toBe(firstTypes);

    // A config edit: the new artifact appears.
    mark = watcher.stdout.length;
    await writeFile(join(dir, "opencmapi-gen.config.json"), config(["types", "errors"]));
    await watcher.waitFor("stdout", /written.*errors\.ts/, mark);
    expect(await readFile(join(dir, "out", "errors.ts"), "utf8")).toContain("ERROR_CODES");

    const exit = watcher.exited();
    watcher.process.kill("SIGINT");
    expect(await exit).toBe(0);
    expect(watcher.stdout).toContain("stopped watching");
  }, 60_000);

  it("after a description is edited, writes only the files that show it: not the runtime copies, not another group's files", async () => {
    const dir = await tempDir();
    await copyFile(bundledSpec().idl, join(dir, "api.webidl"));
    await copyFile(bundledSpec().schema, join(dir, "api.schema.json"));
    await writeFile(join(dir, "opencmapi-gen.config.json"), JSON.stringify({ idl: "api.webidl", schema: "api.schema.json", out: "out" }));
    watcher = new Watcher(dir);
    await watcher.waitFor("stdout", /out\/: \d+ written, 0 unchanged, 0 removed/);
    const before = await snapshot(join(dir, "out"));

    const mark = watcher.stdout.length;
    const idl = await readFile(join(dir, "api.webidl"), "utf8");
    const description = "Returns the implemented OpenCMAPI version and the implementation's own version; needs no session.";
    expect(idl).toContain(description); // CMAPI_API_GetVersion, in the API group
    await writeFile(join(dir, "api.webidl"), idl.replace(description, "Returns the OpenCMAPI version implemented and the implementation's version; needs no session."));
    const line = await watcher.waitFor("stdout", /out\/: \d+ written.*\n/, mark);
    const written = line.replace(/\n$/, "").split("): ")[1]!.split(", ").sort();

    const after = await snapshot(join(dir, "out"));
    const changed = Object.keys(after).filter((path) => after[path] !== before[path] && path !== ".opencmapi-gen-manifest.json");
    expect(written).toEqual(changed.sort());
    expect(written).toContain("groups/api.ts");
    expect(written).toContain("docs/api.md");
    expect(written.filter((path) => path.startsWith("runtime/"))).toEqual([]);
    expect(written.filter((path) => path.startsWith("groups/") && path !== "groups/api.ts")).toEqual([]);
    expect(written.length).toBeLessThan(Object.keys(after).length / 5);

    const exit = watcher.exited();
    watcher.process.kill("SIGINT");
    expect(await exit).toBe(0);
  }, 60_000);
});

/** Every file below `dir` by relative path. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return Object.fromEntries(await Promise.all(files.map(async (file) => [file.slice(dir.length + 1), await readFile(file, "utf8")] as const)));
}
