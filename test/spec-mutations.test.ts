/**
 * The whole pipeline on mutated specs (fast-check): every outcome is exit 0 with output that
 * compiles under tsc --strict and renders safely (no raw HTML in the Markdown, nothing a description
 * closes early in the HTML page, no invisible character anywhere, one anchor per type), or exit 1 with
 * a located message and the previous output untouched. Never exit 70 (kept for bugs), never a
 * half-written folder. The mutations (support/spec-mutations.ts) include issue 21's constructs.
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
import { markdownProse } from "./support/markdown.js";
import { applyMutation, mutation, type Mutation, type SpecPair } from "./support/spec-mutations.js";

const tsc = fileURLToPath(new URL("../node_modules/typescript/bin/tsc", import.meta.url));
const base: SpecPair = { idl: readFileSync(MINI.idl, "utf8"), schema: JSON.parse(readFileSync(MINI.schema, "utf8")) as SpecPair["schema"] };
/** A fixed seed, so that CI runs the same cases; FUZZ_SEED picks others. */
const seed = Number(process.env["FUZZ_SEED"] ?? 20261125);
/** The mini spec has no envelopes (Tables 1-3), which validators and the server need. */
const EMIT = "types,errors,client,docs,openrpc";
const LOCATED = /^\S.*\.(webidl|schema\.json)(:\d+(:\d+)?)?( at \/\S*)?: \S/;
/** Format and control characters (but tab and line breaks): what no generated file may carry. */
const INVISIBLE = /(?![\t\n\r])[\p{Cf}\p{Cc}]/u;

/** Constructs that must give compiling output, run before the random cases. */
const SUPPORTED: [Mutation[]][] = [
  [
    [
      { kind: "ref-cycle", shape: "through-array" },
      { kind: "record", values: "RFInfo", both: true, nullable: false },
      { kind: "add-function", name: "CMAPI_Acme_Fine" },
    ],
  ],
  [
    [
      { kind: "ref-cycle", shape: "through-record" },
      { kind: "record", values: "long", both: true, nullable: true },
      { kind: "describe", text: "\\`<script>` not code", where: "idl-enum-value" },
    ],
  ],
  [
    [
      { kind: "enum-value", value: "back`tick", both: true },
      { kind: "describe", text: "*/ closes", where: "schema-property" },
      { kind: "duplicate-code", sameName: true, sameMessage: true, note: true, message: "" },
    ],
  ],
];

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
        const files = await snapshot(out);
        for (const [file, text] of Object.entries(files)) {
          expect(INVISIBLE.exec(text)?.[0], `${file}: ${context}`).toBeUndefined();
          if (file.endsWith(".md")) expect(markdownProse(text), `${file}: ${context}`).not.toMatch(/<[A-Za-z!/?]/);
        }
        // One anchor per type, in the Markdown (GitHub's heading ids) and in the HTML page (the ids its data carries).
        const headings = [...files["docs/types.md"]!.matchAll(/^### Type (.+)$/gm)].map((match) => match[1]!.toLowerCase());
        expect(new Set(headings).size, context).toBe(headings.length);
        const data = JSON.parse(/<script id="cmapi-data" type="application\/json">(.*)<\/script>/.exec(html)![1]!) as { types: { id: string }[] };
        const ids = data.types.map((type) => type.id);
        expect(new Set(ids).size, context).toBe(ids.length);
      }),
      // The random runs mostly end refused (three mutations seldom leave a valid spec): the examples make sure the supported constructs are compiled in every run.
      { numRuns: Number(process.env["FUZZ_RUNS"] ?? 16), seed, endOnFailure: true, examples: SUPPORTED },
    );
    expect(outcomes.generated).toBeGreaterThanOrEqual(SUPPORTED.length);
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
