/**
 * scaffold: run by a copy of opencmapi-gen installed from its packed tarball (as a project takes it
 * while it is not on the registry), a vendor project that depends on the same tarball, installed,
 * started, called, checked for conformance, stopped through npm, then regenerated from a spec that
 * gained a function, and completed by a second scaffold run.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledSpec } from "../generator/load.js";
import { runCli } from "./support/cli.js";
import { tempDir } from "./support/generation.js";
import { npm, npmEnv, packageTarball, run } from "./support/package.js";

let workspace: string;
let tarball: string;
let project: string;
let device: ChildProcess | undefined;
let url: string;

let secret: string;
/** What scaffold printed. */
let scaffoldOutput = "";
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
  workspace = await tempDir("opencmapi-gen-scaffold-");
  tarball = await packageTarball();
  const tools = join(workspace, "tools");
  await mkdir(tools);
  await writeFile(join(tools, "package.json"), JSON.stringify({ name: "tools", version: "1.0.0", private: true }));
  await npm(["install", "--prefer-offline", tarball], tools);
  project = join(workspace, "router");
  const made = await npm(["exec", "--", "opencmapi-gen", "scaffold", "../router", "--profile", "wireless-router"], tools);
  expect(made.stderr).toBe("");
  scaffoldOutput = made.stdout;
  await npm(["install", "--prefer-offline"], project);
  await npm(["run", "build"], project);
  url = await startProject();
  secret = /the administrator secret is (\S+)\. /.exec(startOutput)![1]!;
}, 240_000);
afterAll(async () => {
  device?.kill();
  await rm(workspace, { recursive: true, force: true });
});

/** `npm start` in the project, resolved with what it printed once the device listens. */
function npmStart(port: string): Promise<{ npmProcess: ChildProcess; output: () => string; url: string }> {
  const npmProcess = spawn("npm", ["start"], { cwd: project, env: { ...npmEnv, PORT: port } });
  let output = "";
  return new Promise((resolve, reject) => {
    npmProcess.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (\S+)/.exec(output);
      if (match) resolve({ npmProcess, output: () => output, url: match[1]! });
    });
    npmProcess.on("exit", (code) => reject(new Error(`npm start exited (${code}): ${output}`)));
  });
}

describe("opencmapi-gen scaffold", () => {
  it("creates the project: package.json depending on the tarball this copy came from, the bindings, a stub for every function, a start script, a README", async () => {
    const packageJson = JSON.parse(await readFile(join(project, "package.json"), "utf8"));
    expect(packageJson.scripts).toMatchObject({ generate: "opencmapi-gen generate", prestart: "npm run build", start: "exec node dist/main.js" });
    expect(packageJson.devDependencies["opencmapi-gen"]).toBe(`file:${relative(project, tarball)}`);
    expect(scaffoldOutput).toContain("with opencmapi-gen from the tarball");
    expect(scaffoldOutput).toContain("next: cd ../router && npm install && npm start");
    const handlers = await readFile(join(project, "src/handlers.ts"), "utf8");
    expect(handlers).toContain("  CMAPI_Router_SetConfig: notSupported,\n");
    // Optional for wireless routers: stubbed and marked.
    expect(handlers).toContain("// 7.17 GNSS APIs: optional for Wireless router\n  CMAPI_GNSS_GetStatus: notSupported, // optional\n");
    expect(await readFile(join(project, "src/generated/profile.ts"), "utf8")).toContain('deviceClass: "wireless-router"');
    expect(await readFile(join(project, "README.md"), "utf8")).toContain("npm run generate");
  });

  it("npm start builds and serves on PORT; a SIGTERM to npm reaches the device, which says it stops and frees the port", async () => {
    const started = await npmStart("0");
    expect(started.output()).toContain("tsc -p tsconfig.json"); // prestart built it
    expect((await fetch(started.url, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" })).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => started.npmProcess.on("exit", resolve));
    started.npmProcess.kill("SIGTERM");
    await exited;
    expect(started.output()).toContain("CMAPI device stopping (SIGTERM)");
    expect(started.output()).toContain("CMAPI device stopped");
    await expect(fetch(started.url, { method: "POST", body: "{}" })).rejects.toThrow();
  }, 60_000);

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

  it("run again, writes what is missing, keeps the vendor's files and regenerates the bindings", async () => {
    const handlersPath = join(project, "src/handlers.ts");
    const handlers = await readFile(handlersPath, "utf8");
    await rm(join(project, "README.md"));
    await rm(join(project, "src/generated"), { recursive: true });
    const again = await runCli(["scaffold", project]);
    expect(again.stderr).toBe("");
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/completed .*router\/: wrote 1 missing file\(s\), kept \d+ existing, regenerated .*src\/generated\//);
    expect(again.stdout).toContain("src/handlers.ts");
    expect(await readFile(handlersPath, "utf8")).toBe(handlers);
    expect(await readFile(join(project, "README.md"), "utf8")).toContain("npm run generate");
    // The project's own config (which names its spec/ copy, with the added function) is what the bindings come from.
    expect(await readFile(join(project, "src/generated/server.ts"), "utf8")).toContain("CMAPI_Router_RestartRadio");
  }, 60_000);
});

describe("opencmapi-gen scaffold run from a clone", () => {
  it("links the clone: the project's dependency is the clone's folder, relative to the project", async () => {
    const parent = await tempDir("opencmapi-gen-scaffold-clone-");
    const target = join(parent, "device");
    try {
      const made = await runCli(["scaffold", target]);
      expect(made.stderr).toBe("");
      const cloneRoot = join(import.meta.dirname, "..");
      const packageJson = JSON.parse(await readFile(join(target, "package.json"), "utf8"));
      expect(packageJson.devDependencies["opencmapi-gen"]).toBe(`file:${relative(target, cloneRoot)}`);
      expect(made.stdout).toContain("(linked)");
      // Without a profile, a stub is marked optional where no SCR profile requires its group.
      const handlers = await readFile(join(target, "src/handlers.ts"), "utf8");
      expect(handlers).toContain("CMAPI_Cellular_GetProfileList: notSupported,\n");
      expect(handlers).toMatch(/\/\/ 7\.20 P2P Direct Management APIs: optional in every SCR profile\n {2}CMAPI_P2P_\w+: notSupported, \/\/ optional\n/);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });
});
