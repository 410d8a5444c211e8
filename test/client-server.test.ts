/** The generated client against the generated server, over both transports, end to end on loopback. */
import { createSocket } from "node:dgram";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { exampleValue } from "../generator/emit/examples.js";
import { methodIdentifier } from "../generator/emit/names.js";
import type { Api } from "../generator/model/api.js";
import { isBuiltIn } from "../generator/model/runtime-facts.js";
import { connect, eventually, startDevice, type Generated, type TestClient, type TestServer, type TransportName } from "./support/device.js";
import { openApiText, rawHttp, rawHttpClient } from "./support/raw.js";

const OVERRIDDEN = ["CMAPI_Connection_Connect", "CMAPI_PIN_Verify"];
let server: TestServer;
let generated: Generated;
let api: Api;
const clients: TestClient[] = [];

beforeAll(async () => {
  ({ server, generated, api } = await startDevice({
    CMAPI_Connection_Connect: async (_params: unknown, context: { interim(stage: string): void }) => {
      context.interim("received");
      await new Promise((resolve) => setTimeout(resolve, 20));
      context.interim("processing");
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { connectionId: 7 };
    },
    CMAPI_PIN_Verify: (params: { pin: string }) => {
      if (params.pin !== "1234") throw new generated.server.CmapiError(0x100163c2, "");
      return { pinRetriesLeft: 3, pukRetriesLeft: 10 };
    },
  }));
}, 60_000);
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});
afterAll(() => server.close());

function client(transport: TransportName, options: Record<string, unknown> = {}): TestClient {
  const made = connect(generated, server, transport, options);
  clients.push(made);
  return made;
}

describe.each(["websocket", "http"] as const)("over %s", (transport) => {
  it("calls a function of every group through its typed method, results checked against the schema", async () => {
    const problems: unknown[] = [];
    const cmapi = client(transport, { onProblem: (problem: unknown) => problems.push(problem) });
    for (const group of api.groups.filter((item) => item.name !== "Callback")) {
      // Not the runtime's own functions (CMAPI_API_Open would replace the client's grant).
      const method = api.methods.find((item) => item.group === group.name && !OVERRIDDEN.includes(item.name) && !isBuiltIn(item))!;
      const identifier = methodIdentifier(method);
      expect(typeof cmapi[identifier], identifier).toBe("function");
      const result = await cmapi[identifier](exampleValue(api, method.paramsSchema));
      expect(result, method.name).toEqual(exampleValue(api, method.resultSchema));
    }
    expect(problems).toEqual([]);
  });

  it("calls a function by its spec name too, and rejects with a CmapiError carrying Table 4's text", async () => {
    const cmapi = client(transport);
    expect(await cmapi.call("CMAPI_PIN_Verify", { deviceId: "1", pinType: "PIN1", pin: "1234" })).toEqual({ pinRetriesLeft: 3, pukRetriesLeft: 10 });
    const refused = await cmapi.pinVerify({ deviceId: "1", pinType: "PIN1", pin: "0000" }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(generated.client.CmapiError);
    expect(refused).toMatchObject({ code: 0x100163c2, message: "Wrong PIN." });
  });

  it("gives the callback style every response of a call, interim ones first; the Promise waits for the final one", async () => {
    const cmapi = client(transport);
    const responses: { cmapistatus?: string; result?: unknown }[] = [];
    cmapi.connectionConnect({ deviceId: "1" }, (response: { cmapistatus?: string; result?: unknown }) => responses.push(response));
    await eventually(() => responses.length === 3);
    expect(responses.map((response) => response.cmapistatus ?? "final").sort()).toEqual(["final", "processing", "received"]);
    expect(responses.find((response) => response.cmapistatus === undefined)!.result).toEqual({ connectionId: 7 });
    if (transport === "websocket") expect(responses.map((response) => response.cmapistatus ?? "final")).toEqual(["received", "processing", "final"]);
    expect(await cmapi.connectionConnect({ deviceId: "2" })).toEqual({ connectionId: 7 });
  });

  it("registers a callback, receives what the device emits, and nothing after unregistering", async () => {
    const cmapi = client(transport);
    const received: unknown[] = [];
    const unregister = await cmapi.register("CMAPI_Callback_SignalStrengthChanged", (payload: unknown) => received.push(payload));
    const payload = { deviceId: "1", signal: { radioTechnology: "LTE", rssi: -70, bars: 3 } };
    expect(server.emit("CMAPI_Callback_SignalStrengthChanged", payload)).toBeGreaterThanOrEqual(1);
    server.emit("CMAPI_Callback_SignalStrengthChanged", { ...payload, signal: { ...payload.signal, bars: 4 } });
    await eventually(() => received.length === 2);
    expect(received).toEqual([payload, { ...payload, signal: { ...payload.signal, bars: 4 } }]);
    expect(await cmapi.callbackGetRegistrations({})).toEqual({ registrationListElements: 1, registrationList: [{ callbackId: "CMAPI_Callback_SignalStrengthChanged" }] });
    await unregister();
    expect(server.emit("CMAPI_Callback_SignalStrengthChanged", payload)).toBe(0);
  });

  it("delivers a device's callbacks only to clients registered for that device", async () => {
    const forOne = client(transport);
    const forAll = client(transport);
    const one: unknown[] = [];
    const all: unknown[] = [];
    await forOne.register("CMAPI_Callback_PowerStateChanged", (payload: unknown) => one.push(payload), { deviceId: "1" });
    await forAll.register("CMAPI_Callback_PowerStateChanged", (payload: unknown) => all.push(payload));
    server.emit("CMAPI_Callback_PowerStateChanged", { deviceId: "2", powerState: "off" }, { deviceId: "2" });
    server.emit("CMAPI_Callback_PowerStateChanged", { deviceId: "1", powerState: "on" }, { deviceId: "1" });
    await eventually(() => all.length === 2 && one.length === 1);
    expect(one).toEqual([{ deviceId: "1", powerState: "on" }]);
  });

  it("sends messages nobody asked for to the problem handler, not into the event loop", async () => {
    const problems: { kind: string }[] = [];
    const cmapi = client(transport, { onProblem: (problem: { kind: string }) => problems.push(problem) });
    await cmapi.register("CMAPI_Callback_RoamingChanged", () => {
      throw new Error("the app's bug");
    });
    server.emit("CMAPI_Callback_RoamingChanged", { deviceId: "1", roaming: true });
    await eventually(() => problems.length === 1);
    expect(problems[0]).toMatchObject({ kind: "callback-threw" });
  });
});

describe("HTTP long polling", () => {
  const clientId = "0f8fad5b-d9cb-469f-a165-70867728950e";
  let http: ReturnType<typeof rawHttpClient>;
  beforeAll(() => {
    http = rawHttpClient(server.url, clientId);
  });
  const post = (path: string, body: string, headers: Record<string, string> = {}) => http.post(path, body, headers);
  const register = (callbackId: string) => post("", JSON.stringify({ jsonrpc: "2.0", cmapiversion: "1.1", method: "CMAPI_Callback_Register", id: `reg-${callbackId}`, params: { callbackId } }));

  it("answers a poll that starts a session at once with its token, and a later one with 204 No Content when nothing arrives in time", async () => {
    const first = await post("/poll", "{}", { "X-Cmapi-Ack": "0" });
    expect(first.status).toBe(204);
    expect(first.headers["x-cmapi-session"]).toMatch(/^[0-9a-f]{32}$/);
    const started = Date.now();
    const poll = await post("/poll", "{}", { "X-Cmapi-Ack": "0" });
    expect(poll.status).toBe(204);
    expect(poll.body).toBe("");
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it("delivers an event fired while no poll was waiting, and one whose poll response was lost, once and in order", async () => {
    expect(JSON.parse((await post("", openApiText())).body)).toMatchObject({ result: { accessLevel: "operator" } });
    expect(JSON.parse((await register("CMAPI_Callback_SMSReceived")).body)).toMatchObject({ result: {} });
    const sms = (n: number) => ({ deviceId: "1", message: { msgID: `m${n}`, status: "unread", storage: "device", address: "+1555", body: `hello ${n}` } });
    server.emit("CMAPI_Callback_SMSReceived", sms(1)); // no poll is waiting
    const first = await post("/poll", "{}", { "X-Cmapi-Ack": "0" });
    expect(first.status).toBe(200);
    expect(first.headers["x-cmapi-seq"]).toBe("1");
    expect(JSON.parse(first.body).result).toEqual(sms(1));
    // The client never saw that response (lost on the way): it acknowledges 0 again.
    server.emit("CMAPI_Callback_SMSReceived", sms(2));
    const again = await post("/poll", "{}", { "X-Cmapi-Ack": "0" });
    expect(again.headers["x-cmapi-seq"]).toBe("1");
    expect(JSON.parse(again.body).result).toEqual(sms(1));
    const second = await post("/poll", "{}", { "X-Cmapi-Ack": "1" });
    expect(second.headers["x-cmapi-seq"]).toBe("2");
    expect(JSON.parse(second.body).result).toEqual(sms(2));
    expect((await post("/poll", "{}", { "X-Cmapi-Ack": "2" })).status).toBe(204);
  });

  it("lets the generated client lose a poll response and still get the event exactly once", async () => {
    let dropped = 0;
    const lossyFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (String(input).endsWith("/poll") && response.status === 200 && dropped === 0) {
        dropped++;
        await response.text();
        throw new TypeError("network lost the response");
      }
      return response;
    };
    const cmapi = client("http", { fetch: lossyFetch });
    const received: unknown[] = [];
    await cmapi.register("CMAPI_Callback_USSDReceived", (payload: unknown) => received.push(payload));
    const ussd = (n: number) => ({ deviceId: "1", response: { sessionId: `s${n}`, state: "waiting_for_user" } });
    server.emit("CMAPI_Callback_USSDReceived", ussd(1));
    server.emit("CMAPI_Callback_USSDReceived", ussd(2));
    await eventually(() => received.length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(dropped).toBe(1);
    expect(received).toEqual([ussd(1), ussd(2)]);
  });

  it("refuses a poll without a client id and a registration from an anonymous client", async () => {
    expect((await rawHttp(`${server.url}/poll`, { body: "{}" })).status).toBe(400);
    const anonymous = await rawHttp(server.url, { body: JSON.stringify({ jsonrpc: "2.0", cmapiversion: "1.1", method: "CMAPI_Callback_Register", id: "anon", params: { callbackId: "CMAPI_Callback_SMSReceived" } }) });
    expect(JSON.parse(anonymous.body).error).toMatchObject({ code: 4, message: "Invalid Operation" });
  });
});

describe("device discovery", () => {
  it("resolves cmapi.device through a configurable resolver (a DNS server on loopback) and calls the device there", async () => {
    const dns = await startDnsServer({ "cmapi.device": "127.0.0.1" });
    try {
      const addresses = await generated.node.resolveCmapiDevice({ servers: [`127.0.0.1:${dns.port}`] });
      expect(addresses).toEqual(["127.0.0.1"]);
      const url = generated.node.endpointFor(addresses[0]!, "http", { port: server.port });
      expect(url).toBe(`http://127.0.0.1:${server.port}/cmapi`);
      const cmapi = generated.client.connectHttp(url);
      clients.push(cmapi);
      expect(await cmapi.networkGetRFInfo({ deviceId: "1" })).toMatchObject({ RFInfoListElements: 1 });
    } finally {
      dns.close();
    }
  });
});

/** A DNS server that answers A queries for the given names: enough for one lookup. */
async function startDnsServer(names: Record<string, string>): Promise<{ port: number; close(): void }> {
  const socket = createSocket("udp4");
  socket.on("message", (query, peer) => {
    let offset = 12;
    const labels: string[] = [];
    while (query[offset]! > 0) {
      labels.push(query.subarray(offset + 1, offset + 1 + query[offset]!).toString("ascii"));
      offset += query[offset]! + 1;
    }
    const question = query.subarray(12, offset + 5);
    const type = query.readUInt16BE(offset + 1);
    const address = names[labels.join(".").toLowerCase()];
    const answer = address && type === 1 ? Buffer.from([0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, ...address.split(".").map(Number)]) : Buffer.alloc(0);
    const header = Buffer.alloc(12);
    query.copy(header, 0, 0, 2);
    header.writeUInt16BE(0x8180 | (address ? 0 : 3), 2); // response, recursion available; NXDOMAIN when unknown
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(answer.length > 0 ? 1 : 0, 6);
    socket.send(Buffer.concat([header, question, answer]), peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, "127.0.0.1", resolve));
  return { port: socket.address().port, close: () => socket.close() };
}

describe("in a browser bundle", () => {
  it("the client bundles for the browser with nothing from Node in it", async () => {
    const { build } = await import("esbuild");
    const bundle = await build({
      stdin: { contents: 'export { connectWebSocket, connectHttp } from "./client.ts";', resolveDir: generated.dir, loader: "ts" },
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
    });
    const code = bundle.outputFiles[0]!.text;
    expect(code).not.toMatch(/from "(ws|node:[a-z]+)"|require\(/);
    expect(code).toContain("CMAPI_Network_GetRFInfo");
  });

  it("tree-shakes: an app that imports one group's functions bundles no other group", async () => {
    const { build } = await import("esbuild");
    const bundle = async (contents: string) =>
      (await build({ stdin: { contents, resolveDir: generated.dir, loader: "ts" }, bundle: true, minify: true, platform: "browser", format: "esm", write: false, logLevel: "silent" })).outputFiles[0]!.text;
    const wlan = await bundle('export { createClient } from "./client.ts"; export { webSocketTransport } from "./runtime/transport-websocket.ts"; export * from "./groups/wlan.ts";');
    const whole = await bundle('export { connectWebSocket } from "./client.ts";');
    expect(wlan).toContain("CMAPI_WLAN_Scan");
    for (const other of ["CMAPI_SMS_Send", "CMAPI_Network_GetRFInfo", "CMAPI_Router_SetConfig"]) {
      expect(wlan).not.toContain(other);
      expect(whole).toContain(other);
    }
    // What one group adds to the runtime is a small part of what all 21 add (WLAN: 24 of 213 functions).
    const runtime = await bundle('export { createClient } from "./client.ts"; export { webSocketTransport } from "./runtime/transport-websocket.ts";');
    expect(wlan.length - runtime.length).toBeLessThan((whole.length - runtime.length) / 4);
  });
});
