/**
 * Clients that outlive their device: the server process is killed (a power cut) or closed, and
 * started again on the same port, while 50 WebSocket and 20 long-polling clients are registered.
 * Real processes, real sockets on loopback.
 */
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { connectHttp, type CmapiClient } from "../generated/client.js";
import { connectWebSocket } from "../generated/node.js";
import { startCmapiServer } from "../generated/server.js";
import { skeletonHandlers } from "../generated/handlers.skeleton.js";
import { startDeviceProcess, type DeviceProcess } from "./support/device-launcher.js";
import { OPERATOR } from "./support/secrets.js";

const FAST_RECONNECT = { initialDelayMs: 50, maxDelayMs: 400 };
const cleanups: (() => Promise<unknown>)[] = [];

afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup().catch(() => undefined)));
});

/** A client registered for SMSReceived that records the body of every callback it gets. */
async function registeredClient(transport: "websocket" | "http", url: string) {
  // SMSReceived needs administrator: the client opens the API, and again on every new session before it registers again.
  const credentials = OPERATOR;
  const client: CmapiClient = transport === "websocket" ? connectWebSocket(url.replace(/^http/, "ws"), { reconnect: FAST_RECONNECT, credentials }) : connectHttp(url, { retryDelayMs: 50, reconnect: { maxDelayMs: 400 }, credentials });
  cleanups.push(() => client.close());
  const bodies: string[] = [];
  await client.register("CMAPI_Callback_SMSReceived", (payload) => bodies.push(payload.message.body ?? ""));
  return { transport, client, bodies };
}

type Registered = Awaited<ReturnType<typeof registeredClient>>;

async function until(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const numbered = (bodies: readonly string[], tag: string) => bodies.filter((body) => body.startsWith(`${tag} `)).map((body) => Number(body.split(" ")[1]));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

/** Emits probes until every client has one: then each has registered again on the new server. */
async function untilAllRegistered(device: DeviceProcess, clients: readonly Registered[], tag: string): Promise<void> {
  for (let n = 1; !clients.every((client) => numbered(client.bodies, tag).length > 0); n++) {
    if (n > 200) throw new Error(`after ${n} probes, ${clients.filter((client) => numbered(client.bodies, tag).length === 0).length} clients still have none`);
    await device.emit(tag, n);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("a device restarted on the same port", () => {
  it.each(["SIGKILL", "SIGTERM"] as const)(
    "(%s) finds all 50 WebSocket and 20 long-polling clients back, registered again, each receiving every later callback once",
    async (signal) => {
      let device = await startDeviceProcess();
      cleanups.push(() => device.stop());
      const clients = [...(await Promise.all(Array.from({ length: 50 }, () => registeredClient("websocket", device.url)))), ...(await Promise.all(Array.from({ length: 20 }, () => registeredClient("http", device.url))))];
      for (const n of range(1, 5)) expect(await device.emit("before", n)).toBe(70);
      await until(() => clients.every((client) => client.bodies.length === 5), "every client has the callbacks sent before the restart");

      const states = clients.map((client) => {
        const seen: string[] = [];
        client.client.onStateChange((change) => seen.push(change.state));
        return seen;
      });
      await device.stop(signal);
      device = await startDeviceProcess(device.port);
      await untilAllRegistered(device, clients, "probe");
      for (const n of range(1, 20)) expect(await device.emit("after", n)).toBe(70);
      await until(() => clients.every((client) => numbered(client.bodies, "after").length >= 20), "every client has the 20 callbacks sent after the restart");
      await new Promise((resolve) => setTimeout(resolve, 200)); // time for a doubled one to show

      for (const client of clients) {
        expect(numbered(client.bodies, "before"), client.transport).toEqual(range(1, 5));
        expect(numbered(client.bodies, "after"), client.transport).toEqual(range(1, 20));
        expect(client.client.state).toBe("open");
      }
      // Every WebSocket client saw its socket break and come back; no client gave up.
      for (const seen of states.slice(0, 50)) expect(seen).toContain("reconnecting");
      for (const seen of states) expect(seen).not.toContain("closed");
      // An answered call on every client, over the new process.
      await Promise.all(clients.map(async ({ client }) => expect(await client.networkGetRFInfo({ deviceId: "1" })).toEqual({ RFInfoListElements: 0, RFInfoList: [] })));
    },
    60_000,
  );
});

describe("a call across a restart", () => {
  it("made while the device is down waits and is answered once it is back; one in flight is not run twice", async () => {
    let device = await startDeviceProcess();
    cleanups.push(() => device.stop());
    const client = connectWebSocket(device.url.replace(/^http/, "ws"), { reconnect: FAST_RECONNECT, validityPeriodMs: 20_000 });
    cleanups.push(() => client.close());
    await client.waitFor("open", { timeoutMs: 5000 });
    await device.stop("SIGKILL");
    await client.waitFor("reconnecting", { timeoutMs: 5000 });
    const waiting = client.networkGetRFInfo({ deviceId: "1" });
    device = await startDeviceProcess(device.port);
    expect(await waiting).toEqual({ RFInfoListElements: 0, RFInfoList: [] });
  });

  it("in flight when the server stops for good without answering rejects by its validity period, not later", async () => {
    const server = await startCmapiServer({ ...skeletonHandlers, CMAPI_Connection_Connect: () => new Promise(() => undefined) }, { closeTimeoutMs: 100 });
    const client = connectWebSocket(server.url.replace(/^http/, "ws"), { reconnect: FAST_RECONNECT, validityPeriodMs: 1500 });
    cleanups.push(() => client.close());
    const started = Date.now();
    const connecting = client.connectionConnect({ deviceId: "1" }).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await server.close();
    expect(await connecting).toMatchObject({ name: "CmapiClientError", kind: "timeout" });
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe("a graceful close", () => {
  it("lets a call in progress finish, then closes WebSockets with 1001 (going away) and answers held polls", async () => {
    let release: () => void = () => undefined;
    const server = await startCmapiServer({ ...skeletonHandlers, CMAPI_Connection_Connect: () => new Promise((resolve) => (release = () => resolve({ connectionId: 3 }))) }, { closeTimeoutMs: 5000, pollTimeoutMs: 20_000 });
    const ws = connectWebSocket(server.url.replace(/^http/, "ws"), { reconnect: FAST_RECONNECT });
    const http = connectHttp(server.url, { retryDelayMs: 50 });
    cleanups.push(
      () => ws.close(),
      () => http.close(),
    );
    const changes: { state: string; error?: string | undefined }[] = [];
    ws.onStateChange((change) => changes.push({ state: change.state, error: change.error?.message }));
    await ws.register("CMAPI_Callback_RoamingChanged", () => undefined);
    await http.register("CMAPI_Callback_RoamingChanged", () => undefined); // its long poll is now held
    const connecting = ws.connectionConnect({ deviceId: "1" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    const closing = server.close();
    setTimeout(() => release(), 300);
    expect(await connecting).toEqual({ connectionId: 3 });
    await closing;
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(Date.now() - started).toBeLessThan(3000);
    await ws.waitFor("reconnecting", { timeoutMs: 2000 });
    await http.waitFor("reconnecting", { timeoutMs: 2000 });
    expect(changes).toContainEqual({ state: "reconnecting", error: "WebSocket closed (code 1001: server going away)" });
  });
});

describe("dead connections", () => {
  it("a device that hangs (frozen, its socket open and silent) is noticed by the client within 2.5 heartbeats; thawed, the session resumes", async () => {
    const device = await startDeviceProcess(); // heartbeatMs 1000
    cleanups.push(() => device.stop());
    const client = connectWebSocket(device.url.replace(/^http/, "ws"), { reconnect: FAST_RECONNECT, openTimeoutMs: 1000 });
    cleanups.push(() => client.close());
    await client.waitFor("open", { timeoutMs: 5000 });
    const changes: string[] = [];
    client.onStateChange((change) => changes.push(change.resumed === undefined ? change.state : `${change.state} resumed=${change.resumed}`));
    const frozenAt = Date.now();
    device.freeze(true);
    await client.waitFor("reconnecting", { timeoutMs: 5000 });
    expect(Date.now() - frozenAt).toBeLessThan(3500);
    device.freeze(false);
    await client.waitFor("open", { timeoutMs: 5000 });
    expect(changes).toEqual(["reconnecting", "open resumed=true"]);
  });

  it("a client that stops answering pings (half-open) is dropped by the server within two heartbeats; one that answers stays", async () => {
    const server = await startCmapiServer(skeletonHandlers, { heartbeatMs: 200 });
    cleanups.push(() => server.close());
    const url = server.url.replace(/^http/, "ws");
    const silent = new WebSocket(url, { autoPong: false });
    const answering = new WebSocket(url);
    cleanups.push(async () => answering.close());
    const silentClosed = new Promise<number>((resolve) => silent.on("close", () => resolve(Date.now())));
    await Promise.all([silent, answering].map((ws) => new Promise((resolve) => ws.on("open", resolve))));
    const openedAt = Date.now();
    expect((await silentClosed) - openedAt).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(answering.readyState).toBe(WebSocket.OPEN);
  });
});
