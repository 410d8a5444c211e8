/**
 * The whole pipeline on mutated specs (fast-check): every outcome is exit 0 with output that
 * compiles under tsc --strict and renders safely, or exit 1 with a located message and the previous
 * output untouched. Never exit 70 (kept for bugs), never a half-written folder.
 */
import { execFile } from "node:child_process";
import { cpSync, readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { MINI, runCli } from "./support/cli.js";
import { snapshot, tempDir } from "./support/generation.js";
import { applyMutation, mutation, type SpecPair } from "./support/spec-mutations.js";

const tsc = fileURLToPath(new URL("../node_modules/typescript/bin/tsc", import.meta.url));
const base: SpecPair = { idl: readFileSync(MINI.idl, "utf8"), schema: JSON.parse(readFileSync(MINI.schema, "utf8")) as SpecPair["schema"] };
/** A fixed seed, so that CI runs the same cases; FUZZ_SEED picks others. */
const seed = Number(process.env["FUZZ_SEED"] ?? 20261125);
/** The mini spec has no envelopes (Tables 1-3), which validators and the server need. */
const EMIT = "types,errors,client,docs,openrpc";
const LOCATED = /^\S.*\.(webidl|schema\.json)(:\d+(:\d+)?)?( at \/\S*)?: \S/;

let previous: string;
beforeAll(async () => {
  previous = join(await tempDir(), "out");
  const run = await runCli(["generate", "--idl", MINI.idl, "--schema", MINI.schema, "--out", previous, "--emit", EMIT]);
  expect(run.code).toBe(0);
}, 60_000);

describe("mutated specs", () => {
  it("give a compiling, safely rendered output or a located error, never a crash or a half-written folder", async () => {
    const generated: string[] = [];
    const outcomes = { generated: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (changes) => {
        const spec = changes.reduce(applyMutation, base);
        const dir = await tempDir();
        await writeFile(join(dir, "api.webidl"), spec.idl);
        await writeFile(join(dir, "api.schema.json"), JSON.stringify(spec.schema, null, 2));
        const out = join(dir, "out");
        cpSync(previous, out, { recursive: true });
        const before = await snapshot(out);
        const run = await runCli(["generate", "--idl", join(dir, "api.webidl"), "--schema", join(dir, "api.schema.json"), "--out", out, "--emit", EMIT]);
        const context = `${JSON.stringify(changes)}\n${run.stderr}`;
        expect(run.code, context).not.toBe(70);
        expect([0, 1], context).toContain(run.code);
        if (run.code === 1) {
          outcomes.refused++;
          expect(run.stderr.split("\n")[0], context).toMatch(LOCATED);
          expect(await snapshot(out), context).toEqual(before);
          return;
        }
        outcomes.generated++;
        generated.push(out);
        const html = await readFile(join(out, "docs", "index.html"), "utf8");
        expect(html.match(/<\/script/gi)?.length, context).toBe(2); // the data and the page's script, nothing a description closed early
        expect(/<title>[^<]*<\/title>/.test(html), context).toBe(true);
      }),
      { numRuns: Number(process.env["FUZZ_RUNS"] ?? 16), seed, endOnFailure: true },
    );
    expect(outcomes.generated).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);

    // One compilation for every output; its packages (ws and the type packages) come from this checkout.
    const nodeModules = fileURLToPath(new URL("../node_modules/", import.meta.url));
    const compilerOptions = {
      ...{ strict: true, noEmit: true, target: "es2022", module: "nodenext", moduleResolution: "nodenext", lib: ["es2022", "dom"], skipLibCheck: true },
      ...{ types: ["node"], typeRoots: [join(nodeModules, "@types")], paths: { "*": [join(nodeModules, "@types", "*"), join(nodeModules, "*")] } },
    };
    const project = join(await tempDir(), "tsconfig.json");
    await writeFile(project, JSON.stringify({ compilerOptions, include: generated.map((out) => join(out, "**/*.ts")) }));
    const compiled = await promisify(execFile)(process.execPath, [tsc, "-p", project]).catch((error: { stdout: string }) => error);
    expect(compiled.stdout).toBe("");
  }, 300_000);
});
