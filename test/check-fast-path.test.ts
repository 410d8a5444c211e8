/**
 * generate and check answer from the manifest when the inputs are those of the last generation, the
 * local fast-path record says this generator wrote it, and its files are intact; any change to an
 * input, to the generator or to the output must still be noticed.
 */
import { cp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeEach, describe, expect, it } from "vitest";
import { buildGeneration, check, generate, type Build } from "../generator/generate.js";
import { generationInputs, generationKeys, type GeneratorFolders } from "../generator/generation-inputs.js";
import { bundledSpec } from "../generator/package-root.js";
import { CACHE_ENV } from "../generator/write/fast-path.js";
import { MANIFEST_FILE } from "../generator/write/manifest.js";
import { optionsFor, tempDir } from "./support/generation.js";
import { HEAVY_PACKAGES, packagesLoadedBy } from "./support/loaded-packages.js";

const TEMPLATES = fileURLToPath(new URL("../templates", import.meta.url));
const CODE = fileURLToPath(new URL("../generator", import.meta.url));
const UP_TO_DATE = { missing: [], changed: [], stale: [], unexpected: [] };

let out: string;
let spec: { idl: string; schema: string };
beforeEach(async () => {
  out = await tempDir();
  // A copy of the spec that a test may edit.
  const dir = await tempDir("opencmapi-gen-spec-");
  spec = { idl: join(dir, "opencmapi.webidl"), schema: join(dir, "opencmapi.schema.json") };
  await cp(bundledSpec().idl, spec.idl);
  await cp(bundledSpec().schema, spec.schema);
  // Each test its own fast-path cache (the CLI's processes inherit it): one test's records cannot serve another.
  process.env[CACHE_ENV] = await tempDir("opencmapi-gen-cache-");
});

const openRpcOnly = () => optionsFor(out, { ...spec, emit: ["openrpc"] });

describe("the fast path of generate and check", () => {
  it("the CLI answers without loading the model or the emitters when nothing changed", async () => {
    const args = ["--out", out, "--emit", "openrpc", "--idl", spec.idl, "--schema", spec.schema];
    const first = await packagesLoadedBy(["generate", ...args]);
    expect(first.packages).toContain("webidl2"); // the model was built
    const checked = await packagesLoadedBy(["check", ...args]);
    expect(checked.stdout).toContain("is up to date (1 files)");
    expect(checked.packages.filter((name) => HEAVY_PACKAGES.includes(name))).toEqual([]);
    const manifestWritten = (await stat(join(out, MANIFEST_FILE))).mtimeMs;
    const again = await packagesLoadedBy(["generate", ...args]);
    expect(again.stdout).toContain("0 written, 1 unchanged, 0 removed");
    expect((await stat(join(out, MANIFEST_FILE))).mtimeMs).toBe(manifestWritten); // nothing written, not even the manifest
    expect(again.packages.filter((name) => HEAVY_PACKAGES.includes(name))).toEqual([]);
  }, 60_000);

  it("notices an edited spec file", async () => {
    await generate(openRpcOnly());
    expect(await check(openRpcOnly())).toMatchObject(UP_TO_DATE);
    // Descriptions are written in the WebIDL (spec/README.md), and the model carries them into OpenRPC.
    const idl = await readFile(spec.idl, "utf8");
    await writeFile(spec.idl, idl.replace("The stage of a call that a response reports", "The stage that a response reports"));
    const report = await check(openRpcOnly());
    expect(report.changed.map((change) => change.path)).toEqual(["openrpc.json"]);
    expect(report.changed[0]!.expected).toContain("The stage that a response reports");
    expect((await generate(openRpcOnly())).written).toEqual(["openrpc.json"]);
    expect(await check(openRpcOnly())).toMatchObject(UP_TO_DATE);
  }, 60_000);

  it("notices an edited, a removed and an added output file, though the inputs are the same", async () => {
    await generate(openRpcOnly());
    const document = join(out, "openrpc.json");
    const text = await readFile(document, "utf8");
    await writeFile(document, text.replace('"openrpc"', '"openRPC"'));
    expect((await check(openRpcOnly())).changed.map((change) => change.path)).toEqual(["openrpc.json"]);
    await rm(document);
    expect((await check(openRpcOnly())).missing).toEqual(["openrpc.json"]);
    expect((await generate(openRpcOnly())).written).toEqual(["openrpc.json"]);
    expect(await readFile(document, "utf8")).toBe(text);
    await writeFile(join(out, "notes.txt"), "mine\n");
    expect((await check(openRpcOnly())).unexpected).toEqual(["notes.txt"]);
  }, 60_000);

  it("notices changed options", async () => {
    await generate(openRpcOnly());
    const report = await check(optionsFor(out, { ...spec, emit: ["openrpc", "errors"] }));
    expect(report.missing).toEqual(["errors.ts", "index.ts", "runtime/errors.ts"]);
  }, 60_000);

  it("regenerates after a manifest written without the inputs' hash (an older version's)", async () => {
    await generate(openRpcOnly());
    const manifestPath = join(out, MANIFEST_FILE);
    const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as { inputs?: string };
    const inputs = manifest.inputs;
    expect(inputs).toMatch(/^[0-9a-f]{64}$/);
    delete manifest.inputs;
    await writeFile(manifestPath, JSON.stringify(manifest));
    expect(await check(openRpcOnly())).toMatchObject(UP_TO_DATE);
    expect(await generate(openRpcOnly())).toEqual({ written: [], unchanged: ["openrpc.json"], removed: [] });
    expect(JSON.parse(await readFile(manifestPath, "utf8"))).toHaveProperty("inputs", inputs);
  }, 60_000);
});

describe("the inputs' hash", () => {
  const options = () => optionsFor(out, { ...spec, emit: ["client"] });
  const folders = { templates: TEMPLATES, code: CODE };

  it("is the same for the same inputs, however the artifacts are listed", async () => {
    const hash = await generationInputs(options(), folders);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await generationInputs({ ...options(), emit: ["types", "client"] }, folders)).toBe(hash);
  });

  it("changes with a spec file, the artifacts, the profile, a template and the generator's code", async () => {
    const hash = await generationInputs(options(), folders);
    await writeFile(spec.idl, `${await readFile(spec.idl, "utf8")}\n`);
    const afterSpec = await generationInputs(options(), folders);
    expect(afterSpec).not.toBe(hash);
    expect(await generationInputs({ ...options(), emit: ["client", "errors"] }, folders)).not.toBe(afterSpec);
    expect(await generationInputs({ ...options(), profile: "laptop" }, folders)).not.toBe(afterSpec);

    const templates = await tempDir("opencmapi-gen-templates-");
    await cp(TEMPLATES, templates, { recursive: true });
    expect(await generationInputs(options(), { ...folders, templates })).toBe(afterSpec);
    const runtimeClient = join(templates, "runtime", "client.ts");
    await writeFile(runtimeClient, `${await readFile(runtimeClient, "utf8")}// edited\n`);
    expect(await generationInputs(options(), { ...folders, templates })).not.toBe(afterSpec);

    const code = await tempDir("opencmapi-gen-code-");
    await cp(CODE, code, { recursive: true });
    expect(await generationInputs(options(), { ...folders, code })).toBe(afterSpec);
    await writeFile(join(code, "emit", "docs.ts"), "// edited\n", { flag: "a" });
    expect(await generationInputs(options(), { ...folders, code })).not.toBe(afterSpec);
  });

  it("is null when a spec file cannot be read, so that the full generation reports why", async () => {
    expect(await generationInputs({ ...options(), idl: join(out, "missing.webidl") }, folders)).toBeNull();
  });
});

/** A copy of the generator's code with `edit` applied to one file: what a commit to generator/ does to the fast path's hash. */
async function editedGenerator(edit: (text: string) => string): Promise<GeneratorFolders> {
  const code = await tempDir("opencmapi-gen-code-");
  await cp(CODE, code, { recursive: true });
  const file = join(code, "emit", "openrpc.ts");
  await writeFile(file, edit(await readFile(file, "utf8")));
  return { templates: TEMPLATES, code };
}

/** A build that counts its runs, and optionally changes what it emits (a generator change that shows in the output). */
function countingBuild(change: (text: string) => string = (text) => text): Build & { runs: number } {
  const build = Object.assign(
    async (options: Parameters<Build>[0]) => {
      build.runs++;
      const generation = await buildGeneration(options);
      return { files: new Map([...generation.files].map(([path, text]) => [path, change(text)])) };
    },
    { runs: 0 },
  );
  return build;
}

async function folderBytes(dir: string): Promise<Record<string, string>> {
  const paths = [MANIFEST_FILE, "openrpc.json"];
  return Object.fromEntries(await Promise.all(paths.map(async (path) => [path, await readFile(join(dir, path), "utf8")] as const)));
}

describe("a changed generator", () => {
  it("that changes only a comment: check and generate generate in memory once, find every file as it is and write nothing, the manifest included", async () => {
    await generate(openRpcOnly());
    const written = await folderBytes(out);
    const commented = await editedGenerator((text) => `${text}\n// a comment, nothing else\n`);
    const build = countingBuild();
    expect(await check(openRpcOnly(), build, commented)).toMatchObject(UP_TO_DATE);
    expect(build.runs).toBe(1); // the manifest was not trusted: it does not hash the generator's code
    expect(await check(openRpcOnly(), build, commented)).toMatchObject(UP_TO_DATE);
    expect(build.runs).toBe(1); // the first check recorded that this generator made this manifest
    expect(await generate(openRpcOnly(), {}, build, commented)).toEqual({ written: [], unchanged: ["openrpc.json"], removed: [] });
    expect(build.runs).toBe(1);
    expect(await folderBytes(out)).toEqual(written);
  }, 60_000);

  it("that changes the output: check reports it and generate writes it, though the spec, the options and the manifest are the same", async () => {
    await generate(openRpcOnly());
    const changed = await editedGenerator((text) => `${text}\n// emits a different description\n`);
    const build = countingBuild((text) => text.replace("The stage of a call that a response reports", "The stage a response reports"));
    const report = await check(openRpcOnly(), build, changed);
    expect(report.changed.map((change) => change.path)).toEqual(["openrpc.json"]);
    expect(report.changed[0]!.expected).toContain("The stage a response reports");
    expect((await generate(openRpcOnly(), {}, build, changed)).written).toEqual(["openrpc.json"]);
    expect(await check(openRpcOnly(), build, changed)).toMatchObject(UP_TO_DATE);
    // And back to today's generator: its record is gone, so the folder is compared, and found stale.
    expect((await check(openRpcOnly())).changed.map((change) => change.path)).toEqual(["openrpc.json"]);
  }, 60_000);

  it("is caught in a fresh clone: with no fast-path record, check never trusts the committed manifest", async () => {
    await generate(openRpcOnly());
    process.env[CACHE_ENV] = await tempDir("opencmapi-gen-cache-"); // a CI runner: the folder and its manifest, no cache
    const build = countingBuild((text) => text.replace("The stage of a call that a response reports", "The stage a response reports"));
    expect((await check(openRpcOnly(), build)).changed.map((change) => change.path)).toEqual(["openrpc.json"]);
    expect(build.runs).toBe(1);
  }, 60_000);

  it("keeps the generator's code out of the manifest: the manifest's inputs are the same for another generator", async () => {
    const commented = await editedGenerator((text) => `${text}\n// edited\n`);
    const today = await generationKeys(openRpcOnly());
    const edited = await generationKeys(openRpcOnly(), commented);
    expect(edited!.madeFrom).toBe(today!.madeFrom);
    expect(edited!.fastPath).not.toBe(today!.fastPath);
  });

  it("notices another output language, which changes every file's name", async () => {
    await generate(optionsFor(out, { ...spec, emit: ["errors"] }));
    const report = await check(optionsFor(out, { ...spec, emit: ["errors"], lang: "js" }));
    expect(report.missing).toContain("errors.js");
    expect(report.stale).toContain("errors.ts");
  }, 60_000);
});
