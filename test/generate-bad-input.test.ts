/** generate with bad input of every kind: a clear error, and the previous output exactly as it was. */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { MINI, fixture, runCli } from "./support/cli.js";
import { snapshot, tempDir } from "./support/generation.js";

let out: string;
let before: Record<string, string>;
beforeAll(async () => {
  out = await tempDir();
  const first = await runCli(["generate", "--out", out, "--idl", MINI.idl, "--schema", MINI.schema, "--emit", "types,errors"]);
  expect(first.code).toBe(0);
  before = await snapshot(out);
}, 60_000);

describe("generate refuses bad input and leaves the previous output untouched", () => {
  const corpus = ["missing-semicolon.webidl", "param-type.webidl", "no-result-callback.webidl", "trailing-comma.schema.json", "dangling-ref.schema.json", "several-mismatches.schema.json", "not-json.schema.json"];
  for (const file of corpus) {
    it(file, async () => {
      const idl = file.endsWith(".webidl") ? fixture(`bad/${file}`) : MINI.idl;
      const schema = file.endsWith(".json") ? fixture(`bad/${file}`) : MINI.schema;
      const run = await runCli(["generate", "--out", out, "--idl", idl, "--schema", schema, "--emit", "types,errors"]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`${file.replace(/\./g, "\\.")}|opencmapi\\.webidl:\\d+`));
      expect(await snapshot(out)).toEqual(before);
    });
  }

  it("an output path that is a file", async () => {
    const file = join(await tempDir(), "not-a-folder");
    await writeFile(file, "x");
    const run = await runCli(["generate", "--out", file, "--idl", MINI.idl, "--schema", MINI.schema]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot write into \S*not-a-folder: it is a file, and the output must be a folder \(ENOTDIR\)/);
  });

  it("a manifest that is not one", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, ".opencmapi-gen-manifest.json"), "{ nope");
    const run = await runCli(["check", "--out", dir, "--idl", MINI.idl, "--schema", MINI.schema]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(".opencmapi-gen-manifest.json is not a manifest opencmapi-gen wrote; delete it and generate again");
  });

  it("an artifact that does not exist", async () => {
    const run = await runCli(["generate", "--out", out, "--emit", "types,telepathy"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--emit: emit must list some of types, errors, validators, client, node, server, docs, openrpc");
    expect(await snapshot(out)).toEqual(before);
  });

  it("a language that does not exist, on the command line or in the config", async () => {
    const run = await runCli(["generate", "--out", out, "--lang", "rust"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--lang: lang must be one of ts, js; got "rust"');
    const dir = await tempDir();
    await writeFile(join(dir, "opencmapi-gen.config.json"), JSON.stringify({ out: "x", lang: "TypeScript" }));
    const fromConfig = await runCli(["generate", "--config", join(dir, "opencmapi-gen.config.json")]);
    expect(fromConfig.code).toBe(2);
    expect(fromConfig.stderr).toContain('opencmapi-gen.config.json:1:12 at /lang: lang must be one of ts, js; got "TypeScript"');
    expect(await snapshot(out)).toEqual(before);
  });

  it("a config file that is not JSON, with line and column", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "project"));
    await writeFile(join(dir, "project", "opencmapi-gen.config.json"), '{\n  "out": "x",\n  emit: []\n}\n');
    const run = await runCli(["generate", "--config", join(dir, "project", "opencmapi-gen.config.json")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/opencmapi-gen\.config\.json:3:3: expected a property name in double quotes/);
  });

  it("a config file given but missing", async () => {
    const run = await runCli(["generate", "--config", fixture("no-such.config.json")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("no-such.config.json: cannot read the config file");
  });
});
