/**
 * What a cold run takes from the cache of an earlier one (write/derived-cache.ts): the model, the
 * compiled validators and the ReDoS verdicts. Each test plants a record that differs from what the generator
 * would work out, so that using the record shows, and checks that a record whose digest does not
 * match is not used. The CLI runs in child processes: the verdicts are also remembered per process.
 */
import { execFile } from "node:child_process";
import { copyFile, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { sha256 } from "../generator/generated-header.js";
import { bundledSpec } from "../generator/load.js";
import { RECORDS_KEPT, derivedCache } from "../generator/write/derived-cache.js";
import { snapshot, tempDir } from "./support/generation.js";

const bin = fileURLToPath(new URL("../bin/opencmapi-gen.js", import.meta.url));

/** `generate` in a child process with its cache in `cache`; `spec`: other spec files than the bundled ones. */
async function generateWith(cache: string, out: string, spec?: { idl: string; schema: string }): Promise<{ code: number; stderr: string }> {
  const files = spec ? ["--idl", spec.idl, "--schema", spec.schema] : [];
  try {
    const { stderr } = await promisify(execFile)(process.execPath, [bin, "generate", "--out", out, ...files], { env: { ...process.env, OPENCMAPI_GEN_CACHE: cache } });
    return { code: 0, stderr };
  } catch (error) {
    const failed = error as { code?: number; stderr?: string };
    return { code: failed.code ?? 1, stderr: failed.stderr ?? "" };
  }
}

/** A record as derived-cache.ts writes it: a line with its key and digest, then its value. */
interface CacheRecord {
  key: string;
  value: unknown;
}

async function recordOf(cache: string, name: string): Promise<{ path: string; record: CacheRecord }> {
  const file = (await readdir(cache)).find((entry) => entry.startsWith(`${name}-`));
  if (file === undefined) throw new Error(`no ${name} record in ${cache}`);
  const path = join(cache, file);
  const text = await readFile(path, "utf8");
  const lineEnd = text.indexOf("\n");
  const header = JSON.parse(text.slice(0, lineEnd)) as { key: string };
  return { path, record: { key: header.key, value: JSON.parse(text.slice(lineEnd + 1)) } };
}

/** The record with `value`, under a digest that matches it unless `digestMatches` is false. */
function planted(record: CacheRecord, value: unknown, digestMatches = true): string {
  const text = JSON.stringify(value);
  return `${JSON.stringify({ key: record.key, digest: digestMatches ? sha256(text) : sha256(`${text} `) })}\n${text}`;
}

/** The bundled spec copied, with one description changed: another model, the same patterns. */
async function editedSpec(): Promise<{ idl: string; schema: string }> {
  const dir = await tempDir("opencmapi-gen-spec-");
  const spec = bundledSpec();
  const idl = join(dir, "opencmapi.webidl");
  const schema = join(dir, "opencmapi.schema.json");
  await writeFile(idl, (await readFile(spec.idl, "utf8")).replace("Opens the API for an application", "Opens the API for an app"));
  await copyFile(spec.schema, schema);
  return { idl, schema };
}

describe("the cache of derived results", () => {
  it("keeps the newest records of each kind, so that editing a spec all day does not fill the disk", async () => {
    const cache = await tempDir("opencmapi-gen-cache-");
    const before = process.env["OPENCMAPI_GEN_CACHE"];
    process.env["OPENCMAPI_GEN_CACHE"] = cache;
    try {
      const records = derivedCache(await tempDir());
      await records.write("validators", "v".repeat(64), ["kept"]);
      for (let edit = 0; edit < RECORDS_KEPT + 2; edit++) {
        await records.write("model", String(edit).repeat(64), { edit });
        await new Promise((resolve) => setTimeout(resolve, 15)); // distinct modification times
      }
      expect((await readdir(cache)).filter((file) => file.startsWith("model-"))).toHaveLength(RECORDS_KEPT);
      expect(await records.read("model", String(RECORDS_KEPT + 1).repeat(64))).toEqual({ edit: RECORDS_KEPT + 1 });
      expect(await records.read("model", "0".repeat(64))).toBeUndefined();
      expect(await records.read("validators", "v".repeat(64))).toEqual(["kept"]);
    } finally {
      if (before === undefined) delete process.env["OPENCMAPI_GEN_CACHE"];
      else process.env["OPENCMAPI_GEN_CACHE"] = before;
    }
  });

  it("gives a later cold run the ReDoS verdicts an earlier one reached, and not a record that was edited", async () => {
    const cache = await tempDir("opencmapi-gen-cache-");
    expect((await generateWith(cache, await tempDir())).code).toBe(0);
    const { path, record } = await recordOf(cache, "pattern-verdicts");
    const verdicts = record.value as [string, string | null][];
    // The bundled spec's patterns that are not of the plain linear shape went to redos-detector and were judged safe.
    expect(verdicts.filter(([, verdict]) => verdict === null).map(([source]) => source)).toContain("^\\+?[0-9]{1,15}$");
    const edited = verdicts.map(([source, verdict]): [string, string | null] => [source, source === "^\\+?[0-9]{1,15}$" ? "was refused by a planted verdict" : verdict]);

    // Another spec text, so that the model is read again (the model's own record would answer otherwise).
    const spec = await editedSpec();
    await writeFile(path, planted(record, edited));
    const used = await generateWith(cache, await tempDir(), spec);
    expect(used.code).toBe(1);
    expect(used.stderr).toContain('pattern "^\\\\+?[0-9]{1,15}$" was refused by a planted verdict');

    await writeFile(path, planted(record, edited, false));
    expect((await generateWith(cache, await tempDir(), spec)).code).toBe(0);
  }, 60_000);

  it("gives a later cold run of the same spec the model an earlier one read: the same output; not for another spec text, nor from an edited record", async () => {
    const cache = await tempDir("opencmapi-gen-cache-");
    const first = await tempDir();
    expect((await generateWith(cache, first)).code).toBe(0);
    const second = await tempDir();
    expect((await generateWith(cache, second)).code).toBe(0);
    expect(await snapshot(second)).toEqual(await snapshot(first));
    const { path, record } = await recordOf(cache, "model");
    const kept = record.value as { api: { methods: { name: string; description: string }[] } };
    const open = kept.api.methods.find((method) => method.name === "CMAPI_API_Open")!;
    open.description = "A description from the cache.";

    await writeFile(path, planted(record, kept));
    const third = await tempDir();
    expect((await generateWith(cache, third)).code).toBe(0);
    expect(await readFile(join(third, "docs", "api.md"), "utf8")).toContain("A description from the cache.");
    // Another text of the spec is read again: the planted description is not in its output.
    const fourth = await tempDir();
    expect((await generateWith(cache, fourth, await editedSpec())).code).toBe(0);
    expect(await readFile(join(fourth, "docs", "api.md"), "utf8")).not.toContain("A description from the cache.");

    await writeFile(path, planted(record, kept, false));
    const fifth = await tempDir();
    expect((await generateWith(cache, fifth)).code).toBe(0);
    expect(await snapshot(fifth)).toEqual(await snapshot(first));
  }, 90_000);

  it("gives a later cold run the validators an earlier one compiled, and not a record that was edited", async () => {
    const cache = await tempDir("opencmapi-gen-cache-");
    const first = await tempDir();
    expect((await generateWith(cache, first)).code).toBe(0);
    const { path, record } = await recordOf(cache, "validators");
    const files = record.value as [string, string][];
    expect(files.map(([file]) => file)).toEqual(expect.arrayContaining(["validators.ts", "validators/groups/wlan.js", "validation.ts"]));
    const marked = files.map(([file, text]): [string, string] => [file, file === "validators/envelopes.js" ? `${text}// from the cache\n` : text]);

    await writeFile(path, planted(record, marked));
    const second = await tempDir();
    expect((await generateWith(cache, second)).code).toBe(0);
    expect(await readFile(join(second, "validators", "envelopes.ts"), "utf8")).toContain("// from the cache");

    await writeFile(path, planted(record, marked, false));
    const third = await tempDir();
    expect((await generateWith(cache, third)).code).toBe(0);
    expect(await readFile(join(third, "validators", "envelopes.ts"), "utf8")).toBe(await readFile(join(first, "validators", "envelopes.ts"), "utf8"));
  }, 60_000);
});
