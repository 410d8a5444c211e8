/** The client core across a lost connection: calls wait, in-flight calls are not run twice, registrations come back. In memory, fake timers. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { CmapiClientCore, type ClientProblem, type ClientTransport, type StateChange, type TransportEvents } from "../templates/runtime/client.js";
import { backoffDelay } from "../templates/runtime/backoff.js";
import type { CmapiRequestMessage } from "../templates/runtime/protocol.js";

type Methods = {
  CMAPI_Network_GetRFInfo: { params: { deviceId: string }; result: { RFInfoListElements: number } };
  CMAPI_Connection_Connect: { params: { deviceId: string }; result: { connectionId: number } };
  CMAPI_Callback_Register: { params: { callbackId: string }; result: Record<string, never> };
};
type Callbacks = { CMAPI_Callback_DeviceChanged: { deviceId: number } };

/** A transport that reports its connection, driven by the test. */
class ReconnectingTransport implements ClientTransport {
  readonly reportsConnection = true;
  events!: TransportEvents;
  sent: CmapiRequestMessage[] = [];
  start(events: TransportEvents) {
    this.events = events;
  }
  async send(message: CmapiRequestMessage) {
    this.sent.push(message);
  }
  setListening() {}
  async close() {}
  answer(request: CmapiRequestMessage, result: unknown = {}) {
    this.events.message(JSON.stringify({ jsonrpc: "2.0", cmapiversion: "1.1", id: request.id, result }));
  }
  sentMethods() {
    return this.sent.map((message) => message.method);
  }
}

function setup(options: { validityPeriodMs?: number; maxWaitingCalls?: number; connectTimeoutMs?: number } = {}) {
  const transport = new ReconnectingTransport();
  const problems: ClientProblem[] = [];
  const states: StateChange[] = [];
  const client = new CmapiClientCore<Methods, Callbacks>(transport, { cmapiVersion: "1.1", ...options, onProblem: (problem) => problems.push(problem), onStateChange: (change) => states.push(change) });
  return { transport, problems, states, client };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => {
  vi.useRealTimers();
});

describe("calls made while the connection is down", () => {
  it("wait until it opens, then go out in the order they were made", async () => {
    const { transport, client } = setup();
    expect(client.state).toBe("connecting");
    const first = client.call("CMAPI_Network_GetRFInfo", { deviceId: "1" });
    const second = client.call("CMAPI_Network_GetRFInfo", { deviceId: "2" });
    expect(transport.sent).toEqual([]);
    transport.events.connected({ resumed: false });
    expect(transport.sent.map((message) => message.params)).toEqual([{ deviceId: "1" }, { deviceId: "2" }]);
    transport.answer(transport.sent[0]!, { RFInfoListElements: 1 });
    transport.answer(transport.sent[1]!, { RFInfoListElements: 2 });
    expect(await Promise.all([first, second])).toEqual([{ RFInfoListElements: 1 }, { RFInfoListElements: 2 }]);
  });

  it("reject when their validity period ends first, and are not sent afterwards", async () => {
    vi.useFakeTimers();
    const { transport, client } = setup({ validityPeriodMs: 1000 });
    transport.events.connected({ resumed: false });
    transport.events.disconnected(new Error("WebSocket closed (code 1006)"));
    const call = client.call("CMAPI_Network_GetRFInfo", { deviceId: "1" }).catch((error: unknown) => error);
    vi.advanceTimersByTime(1000);
    expect(await call).toMatchObject({ name: "CmapiClientError", kind: "timeout" });
    transport.events.connected({ resumed: true });
    expect(transport.sent).toEqual([]);
  });

  it("are bounded in number: one more than maxWaitingCalls rejects at once", async () => {
    const { transport, client } = setup({ maxWaitingCalls: 2 });
    const waiting = [1, 2].map((n) => client.call("CMAPI_Network_GetRFInfo", { deviceId: String(n) }));
    await expect(client.call("CMAPI_Network_GetRFInfo", { deviceId: "3" })).rejects.toMatchObject({ kind: "send", message: "CMAPI_Network_GetRFInfo: 2 calls already wait for the connection" });
    transport.events.connected({ resumed: false });
    for (const request of transport.sent) transport.answer(request, { RFInfoListElements: 0 });
    await Promise.all(waiting);
  });
});

describe("a client that has never connected (connectTimeoutMs)", () => {
  it("rejects waiting calls with kind unreachable after 10 s by default, with the transport's cause; later calls at once; none once it connects", async () => {
    vi.useFakeTimers();
    const { transport, client } = setup();
    const first = client.call("CMAPI_Network_GetRFInfo", { deviceId: "1" }).catch((error: unknown) => error);
    transport.events.disconnected(Object.assign(new Error("ws://127.0.0.1:9/cmapi is unreachable: connection refused (ECONNREFUSED)"), { unreachable: true }));
    vi.advanceTimersByTime(9_999);
    expect(client.pendingCalls).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(await first).toMatchObject({ name: "CmapiClientError", kind: "unreachable", message: "ws://127.0.0.1:9/cmapi is unreachable: connection refused (ECONNREFUSED)" });
    // The latest cause is the one later calls are told.
    transport.events.disconnected(Object.assign(new Error("ws://127.0.0.1:9/cmapi is unreachable: DNS: no such host (ENOTFOUND)"), { unreachable: true }));
    await expect(client.call("CMAPI_Network_GetRFInfo", { deviceId: "1" })).rejects.toMatchObject({ kind: "unreachable", message: "ws://127.0.0.1:9/cmapi is unreachable: DNS: no such host (ENOTFOUND)" });
    expect(transport.sent).toEqual([]);
    transport.events.connected({ resumed: false });
    const later = client.call("CMAPI_Network_GetRFInfo", { deviceId: "1" });
    transport.answer(transport.sent[0]!, { RFInfoListElements: 1 });
    expect(await later).toEqual({ RFInfoListElements: 1 });
  });

  it("says it timed out when the transport reported no failure, naming the transport's endpoint", async () => {
    vi.useFakeTimers();
    const { transport, client } = setup({ connectTimeoutMs: 500 });
    Object.assign(transport, { endpoint: "http://cmapi.device/cmapi" });
    const call = client.call("CMAPI_Network_GetRFInfo", { deviceId: "1" }).catch((error: unknown) => error);
    vi.advanceTimersByTime(500);
    expect(await call).toMatchObject({ kind: "unreachable", message: "http://cmapi.device/cmapi is unreachable: no connection within 500 ms (timeout)" });
  });

  it("does not apply once the client has connected: calls made while a device reboots wait for it, up to their validity period", async () => {
    vi.useFakeTimers();
    const { transport, client } = setup({ connectTimeoutMs: 1000 });
    transport.events.connected({ resumed: false });
    transport.events.disconnected(new Error("WebSocket closed (code 1006)"));
    const call = client.call("CMAPI_Network_GetRFInfo", { deviceId: "1" });
    vi.advanceTimersByTime(5 * 60_000);
    expect(client.pendingCalls).toHaveLength(1);
    transport.events.connected({ resumed: false });
    transport.answer(transport.sent[0]!, { RFInfoListElements: 2 });
    expect(await call).toEqual({ RFInfoListElements: 2 });
  });

  it("with Infinity, waits for the first connection as for a lost one", async () => {
    vi.useFakeTimers();
    const { transport, client } = setup({ connectTimeoutMs: Infinity });
    const call = client.call("CMAPI_Network_GetRFInfo", { deviceId: "1" });
    vi.advanceTimersByTime(5 * 60_000);
    transport.events.connected({ resumed: false });
    transport.answer(transport.sent[0]!, { RFInfoListElements: 3 });
    expect(await call).toEqual({ RFInfoListElements: 3 });
  });
});

describe("a call in flight when the connection broke", () => {
  it("gets its answer by replay when the server kept the session", async () => {
    const { transport, client } = setup();
    transport.events.connected({ resumed: false });
    const call = client.call("CMAPI_Connection_Connect", { deviceId: "1" });
    transport.events.disconnected(new Error("WebSocket closed (code 1006)"));
    transport.events.connected({ resumed: true });
    transport.answer(transport.sent[0]!, { connectionId: 7 });
    expect(await call).toEqual({ connectionId: 7 });
    expect(transport.sentMethods()).toEqual(["CMAPI_Connection_Connect"]);
  });

  it("is not sent again on a new session: it rejects with kind connection-lost, since it may have run", async () => {
    const { transport, client } = setup();
    transport.events.connected({ resumed: false });
    const call = client.call("CMAPI_Connection_Connect", { deviceId: "1" }).catch((error: unknown) => error);
    transport.events.disconnected(new Error("WebSocket closed (code 1006)"));
    transport.events.connected({ resumed: false });
    const error = await call;
    expect(error).toMatchObject({ name: "CmapiClientError", kind: "connection-lost" });
    expect((error as Error).message).toMatch(/^CMAPI_Connection_Connect \(.+\): the connection was lost before its answer, and the server did not keep the session; it may or may not have run$/);
    expect(transport.sentMethods()).toEqual(["CMAPI_Connection_Connect"]);
  });

  it("is sent again when the app marked it safe to retry", async () => {
    const { transport, client } = setup();
    transport.events.connected({ resumed: false });
    const call = client.call("CMAPI_Network_GetRFInfo", { deviceId: "1" }, { retry: true });
    transport.events.disconnected(new Error("gone"));
    transport.events.connected({ resumed: false });
    expect(transport.sent).toHaveLength(2);
    expect(transport.sent[1]).toEqual(transport.sent[0]);
    transport.answer(transport.sent[1]!, { RFInfoListElements: 3 });
    expect(await call).toEqual({ RFInfoListElements: 3 });
  });

  it("whose send failed before reaching the server (notSent) waits and goes out once the connection is back", async () => {
    const { transport, client } = setup();
    transport.events.connected({ resumed: false });
    transport.send = async () => {
      transport.events.disconnected(new Error("refused"));
      throw Object.assign(new Error("nothing answers"), { notSent: true });
    };
    const call = client.call("CMAPI_Connection_Connect", { deviceId: "1" });
    await settle();
    expect(client.state).toBe("reconnecting");
    transport.send = ReconnectingTransport.prototype.send;
    transport.events.connected({ resumed: false });
    expect(transport.sentMethods()).toEqual(["CMAPI_Connection_Connect"]);
    transport.answer(transport.sent[0]!, { connectionId: 1 });
    expect(await call).toEqual({ connectionId: 1 });
  });
});

describe("registrations", () => {
  it("are made again on every new session, not on a resumed one, and no longer once unregistered", async () => {
    const { transport, client } = setup();
    transport.events.connected({ resumed: false });
    const registering = client.register("CMAPI_Callback_DeviceChanged", () => undefined);
    transport.answer(transport.sent[0]!);
    const unregister = await registering;
    transport.events.disconnected(new Error("gone"));
    transport.events.connected({ resumed: true });
    expect(transport.sentMethods()).toEqual(["CMAPI_Callback_Register"]);
    transport.events.disconnected(new Error("gone"));
    transport.events.connected({ resumed: false });
    expect(transport.sentMethods()).toEqual(["CMAPI_Callback_Register", "CMAPI_Callback_Register"]);
    expect(transport.sent[1]!.params).toEqual({ callbackId: "CMAPI_Callback_DeviceChanged" });
    transport.answer(transport.sent[1]!);
    const unregistering = unregister();
    transport.answer(transport.sent[2]!);
    await unregistering;
    transport.events.connected({ resumed: false });
    expect(transport.sentMethods()).toEqual(["CMAPI_Callback_Register", "CMAPI_Callback_Register", "CMAPI_Callback_Unregister"]);
  });

  it("a registration the device refuses on the new session is reported, not thrown", async () => {
    const { transport, problems, client } = setup();
    transport.events.connected({ resumed: false });
    const registering = client.register("CMAPI_Callback_DeviceChanged", () => undefined);
    transport.answer(transport.sent[0]!);
    await registering;
    transport.events.connected({ resumed: false });
    transport.events.message(JSON.stringify({ jsonrpc: "2.0", cmapiversion: "1.1", id: transport.sent[1]!.id, error: { code: 4, message: "Invalid Operation" } }));
    await settle();
    expect(problems).toMatchObject([{ kind: "re-register", message: "could not register again for CMAPI_Callback_DeviceChanged: Invalid Operation" }]);
  });
});

describe("the connection state", () => {
  it("is reported on every change, and can be waited for", async () => {
    const { transport, states, client } = setup();
    const open = client.waitFor("open");
    transport.events.connected({ resumed: false });
    await open;
    transport.events.disconnected(new Error("WebSocket closed (code 1006)"));
    expect(client.state).toBe("reconnecting");
    await expect(client.waitFor("open", { timeoutMs: 10 })).rejects.toMatchObject({ kind: "timeout", message: 'the connection was not "open" within 10 ms' });
    const closedWhileWaiting = client.waitFor("open").catch((error: unknown) => error);
    await client.close();
    expect(await closedWhileWaiting).toMatchObject({ kind: "closed" });
    expect(states.map((change) => [change.state, change.resumed ?? change.error?.message])).toEqual([
      ["open", false],
      ["reconnecting", "WebSocket closed (code 1006)"],
      ["closed", "the client was closed"],
    ]);
  });
});

describe("close()", () => {
  it("rejects a Promise call with kind closed; a callback-style call just stops, with no problem reported", async () => {
    const { transport, problems, client } = setup();
    transport.events.connected({ resumed: false });
    const waiting = client.call("CMAPI_Network_GetRFInfo", { deviceId: "1" }).catch((error: unknown) => error);
    client.call("CMAPI_Connection_Connect", { deviceId: "1" }, () => undefined);
    await client.close();
    expect(await waiting).toMatchObject({ kind: "closed", message: "the connection closed: the client was closed" });
    await settle();
    expect(problems).toEqual([]);
  });
});

describe("backoff", () => {
  it("grows from the initial delay by doubling up to the maximum, each delay jittered between half and all of its step", () => {
    const options = { initialDelayMs: 100, maxDelayMs: 1000 };
    expect([0, 1, 2, 3, 4, 10].map((attempt) => backoffDelay(attempt, options, () => 1))).toEqual([100, 200, 400, 800, 1000, 1000]);
    expect([0, 1, 2, 3, 4, 10].map((attempt) => backoffDelay(attempt, options, () => 0))).toEqual([50, 100, 200, 400, 500, 500]);
  });
});
