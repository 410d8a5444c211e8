/** The client's pending table and routing (Appendix D, section 5.5.1.4), with an in-memory transport and fake timers. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { CmapiClientCore, CmapiClientError, DEFAULT_VALIDITY_PERIOD_MS, type ClientProblem, type ClientTransport, type TransportEvents } from "../templates/runtime/client.js";
import { CmapiError, type CmapiRequestMessage } from "../templates/runtime/protocol.js";

type Methods = { CMAPI_Network_GetRFInfo: { params: { deviceId: string }; result: { RFInfoListElements: number } } };
type Callbacks = { CMAPI_Callback_DeviceChanged: { deviceId: number } };

class MemoryTransport implements ClientTransport {
  events!: TransportEvents;
  sent: CmapiRequestMessage[] = [];
  listening = false;
  start(events: TransportEvents) {
    this.events = events;
  }
  async send(message: CmapiRequestMessage) {
    this.sent.push(message);
  }
  setListening(listening: boolean) {
    this.listening = listening;
  }
  async close() {}
  answer(message: Record<string, unknown>) {
    this.events.message(JSON.stringify({ jsonrpc: "2.0", cmapiversion: "1.1", ...message }));
  }
}

function setup(options: { validityPeriodMs?: number } = {}) {
  const transport = new MemoryTransport();
  const problems: ClientProblem[] = [];
  const client = new CmapiClientCore<Methods, Callbacks>(transport, { cmapiVersion: "1.1", ...options, onProblem: (problem) => problems.push(problem) });
  return { transport, problems, client };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("the client's pending calls", () => {
  it("sends a request of Table 1 with a UUID id, and resolves the Promise with the final response's result", async () => {
    const { transport, client } = setup();
    const result = client.call("CMAPI_Network_GetRFInfo", { deviceId: "1" });
    const [request] = transport.sent;
    expect(request).toMatchObject({ jsonrpc: "2.0", cmapiversion: "1.1", method: "CMAPI_Network_GetRFInfo", params: { deviceId: "1" } });
    expect(request!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    transport.answer({ id: request!.id, cmapistatus: "received", result: {} });
    transport.answer({ id: request!.id, result: { RFInfoListElements: 0 } });
    await expect(result).resolves.toEqual({ RFInfoListElements: 0 });
    expect(client.pendingCalls).toEqual([]);
  });

  it("gives every request a different id", () => {
    const { transport, client } = setup();
    for (let n = 0; n < 100; n++) void client.call("CMAPI_Network_GetRFInfo", { deviceId: "1" }).catch(() => undefined);
    expect(new Set(transport.sent.map((message) => message.id)).size).toBe(100);
  });

  it("rejects with a CmapiError for an error response", async () => {
    const { transport, client } = setup();
    const result = client.call("CMAPI_Network_GetRFInfo", { deviceId: "1" });
    transport.answer({ id: transport.sent[0]!.id, error: { code: 0x101, message: "The deviceID references a non-existing device or a device which is not open" } });
    const error = await result.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CmapiError);
    expect(error).toMatchObject({ code: 0x101 });
  });

  it("keeps a callback-style call for the validity period (30 minutes by default), passing on every response, then forgets it", () => {
    vi.useFakeTimers();
    const { transport, problems, client } = setup();
    const responses: unknown[] = [];
    const id = client.call("CMAPI_Network_GetRFInfo", { deviceId: "1" }, (response) => responses.push(response));
    transport.answer({ id, cmapistatus: "processing", result: {} });
    transport.answer({ id, result: { RFInfoListElements: 1 } });
    vi.advanceTimersByTime(DEFAULT_VALIDITY_PERIOD_MS - 1);
    transport.answer({ id, result: { RFInfoListElements: 2 } });
    expect(responses).toHaveLength(3);
    vi.advanceTimersByTime(1);
    expect(client.pendingCalls).toEqual([]);
    transport.answer({ id, result: { RFInfoListElements: 3 } });
    expect(responses).toHaveLength(3);
    expect(problems.map((problem) => problem.kind)).toEqual(["unmatched-id"]);
  });

  it("rejects a Promise that got no final response within the validity period", async () => {
    vi.useFakeTimers();
    const { client } = setup({ validityPeriodMs: 5000 });
    const result = client.call("CMAPI_Network_GetRFInfo", { deviceId: "1" }).catch((error: unknown) => error);
    vi.advanceTimersByTime(5000);
    const error = await result;
    expect(error).toBeInstanceOf(CmapiClientError);
    expect(error).toMatchObject({ kind: "timeout" });
  });

  it("fails every pending call with a clear error when the connection closes", async () => {
    const { transport, client } = setup();
    const first = client.call("CMAPI_Network_GetRFInfo", { deviceId: "1" }).catch((error: unknown) => error);
    const second = client.call("CMAPI_Network_GetRFInfo", { deviceId: "2" }).catch((error: unknown) => error);
    transport.events.closed(new Error("WebSocket closed (code 1006)"));
    for (const error of await Promise.all([first, second])) {
      expect(error).toMatchObject({ kind: "closed", message: "the connection closed: WebSocket closed (code 1006)" });
    }
    await expect(client.call("CMAPI_Network_GetRFInfo", { deviceId: "3" })).rejects.toMatchObject({ kind: "closed" });
  });

  it("fails a call whose request cannot be sent", async () => {
    const { transport, client } = setup();
    transport.send = async () => {
      throw new Error("socket not writable");
    };
    await expect(client.call("CMAPI_Network_GetRFInfo", { deviceId: "1" })).rejects.toMatchObject({ kind: "send" });
  });
});

describe("messages that match nothing go to the problem handler (section 5.5.1.4)", () => {
  it("an unknown id without callbackId, a callbackId nobody registered, and things that are not messages", () => {
    const { transport, problems } = setup();
    transport.answer({ id: "nobody-asked", result: {} });
    transport.answer({ id: "cb-1", callbackId: "CMAPI_Callback_DeviceChanged", result: { deviceId: 1 } });
    transport.answer({ id: "cb-2", callbackId: "", result: {} });
    transport.events.message("not json");
    transport.events.message("[1, 2]");
    expect(problems.map((problem) => problem.kind)).toEqual(["unmatched-id", "unregistered-callback", "unmatched-id", "malformed-message", "malformed-message"]);
  });

  it("a callback registered locally receives its messages; one that throws is reported, not rethrown", () => {
    const { transport, problems, client } = setup();
    const payloads: unknown[] = [];
    const off = client.on("CMAPI_Callback_DeviceChanged", (payload) => payloads.push(payload));
    client.on("CMAPI_Callback_DeviceChanged", () => {
      throw new Error("bug in the app");
    });
    expect(transport.listening).toBe(true);
    transport.answer({ id: "cb-1", callbackId: "CMAPI_Callback_DeviceChanged", result: { deviceId: 1 } });
    expect(payloads).toEqual([{ deviceId: 1 }]);
    expect(problems).toMatchObject([{ kind: "callback-threw", message: "an application callback threw: bug in the app" }]);
    off();
  });
});

describe("the client against a hostile device", () => {
  it("reports a message nested thousands of levels deep instead of walking it, and keeps routing the others", async () => {
    const { transport, problems, client } = setup();
    const payloads: unknown[] = [];
    client.on("CMAPI_Callback_DeviceChanged", (payload) => payloads.push(payload));
    transport.events.message(`{"jsonrpc":"2.0","cmapiversion":"1.1","id":"d","callbackId":"CMAPI_Callback_DeviceChanged","result":{"deviceId":${"[".repeat(20_000)}${"]".repeat(20_000)}}}`);
    expect(problems).toMatchObject([{ kind: "malformed-message", message: "a message nested deeper than 64 levels" }]);
    transport.answer({ id: "ok", callbackId: "CMAPI_Callback_DeviceChanged", result: { deviceId: 1 } });
    expect(payloads).toEqual([{ deviceId: 1 }]);
  });
});
