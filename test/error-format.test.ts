/** --error-format: the same problems as text for a person, one JSON document, or GitHub workflow annotations. */
import { readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { githubAnnotation } from "../generator/report-format.js";
import { MINI, fixture, runCli } from "./support/cli.js";
import { optionsFor, tempDir } from "./support/generation.js";
import { generate } from "../generator/generate.js";

const rel = (file: string) => relative(process.cwd(), file);

describe("validate --error-format", () => {
  it("github-actions puts a WebIDL syntax error on its line and column", async () => {
    const idl = fixture("bad/missing-semicolon.webidl");
    const run = await runCli(["validate", "--error-format", "github-actions", "--idl", idl, "--schema", MINI.schema]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`::error file=${rel(idl)},line=34,col=74::WebIDL syntax error: Unterminated operation, expected \`;\` (in interface CmapiNetwork)\n`);
    expect(run.stderr).toContain("1 problem found"); // the log keeps the readable lines
  });

  it("github-actions finds the line of a schema problem reported at a JSON pointer", async () => {
    const schema = fixture("bad/dangling-ref.schema.json");
    const run = await runCli(["validate", "--error-format", "github-actions", "--idl", MINI.idl, "--schema", schema]);
    const line = (await readFile(schema, "utf8")).split("\n").findIndex((text) => text.includes('"$ref": "#/$defs/RfInfo"')) + 1;
    expect(line).toBeGreaterThan(0);
    expect(run.stdout).toContain(`::error file=${rel(schema)},line=${line},col=`);
    expect(run.stdout).toContain('title=at /$defs/RFInfoResult/properties/RFInfoList/items/$ref::$ref "#/$defs/RfInfo" points to no definition');
  });

  it("json is one document listing every problem with its place, and the counts when the spec is valid", async () => {
    const broken = await runCli(["validate", "--error-format", "json", "--idl", MINI.idl, "--schema", fixture("bad/several-mismatches.schema.json")]);
    expect(broken.code).toBe(1);
    const report = JSON.parse(broken.stdout) as { command: string; ok: boolean; exitCode: number; findings: { severity: string; file: string; line: number; message: string }[] };
    expect(report).toMatchObject({ command: "validate", ok: false, exitCode: 1 });
    expect(report.findings.length).toBe(6);
    expect(report.findings[0]).toMatchObject({ severity: "error", file: MINI.idl, line: 33 });
    const valid = JSON.parse((await runCli(["validate", "--error-format", "json"])).stdout) as { ok: boolean; counts: Record<string, number> };
    expect(valid.ok).toBe(true);
    expect(valid.counts).toMatchObject({ functions: 228, groups: 21, callbacks: 24 });
  });

  it("refuses a format it does not know", async () => {
    const run = await runCli(["validate", "--error-format", "xml"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/argument 'xml' is invalid. Allowed choices are text, json, github-actions/);
  });
});

describe("check --error-format", () => {
  it("annotates each stale file, a changed one on the first line that differs", async () => {
    const out = await tempDir();
    await generate(optionsFor(out, { ...MINI, emit: ["types", "errors"] }));
    const types = join(out, "types.ts");
    const lines = (await readFile(types, "utf8")).split("\n");
    lines[5] = "// edited by hand";
    await writeFile(types, lines.join("\n"));
    await writeFile(join(out, "notes.txt"), "mine");
    const run = await runCli(["check", "--error-format", "github-actions", "--idl", MINI.idl, "--schema", MINI.schema, "--out", out, "--emit", "types,errors"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::error file=${rel(types)},line=6,title=changed::differs from what generate writes now`);
    expect(run.stdout).toContain(`::error file=${rel(join(out, "notes.txt"))},title=unexpected::not written by opencmapi-gen`);
    const json = JSON.parse((await runCli(["check", "--error-format", "json", "--idl", MINI.idl, "--schema", MINI.schema, "--out", out, "--emit", "types,errors"])).stdout) as {
      ok: boolean;
      findings: { rule: string }[];
    };
    expect(json.ok).toBe(false);
    expect(json.findings.map((finding) => finding.rule).sort()).toEqual(["changed", "unexpected"]);
  });
});

describe("diff --error-format", () => {
  it("github-actions: a breaking change is an error, a compatible one a notice, each on the line that defines its item (the old version's for one removed)", async () => {
    const breaking = await runCli(["diff", "--error-format", "github-actions", fixture("mini"), fixture("diff/function-removed")]);
    expect(breaking.code).toBe(1);
    expect(breaking.stdout).toContain(`::error file=${rel(MINI.idl)},line=36,col=13,title=function removed::breaking: CMAPI_Network_SetBands`);
    expect(breaking.stderr).toContain(`BREAKING    function removed           CMAPI_Network_SetBands: clients calling it get -32601  (${rel(MINI.idl)}:36:13)`);
    const compatible = await runCli(["diff", "--error-format", "github-actions", fixture("mini"), fixture("diff/callback-added")]);
    expect(compatible.code).toBe(0);
    expect(compatible.stdout).toContain(`::notice file=${rel(fixture("diff/callback-added/opencmapi.webidl"))},line=48,col=10,title=callback added::compatible: CMAPI_Callback_Other`);
  });

  it("json: the changes in the report document", async () => {
    const run = await runCli(["diff", "--error-format", "json", fixture("mini"), fixture("diff/enum-value-added")]);
    const report = JSON.parse(run.stdout) as { ok: boolean; changes: { kind: string }[]; findings: { severity: string }[] };
    expect(report.ok).toBe(true);
    expect(report.changes.map((change) => change.kind)).toContain("enum value added");
    expect(report.findings.every((finding) => finding.severity === "notice")).toBe(true);
  });
});

describe("an annotation", () => {
  it("escapes what would end it early: newlines and % in the message, : and , in properties", () => {
    const line = githubAnnotation({ severity: "warning", rule: "a, b: c", message: "100% sure\nsecond line", location: { file: join(process.cwd(), "x,y.webidl"), line: 2 } });
    expect(line).toBe("::warning file=x%2Cy.webidl,line=2,title=a%2C b%3A c::100%25 sure%0Asecond line");
  });
});
