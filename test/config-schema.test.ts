/**
 * The config's JSON Schema: shipped in the package, named by the `$schema` that `init` writes, and
 * the same schema `check` and `generate` validate a config against (compiled ahead of time).
 */
import { Ajv } from "ajv";
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { configProblems } from "../generator/config.js";
import { configValidatorCode } from "../generator/config-validator-code.js";
import { runCli } from "./support/cli.js";
import { tempDir } from "./support/generation.js";
import { CONFIG_SCHEMA_PATH, CONFIG_VALIDATOR_PATH, configSchemaText } from "./support/write-config-schema.js";

const shippedSchema = async () => JSON.parse(await readFile(CONFIG_SCHEMA_PATH, "utf8")) as Record<string, unknown>;

describe("the config schema", () => {
  it("is current: the shipped file and its compiled validator are what config-schema.ts makes (npm run config-schema:generate)", async () => {
    expect(await readFile(CONFIG_SCHEMA_PATH, "utf8")).toBe(configSchemaText());
    expect(await readFile(CONFIG_VALIDATOR_PATH, "utf8")).toBe(configValidatorCode());
    const packageJson = JSON.parse(await readFile(join(dirname(CONFIG_SCHEMA_PATH), "package.json"), "utf8")) as { files: string[] };
    expect(packageJson.files).toContain("opencmapi-gen.config.schema.json");
  });

  it("describes every option, so an editor shows what each one does", async () => {
    const schema = await shippedSchema();
    const properties = schema["properties"] as Record<string, { description?: string }>;
    expect(Object.keys(properties)).toEqual(["$schema", "idl", "schema", "out", "emit", "ignore", "profile", "lang", "lint"]);
    for (const [name, property] of Object.entries(properties)) expect(property.description, name).toMatch(/\w{4,}/);
  });

  // The shipped file, compiled by ajv as an editor's JSON language server would, and configProblems agree on each.
  const configs: [string, Record<string, unknown>, boolean][] = [
    ["init's defaults", { $schema: "./node_modules/opencmapi-gen/opencmapi-gen.config.schema.json", idl: ["bundled"], schema: ["bundled"], out: "generated" }, true],
    ["a vendor's files and a list of artifacts", { idl: ["bundled", "spec/acme.webidl"], schema: "spec/acme.schema.json", emit: ["types", "server"], lang: "js", profile: "laptop", ignore: ["extra/"] }, true],
    ["emit as --emit takes it", { emit: "types, client" }, true],
    ["lint categories and rule ids", { lint: { use: ["STANDARD", "COMMENTS"], except: ["NUMERIC_UNIT"] } }, true],
    ["an unknown option", { outDir: "x" }, false],
    ["an empty list of files", { idl: [] }, false],
    ["an unknown artifact", { emit: ["types", "rust"] }, false],
    ["a comma list with an unknown artifact", { emit: "types,rust" }, false],
    ["an unknown language", { lang: "TypeScript" }, false],
    ["a lint name that is neither", { lint: { use: ["STRICT"] } }, false],
    ["an unknown lint option", { lint: { only: [] } }, false],
    ["$schema that is not a string", { $schema: 3 }, false],
    ["an empty output folder", { out: "" }, false],
  ];
  it.each(configs)("%s: the editor's verdict is check's", async (_name, config, valid) => {
    const editor = new Ajv({ allErrors: true, strict: true }).compile(await shippedSchema());
    expect(editor(config)).toBe(valid);
    expect(configProblems(config, "opencmapi-gen.config.json").length === 0).toBe(valid);
  });
});

describe("opencmapi-gen init", () => {
  it("writes a config naming the shipped schema, which generate then reads", async () => {
    const dir = await tempDir("opencmapi-gen-init-");
    const path = join(dir, "opencmapi-gen.config.json");
    const made = await runCli(["init", "--config", path, "--out", join(dir, "src", "cmapi"), "--emit", "types,errors"]);
    expect(made.stderr).toBe("");
    expect(made.stdout).toContain("next: npx opencmapi-gen generate");
    const config = JSON.parse(await readFile(path, "utf8")) as Record<string, unknown>;
    expect(config).toMatchObject({ idl: ["bundled"], schema: ["bundled"], out: "src/cmapi", emit: ["types", "errors"] });
    // Run from the clone, it points at the clone's schema file, relative to the config.
    expect(resolve(dir, config["$schema"] as string)).toBe(CONFIG_SCHEMA_PATH);
    const generated = await runCli(["generate", "--config", path]);
    expect(generated.code).toBe(0);
    expect(generated.stdout).toMatch(/src\/cmapi\/: \d+ written/);
  });

  it("never replaces a config that exists", async () => {
    const dir = await tempDir("opencmapi-gen-init-");
    const path = join(dir, "opencmapi-gen.config.json");
    await writeFile(path, '{ "out": "mine" }\n');
    const again = await runCli(["init", "--config", path]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("already exists; init leaves it as it is");
    expect(await readFile(path, "utf8")).toBe('{ "out": "mine" }\n');
  });

  it("refuses flags the schema would refuse, writing nothing", async () => {
    const dir = await tempDir("opencmapi-gen-init-");
    const path = join(dir, "opencmapi-gen.config.json");
    const bad = await runCli(["init", "--config", path, "--lang", "rust"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('lang must be one of ts, js; got "rust"');
    await expect(readFile(path)).rejects.toThrow(/ENOENT/);
  });
});

describe("check and generate validate the config against the same schema", () => {
  it("a lint name no rule has is refused by generate, located, before anything is written", async () => {
    const dir = await tempDir("opencmapi-gen-init-");
    const path = join(dir, "opencmapi-gen.config.json");
    await writeFile(path, JSON.stringify({ out: "out", lint: { use: ["STRICT"] } }, null, 2));
    const run = await runCli(["generate", "--config", path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/opencmapi-gen\.config\.json:5:7 at \/lint\/use\/0: "STRICT" is neither a lint category nor a rule id/);
    await expect(readFile(join(dir, "out", "types.ts"))).rejects.toThrow(/ENOENT/);
  });
});
