/** The command as users and CI meet it: a separate process, through bin/ and through npx. */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { MINI } from "./support/cli.js";
import { npm, packageTarball } from "./support/package.js";

const run = promisify(execFile);
const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "bin", "opencmapi-gen.js");

async function command(args: string[], options: { cwd?: string; shell?: boolean } = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: options.cwd ?? root, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("bin/opencmapi-gen", () => {
  it("ir prints the whole model as JSON, by default from the bundled spec", async () => {
    const result = await command(["ir"]);
    expect(result.code).toBe(0);
    const api = JSON.parse(result.stdout);
    expect(api.methods).toHaveLength(228);
    expect(api.cmapiVersion).toBe("1.1");
    expect(result.stdout.split("\n").length).toBeGreaterThan(1000);
  });

  it("ir --compact prints one line", async () => {
    const result = await command(["ir", "--compact"]);
    expect(result.stdout.trimEnd().split("\n")).toHaveLength(1);
  });

  it("reads other spec files than the bundled ones, from any folder", async () => {
    const result = await command(["ir", "--idl", MINI.idl, "--schema", MINI.schema], { cwd: tmpdir() });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).methods.map((method: { name: string }) => method.name)).toEqual(["CMAPI_Network_GetRFInfo", "CMAPI_Network_SetBands", "CMAPI_Callback_Register"]);
  });

  it("validate says what the spec defines, group by group", async () => {
    const result = await command(["validate"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("the WebIDL and the JSON Schema agree");
    expect(result.stdout).toMatch(/7\.12\s+WLAN\s+25\s+WLAN APIs/);
    expect(result.stdout).toContain("Callbacks: 24");
  });

  it("--help lists the commands and --version prints the package version", async () => {
    const help = await command(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/ir \[options\]/);
    expect(help.stdout).toMatch(/validate \[options\]/);
    const version = await command(["--version"]);
    expect(version.stdout.trim()).toBe("0.1.0");
  });

  it("a broken spec exits 1 with the problem on stderr and nothing on stdout", async () => {
    const result = await command(["ir", "--idl", join(root, "test/fixtures/bad/param-type.webidl"), "--schema", MINI.schema]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("parameter persist: the WebIDL says DOMString, the schema says boolean");
  });

  it("survives a reader that closes the pipe early", async () => {
    const { stdout } = await promisify(execFile)("sh", ["-c", `"${process.execPath}" "${bin}" ir | head -n 2; echo "status $?"`]);
    expect(stdout).toContain("status 0");
    expect(stdout).not.toContain("EPIPE");
  });
});

describe("installed from its package into another project", () => {
  let workspace: string | undefined;
  afterAll(async () => {
    if (workspace) await rm(workspace, { recursive: true, force: true });
  });

  it("runs through npx with its bundled spec", async () => {
    workspace = await mkdtemp(join(tmpdir(), "opencmapi-gen-install-"));
    const app = join(workspace, "app");
    await mkdir(app);
    await writeFile(join(app, "package.json"), JSON.stringify({ name: "app", version: "1.0.0", private: true }));
    await npm(["install", "--prefer-offline", await packageTarball()], app);
    const { stdout } = await npm(["exec", "--", "opencmapi-gen", "validate"], app);
    expect(stdout).toContain("Functions per group (228 in 21 groups)");
    // init points the config at the schema inside the project's node_modules, where editors find it.
    await npm(["exec", "--", "opencmapi-gen", "init"], app);
    const config = JSON.parse(await readFile(join(app, "opencmapi-gen.config.json"), "utf8")) as { $schema: string };
    expect(config.$schema).toBe("./node_modules/opencmapi-gen/opencmapi-gen.config.schema.json");
    expect(JSON.parse(await readFile(join(app, config.$schema), "utf8"))).toMatchObject({ title: "opencmapi-gen.config.json" });
    await npm(["exec", "--", "opencmapi-gen", "generate"], app);
    await npm(["exec", "--", "opencmapi-gen", "check"], app); // rejects, failing the test, unless the config and generated/ pass
  }, 120_000);
});
