/**
 * scaffold: a vendor project installed from the local package, started, called, checked for
 * conformance, then regenerated from a spec that gained a function.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledSpec } from "../generator/load.js";
import { runCli } from "./support/cli.js";
import { tempDir } from "./support/generation.js";
import { npm, npmEnv, packageTarball, run } from "./support/package.js";

let project: string;
let device: ChildProcess | undefined;
let url: string;

let secret: string;
/** What the device printed on its last start. */
let startOutput = "";

async function startProject(): Promise<string> {
  device = spawn(process.execPath, ["dist/main.js"], { cwd: project, env: { ...npmEnv, PORT: "0" } });
  return new Promise((resolve, reject) => {
    let output = "";
    device!.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      startOutput = output;
      const match = /listening on (\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    device!.on("exit", (code) => reject(new Error(`the device exited (${code}): ${output}`)));
  });
}

beforeAll(async () => {
  const workspace = await tempDir("opencmapi-gen-scaffold-");
  project = join(workspace, "router");
  const run = await runCli(["scaffold", project, "--profile", "wireless-router", "--package", `file:${await packageTarball()}`]);
  expect(run.stderr).toBe("");
  await npm(["install", "--prefer-offline"], project);
  await npm(["run", "build"], project);
  url = await startProject();
  secret = /the administrator secret is (\S+)\. /.exec(startOutput)![1]!;
}, 180_000);
afterAll(() => {
  device?.kill();
});

describe("opencmapi-gen scaffold", () => {
  it("creates the project: package.json, the bindings, handler stubs for the profile, a start script, a README", async () => {
    const packageJson = JSON.parse(await readFile(join(project, "package.json"), "utf8"));
    expect(packageJson.scripts).toMatchObject({ generate: "opencmapi-gen generate", start: "npm run build && node dist/main.js" });
    const handlers = await readFile(join(project, "src/handlers.ts"), "utf8");
    expect(handlers).toContain("CMAPI_Router_SetConfig: notSupported,");
    expect(handlers).not.toContain("CMAPI_GNSS_Start"); // optional for wireless routers
    expect(await readFile(join(project, "src/generated/profile.ts"), "utf8")).toContain('deviceClass: "wireless-router"');
    expect(await readFile(join(project, "README.md"), "utf8")).toContain("npm run generate");
  });

  it("serves on loopback once installed and started, every stub answering 0x00000007", async () => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", cmapiversion: "1.1", method: "CMAPI_Router_GetConfig", id: "1", params: { routerId: "r1" } }),
    });
    expect(await response.json()).toEqual({ jsonrpc: "2.0", cmapiversion: "1.1", id: "1", error: { code: 7, message: "This optional function is not supported by this implementation" } });
  });

  it("shows every mandatory function missing in a conformance run with the administrator's secret", async () => {
    const report = await runCli(["conformance", "--profile", "wireless-router", "--url", url, "--json", "--credential", `administrator=${secret}`]);
    expect(report.code).toBe(1);
    const parsed = JSON.parse(report.stdout) as { missingMandatory: string[] };
    expect(parsed.missingMandatory).toContain("CMAPI_Router_SetConfig");
    expect(parsed.missingMandatory.length).toBeGreaterThan(80);
  });

  it("made an administrator secret on its first start, printed it once, and keeps only its hash, readable by its owner", async () => {
    const file = join(project, "credentials.json");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const stored = await readFile(file, "utf8");
    expect(stored).not.toContain(secret);
    expect(JSON.parse(stored)).toEqual({ administrator: expect.stringMatching(/^scrypt\$16384\$8\$1\$/) });
    expect(await readFile(join(project, ".gitignore"), "utf8")).toContain("credentials.json");
    device!.kill();
    url = await startProject();
    expect(startOutput).not.toContain("First start");
    // The secret still grants administrator after the restart; a wrong one does not.
    const open = (securityRequest: string) =>
      fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Cmapi-Client": crypto.randomUUID() },
        body: JSON.stringify({ jsonrpc: "2.0", cmapiversion: "1.1", method: "CMAPI_API_Open", id: "o", params: { applicationName: "test", securityRequest, accessLevel: "administrator" } }),
      }).then((response) => response.json());
    expect(await open(secret)).toMatchObject({ result: { accessLevel: "administrator" } });
    expect(await open(`${secret}x`)).toMatchObject({ error: { code: 0xf0000002 } });
  }, 30_000);

  it("regenerates without touching the handlers, and a function the spec gains is a type error naming it", async () => {
    const handlersPath = join(project, "src/handlers.ts");
    const implemented = (await readFile(handlersPath, "utf8")).replace(
      "CMAPI_Router_GetConfig: notSupported,",
      'CMAPI_Router_GetConfig: () => ({ ssid: "Home", security: "WPA2_PERSONAL", keySet: true, band: "5GHz", channel: 0, hidden: false, maxClients: 16, guestNetwork: false }),',
    );
    await writeFile(handlersPath, implemented);

    // The spec moves on: the router group (mandatory for routers) gains a function.
    const spec = join(project, "spec");
    await mkdir(spec);
    const idl = (await readFile(bundledSpec().idl, "utf8")).replace(
      "  undefined CMAPI_Router_GetRouterList(ResultCallback cb);",
      "  undefined CMAPI_Router_GetRouterList(ResultCallback cb);\n  /** Restarts the router's radio. */\n  undefined CMAPI_Router_RestartRadio(DOMString routerId, ResultCallback cb);",
    );
    await writeFile(join(spec, "opencmapi.webidl"), idl);
    const schema = JSON.parse(await readFile(bundledSpec().schema, "utf8"));
    schema.$defs["CMAPI_Router_RestartRadio.params"] = { type: "object", properties: { routerId: { type: "string" } }, required: ["routerId"], additionalProperties: false };
    schema.$defs["CMAPI_Router_RestartRadio.result"] = { $ref: "#/$defs/Empty" };
    await writeFile(join(spec, "opencmapi.schema.json"), JSON.stringify(schema));
    const config = JSON.parse(await readFile(join(project, "opencmapi-gen.config.json"), "utf8"));
    await writeFile(join(project, "opencmapi-gen.config.json"), JSON.stringify({ ...config, idl: "spec/opencmapi.webidl", schema: "spec/opencmapi.schema.json" }));

    const stale = await npm(["run", "check"], project).catch((error: { stderr: string }) => error);
    expect("stderr" in stale && stale.stderr).toContain("is out of date");
    await npm(["run", "generate"], project);
    expect(await readFile(handlersPath, "utf8")).toBe(implemented);
    const build = await run("npx", ["tsc", "-p", "tsconfig.json", "--noEmit"], { cwd: project, env: npmEnv }).catch((error: { stdout: string }) => error);
    expect(build.stdout).toMatch(/src\/handlers\.ts.*Property 'CMAPI_Router_RestartRadio' is missing/);
  }, 120_000);

  it("never overwrites an existing project", async () => {
    const again = await runCli(["scaffold", project]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("package.json: already exists; scaffold never overwrites a file");
  });
});
