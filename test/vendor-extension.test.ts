/**
 * A vendor's additions kept in their own files beside the bundled spec: a new group, a function
 * added to a standard group, a member added to a standard dictionary, a callback and an error code.
 */
import { execFile } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { resolveSpecFiles } from "../generator/config.js";
import { apiFromTexts, loadApi } from "../generator/load.js";
import type { Api } from "../generator/model/api.js";
import { findProfile, profileFunctions } from "../generator/model/profiles.js";
import { SpecError } from "../generator/diagnostics.js";
import { fixture, runCli } from "./support/cli.js";
import { tempDir } from "./support/generation.js";

const ACME = { idl: fixture("vendor/acme.webidl"), schema: fixture("vendor/acme.schema.json") };
const withAcme = ["--idl", "bundled", "--idl", ACME.idl, "--schema", "bundled", "--schema", ACME.schema];
const tsc = fileURLToPath(new URL("../node_modules/typescript/bin/tsc", import.meta.url));

let api: Api;
beforeAll(async () => {
  api = await loadApi(await resolveSpecFiles({ idl: ["bundled", ACME.idl], schema: ["bundled", ACME.schema] }));
});

/** The bundled spec plus one extra pair of texts, for the error cases. */
async function problemsWith(idl: string, schema: object): Promise<string[]> {
  const bundled = await resolveSpecFiles({});
  const texts = {
    idl: [
      { file: bundled.idl[0]!, text: await readFile(bundled.idl[0]!, "utf8") },
      { file: "vendor.webidl", text: idl },
    ],
    schema: [
      { file: bundled.schema[0]!, text: await readFile(bundled.schema[0]!, "utf8") },
      { file: "vendor.schema.json", text: JSON.stringify({ $defs: schema }) },
    ],
  };
  try {
    apiFromTexts(texts);
    return [];
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    return error.diagnostics.map(
      (diagnostic) => `${diagnostic.location.file}${diagnostic.location.line ? `:${diagnostic.location.line}` : ""}${diagnostic.location.pointer ? ` at ${diagnostic.location.pointer}` : ""}: ${diagnostic.message}`,
    );
  }
}

describe("a vendor's files merged with the bundled spec", () => {
  it("adds its group (an extension, in no SCR table), its function in a standard group, its member, callback and error code", () => {
    const acme = api.groups.find((group) => group.name === "AcmeDiag")!;
    expect(acme).toMatchObject({ extension: true, section: "", methods: ["CMAPI_AcmeDiag_GetTemperature"] });
    expect(api.groups.find((group) => group.name === "Network")!.methods).toContain("CMAPI_Network_AcmeSetBoost");
    const rfInfo = api.types.find((type) => type.name === "RFInfo");
    expect(rfInfo?.kind === "dictionary" && rfInfo.members.map((member) => member.name)).toContain("acmeFrontEndCelsius");
    expect(Object.keys((api.schemaDefs["RFInfo"]!["properties"] as object) ?? {})).toContain("acmeFrontEndCelsius");
    expect(api.callbacks.map((callback) => callback.callbackId)).toContain("CMAPI_Callback_AcmeOverheat");
    expect(api.errorCodes.find((row) => row.name === "ACME_SENSOR_FAILED")).toMatchObject({ code: 0xe0000001, source: "vendor" });
    expect(api.methods.length).toBe(230);
  });

  it("makes the vendor's group optional in every profile", () => {
    for (const profile of api.profiles) {
      const { mandatory, optional } = profileFunctions(api, profile);
      expect(mandatory.map((method) => method.name)).not.toContain("CMAPI_AcmeDiag_GetTemperature");
      expect(optional.map((method) => method.name)).toContain("CMAPI_AcmeDiag_GetTemperature");
    }
    expect(profileFunctions(api, findProfile(api, "laptop")).mandatory.length).toBeGreaterThan(0);
  });

  it("validates from repeated --idl/--schema flags, and says what the vendor added", async () => {
    const run = await runCli(["validate", ...withAcme]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/ext\. {2}AcmeDiag +1/);
    expect(run.stdout).toContain("Callbacks: 25");
    expect(run.stdout).toContain("1 vendor codes");
  });

  it("generates from a config that lists the files, and the output compiles under tsc --strict", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "spec"));
    await writeFile(join(dir, "spec", "acme.webidl"), await readFile(ACME.idl));
    await writeFile(join(dir, "spec", "acme.schema.json"), await readFile(ACME.schema));
    const config = { idl: ["bundled", "spec/acme.webidl"], schema: ["bundled", "spec/acme.schema.json"], out: "out", emit: ["types", "errors", "validators", "client"] };
    await writeFile(join(dir, "opencmapi-gen.config.json"), JSON.stringify(config));
    const run = await runCli(["generate", "--config", join(dir, "opencmapi-gen.config.json")]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const types = await readFile(join(dir, "out", "types.ts"), "utf8");
    expect(types).toContain("export interface AcmeTemperature");
    expect(types).toContain("acmeFrontEndCelsius?: number");
    expect(await readFile(join(dir, "out", "errors.ts"), "utf8")).toContain("ACME_SENSOR_FAILED");
    expect(await readFile(join(dir, "out", "client.ts"), "utf8")).toContain("acmeDiagGetTemperature");
    const check = await runCli(["check", "--config", join(dir, "opencmapi-gen.config.json")]);
    expect(check.code).toBe(0);
    const usage = 'import type { ResultOf } from "./types.js";\nexport const reading: ResultOf<"CMAPI_AcmeDiag_GetTemperature"> = { celsius: 41.5 };\n';
    await writeFile(join(dir, "out", "usage.ts"), usage);
    const options = ["--strict", "--noEmit", "--target", "es2022", "--module", "nodenext", "--moduleResolution", "nodenext", "--lib", "es2022,dom", "--types", "node", "--skipLibCheck"];
    const compiled = await promisify(execFile)(process.execPath, [tsc, ...options, join(dir, "out", "usage.ts"), join(dir, "out", "client.ts")], { cwd: process.cwd() }).catch((error: { stdout: string }) => error);
    expect(compiled.stdout).toBe("");
  }, 120_000);

  it("scaffolds a project whose config names the bundled spec and a copy of the vendor's files", async () => {
    const dir = join(await tempDir(), "acme-device");
    const run = await runCli(["scaffold", dir, ...withAcme]);
    expect(run.stderr).toBe("");
    const config = JSON.parse(await readFile(join(dir, "opencmapi-gen.config.json"), "utf8")) as Record<string, unknown>;
    expect(config).toMatchObject({ idl: ["bundled", "spec/acme.webidl"], schema: ["bundled", "spec/acme.schema.json"] });
    expect(await readFile(join(dir, "spec", "acme.webidl"), "utf8")).toBe(await readFile(ACME.idl, "utf8"));
    expect(await readFile(join(dir, "src", "handlers.ts"), "utf8")).toContain("CMAPI_AcmeDiag_GetTemperature: notSupported");
  }, 60_000);

  it("diffs two versions that are sets of files (a folder with a config naming them)", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "opencmapi-gen.config.json"), JSON.stringify({ idl: ["bundled", ACME.idl], schema: ["bundled", ACME.schema] }));
    const bundledDir = fileURLToPath(new URL("../spec/", import.meta.url));
    const run = await runCli(["diff", bundledDir, dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("function added");
    expect(run.stdout).toContain("CMAPI_AcmeDiag_GetTemperature");
    expect(run.stdout).toContain("callback added");
  });
});

describe("a vendor's mistakes, each located", () => {
  it("a dictionary defined again names both places, and points to partial dictionary", async () => {
    const problems = await problemsWith("/** x */ dictionary RFInfo { double x; };", {});
    expect(problems.join("\n")).toMatch(/vendor\.webidl:1: RFInfo is defined twice \(also at .*opencmapi\.webidl:\d+\); use `partial dictionary`/);
  });

  it("a partial interface or dictionary with nothing to add to", async () => {
    const problems = await problemsWith("[Exposed=Window] partial interface CmapiNothing { undefined CMAPI_Nothing_Do(ResultCallback cb); };\npartial dictionary Nothing { double x; };", {});
    expect(problems).toContain("vendor.webidl:1: partial interface CmapiNothing adds to no interface CmapiNothing in any spec file");
    expect(problems).toContain("vendor.webidl:2: partial dictionary Nothing adds to no dictionary Nothing in any spec file");
  });

  it("a schema definition made again, and an error code outside the vendor range", async () => {
    const problems = await problemsWith("", {
      RFInfo: { type: "object" },
      ErrorCode: { anyOf: [{ title: "0x00000400", "x-cmapi-name": "MINE", const: 1024, description: "mine" }] },
    });
    expect(problems.some((problem) => /^vendor\.schema\.json at \/\$defs\/RFInfo: \$defs\/RFInfo is already defined in .*opencmapi\.schema\.json/.test(problem))).toBe(true);
    expect(problems).toContain("vendor.schema.json at /$defs/ErrorCode/anyOf/0: a vendor's error code must lie in 0xE0000000-0xEFFFFFFF, which Table 4 leaves unassigned; 0x00000400 does not");
  });

  it("a group without [SCR] that is not marked [Extension]", async () => {
    const problems = await problemsWith("[Exposed=Window] interface CmapiMine { undefined CMAPI_Mine_Do(ResultCallback cb); };", {
      "CMAPI_Mine_Do.params": { type: "object", properties: {}, additionalProperties: false },
      "CMAPI_Mine_Do.result": { $ref: "#/$defs/Empty" },
    });
    expect(problems).toContain(`vendor.webidl:1: interface CmapiMine has no [SCR="7.x"] extended attribute naming its SCR section (a vendor's group says [Extension] instead)`);
  });

  it("two groups whose names differ only by case", async () => {
    const problems = await problemsWith("[Exposed=Window, Extension] interface CmapiWlan2 { undefined CMAPI_Wlan_Do(ResultCallback cb); };", {
      "CMAPI_Wlan_Do.params": { type: "object", properties: {}, additionalProperties: false },
      "CMAPI_Wlan_Do.result": { $ref: "#/$defs/Empty" },
    });
    expect(problems).toContain("vendor.webidl:1: group Wlan differs from group WLAN only by case: their files would collide");
  });
});
