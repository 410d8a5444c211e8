/** SCR profiles in generated code, and `conformance` against a server that implements nothing and against the mock. */
import { readFile } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../generator/generate.js";
import { startMock, type RunningMock } from "../generator/mock/start.js";
import { isBuiltIn } from "../generator/model/runtime-facts.js";
import { bundledApi } from "./support/api.js";
import { runCli } from "./support/cli.js";
import { generatedModules, testCredentials, TEST_SECRETS, type TestServer, deviceLog } from "./support/device.js";
import { optionsFor, tempDir } from "./support/generation.js";
import { scrRows } from "./support/seed.js";

let mock: RunningMock;
let skeleton: TestServer;
beforeAll(async () => {
  const generated = await generatedModules();
  mock = await startMock(await bundledApi(), { seed: 1 });
  skeleton = await generated.server.startCmapiServer(generated.skeleton.skeletonHandlers, { credentials: await testCredentials(generated), log: deviceLog });
}, 60_000);
afterAll(async () => {
  await mock.server.close();
  await skeleton.close();
});

describe("generate --profile", () => {
  it("requires handlers for the class's mandatory functions only, and lists its profile", async () => {
    const out = await tempDir();
    await generate(optionsFor(out, { emit: ["server"], profile: "LAP" }));
    const server = await readFile(join(out, "server.ts"), "utf8");
    expect(server).toMatch(/\n  CMAPI_WLAN_Scan: \(/);
    expect(server).toMatch(/\n  CMAPI_GNSS_Start\?: \(/);
    const profile = await readFile(join(out, "profile.ts"), "utf8");
    const laptop = scrRows().filter((row) => row.prefix === "LAP");
    for (const row of laptop) expect(profile).toContain(`"${row.section}"`);
    expect(profile).toMatch(/deviceClass: "laptop"/);
  }, 60_000);

  it("names the device classes when given one that does not exist", async () => {
    const run = await runCli(["generate", "--out", await tempDir(), "--profile", "toaster"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no device class "toaster"; the SCR tables have: mobile-broadband-device, laptop, wireless-router, m2m, smart-phone, tablet, cloud');
  });
});

describe("opencmapi-gen conformance", () => {
  it("against a server that implements nothing, with the operator's secret: every mandatory function is not supported, exit 1", async () => {
    const run = await runCli(["conformance", "--profile", "laptop", "--url", skeleton.url, "--json", "--credential", `operator=${TEST_SECRETS.operator}`]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { missingMandatory: string[]; groups: { status: string; functions: { name: string; outcome: string }[] }[] };
    const mandatory = report.groups.filter((group) => group.status === "mandatory").flatMap((group) => group.functions);
    // The runtime's own functions (callback registration, the API's opening) answer in any server.
    const builtIn = mandatory.filter((result) => isBuiltIn(result));
    expect(builtIn.length).toBeGreaterThan(3);
    expect(builtIn.every((result) => result.outcome === "answers")).toBe(true);
    const vendor = mandatory.filter((result) => !isBuiltIn(result));
    expect(vendor.every((result) => result.outcome === "not-supported")).toBe(true);
    expect(report.missingMandatory).toEqual(vendor.map((result) => result.name));
  });

  it("against the mock, over WebSocket and HTTP, with the operator's secret: every mandatory function answers, exit 0, as a table", async () => {
    for (const url of [mock.server.url, mock.server.url.replace(/^http/, "ws")]) {
      const run = await runCli(["conformance", "--profile", "smart-phone", "--url", url, "--credential", `operator=${mock.secrets.operator}`]);
      expect(run.code, url).toBe(0);
      expect(run.stdout).toContain(`Conformance of ${url} to the smart-phone profile`);
      expect(run.stdout).toMatch(/7\.12\s+WLAN APIs\s+M\s+25\s+0\s+0\s+0\s+0/);
      expect(run.stdout).toContain("Every mandatory function answers.");
      expect(run.stdout + run.stderr).not.toContain(mock.secrets.operator);
    }
  });

  it("without credentials, reports a function that answers 0xF0000001 as present and protected, not missing", async () => {
    const run = await runCli(["conformance", "--profile", "smart-phone", "--url", mock.server.url, "--json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { missingMandatory: string[]; groups: { functions: { name: string; outcome: string }[] }[] };
    const outcomes = new Map(report.groups.flatMap((group) => group.functions).map((result) => [result.name, result.outcome]));
    expect(outcomes.get("CMAPI_WLAN_AddKnownNetwork")).toBe("protected");
    expect(outcomes.get("CMAPI_WLAN_GetStatus")).toBe("answers");
    expect(report.missingMandatory).toEqual([]);
    const table = await runCli(["conformance", "--profile", "smart-phone", "--url", mock.server.url]);
    expect(table.stdout).toMatch(/functions answered 0xF0000001: present, and above the access level of this run/);
  });

  it("refuses a --credential that names no level, and credentials the device does not accept, saying which", async () => {
    const bad = await runCli(["conformance", "--profile", "m2m", "--url", mock.server.url, "--credential", "root=x"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--credential number 1 is not administrator=<secret> or operator=<secret>");
    const wrong = await runCli(["conformance", "--profile", "m2m", "--url", mock.server.url, "--credential", "operator=wrong-secret"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^opencmapi-gen conformance: CMAPI_API_Open did not grant operator: 0xF0000002 [^\n]+\n$/);
    expect(wrong.stderr).not.toContain("wrong-secret");
  });

  it("a URL where no CMAPI server answers is one line naming the URL and the cause, exit 2, before any function is called", async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const free = (probe.address() as { port: number }).port;
    await new Promise((resolve) => probe.close(resolve));
    const port = mock.server.port;
    for (const [url, cause] of [
      [`ws://127.0.0.1:${free}/cmapi`, "connection refused (ECONNREFUSED)"],
      [`http://127.0.0.1:${free}/cmapi`, "connection refused (ECONNREFUSED)"],
      // The mock at a path where it serves nothing: the upgrade, and the session poll, answer 404.
      [`ws://127.0.0.1:${port}/nothing`, "the server answered HTTP 404 (Not Found) instead of opening a WebSocket"],
      [`http://127.0.0.1:${port}/nothing`, `the server answered HTTP 404 (Not Found) to POST http://127.0.0.1:${port}/nothing/poll: nothing serves CMAPI at this path`],
    ]) {
      const run = await runCli(["conformance", "--profile", "m2m", "--url", url!]);
      expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }, url).toEqual({ code: 2, stdout: "", stderr: `opencmapi-gen conformance: ${url} is unreachable: ${cause}\n` });
    }
  });

  it("a URL that is not ws://, wss://, http:// or https://, or not a URL, is one line and exit 2", async () => {
    const runs = await Promise.all(["ftp://127.0.0.1/cmapi", "127.0.0.1:8080/cmapi", "http://", "localhost:8080/cmapi"].map((url) => runCli(["conformance", "--profile", "m2m", "--url", url, "--json"])));
    expect(runs.map((run) => [run.code, run.stdout, run.stderr])).toEqual([
      [2, "", 'opencmapi-gen conformance: --url "ftp://127.0.0.1/cmapi" is not a ws://, wss://, http:// or https:// URL (its scheme reads "ftp:")\n'],
      [2, "", 'opencmapi-gen conformance: --url "127.0.0.1:8080/cmapi" is not a URL: give ws://host:port/cmapi, wss://..., http://host:port/cmapi or https://...\n'],
      [2, "", 'opencmapi-gen conformance: --url "http://" is not a URL: give ws://host:port/cmapi, wss://..., http://host:port/cmapi or https://...\n'],
      [2, "", 'opencmapi-gen conformance: --url "localhost:8080/cmapi" is not a ws://, wss://, http:// or https:// URL (its scheme reads "localhost:")\n'],
    ]);
  });
});
