/**
 * The mock for whatever spec it is given (issue #11): the bundled spec, the bundled spec with a
 * vendor's additions, a spec of another cmapiversion. Real servers on loopback; answers are checked
 * against the given spec's schema with ajv, not with anything the mock uses.
 */
import { spawn } from "node:child_process";
import { readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { WebSocket } from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveSpecFiles } from "../generator/config.js";
import { exampleValue } from "../generator/emit/examples.js";
import { generate } from "../generator/generate.js";
import { loadApi } from "../generator/load.js";
import type { Api, Method } from "../generator/model/api.js";
import { createSpecAjv, definitionValidator } from "../generator/model/schema-ajv.js";
import { isBuiltIn } from "../generator/model/runtime-facts.js";
import { FIRE_CALLBACK_PATH, startMock, type RunningMock } from "../generator/mock/start.js";
import { CmapiClientCore } from "../templates/runtime/client.js";
import { webSocketTransport, type WebSocketConstructor } from "../templates/runtime/transport-websocket.js";
import { bundledApi } from "./support/api.js";
import { MINI, fixture } from "./support/cli.js";
import { eventually, exampleHandlers, deviceLog } from "./support/device.js";
import { optionsFor, tempDir } from "./support/generation.js";
import { withSchemaTree } from "../generator/model/schema-tree.js";

const ACME = { idl: ["bundled", fixture("vendor/acme.webidl")], schema: ["bundled", fixture("vendor/acme.schema.json")] };
const quiet = { log: deviceLog };

interface Answer {
  jsonrpc: string;
  cmapiversion: string;
  id: string | null;
  result?: unknown;
  error?: { code: number; message: string };
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
}

/** Each mock's HTTP session opened at operator level (its X-Cmapi-Client id and session token). */
const operatorSessions = new WeakMap<RunningMock, Promise<Record<string, string>>>();

function operatorHeaders(mock: RunningMock, api: Api): Promise<Record<string, string>> {
  let headers = operatorSessions.get(mock);
  if (!headers) {
    headers = (async () => {
      const client = { "X-Cmapi-Client": crypto.randomUUID() };
      // A spec without CMAPI_API_Open grants nothing: its session stays at user level.
      if (!api.methods.some((method) => method.name === "CMAPI_API_Open")) return client;
      const open = { applicationName: "test", accessLevel: "operator", securityRequest: mock.secrets.operator };
      const answer = await post(mock.server.url, { jsonrpc: "2.0", cmapiversion: api.cmapiVersion, method: "CMAPI_API_Open", id: "open", params: open }, client);
      expect(await answer.json()).toMatchObject({ result: { accessLevel: "operator" } });
      return { ...client, "X-Cmapi-Session": answer.headers.get("X-Cmapi-Session")! };
    })();
    operatorSessions.set(mock, headers);
  }
  return headers;
}

/** Calls a function in the mock's operator session (every level granted). */
async function call(mock: RunningMock, api: Api, method: string, params: unknown, cmapiversion = api.cmapiVersion): Promise<Answer> {
  const answer = await post(mock.server.url, { jsonrpc: "2.0", cmapiversion, method, id: `call-${method}`, params }, await operatorHeaders(mock, api));
  return (await answer.json()) as Answer;
}

const operatorOf = (mock: RunningMock) => ({ credentials: { accessLevel: "operator" as const, securityRequest: mock.secrets.operator } });

/** Every function but the runtime's own, called with its example params; the answers by function. */
async function callEveryFunction(mock: RunningMock, api: Api): Promise<Map<Method, Answer>> {
  const answers = new Map<Method, Answer>();
  for (const method of api.methods.filter((candidate) => !isBuiltIn(candidate))) answers.set(method, await call(mock, api, method.name, exampleValue(api, method.paramsSchema)));
  return answers;
}

/**
 * What is wrong with the answers, by function: a result the schema refuses, or an error other than
 * one a device state gives (a Table 4 code of the function's own, not the runtime's -326xx, 2 or 7).
 */
function problemsOf(api: Api, answers: Map<Method, Answer>): string[] {
  const ajv = createSpecAjv(api);
  const envelope = definitionValidator(ajv, "CmapiResponse");
  const problems: string[] = [];
  for (const [method, answer] of answers) {
    if (!envelope(answer)) problems.push(`${method.name}: envelope ${ajv.errorsText(envelope.errors)}`);
    if (answer.error) {
      if (answer.error.code < 0 || [2, 7].includes(answer.error.code)) problems.push(`${method.name}: ${answer.error.code} ${answer.error.message}`);
      continue;
    }
    const validate = definitionValidator(ajv, `${method.name}.result`);
    if (!validate(answer.result)) problems.push(`${method.name}: ${ajv.errorsText(validate.errors)}`);
  }
  return problems;
}

describe.each([
  ["the bundled spec", () => bundledApi()],
  ["the bundled spec with Acme's additions", async () => loadApi(await resolveSpecFiles(ACME))],
])("the mock of %s", (_name, load) => {
  let api: Api;
  let mock: RunningMock;
  beforeAll(async () => {
    api = await load();
    mock = await startMock(api, { seed: 11, pollTimeoutMs: 300, ...quiet });
  }, 60_000);
  afterAll(() => mock.server.close());

  it("answers every function with a result valid against the function's schema", async () => {
    const answers = await callEveryFunction(mock, api);
    expect(answers.size).toBe(api.methods.filter((method) => !isBuiltIn(method)).length);
    expect(problemsOf(api, answers)).toEqual([]);
    // Errors only where the example params meet the stateful device's state: an SSID it does not know, an SMS it does not hold, a PIN
    // changed before, an address or APN asked for while no data connection is up.
    const refused = [...answers].filter(([, answer]) => answer.error).map(([method]) => method.group);
    expect(new Set(refused)).toEqual(new Set(["WLAN", "PIN", "SMS", "InfoStatus"]));
  });

  it("fires any callback of the spec on POST /mock/callbacks/<id>, with a payload valid against its schema", async () => {
    const client = new CmapiClientCore<Record<string, { params: unknown; result: unknown }>, Record<string, unknown>>(webSocketTransport(mock.server.url.replace(/^http/, "ws"), { WebSocket: WebSocket as unknown as WebSocketConstructor }), {
      cmapiVersion: api.cmapiVersion,
      ...operatorOf(mock),
    });
    try {
      const heard: { callbackId: string; payload: unknown }[] = [];
      for (const callback of api.callbacks) await client.register(callback.callbackId, (payload) => heard.push({ callbackId: callback.callbackId, payload }));
      for (const callback of api.callbacks) {
        const answer = await post(new URL(`${FIRE_CALLBACK_PATH}${callback.callbackId}`, mock.server.url).href, "");
        expect(answer.status).toBe(200);
        expect(await answer.json()).toMatchObject({ callbackId: callback.callbackId, sent: 1 });
      }
      await eventually(() => heard.length === api.callbacks.length);
      const ajv = createSpecAjv(api);
      const invalid = heard.filter(({ callbackId, payload }) => !definitionValidator(ajv, `${callbackId}.payload`)(payload));
      expect(invalid).toEqual([]);
    } finally {
      await client.close();
    }
  });
});

describe("the mock of a spec with a vendor's group", () => {
  let api: Api;
  let mock: RunningMock;
  beforeAll(async () => {
    api = await loadApi(await resolveSpecFiles(ACME));
    mock = await startMock(api, { seed: 5, ...quiet });
  }, 60_000);
  afterAll(() => mock.server.close());
  const fire = (callbackId: string, body: unknown, headers: Record<string, string> = {}) => post(new URL(`${FIRE_CALLBACK_PATH}${callbackId}`, mock.server.url).href, body, headers);

  it("answers the vendor's functions, and 0x00000101 for a device it does not have", async () => {
    const temperature = await call(mock, api, "CMAPI_AcmeDiag_GetTemperature", { deviceId: "1" });
    expect(temperature).toMatchObject({ cmapiversion: "1.1", result: { celsius: expect.any(Number) } });
    expect(await call(mock, api, "CMAPI_Network_AcmeSetBoost", { deviceId: "1", on: true })).toMatchObject({ result: {} });
    expect(await call(mock, api, "CMAPI_AcmeDiag_GetTemperature", { deviceId: "9" })).toMatchObject({ error: { code: 0x101 } });
  });

  it("fires a callback with the payload it is given, and refuses a payload, a callback or an origin that does not fit", async () => {
    const client = new CmapiClientCore<Record<string, { params: unknown; result: unknown }>, Record<string, unknown>>(webSocketTransport(mock.server.url.replace(/^http/, "ws"), { WebSocket: WebSocket as unknown as WebSocketConstructor }), {
      cmapiVersion: api.cmapiVersion,
      ...operatorOf(mock),
    });
    try {
      const heard: unknown[] = [];
      await client.register("CMAPI_Callback_AcmeOverheat", (payload) => heard.push(payload));
      expect((await fire("CMAPI_Callback_AcmeOverheat", { payload: { celsius: 97.5 } })).status).toBe(200);
      await eventually(() => heard.length === 1);
      expect(heard).toEqual([{ celsius: 97.5 }]);

      const wrongPayload = await fire("CMAPI_Callback_AcmeOverheat", { payload: { celsius: "hot" } });
      expect(wrongPayload.status).toBe(400);
      expect(await wrongPayload.json()).toMatchObject({ problems: [{ path: "result.celsius", message: "must be of type number" }] });
      expect((await fire("CMAPI_Callback_Nothing", "")).status).toBe(404);
      expect((await fire("CMAPI_Callback_AcmeOverheat", "", { Origin: "https://elsewhere.example" })).status).toBe(403);
      expect((await post(new URL(`${FIRE_CALLBACK_PATH}CMAPI_Callback_AcmeOverheat`, mock.server.url).href, "", { "Content-Type": "text/plain" })).status).toBe(415);
      expect(heard).toHaveLength(1);
    } finally {
      await client.close();
    }
  });
});

describe("the mock's generated results", () => {
  it("are the same for the same seed, differ for another, and differ from function to function", async () => {
    const api = await bundledApi();
    const mocks = await Promise.all([3, 3, 4].map((seed) => startMock(api, { seed, ...quiet })));
    try {
      const rf = await Promise.all(mocks.map((mock) => call(mock, api, "CMAPI_Network_GetRFInfo", { deviceId: "1" })));
      expect(rf[0]!.result).toEqual(rf[1]!.result);
      const methods = ["CMAPI_Network_GetRFInfo", "CMAPI_Network_GetServingCell", "CMAPI_GNSS_GetPosition", "CMAPI_Router_GetDHCPSettings"].filter((name) => api.methods.some((method) => method.name === name));
      const seeded = async (mock: RunningMock) => Promise.all(methods.map(async (name) => (await call(mock, api, name, { deviceId: "1" })).result));
      expect(await seeded(mocks[2]!)).not.toEqual(await seeded(mocks[0]!));
    } finally {
      await Promise.all(mocks.map((mock) => mock.server.close()));
    }
  });
});

describe("the mock of a spec without the bundled spec's stateful functions", () => {
  it("answers the small spec's functions, registers for its callback, and knows no function the spec lacks", async () => {
    const api = await loadApi(MINI);
    const mock = await startMock(api, { seed: 1, ...quiet });
    try {
      const answers = await callEveryFunction(mock, api);
      expect([...answers.keys()].map((method) => method.name)).toEqual(["CMAPI_Network_GetRFInfo", "CMAPI_Network_SetBands"]);
      const ajv = createSpecAjv(api);
      const rf = answers.get(api.methods.find((method) => method.name === "CMAPI_Network_GetRFInfo")!)!;
      expect(definitionValidator(ajv, "CMAPI_Network_GetRFInfo.result")(rf.result)).toBe(true);
      // SetBands needs administrator, and this spec has no CMAPI_API_Open to grant it: refused, never run.
      expect(answers.get(api.methods.find((method) => method.name === "CMAPI_Network_SetBands")!)).toMatchObject({ error: { code: 0xf0000001 } });
      const register = { jsonrpc: "2.0", cmapiversion: "1.1", method: "CMAPI_Callback_Register", id: "r", params: { callbackId: "CMAPI_Callback_SignalChanged" } };
      const registered = await post(mock.server.url, register, { "X-Cmapi-Client": "6f9619ff-8b86-4d11-b42d-00c04fc964ff" });
      expect(await registered.json()).toMatchObject({ result: {} });
      // The runtime can answer Unregister and WLAN_Scan for the bundled spec; this spec declares neither.
      expect(await call(mock, api, "CMAPI_Callback_Unregister", { callbackId: "CMAPI_Callback_SignalChanged" })).toMatchObject({ error: { code: -32601 } });
      expect(await call(mock, api, "CMAPI_WLAN_Scan", { deviceId: "1" })).toMatchObject({ error: { code: -32601 } });
    } finally {
      await mock.server.close();
    }
  });

  it("leaves out what a spec's closed object lacks, and still answers from its state", async () => {
    const api = structuredClone(await bundledApi());
    // An older spec: no maxBitRate or lastSeen on an access point.
    const entry = api.schemaDefs["WlanScanEntry"] as { properties: Record<string, unknown> };
    delete entry.properties["maxBitRate"];
    delete entry.properties["lastSeen"];
    withSchemaTree(api);
    const logged: string[] = [];
    const mock = await startMock(api, { seed: 1, log: (message) => logged.push(message) });
    try {
      const scan = (await call(mock, api, "CMAPI_WLAN_Scan", { deviceId: "1" })) as { result: { scanList: Record<string, unknown>[] } };
      expect(scan.result.scanList.map((network) => network["ssid"])).toEqual(mock.device.scanResults().scanList.map((network) => network.ssid));
      for (const network of scan.result.scanList) expect(network).not.toHaveProperty("maxBitRate");
      expect(scan.result.scanList[0]).toHaveProperty("channelWidth");
      expect(logged).toEqual([]);
    } finally {
      await mock.server.close();
    }
  });

  it("answers a generated result where the spec reshapes a stateful function's result, and says so", async () => {
    const api = structuredClone(await bundledApi());
    // This spec's GetMACAddress answers { mac }, not { macAddress }.
    const reshaped = { type: "object", properties: { mac: { type: "string" } }, required: ["mac"], additionalProperties: false };
    api.schemaDefs["CMAPI_WLAN_GetMACAddress.result"] = reshaped;
    api.methods.find((method) => method.name === "CMAPI_WLAN_GetMACAddress")!.resultSchema = reshaped;
    const logged: string[] = [];
    // A copy of the model, edited: its schema tree is read again (model/api.ts).
    withSchemaTree(api);
    const mock = await startMock(api, { seed: 1, log: (message) => logged.push(message) });
    try {
      expect(await call(mock, api, "CMAPI_WLAN_GetMACAddress", { deviceId: "1" })).toMatchObject({ result: { mac: expect.any(String) } });
      // Members the spec's closed object lacks are left out first (mock/fit.ts); what is still missing is not.
      expect(logged).toEqual([expect.stringMatching(/^CMAPI_WLAN_GetMACAddress: the stateful answer does not fit this spec's result \(result\.mac: is required but missing\)/)]);
      expect(await call(mock, api, "CMAPI_WLAN_GetStatus", { deviceId: "1" })).toMatchObject({ result: { state: "disconnected" } });
    } finally {
      await mock.server.close();
    }
  });
});

/** The bundled spec with `x-cmapi-version` (and the envelopes' cmapiversion) set to 1.2, as files in a temporary folder. */
async function specOfVersion12(): Promise<{ idl: string; schema: string }> {
  const dir = await tempDir("opencmapi-gen-v12-");
  const bundled = await resolveSpecFiles({});
  const schema = JSON.parse(await readFile(bundled.schema[0]!, "utf8"));
  schema["x-cmapi-version"] = "1.2";
  for (const envelope of ["CmapiRequest", "CmapiResponse", "CmapiCallbackMessage"]) {
    const member = schema.$defs[envelope]?.properties?.cmapiversion;
    if (member) member.const = "1.2";
  }
  const files = { idl: join(dir, "v12.webidl"), schema: join(dir, "v12.schema.json") };
  await writeFile(files.idl, await readFile(bundled.idl[0]!));
  await writeFile(files.schema, JSON.stringify(schema, null, 2));
  return files;
}

describe("a spec whose x-cmapi-version is 1.2", () => {
  let files: { idl: string; schema: string };
  let api: Api;
  beforeAll(async () => {
    files = await specOfVersion12();
    api = await loadApi(files);
  });

  it("gives a mock that answers with cmapiversion 1.2 and refuses a 1.1 request", async () => {
    expect(api.cmapiVersion).toBe("1.2");
    const mock = await startMock(api, { seed: 1, ...quiet });
    try {
      expect(await call(mock, api, "CMAPI_Network_GetRFInfo", { deviceId: "1" })).toMatchObject({ cmapiversion: "1.2", result: { RFInfoListElements: expect.any(Number) } });
      expect(await call(mock, api, "CMAPI_Network_GetRFInfo", { deviceId: "1" }, "1.1")).toMatchObject({ cmapiversion: "1.2", error: { code: -32600, data: 'cmapiversion must be "1.2"' } });
    } finally {
      await mock.server.close();
    }
  });

  it("is refused when an envelope still demands 1.1", async () => {
    const schema = JSON.parse(await readFile(files.schema, "utf8"));
    schema.$defs.CmapiResponse.properties.cmapiversion.const = "1.1";
    const mismatched = join(await tempDir("opencmapi-gen-v12-bad-"), "v12.schema.json");
    await writeFile(mismatched, JSON.stringify(schema));
    await expect(loadApi({ idl: files.idl, schema: mismatched })).rejects.toMatchObject({
      diagnostics: [{ message: `CmapiResponse's cmapiversion is "1.1", but the schema's x-cmapi-version is "1.2", which every message carries`, location: { pointer: "/$defs/CmapiResponse" } }],
    });
  });

  it("gives a generated server and client that speak cmapiversion 1.2", async () => {
    const out = await tempDir("opencmapi-gen-v12-out-");
    await generate(optionsFor(out, files));
    await symlink(fileURLToPath(new URL("../node_modules", import.meta.url)), join(out, "node_modules"), "dir");
    const server = await import(pathToFileURL(join(out, "server.ts")).href);
    const client = await import(pathToFileURL(join(out, "client.ts")).href);
    expect(client.CMAPI_VERSION).toBe("1.2");
    const running = await server.startCmapiServer(exampleHandlers(api), { pollTimeoutMs: 300 });
    try {
      const answer = (await (await post(running.url, { jsonrpc: "2.0", cmapiversion: "1.2", method: "CMAPI_API_GetVersion", id: "v", params: {} })).json()) as Answer;
      expect(answer).toMatchObject({ cmapiversion: "1.2", result: {} });
      const device = client.connectHttp(running.url);
      try {
        expect(await device.networkGetRFInfo({ deviceId: "1" })).toMatchObject({ RFInfoListElements: 1 });
      } finally {
        await device.close();
      }
    } finally {
      await running.close();
    }
  }, 60_000);
});

describe("opencmapi-gen mock --idl/--schema", () => {
  it("serves the spec the flags name: the vendor's function answers", async () => {
    const bin = fileURLToPath(new URL("../bin/opencmapi-gen.js", import.meta.url));
    const child = spawn(process.execPath, [bin, "mock", "--idl", "bundled", "--idl", ACME.idl[1]!, "--schema", "bundled", "--schema", ACME.schema[1]!, "--seed", "2"], { stdio: ["ignore", "pipe", "pipe"] });
    try {
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      // The startup lines may arrive in separate chunks: wait for the last one.
      await eventually(() => /mock device: (\S+)/.test(output) && output.includes("operator secret"), 20_000);
      const url = /mock device: (\S+)/.exec(output)![1]!;
      const answer = (await (await post(url, { jsonrpc: "2.0", cmapiversion: "1.1", method: "CMAPI_AcmeDiag_GetTemperature", id: "t", params: { deviceId: "1" } })).json()) as Answer;
      expect(answer.result).toEqual({ celsius: expect.any(Number) });
      // Without --credential it made a secret per level and printed it once: the vendor's administrator function needs it.
      const secret = /administrator secret \(random[^)]*\): (\S+)/.exec(output)![1]!;
      const boost = { jsonrpc: "2.0", cmapiversion: "1.1", method: "CMAPI_Network_AcmeSetBoost", id: "b", params: { deviceId: "1", on: true } };
      const anonymous = (await (await post(url, boost)).json()) as Answer;
      expect(anonymous.error?.code).toBe(0xf0000001);
      const client = { "X-Cmapi-Client": crypto.randomUUID() };
      const opened = await post(url, { jsonrpc: "2.0", cmapiversion: "1.1", method: "CMAPI_API_Open", id: "o", params: { applicationName: "test", accessLevel: "administrator", securityRequest: secret } }, client);
      expect(await opened.json()).toMatchObject({ result: { accessLevel: "administrator" } });
      const granted = (await (await post(url, boost, { ...client, "X-Cmapi-Session": opened.headers.get("X-Cmapi-Session")! })).json()) as Answer;
      expect(granted.result).toEqual({});
    } finally {
      child.kill("SIGTERM");
    }
  }, 30_000);
});
