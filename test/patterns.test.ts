/** Regular expressions that can backtrack super-linearly (ReDoS) are refused by validate, lint and generate, each where it is written. */
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import fc from "fast-check";
import { isSafePattern } from "redos-detector";
import { beforeAll, describe, expect, it } from "vitest";
import { bundledSpec } from "../generator/load.js";
import { MAX_STEPS, MAX_WAYS, patternProblem, plainlyLinear, schemaRegexes } from "../generator/model/pattern-safety.js";
import { fixture, runCli } from "./support/cli.js";
import { snapshot, tempDir } from "./support/generation.js";

const IDL = fixture("lint/clean.webidl");
const schemaOf = (name: string) => fixture(`patterns/${name}.schema.json`);
const SAFE = schemaOf("safe");
/** Whether the built CLI requires redos-detector (a CommonJS require, which NODE_DEBUG=module logs and an ESM resolve hook does not see). */
async function loadsRedosDetector(args: string[]): Promise<boolean> {
  const bin = fileURLToPath(new URL("../bin/opencmapi-gen.js", import.meta.url));
  const { stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { env: { ...process.env, NODE_DEBUG: "module" }, maxBuffer: 64 * 1024 * 1024 });
  return /node_modules[\\/]redos-detector[\\/]/.test(stderr);
}
const bundledRegexes = async () => schemaRegexes(JSON.parse(await readFile(bundledSpec().schema, "utf8")));

/** Each fixture is patterns/safe.schema.json with one regular expression changed. */
const refused: Record<string, { where: string; message: string }> = {
  "nested-quantifier": {
    where: "8:37 at /$defs/DeviceId/anyOf/0/pattern",
    message: 'pattern "^(a+)+$" can backtrack super-linearly: the repetitions of `(a+)+` and `a+` can split the same characters more than one way',
  },
  "overlapping-alternatives": {
    where: "67:37 at /$defs/StatusWord/anyOf/0/pattern",
    message: 'pattern "(a|a)*b" can backtrack super-linearly: `a` (character 4, in `(a|a)*`) and `a` (character 2, in `(a|a)*`) can match the same characters',
  },
  "words-and-spaces": {
    where: "42:104 at /$defs/CMAPI_Network_GetRFInfo.params/properties/deviceId/pattern",
    message: 'pattern "(\\\\w+\\\\s?)*$" can backtrack super-linearly: the repetitions of `(\\w+\\s?)*` and `\\w+` can split the same characters more than one way',
  },
  "pattern-properties": {
    where: "25:102 at /$defs/RFInfoResult/properties/RFInfoList/items/patternProperties/^x-([a-z]+)+$",
    message: 'patternProperties key "^x-([a-z]+)+$" can backtrack super-linearly: the repetitions of `([a-z]+)+` and `[a-z]+`',
  },
  "property-names": {
    where: "19:26 at /$defs/RFInfo/propertyNames/pattern",
    message: 'pattern "^([a-z]|[A-Za-z])*$" can backtrack super-linearly: `[A-Za-z]` (character 9, in `([a-z]|[A-Za-z])*`) and `[a-z]` (character 3, in `([a-z]|[A-Za-z])*`)',
  },
  invalid: {
    where: "8:37 at /$defs/DeviceId/anyOf/0/pattern",
    message: 'pattern "^[0-9]+($" is not a valid regular expression with the u flag, which ajv compiles patterns with (Invalid regular expression: /^[0-9]+($/u: Unterminated group)',
  },
};

describe("validate, lint and generate refuse a pattern that can backtrack super-linearly, saying where and why", () => {
  let out: string;
  let before: Record<string, string>;
  beforeAll(async () => {
    out = await tempDir();
    expect((await runCli(["generate", "--out", out, "--idl", IDL, "--schema", SAFE, "--emit", "types,errors"])).code).toBe(0);
    before = await snapshot(out);
  }, 60_000);

  for (const [name, { where, message }] of Object.entries(refused)) {
    it(
      name,
      async () => {
        const schema = schemaOf(name);
        const runs = {
          validate: await runCli(["validate", "--idl", IDL, "--schema", schema]),
          lint: await runCli(["lint", "--idl", IDL, "--schema", schema]),
          generate: await runCli(["generate", "--out", out, "--idl", IDL, "--schema", schema, "--emit", "types,errors"]),
        };
        for (const [command, run] of Object.entries(runs)) {
          expect({ command, code: run.code }).toEqual({ command, code: 1 });
          expect(run.stderr).toContain(`${schema}:${where}: ${message}`);
          expect(run.stderr).toContain("opencmapi-gen: 1 problem found");
        }
        expect(await snapshot(out)).toEqual(before);
      },
      60_000,
    );
  }

  it("gives the finding its file, line, column and pointer in --error-format json", async () => {
    const run = await runCli(["validate", "--error-format", "json", "--idl", IDL, "--schema", schemaOf("nested-quantifier")]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: Record<string, unknown>[] };
    expect(report.findings).toEqual([expect.objectContaining({ severity: "error", file: schemaOf("nested-quantifier"), line: 8, column: 37, pointer: "/$defs/DeviceId/anyOf/0/pattern" })]);
  });

  it("accepts the same places with safe patterns (^[0-9]{5,15}$, a MAC address, ...)", async () => {
    for (const command of [["validate"], ["lint"], ["generate", "--out", await tempDir(), "--emit", "types,errors"]]) {
      const run = await runCli([...command, "--idl", IDL, "--schema", SAFE]);
      expect({ command: command[0], code: run.code, stderr: run.stderr }).toEqual({ command: command[0], code: 0, stderr: "" });
    }
  }, 60_000);
});

describe("the check", () => {
  it("reads every place a schema gives a regular expression", async () => {
    const found = schemaRegexes(JSON.parse(await readFile(SAFE, "utf8")));
    expect(found.map(({ keyword, pointer }) => `${keyword} ${pointer}`).sort()).toEqual([
      "pattern /$defs/CMAPI_Network_GetRFInfo.params/properties/deviceId/pattern",
      "pattern /$defs/DeviceId/anyOf/0/pattern",
      "pattern /$defs/RFInfo/propertyNames/pattern",
      "pattern /$defs/StatusWord/anyOf/0/pattern",
      "patternProperties /$defs/RFInfoResult/properties/RFInfoList/items/patternProperties/^x-[a-z]+$",
    ]);
  });

  it("passes every pattern of the bundled spec", async () => {
    const regexes = await bundledRegexes();
    expect(regexes.length).toBeGreaterThan(60);
    expect(regexes.filter(({ source }) => patternProblem(source) !== null)).toEqual([]);
    for (const safe of ["^[0-9]{5,15}$", "^[A-Fa-f0-9]{2}(:[A-Fa-f0-9]{2}){5}$"]) expect(patternProblem(safe)).toBeNull();
  });

  it("is redos-detector's verdict, on patterns made here and nowhere else", () => {
    const atoms = ["b", "[0-9]", "\\d", "(?:xy)"];
    const made = atoms.flatMap((atom) => [`^(${atom}+)+$`, `^${atom}*${atom}*$`, `^${atom}+$`, `^(${atom}{2}-)*${atom}$`]);
    for (const pattern of made) {
      const detector = isSafePattern(pattern, { unicode: true, maxScore: MAX_WAYS, maxSteps: MAX_STEPS });
      expect({ pattern, refused: patternProblem(pattern) !== null }).toEqual({ pattern, refused: !detector.safe });
    }
    expect(made.filter((pattern) => patternProblem(pattern) !== null).length).toBe(atoms.length * 2);
  });

  it("takes a pattern of the plain shape (anchored characters and classes, one repetition of varying length) as safe without the analysis, and redos-detector agrees", () => {
    expect(["^[0-9]{6,15}$", "^\\*228[0-9]{2}$", "^[\\x20-\\x7E]{8,63}$", "^63C[0-9A-F]$", "^$"].filter((pattern) => !plainlyLinear(pattern))).toEqual([]);
    // Not the plain shape: two varying repetitions, a group, an alternative, no anchor, an escaped $ at the end.
    expect(["^\\+?[0-9]{1,15}$", "^([0-9]{4})$", "^a|b$", "[0-9]+$", "^[0-9]+", "^a\\$", "^[0-9]{2,}[a-f]*$"].filter((pattern) => plainlyLinear(pattern))).toEqual([]);
    const atom = fc.constantFrom("a", "b", ".", "[0-9]", "[^a]", "[a-z0-9]", "\\d", "\\w", "\\s", "\\.", "\\x41", "\\u00e9", "é", "[\\]a]");
    const quantifier = fc.constantFrom("", "", "*", "+", "?", "{3}", "{2,2}", "{1,5}", "{2,}", "*?", "{0,3}?");
    const pattern = fc.array(fc.tuple(atom, quantifier), { minLength: 0, maxLength: 6 }).map((parts) => `^${parts.map(([a, q]) => a + q).join("")}$`);
    fc.assert(
      fc.property(pattern, (source) => {
        if (!plainlyLinear(source)) return;
        expect({ source, safe: isSafePattern(source, { unicode: true, maxScore: MAX_WAYS, maxSteps: MAX_STEPS }).safe }).toEqual({ source, safe: true });
      }),
      { numRuns: 400, seed: Number(process.env["FUZZ_SEED"] ?? 20261203) },
    );
  });

  it("refuses a bounded repetition that backtracks without end as well, and an unanchored pattern a search retries", () => {
    expect(patternProblem("^(a|a){30}$")).toMatch(/^can backtrack more than 200 ways on one string: /);
    expect(patternProblem("\\s*$")).toMatch(/^can backtrack super-linearly: the search for where a match starts \(the pattern does not begin with \^\) and `\\s`.*; begin it with \^ if/);
  });

  it("the bundled IPv4 pattern was rewritten for it and accepts exactly what the old one did", async () => {
    const octet = "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
    const old = `^(${octet}\\.){3}${octet}$`;
    // Unambiguous, but past 200 ways of matching its alternatives the checker stops counting: refused, so the spec says it another way.
    expect(patternProblem(old)).not.toBeNull();
    const rewritten = (await bundledRegexes()).find(({ pointer }) => pointer.endsWith("/MobileIpProfile/properties/homeAddress/pattern"))!.source;
    expect(patternProblem(rewritten)).toBeNull();
    const [before, after] = [new RegExp(old, "u"), new RegExp(rewritten, "u")];
    const tokens = ["", "a", "1a", "-1", " 1", "1234", "٣", ...Array.from({ length: 1000 }, (_, n) => [String(n), String(n).padStart(2, "0"), String(n).padStart(3, "0")]).flat()];
    const differ: string[] = [];
    for (const base of [
      ["1", "2", "3", "4"],
      ["255", "0", "10", "199"],
    ]) {
      for (let position = 0; position < 4; position++) {
        for (const token of tokens) {
          const address = base.map((part, index) => (index === position ? token : part));
          for (const text of [address.join("."), `${address.join(".")}\n`, `${address.join(".")}.`, address.join("..")]) if (before.test(text) !== after.test(text)) differ.push(text);
        }
      }
    }
    expect(differ).toEqual([]);
  });

  it("loads redos-detector only for a spec that has a pattern", async () => {
    const dir = await tempDir();
    const schema = join(dir, "no-patterns.schema.json");
    await writeFile(schema, (await readFile(fixture("lint/clean.schema.json"), "utf8")).replace(', "pattern": "^[0-9]+$"', ""));
    expect(await loadsRedosDetector(["validate", "--idl", IDL, "--schema", schema])).toBe(false);
    expect(await loadsRedosDetector(["validate", "--idl", IDL, "--schema", SAFE])).toBe(true);
  }, 60_000);
});
