/**
 * The dispatcher over both transports, as raw messages: the JSON-RPC 2.0 specification's own
 * examples (its section 7) as far as CMAPI keeps them, then CMAPI's errors, handler failures,
 * exclusive operations and the authorize hook. The server keeps answering after each.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawHttp, rawSocket } from "./support/raw.js";
import { startDevice, type TestServer, deviceLog } from "./support/device.js";

let server: TestServer;
const release = new Map<string, () => void>();
const seen: string[] = [];

beforeAll(async () => {
  ({ server } = await startDevice(
    {
      CMAPI_Network_GetSignalStrength: () => {
        throw new Error("driver crashed at /opt/vendor/secret.c:42");
      },
      CMAPI_Network_GetNetworkTime: () => ({ utc: "2026-01-01T12:00:00Z", secret: "extra member" }),
      CMAPI_WLAN_Connect: (params: { ssid: string }) => {
        seen.push(params.ssid);
        return new Promise((resolve) => release.set(params.ssid, () => resolve({})));
      },
    },
    {
      authorize: ({ method }: { method: string }) => (method === "CMAPI_DeviceService_FactoryReset" ? 0xf0000001 : undefined),
      log: deviceLog,
    },
  ));
}, 60_000);
afterAll(() => server.close());

const CMAPI = { jsonrpc: "2.0", cmapiversion: "1.1" };
const request = (method: string, params: unknown, id: unknown = "r-1") => JSON.stringify({ ...CMAPI, method, id, params });

/** [what, request text, expected response]: JSON-RPC 2.0 section 7, as CMAPI answers it. */
const transcripts: [string, string, Record<string, unknown>][] = [
  ["a call with named params", request("CMAPI_Network_GetRFInfo", { deviceId: "1" }, "7-1"), { ...CMAPI, id: "7-1", result: expect.objectContaining({ RFInfoListElements: 1 }) }],
  [
    "a notification (no id): CMAPI does not use them, so it is an invalid request",
    JSON.stringify({ ...CMAPI, method: "CMAPI_Network_GetRFInfo", params: { deviceId: "1" } }),
    { ...CMAPI, id: null, error: { code: -32600, message: "Invalid Request", data: "id is required: CMAPI does not use notifications" } },
  ],
  ["a call of a method that does not exist", request("foobar", {}, "1"), { ...CMAPI, id: "1", error: { code: -32601, message: "Method not found", data: "no function foobar" } }],
  ["invalid JSON", '{"jsonrpc": "2.0", "method": "foobar, "params": "bar", "baz]', { ...CMAPI, id: null, error: { code: -32700, message: "Parse error" } }],
  ["an invalid Request object", JSON.stringify({ jsonrpc: "2.0", method: 1, params: "bar" }), { ...CMAPI, id: null, error: expect.objectContaining({ code: -32600, message: "Invalid Request" }) }],
  ["a batch that is invalid JSON", '[{"jsonrpc": "2.0", "method": "sum", "params": [1,2,4], "id": "1"},{"jsonrpc": "2.0", "method"]', { ...CMAPI, id: null, error: { code: -32700, message: "Parse error" } }],
  ["an empty array", "[]", { ...CMAPI, id: null, error: expect.objectContaining({ code: -32600, message: "Invalid Request" }) }],
  ["an invalid batch", "[1]", { ...CMAPI, id: null, error: expect.objectContaining({ code: -32600 }) }],
  [
    "a batch of calls: CMAPI sends one message per request",
    `[${request("CMAPI_Network_GetRFInfo", { deviceId: "1" }, "1")}, ${request("CMAPI_Network_GetRFInfo", { deviceId: "1" }, "2")}]`,
    { ...CMAPI, id: null, error: { code: -32600, message: "Invalid Request", data: "batches are not part of CMAPI: send one message per request" } },
  ],
  ["positional params", JSON.stringify({ ...CMAPI, method: "CMAPI_Network_GetRFInfo", params: ["1"], id: "p" }), { ...CMAPI, id: "p", error: { code: -32600, message: "Invalid Request", data: "params must be an object" } }],
  ["a numeric id (Table 1 says String)", request("CMAPI_Network_GetRFInfo", { deviceId: "1" }, 7), { ...CMAPI, id: null, error: expect.objectContaining({ code: -32600 }) }],
  [
    "a missing cmapiversion",
    JSON.stringify({ jsonrpc: "2.0", method: "CMAPI_Network_GetRFInfo", id: "v", params: { deviceId: "1" } }),
    { ...CMAPI, id: "v", error: { code: -32600, message: "Invalid Request", data: 'cmapiversion must be "1.1"' } },
  ],
  [
    "params that fail the function's schema: Table 4's Invalid Parameter, the problems in data",
    request("CMAPI_WLAN_Connect", { deviceId: "1" }, "ip"),
    { ...CMAPI, id: "ip", error: { code: 2, message: "Invalid Parameter", data: [{ path: "params.ssid", message: "is required but missing" }] } },
  ],
  ["a handler that throws: -32603, with no stack or detail", request("CMAPI_Network_GetSignalStrength", { deviceId: "1" }, "boom"), { ...CMAPI, id: "boom", error: { code: -32603, message: "Internal error" } }],
  ["a handler whose result breaks the schema is the vendor's bug: -32603", request("CMAPI_Network_GetNetworkTime", { deviceId: "1" }, "bad-result"), { ...CMAPI, id: "bad-result", error: { code: -32603, message: "Internal error" } }],
  [
    "the authorize hook refusing with a security code: its Table 4 text",
    request("CMAPI_DeviceService_FactoryReset", { deviceId: "1" }, "auth"),
    {
      ...CMAPI,
      id: "auth",
      error: { code: 0xf0000001, message: "The security request supplied when the API was opened does not grant privilege to access this functionality. You may close and reopen the API with updated credentials to perform this operation." },
    },
  ],
  ["a method named like an Object property", request("constructor", {}, "proto"), { ...CMAPI, id: "proto", error: expect.objectContaining({ code: -32601 }) }],
  ["a __proto__ method", request("__proto__", {}, "proto2"), { ...CMAPI, id: "proto2", error: expect.objectContaining({ code: -32601 }) }],
];

describe.each(["websocket", "http"] as const)("over %s, the dispatcher answers", (transport) => {
  let exchange: (text: string) => Promise<unknown>;
  let close = () => undefined as unknown;
  beforeAll(async () => {
    if (transport === "websocket") {
      const socket = await rawSocket(server.url.replace(/^http/, "ws"));
      exchange = socket.exchange;
      close = socket.close;
    } else {
      exchange = async (text) => JSON.parse((await rawHttp(server.url, { body: text })).body);
    }
  });
  afterAll(() => close());

  for (const [what, text, expected] of transcripts) {
    it(what, async () => {
      expect(await exchange(text)).toEqual(expected);
    });
  }

  it("and keeps answering after all of that", async () => {
    expect(await exchange(request("CMAPI_Network_GetRFInfo", { deviceId: "1" }, "after"))).toMatchObject({ ...CMAPI, id: "after", result: { RFInfoListElements: 1 } });
  });
});

describe("exclusive operations", () => {
  it("answer a second client that starts the same one on the same device with code 6, until the first ends", async () => {
    const first = await rawSocket(server.url.replace(/^http/, "ws"));
    const second = await rawSocket(server.url.replace(/^http/, "ws"));
    const firstDone = first.exchange(request("CMAPI_WLAN_Connect", { deviceId: "1", ssid: "A" }, "c1"));
    while (!seen.includes("A")) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await second.exchange(request("CMAPI_WLAN_Connect", { deviceId: "1", ssid: "B" }, "c2"))).toEqual({
      ...CMAPI,
      id: "c2",
      error: { code: 6, message: "The requested operation cannot currently be completed because another application is currently performing the same operation." },
    });
    const otherDevice = second.exchange(request("CMAPI_WLAN_Connect", { deviceId: "2", ssid: "C" }, "c3"));
    while (!seen.includes("C")) await new Promise((resolve) => setTimeout(resolve, 5));
    release.get("C")!();
    expect(await otherDevice).toMatchObject({ id: "c3", result: {} });
    release.get("A")!();
    expect(await firstDone).toMatchObject({ id: "c1", result: {} });
    const again = second.exchange(request("CMAPI_WLAN_Connect", { deviceId: "1", ssid: "D" }, "c4"));
    while (!seen.includes("D")) await new Promise((resolve) => setTimeout(resolve, 5));
    release.get("D")!();
    expect(await again).toMatchObject({ id: "c4", result: {} });
    first.close();
    second.close();
  });
});
