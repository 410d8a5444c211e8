/** generate --watch, run as a user runs it: a real process, real file edits, Ctrl-C to stop. */
import { spawn, type ChildProcess } from "node:child_process";
import { copyFile, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
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

    // A spec edit: the spec hash in every header changes, so types.ts is written again.
    let mark = watcher.stdout.length;
    const idl = await readFile(join(dir, "api.webidl"), "utf8");
    await writeFile(join(dir, "api.webidl"), `${idl}\n// edited\n`);
    await watcher.waitFor("stdout", /out\/: [1-9]\d* written.*types\.ts/, mark);
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
});
