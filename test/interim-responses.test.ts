/**
 * Interim responses (spec/README.md, "Interim responses"): only functions marked [Interim] send them,
 * and only to clients that asked, so a client that knows nothing of `cmapistatus` never takes an
 * interim `{}` for the final result. Real server on loopback, raw WebSocket clients.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Api } from "../generator/model/api.js";
import { startDevice, type TestServer } from "./support/device.js";
import { rawSocket } from "./support/raw.js";

const logged: string[] = [];
let server: TestServer;
let api: Api;

const pause = () => new Promise((resolve) => setTimeout(resolve, 10));
/** Reports both stages, whether or not its function may: the runtime decides what is sent. */
async function reportsProgress(context: { interim(stage: string): void }, result: object) {
  context.interim("received");
  await pause();
  context.interim("processing");
  await pause();
  return result;
}

beforeAll(async () => {
  ({ server, api } = await startDevice(
    {
      CMAPI_Connection_Connect: (_params: unknown, context: { interim(stage: string): void }) => reportsProgress(context, { connectionId: 7 }),
      CMAPI_Network_GetSignalStrength: (_params: unknown, context: { interim(stage: string): void }) => reportsProgress(context, { radioTechnology: "LTE", rssi: -70, bars: 3 }),
    },
    { log: (message: string) => logged.push(message) },
  ));
}, 60_000);
afterAll(() => server.close());

function request(method: string, id: string) {
  return JSON.stringify({ jsonrpc: "2.0", cmapiversion: api.cmapiVersion, method, id, params: { deviceId: "1" } });
}

/** Sends one request and collects what arrives until its final response (the one without cmapistatus). */
async function messagesOf(query: string, method: string, id: string): Promise<{ cmapistatus?: string; result?: unknown }[]> {
  const socket = await rawSocket(`${server.url.replace(/^http/, "ws")}${query}`);
  try {
    socket.ws.send(request(method, id));
    const answers = () => socket.received.map((text) => JSON.parse(text) as { id?: string; cmapistatus?: string; result?: unknown }).filter((message) => message.id === id);
    for (let waited = 0; !answers().some((message) => message.cmapistatus === undefined) && waited < 5000; waited += 10) await pause();
    return answers();
  } finally {
    socket.close();
  }
}

describe("interim responses", () => {
  it("are marked [Interim] in the spec on the long functions only", () => {
    expect(api.methods.find((method) => method.name === "CMAPI_Connection_Connect")!.interim).toBe(true);
    expect(api.methods.find((method) => method.name === "CMAPI_Network_GetSignalStrength")!.interim).toBe(false);
  });

  it("reach a WebSocket client that asked with ?cmapi-interim=1, before the final response", async () => {
    const messages = await messagesOf("?cmapi-interim=1", "CMAPI_Connection_Connect", "asked");
    expect(messages.map((message) => message.cmapistatus ?? "final")).toEqual(["received", "processing", "final"]);
    expect(messages[0]!.result).toEqual({});
    expect(messages[2]!.result).toEqual({ connectionId: 7 });
  });

  it("never reach a plain WebSocket client, which gets the final response alone", async () => {
    const messages = await messagesOf("", "CMAPI_Connection_Connect", "plain");
    expect(messages).toEqual([expect.objectContaining({ id: "plain", result: { connectionId: 7 } })]);
    expect(messages[0]).not.toHaveProperty("cmapistatus");
  });

  it("are not sent for a function the spec does not mark [Interim]; the vendor's log says so", async () => {
    const messages = await messagesOf("?cmapi-interim=1", "CMAPI_Network_GetSignalStrength", "unmarked");
    expect(messages.map((message) => message.cmapistatus ?? "final")).toEqual(["final"]);
    expect(logged).toContain('CMAPI_Network_GetSignalStrength is not marked [Interim] in the spec, so its interim response "received" was not sent');
  });
});
