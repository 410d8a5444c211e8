/**
 * What a cold run takes from the cache of an earlier one (write/derived-cache.ts): the compiled
 * validators and the ReDoS verdicts. Each test plants a record that differs from what the generator
 * would work out, so that using the record shows, and checks that a record whose digest does not
 * match is not used. The CLI runs in child processes: the verdicts are also remembered per process.
 */
import { execFile } from "node:child_process";
import { readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { sha256 } from "../generator/generated-header.js";
import { tempDir } from "./support/generation.js";

const bin = fileURLToPath(new URL("../bin/opencmapi-gen.js", import.meta.url));

async function generateWith(cache: string, out: string): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await promisify(execFile)(process.execPath, [bin, "generate", "--out", out], { env: { ...process.env, OPENCMAPI_GEN_CACHE: cache } });
    return { code: 0, stderr };
  } catch (error) {
    const failed = error as { code?: number; stderr?: string };
    return { code: failed.code ?? 1, stderr: failed.stderr ?? "" };
  }
}

interface Record {
  key: string;
  digest: string;
  value: unknown;
}

async function recordOf(cache: string, name: string): Promise<{ path: string; record: Record }> {
  const file = (await readdir(cache)).find((entry) => entry.startsWith(`${name}-`));
  if (file === undefined) throw new Error(`no ${name} record in ${cache}`);
  const path = join(cache, file);
  return { path, record: JSON.parse(await readFile(path, "utf8")) as Record };
}

/** The record with `value`, and a digest that matches it unless `digestMatches` is false. */
const planted = (record: Record, value: unknown, digestMatches = true): string => JSON.stringify({ key: record.key, digest: digestMatches ? sha256(JSON.stringify(value)) : record.digest, value });

describe("the cache of derived results", () => {
  it("gives a later cold run the ReDoS verdicts an earlier one reached, and not a record that was edited", async () => {
    const cache = await tempDir("opencmapi-gen-cache-");
    expect((await generateWith(cache, await tempDir())).code).toBe(0);
    const { path, record } = await recordOf(cache, "pattern-verdicts");
    const verdicts = record.value as [string, string | null][];
    // The bundled spec's patterns that are not of the plain linear shape went to redos-detector and were judged safe.
    expect(verdicts.filter(([, verdict]) => verdict === null).map(([source]) => source)).toContain("^\\+?[0-9]{1,15}$");
    const edited = verdicts.map(([source, verdict]): [string, string | null] => [source, source === "^\\+?[0-9]{1,15}$" ? "was refused by a planted verdict" : verdict]);

    await writeFile(path, planted(record, edited));
    const used = await generateWith(cache, await tempDir());
    expect(used.code).toBe(1);
    expect(used.stderr).toContain('pattern "^\\\\+?[0-9]{1,15}$" was refused by a planted verdict');

    await writeFile(path, planted(record, edited, false));
    expect((await generateWith(cache, await tempDir())).code).toBe(0);
  }, 60_000);

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
