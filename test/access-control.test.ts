/**
 * Access control as the device enforces it: every function's [Access] level, grants from
 * CMAPI_API_Open bound to the session, nothing above "user" without one, callbacks filtered by
 * level, guessing throttled per address and per session, and no secret in a log or an answer.
 * Real servers on loopback, the generated server and client.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleValue } from "../generator/emit/examples.js";
import type { Api, Method } from "../generator/model/api.js";
import { isBuiltIn } from "../generator/model/runtime-facts.js";
import { connect, exampleHandlers, eventually, generatedModules, startDevice, TEST_SECRETS, type Generated, type TestClient, type TestServer, type TransportName } from "./support/device.js";
import { openApiText, rawHttp, rawHttpClient, rawSocket } from "./support/raw.js";

const ACCESS_NOT_GRANTED = 0xf0000001;
const AUTHENTICATION_FAILED = 0xf0000002;
const AUTHENTICATION_DENIED = 0xf0000003;
const REQUEST_MALFORMED = 0xf0000004;
const LEVEL_NOT_SUPPORTED = 0xf0000005;
const INVALID_PARAMETER = 0x2;
const INVALID_OPERATION = 0x4;

let generated: Generated;
let api: Api;
let server: TestServer;
/** Every line the device logged in this file's tests. */
const logged: string[] = [];
/** How often each handler ran. */
const runs = new Map<string, number>();
const clients: TestClient[] = [];

const request = (method: string, params: unknown, id = `r-${method}`) => JSON.stringify({ jsonrpc: "2.0", cmapiversion: "1.1", method, id, params });
const vendorMethods = () => api.methods.filter((method) => !isBuiltIn(method));
const code = (error: unknown) => (error as { code?: number }).code;

beforeAll(async () => {
  generated = await generatedModules();
  ({ api } = await startDevice()); // the bundled model
  const spied = Object.fromEntries(
    Object.entries(exampleHandlers(api)).map(([name, handler]) => [
      name,
      (params: unknown, context: unknown) => {
        runs.set(name, (runs.get(name) ?? 0) + 1);
        return handler(params, context);
      },
    ]),
  );
  ({ server } = await startDevice(spied, { log: (message: string, error?: unknown) => logged.push(`${message} ${String(error ?? "")}`) }));
}, 60_000);
afterAll(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
  await server.close();
});

function client(transport: TransportName, options: Record<string, unknown> = {}): TestClient {
  const made = connect(generated, server, transport, options);
  clients.push(made);
  return made;
}

/** Calls `method` with its example params: the error's code, or "ok". */
async function outcome(cmapi: TestClient, method: Method): Promise<number | "ok"> {
  try {
    await cmapi.call(method.name, exampleValue(api, method.paramsSchema));
    return "ok";
  } catch (error) {
    return code(error) ?? -1;
  }
}

describe.each(["websocket", "http"] as const)("every function of the bundled spec over %s", (transport) => {
  it("answers 0xF0000001 above the user level without a grant, and the handler never runs", async () => {
    const cmapi = client(transport, { credentials: undefined });
    runs.clear();
    const refused: string[] = [];
    for (const method of vendorMethods()) {
      const answer = await outcome(cmapi, method);
      if (method.access === "user") expect(answer, method.name).not.toBe(ACCESS_NOT_GRANTED);
      else {
        expect(answer, method.name).toBe(ACCESS_NOT_GRANTED);
        refused.push(method.name);
      }
    }
    expect(refused.length).toBeGreaterThan(100);
    expect(refused.filter((name) => runs.has(name))).toEqual([]);
    // What only reads status still runs for anyone.
    expect(runs.get("CMAPI_Network_GetSignalStrength")).toBe(1);
  }, 60_000);

  it("runs every function with the operator's grant", async () => {
    const cmapi = client(transport);
    runs.clear();
    for (const method of vendorMethods()) expect(await outcome(cmapi, method), method.name).not.toBe(ACCESS_NOT_GRANTED);
    expect(vendorMethods().filter((method) => !runs.has(method.name))).toEqual([]);
    expect(cmapi.apiGrant).toMatchObject({ accessLevel: "operator" });
  }, 60_000);

  it("refuses before looking at the params: a caller without the grant learns nothing about them", async () => {
    const cmapi = client(transport, { credentials: undefined });
    await expect(cmapi.call("CMAPI_WLAN_AddKnownNetwork", { nonsense: true })).rejects.toMatchObject({ code: ACCESS_NOT_GRANTED });
    await expect(cmapi.call("CMAPI_WLAN_AddKnownNetwork", { nonsense: true }).catch((error: { data?: unknown }) => error.data)).resolves.toBeUndefined();
  });
});

describe("CMAPI_API_Open and the levels", () => {
  const open = (cmapi: TestClient, params: Record<string, unknown>) => cmapi.call("CMAPI_API_Open", { applicationName: "test", ...params });

  it("grants user without credentials, a level its secret proves, and a lower one with a higher level's secret", async () => {
    const cmapi = client("websocket", { credentials: undefined });
    expect(await open(cmapi, {})).toMatchObject({ accessLevel: "user", sessionId: expect.any(String) });
    expect(await open(cmapi, { accessLevel: "administrator", securityRequest: TEST_SECRETS.administrator })).toMatchObject({ accessLevel: "administrator" });
    expect(await open(cmapi, { accessLevel: "administrator", securityRequest: TEST_SECRETS.operator })).toMatchObject({ accessLevel: "administrator" });
    await expect(cmapi.call("CMAPI_WLAN_AddKnownNetwork", exampleValue(api, api.methods.find((method) => method.name === "CMAPI_WLAN_AddKnownNetwork")!.paramsSchema))).resolves.toEqual({});
    // Operator functions stay closed to an administrator.
    await expect(cmapi.call("CMAPI_Network_SetRadioMask", exampleValue(api, api.methods.find((method) => method.name === "CMAPI_Network_SetRadioMask")!.paramsSchema))).rejects.toMatchObject({ code: ACCESS_NOT_GRANTED });
  });

  it("refuses a wrong secret (0xF0000002), a secret for a lower level (0xF0000003) and a missing one, and leaves the session as it was", async () => {
    const cmapi = client("http", { credentials: undefined });
    const { sessionId } = await open(cmapi, { accessLevel: "administrator", securityRequest: TEST_SECRETS.administrator });
    await expect(open(cmapi, { accessLevel: "operator", securityRequest: "not-the-secret" })).rejects.toMatchObject({ code: AUTHENTICATION_FAILED });
    await expect(open(cmapi, { accessLevel: "operator", securityRequest: TEST_SECRETS.administrator })).rejects.toMatchObject({ code: AUTHENTICATION_DENIED });
    await expect(open(cmapi, { accessLevel: "operator" })).rejects.toMatchObject({ code: AUTHENTICATION_FAILED });
    expect(await cmapi.call("CMAPI_API_GetAccessLevel", { sessionId })).toEqual({ accessLevel: "administrator" });
  });

  it("answers a malformed securityRequest 0xF0000004 before the schema, without echoing it", async () => {
    const socket = await rawSocket(server.url.replace(/^http/, "ws"));
    try {
      const huge = "s".repeat(5000);
      for (const securityRequest of [42, { nested: { deeper: [TEST_SECRETS.operator] } }, huge]) {
        const answer = (await socket.exchange(openApiText({ securityRequest }))) as { error: { code: number; data?: unknown } };
        expect(answer.error.code).toBe(REQUEST_MALFORMED);
        expect(JSON.stringify(answer)).not.toContain(TEST_SECRETS.operator);
        expect(JSON.stringify(answer)).not.toContain("sssss");
      }
    } finally {
      socket.close();
    }
  });

  it("Close, GetAccessLevel and SetAccessLevel take this session's sessionId only; Close ends the grant and the registrations", async () => {
    const first = client("websocket", { credentials: undefined });
    const second = client("websocket", { credentials: undefined });
    const mine = await open(first, { accessLevel: "administrator", securityRequest: TEST_SECRETS.administrator });
    await open(second, {});
    await expect(second.call("CMAPI_API_GetAccessLevel", { sessionId: mine.sessionId })).rejects.toMatchObject({ code: INVALID_PARAMETER });
    await expect(second.call("CMAPI_API_Close", { sessionId: mine.sessionId })).rejects.toMatchObject({ code: INVALID_PARAMETER });
    await expect(second.call("CMAPI_API_SetAccessLevel", { sessionId: mine.sessionId, securityRequest: "", accessLevel: "user" })).rejects.toMatchObject({ code: INVALID_PARAMETER });
    expect(await first.call("CMAPI_API_GetAccessLevel", { sessionId: mine.sessionId })).toEqual({ accessLevel: "administrator" });
    await first.register("CMAPI_Callback_SMSReceived", () => undefined);
    await first.call("CMAPI_API_Close", { sessionId: mine.sessionId });
    expect(await first.call("CMAPI_Callback_GetRegistrations", {})).toEqual({ registrationListElements: 0, registrationList: [] });
    await expect(first.call("CMAPI_SMS_List", exampleValue(api, api.methods.find((method) => method.name === "CMAPI_SMS_List")!.paramsSchema))).rejects.toMatchObject({ code: ACCESS_NOT_GRANTED });
  });

  it("SetAccessLevel lowers the level without credentials and raises it only with them", async () => {
    const cmapi = client("http", { credentials: undefined });
    const { sessionId } = await open(cmapi, { accessLevel: "operator", securityRequest: TEST_SECRETS.operator });
    expect(await cmapi.call("CMAPI_API_SetAccessLevel", { sessionId, securityRequest: "", accessLevel: "user" })).toEqual({ accessLevel: "user" });
    await expect(cmapi.call("CMAPI_API_SetAccessLevel", { sessionId, securityRequest: "guess", accessLevel: "administrator" })).rejects.toMatchObject({ code: AUTHENTICATION_FAILED });
    expect(await cmapi.call("CMAPI_API_SetAccessLevel", { sessionId, securityRequest: TEST_SECRETS.administrator, accessLevel: "administrator" })).toEqual({ accessLevel: "administrator" });
  });
});

describe("a grant does not leak", () => {
  const clientId = "6b1d3a8e-0c55-4d7e-9d3e-5a1f2f0e9b21";

  it("not to another connection, nor to an HTTP request that names the client without its session token", async () => {
    const owner = rawHttpClient(server.url, clientId);
    expect(JSON.parse((await owner.post("", openApiText())).body)).toMatchObject({ result: { accessLevel: "operator" } });
    expect(JSON.parse((await owner.post("", request("CMAPI_SMS_List", { deviceId: "1" }))).body)).not.toHaveProperty("error.code", ACCESS_NOT_GRANTED);
    // The same X-Cmapi-Client id, without the token the server gave only to its owner: user level, no token in the answer.
    const intruder = await rawHttp(server.url, { body: request("CMAPI_SMS_List", { deviceId: "1" }), headers: { "X-Cmapi-Client": clientId } });
    expect(JSON.parse(intruder.body)).toMatchObject({ error: { code: ACCESS_NOT_GRANTED } });
    expect(intruder.headers["x-cmapi-session"]).toBeUndefined();
    // Nor can it change the grant, read the session's messages, or guess the token.
    expect(JSON.parse((await rawHttp(server.url, { body: openApiText({ accessLevel: "user", securityRequest: null }), headers: { "X-Cmapi-Client": clientId } })).body)).toMatchObject({ error: { code: INVALID_OPERATION } });
    expect((await rawHttp(`${server.url}/poll`, { body: "{}", headers: { "X-Cmapi-Client": clientId } })).status).toBe(403);
    expect((await rawHttp(server.url, { body: request("CMAPI_SMS_List", { deviceId: "1" }), headers: { "X-Cmapi-Client": clientId, "X-Cmapi-Session": "00000000-0000-4000-8000-000000000000" } })).status).toBe(410);
    // The owner kept its grant through all of it.
    expect(JSON.parse((await owner.post("", request("CMAPI_SMS_List", { deviceId: "1" }))).body)).not.toHaveProperty("error");
  });

  it("not to a WebSocket that presents another session's sessionId", async () => {
    const owner = client("websocket");
    await eventually(() => owner.apiGrant !== undefined);
    const other = client("websocket", { credentials: undefined });
    await expect(other.call("CMAPI_API_GetAccessLevel", { sessionId: owner.apiGrant.sessionId })).rejects.toMatchObject({ code: INVALID_PARAMETER });
    await expect(other.call("CMAPI_Contacts_List", exampleValue(api, api.methods.find((method) => method.name === "CMAPI_Contacts_List")!.paramsSchema))).rejects.toMatchObject({ code: ACCESS_NOT_GRANTED });
  });

  it("but through a WebSocket reconnection that resumes the session", async () => {
    const wsUrl = server.url.replace(/^http/, "ws");
    const socket = await rawSocket(`${wsUrl}?cmapi-session=&cmapi-ack=0`);
    const token = (JSON.parse(socket.received[0]!) as { session: string }).session;
    expect(await socket.exchange(openApiText())).toMatchObject({ result: { accessLevel: "operator" } });
    socket.ws.terminate(); // lost, not closed: the session is kept
    const again = await rawSocket(`${wsUrl}?cmapi-session=${token}&cmapi-ack=1`);
    try {
      expect(JSON.parse(again.received[0]!)).toMatchObject({ resumed: true });
      expect(await again.exchange(request("CMAPI_SMS_List", { deviceId: "1" }))).not.toHaveProperty("error");
    } finally {
      again.close();
    }
  });

  it("not across a restart: a resumed token names no session, and an HTTP token is gone", async () => {
    const { server: device } = await startDevice();
    const port = device.port;
    const socket = await rawSocket(`${device.url.replace(/^http/, "ws")}?cmapi-session=&cmapi-ack=0`);
    const token = (JSON.parse(socket.received[0]!) as { session: string }).session;
    expect(await socket.exchange(openApiText())).toMatchObject({ result: { accessLevel: "operator" } });
    const http = rawHttpClient(device.url, "0d6f0d43-65b9-4a8a-a0b5-64b2b8f0a7a1");
    await http.post("", openApiText());
    socket.close();
    await device.close();
    const { server: restarted } = await startDevice({}, { port });
    try {
      const again = await rawSocket(`${restarted.url.replace(/^http/, "ws")}?cmapi-session=${token}&cmapi-ack=1`);
      expect(JSON.parse(again.received[0]!)).toMatchObject({ resumed: false });
      const answer = (await again.exchange(request("CMAPI_SMS_List", { deviceId: "1" }))) as { error?: { code: number } };
      expect(answer.error?.code).toBe(ACCESS_NOT_GRANTED);
      again.close();
      expect((await http.post("", request("CMAPI_SMS_List", { deviceId: "1" }))).status).toBe(410);
    } finally {
      await restarted.close();
    }
  });
});

describe("callbacks follow the level of the data they carry", () => {
  const sms = { deviceId: "1", message: { msgID: "m1", status: "unread", storage: "device", address: "+15550100", body: "your code is 1234" } };

  it("refuses a registration above the level and never sends such a callback to a session below it", async () => {
    const user = client("websocket", { credentials: undefined });
    const operator = client("websocket");
    await eventually(() => operator.apiGrant !== undefined);
    await expect(user.register("CMAPI_Callback_SMSReceived", () => undefined)).rejects.toMatchObject({ code: ACCESS_NOT_GRANTED });
    const received: unknown[] = [];
    await operator.register("CMAPI_Callback_SMSReceived", (payload: unknown) => received.push(payload));
    const signal: unknown[] = [];
    await user.register("CMAPI_Callback_SignalStrengthChanged", (payload: unknown) => signal.push(payload));
    expect(server.emit("CMAPI_Callback_SMSReceived", sms)).toBe(1);
    await eventually(() => received.length === 1);
    // A level dropped with SetAccessLevel takes the registrations above it along.
    await operator.call("CMAPI_API_SetAccessLevel", { sessionId: operator.apiGrant.sessionId, securityRequest: "", accessLevel: "user" });
    expect(server.emit("CMAPI_Callback_SMSReceived", sms)).toBe(0);
    expect(await operator.call("CMAPI_Callback_GetRegistrations", {})).toEqual({ registrationListElements: 0, registrationList: [] });
  });
});

describe("secure by default", () => {
  it("a server without credentials says so once at start, and grants nothing above user (0xF0000005)", async () => {
    const said: string[] = [];
    const { server: bare } = await startDevice({}, { credentials: undefined, log: (message: string) => said.push(message) });
    try {
      expect(said).toHaveLength(1);
      expect(said[0]).toMatch(/no credentials are configured.*hashedSecrets/);
      const socket = await rawSocket(bare.url.replace(/^http/, "ws"));
      expect(await socket.exchange(openApiText({ securityRequest: "anything" }))).toMatchObject({ error: { code: LEVEL_NOT_SUPPORTED } });
      expect(await socket.exchange(openApiText({ accessLevel: "user", securityRequest: null }))).toMatchObject({ result: { accessLevel: "user" } });
      expect(await socket.exchange(request("CMAPI_WLAN_AddKnownNetwork", { network: {} }))).toMatchObject({ error: { code: ACCESS_NOT_GRANTED } });
      socket.close();
    } finally {
      await bare.close();
    }
  });

  it("an anonymous HTTP request (no X-Cmapi-Client) runs at user level and cannot be granted more", async () => {
    const answer = JSON.parse((await rawHttp(server.url, { body: openApiText() })).body) as { error: { code: number } };
    expect(answer.error.code).toBe(INVALID_OPERATION);
    expect(JSON.parse((await rawHttp(server.url, { body: request("CMAPI_SMS_List", { deviceId: "1" }) })).body)).toMatchObject({ error: { code: ACCESS_NOT_GRANTED } });
  });
});

describe("guessing is throttled per address and per session", () => {
  it("locks an address out after a few failures, while another address is not affected", async () => {
    const { server: device } = await startDevice({}, { throttle: { maxFailures: 3, lockoutMs: 2000, baseDelayMs: 20, maxDelayMs: 80 } });
    const from = (localAddress: string) => rawHttpClient(device.url, crypto.randomUUID(), { localAddress });
    try {
      const attacker = from("127.0.0.1");
      const answers: { code: number; data?: { retryAfterMs?: number } }[] = [];
      for (let guess = 0; guess < 6; guess++) answers.push(JSON.parse((await attacker.post("", openApiText({ securityRequest: `guess-${guess}` }))).body).error);
      expect(answers.map((answer) => answer.code)).toEqual(Array(6).fill(AUTHENTICATION_FAILED));
      expect(answers.slice(0, 3).every((answer) => answer.data === undefined)).toBe(true);
      expect(answers.slice(3).every((answer) => (answer.data?.retryAfterMs ?? 0) > 0)).toBe(true);
      // Locked out: even the right secret is not checked now, from this address, in any session.
      expect(JSON.parse((await from("127.0.0.1").post("", openApiText())).body)).toMatchObject({ error: { code: AUTHENTICATION_FAILED, data: { reason: "too many failed attempts" } } });
      // Another address opens at once.
      expect(JSON.parse((await from("127.0.0.2").post("", openApiText())).body)).toMatchObject({ result: { accessLevel: "operator" } });
    } finally {
      await device.close();
    }
  });
});

describe("secrets", () => {
  it("reach no log of the device", () => {
    const text = logged.join("\n");
    for (const secret of [TEST_SECRETS.administrator, TEST_SECRETS.operator, "not-the-secret", "guess"]) expect(text).not.toContain(secret);
  });
});
