/** Clients that try to exhaust the server: it stays up, keeps serving the others, and bounds what it holds for them. */
import { connect as tcpConnect, type Socket } from "node:net";
import { WebSocket } from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, startDevice, type TestServer } from "./support/device.js";
import { openApiText, rawHttp, rawHttpClient, rawSocket } from "./support/raw.js";

let server: TestServer;
const call = (id: string) => JSON.stringify({ jsonrpc: "2.0", cmapiversion: "1.1", method: "CMAPI_Network_GetRFInfo", id, params: { deviceId: "1" } });

beforeAll(async () => {
  ({ server } = await startDevice({}, { maxBufferedBytes: 256 * 1024, requestTimeoutMs: 1500, headersTimeoutMs: 1000, pollTimeoutMs: 2000 }));
}, 60_000);
afterAll(() => server.close());

async function stillServes(target: TestServer = server): Promise<void> {
  const socket = await rawSocket(target.url.replace(/^http/, "ws"));
  expect(await socket.exchange(call("alive"))).toMatchObject({ id: "alive", result: { RFInfoListElements: 1 } });
  socket.close();
  expect(JSON.parse((await rawHttp(target.url, { body: call("alive-http") })).body)).toMatchObject({ id: "alive-http", result: { RFInfoListElements: 1 } });
}

function rawTcp(): Promise<Socket> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = tcpConnect(Number(port), "127.0.0.1", () => resolve(socket));
    socket.on("error", reject);
  });
}

function closed(socket: Socket): Promise<number> {
  const started = Date.now();
  return new Promise((resolve) => {
    socket.on("close", () => resolve(Date.now() - started));
    socket.on("error", () => undefined);
    socket.resume();
  });
}

describe("hostile clients", () => {
  it("a WebSocket client that never reads is disconnected once too much waits for it", async () => {
    const sessionsBefore = server.core.sessionCount;
    const ws = new WebSocket(server.url.replace(/^http/, "ws"));
    await new Promise((resolve) => ws.once("open", resolve));
    // SMS callbacks go to a session with the level of CMAPI_SMS_Read only.
    const opened = new Promise((resolve) => ws.once("message", resolve));
    ws.send(openApiText());
    await opened;
    const registered = new Promise((resolve) => ws.once("message", resolve));
    ws.send(JSON.stringify({ jsonrpc: "2.0", cmapiversion: "1.1", method: "CMAPI_Callback_Register", id: "r", params: { callbackId: "CMAPI_Callback_SMSReceived" } }));
    await registered;
    (ws as unknown as { _socket: Socket })._socket.pause(); // from now on it reads nothing
    expect(server.core.sessionCount).toBe(sessionsBefore + 1);
    const payload = { deviceId: "1", message: { msgID: "m", status: "unread", storage: "device", address: "+1", body: "x".repeat(8000) } };
    for (let sent = 0; sent < 2000 && server.core.sessionCount > sessionsBefore; sent++) {
      server.emit("CMAPI_Callback_SMSReceived", payload);
      if (sent % 50 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await eventually(() => server.core.sessionCount === sessionsBefore, 10_000);
    ws.terminate();
    await stillServes();
  }, 30_000);

  it("a WebSocket frame that announces more than the limit is refused at once (1009), endless or not", async () => {
    const socket = await rawTcp();
    const done = closed(socket);
    socket.write(["GET /cmapi HTTP/1.1", `Host: 127.0.0.1`, "Upgrade: websocket", "Connection: Upgrade", "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==", "Sec-WebSocket-Version: 13", "", ""].join("\r\n"));
    await new Promise((resolve) => setTimeout(resolve, 100));
    // A masked text frame claiming 2^40 bytes, then a trickle that would never end.
    const header = Buffer.from([0x81, 0xff, 0, 0, 0x01, 0, 0, 0, 0, 0, 1, 2, 3, 4]);
    socket.write(header);
    const trickle = setInterval(() => socket.writable && socket.write("x"), 50);
    const elapsed = await done;
    clearInterval(trickle);
    expect(elapsed).toBeLessThan(3000);
    await stillServes();
  });

  it("a client that opens thousands of long polls holds one at a time: each new one answers the one before", async () => {
    const clientId = "5b8d3a4e-1f2a-4c3b-9d8e-7a6b5c4d3e2f";
    const started = Date.now();
    const polls = await Promise.all(Array.from({ length: 1000 }, () => rawHttp(`${server.url}/poll`, { body: "{}", headers: { "X-Cmapi-Client": clientId, "X-Cmapi-Ack": "0" } })));
    expect(polls.every((poll) => poll.status === 204)).toBe(true);
    // Each poll is answered as the next one comes; a bound loose enough for a loaded machine, not a speed figure.
    expect(Date.now() - started).toBeLessThan(25_000);
    await stillServes();
  }, 30_000);

  it("a request whose body arrives too slowly is cut off, and the others are served meanwhile", async () => {
    const socket = await rawTcp();
    const done = closed(socket);
    socket.write(["POST /cmapi HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/json", "Content-Length: 1000", "", "{"].join("\r\n"));
    const trickle = setInterval(() => socket.writable && socket.write(" "), 200);
    await stillServes();
    const elapsed = await done;
    clearInterval(trickle);
    expect(elapsed).toBeLessThan(6000);
  }, 20_000);

  it("headers that never end are cut off too", async () => {
    const socket = await rawTcp();
    const done = closed(socket);
    socket.write("POST /cmapi HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    const trickle = setInterval(() => socket.writable && socket.write("X-Slow: 1\r\n"), 100);
    const elapsed = await done;
    clearInterval(trickle);
    expect(elapsed).toBeLessThan(6000);
    await stillServes();
  }, 20_000);
});

/**
 * A recovering WebSocket (the URL has the `cmapi-session` query) from `localAddress` (127.0.0.0/8 is
 * all loopback): resolves at its first frame, the session frame of an accepted socket, or when it
 * closes, with the close code (a refusal is an upgrade followed by a close frame, and no session frame).
 */
function socketFrom(url: string, localAddress: string, origin?: string): Promise<{ ws: WebSocket; code: number | undefined; frames: string[] }> {
  const ws = new WebSocket(url.replace(/^http/, "ws"), { localAddress, ...(origin ? { origin } : {}) });
  const frames: string[] = [];
  ws.on("message", (data) => frames.push(data.toString()));
  return new Promise((resolve, reject) => {
    ws.once("error", reject);
    ws.once("close", (code) => resolve({ ws, code, frames }));
    ws.once("message", () => resolve({ ws, code: undefined, frames }));
  });
}

const registerText = (callbackId: string, id: string, deviceId?: string) => JSON.stringify({ jsonrpc: "2.0", cmapiversion: "1.1", method: "CMAPI_Callback_Register", id, params: { callbackId, ...(deviceId ? { deviceId } : {}) } });
const deviceChanged = { deviceId: "1", deviceState: 1, radio: 1, deviceCapability: 1, connectionType: 1, deviceType: 1, description: "x", uniqueIdentifier: "1", manufacturer: "m", model: "m" };
const clientIds = (count: number, prefix: string) => Array.from({ length: count }, (_, index) => `${prefix}-0000-4000-8000-${String(index).padStart(12, "0")}`);

describe("floods", () => {
  let flooded: TestServer;
  const limits = { maxSessions: 6, maxSessionsPerAddress: 3, maxConnections: 4, maxConnectionsPerAddress: 2, maxQueuedBytes: 4096 };
  beforeAll(async () => {
    ({ server: flooded } = await startDevice({}, { limits, maxRegistrationsPerSession: 3, pollTimeoutMs: 1500 }));
  }, 60_000);
  afterAll(() => flooded.close());

  /** A long-polling client from `localAddress` whose session exists (its first poll answered at once). */
  async function pollingClient(id: string, localAddress = "127.0.0.1") {
    const client = rawHttpClient(flooded.url, id, { localAddress });
    const first = await client.post("/poll", "{}", { "X-Cmapi-Ack": "0" });
    return { client, first };
  }

  it("a flood of session ids from one address forgets the least recently heard-from idle session first, never a busy one; with none idle, 503 and Retry-After", async () => {
    const [a, b, c, d, e] = clientIds(5, "aaaaaaaa");
    const clientA = await pollingClient(a!);
    const clientB = await pollingClient(b!);
    const clientC = await pollingClient(c!);
    expect([clientA.first.status, clientB.first.status, clientC.first.status]).toEqual([204, 204, 204]);
    expect(JSON.parse((await clientA.client.post("", call("a-heard"))).body)).toMatchObject({ id: "a-heard", result: {} }); // A is heard from again: B is now the oldest
    const clientD = await pollingClient(d!);
    expect(clientD.first.status).toBe(204);
    expect((await clientB.client.post("", call("b-forgotten"))).status).toBe(410);
    for (const [name, { client }] of [
      ["a", clientA],
      ["c", clientC],
    ] as const)
      expect(JSON.parse((await client.post("", call(`${name}-kept`))).body)).toMatchObject({ id: `${name}-kept`, result: {} });
    // A, C and D each hold a poll: none is idle, so a fourth from this address is refused, and told when to come back.
    const held = [clientA, clientC, clientD].map(({ client }) => client.post("/poll", "{}", { "X-Cmapi-Ack": "0" }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const refused = await rawHttp(`${flooded.url}/poll`, { body: "{}", headers: { "X-Cmapi-Client": e!, "X-Cmapi-Ack": "0" } });
    expect(refused.status).toBe(503);
    expect(refused.headers["retry-after"]).toBe("5");
    // Another address has its own share.
    expect((await pollingClient(e!, "127.0.0.2")).first.status).toBe(204);
    await Promise.all(held);
    await stillServes(flooded);
  }, 20_000);

  it("a thousand session ids in a few seconds, from a few addresses: the server holds at most its limit, and serves on", async () => {
    const addresses = ["127.0.0.3", "127.0.0.4", "127.0.0.5"];
    const ids = clientIds(1000, "bbbbbbbb");
    for (let start = 0; start < ids.length; start += 50) {
      await Promise.all(ids.slice(start, start + 50).map((id, index) => rawHttp(`${flooded.url}/poll`, { body: "{}", localAddress: addresses[index % addresses.length]!, headers: { "X-Cmapi-Client": id, "X-Cmapi-Ack": "0" } })));
      expect(flooded.core.sessionCount).toBeLessThanOrEqual(limits.maxSessions);
    }
    await stillServes(flooded);
  }, 30_000);

  it("WebSocket connections past the limit, per address and in all, are closed with 1013 (try again later)", async () => {
    const before = flooded.core.sessionCount;
    const url = `${flooded.url}?cmapi-session=&cmapi-ack=0`;
    const open = [await socketFrom(url, "127.0.0.6"), await socketFrom(url, "127.0.0.6")];
    expect(open.map((socket) => socket.code)).toEqual([undefined, undefined]);
    expect((await socketFrom(url, "127.0.0.6")).code).toBe(1013);
    open.push(await socketFrom(url, "127.0.0.7"), await socketFrom(url, "127.0.0.7"));
    expect(open.map((socket) => socket.code)).toEqual([undefined, undefined, undefined, undefined]);
    expect((await socketFrom(url, "127.0.0.8")).code).toBe(1013);
    // Closed with 1000 (goodbye): their sessions end with them rather than wait for a resume.
    await Promise.all(open.map(({ ws }) => new Promise((resolve) => (ws.once("close", resolve), ws.close(1000)))));
    // Their sessions went with them (four of the flood's idle HTTP sessions made room for them).
    await eventually(() => flooded.core.sessionCount === before - 4);
    await stillServes(flooded);
  }, 20_000);

  it("a session holds a bounded number of registrations", async () => {
    const socket = await rawSocket(flooded.url.replace(/^http/, "ws"));
    for (const device of ["1", "2", "3"]) expect(await socket.exchange(registerText("CMAPI_Callback_DeviceChanged", `r${device}`, device))).toMatchObject({ result: {} });
    expect(await socket.exchange(registerText("CMAPI_Callback_DeviceChanged", "r4", "4"))).toMatchObject({ error: { code: 4, data: "a session may hold at most 3 registrations" } });
    expect(await socket.exchange(registerText("CMAPI_Callback_DeviceChanged", "again", "1"))).toMatchObject({ result: {} }); // the same one again takes no room
    socket.close();
    await stillServes(flooded);
  });

  it("a long-polling client that stops polling is forgotten once its messages outgrow their byte limit; its next poll learns it (410)", async () => {
    const { client } = await pollingClient(clientIds(1, "cccccccc")[0]!, "127.0.0.9");
    expect(JSON.parse((await client.post("", registerText("CMAPI_Callback_DeviceChanged", "r"))).body)).toMatchObject({ result: {} });
    const before = flooded.core.sessionCount;
    for (let sent = 0; sent < 40 && flooded.core.sessionCount === before; sent++) flooded.emit("CMAPI_Callback_DeviceChanged", deviceChanged);
    expect(flooded.core.sessionCount).toBe(before - 1);
    expect((await client.post("/poll", "{}", { "X-Cmapi-Ack": "0" })).status).toBe(410);
    await stillServes(flooded);
  });
});

describe("sessions bound to their origin", () => {
  let device: TestServer;
  const [APP, OTHER] = ["http://app.example", "http://other.example"];
  beforeAll(async () => {
    ({ server: device } = await startDevice({}, { allowedOrigins: [APP, OTHER] }));
  }, 60_000);
  afterAll(() => device.close());

  const sessionFrame = (frames: string[]) => JSON.parse(frames.find((frame) => frame.includes('"cmapicontrol":"session"'))!) as { session: string; resumed: boolean };

  it("a WebSocket session token presented from another Origin gets a new, empty session; its owner resumes with its queued callback", async () => {
    const url = `${device.url}?cmapi-session=&cmapi-ack=0`;
    const owner = await socketFrom(url, "127.0.0.1", APP);
    await eventually(() => owner.frames.length > 0);
    const { session: token } = sessionFrame(owner.frames);
    expect(token).toMatch(/^[0-9a-f]{32}\.[0-9a-f]{32}$/); // 128 random bits, besides the key that names it
    owner.ws.send(registerText("CMAPI_Callback_DeviceChanged", "r"));
    await eventually(() => owner.frames.some((frame) => frame.includes('"id":"r"')));
    const seen = owner.frames.filter((frame) => frame.includes('"seq"') || frame.includes('"id"')).length;
    owner.ws.terminate();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(device.emit("CMAPI_Callback_DeviceChanged", deviceChanged)).toBe(1); // queued for the owner

    const thief = await socketFrom(`${device.url}?cmapi-session=${token}&cmapi-ack=${seen}`, "127.0.0.1", OTHER);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const stolen = sessionFrame(thief.frames);
    expect(stolen.resumed).toBe(false);
    expect(stolen.session).not.toBe(token);
    expect(thief.frames.some((frame) => frame.includes("CMAPI_Callback_DeviceChanged"))).toBe(false);
    thief.ws.close();

    const guessed = `${token.split(".")[0]}.${"0".repeat(32)}`; // the right key, a wrong secret
    const guesser = await socketFrom(`${device.url}?cmapi-session=${guessed}&cmapi-ack=${seen}`, "127.0.0.1", APP);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sessionFrame(guesser.frames).resumed).toBe(false);
    guesser.ws.close();

    const back = await socketFrom(`${device.url}?cmapi-session=${token}&cmapi-ack=${seen}`, "127.0.0.1", APP);
    await eventually(() => back.frames.some((frame) => frame.includes("CMAPI_Callback_DeviceChanged")));
    expect(sessionFrame(back.frames)).toMatchObject({ session: token, resumed: true });
    back.ws.close(1000);
    await stillServes(device);
  });

  it("a long-polling client id used from another Origin names another session: the owner's token does not work there, and the owner keeps its callbacks", async () => {
    const id = clientIds(1, "dddddddd")[0]!;
    const owner = rawHttpClient(device.url, id);
    await owner.post("/poll", "{}", { Origin: APP, "X-Cmapi-Ack": "0" });
    expect(owner.token).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.parse((await owner.post("", registerText("CMAPI_Callback_DeviceChanged", "r"), { Origin: APP })).body)).toMatchObject({ result: {} });
    // The owner's id and token, from another page: no such session there.
    const stolen = await rawHttp(`${device.url}/poll`, { body: "{}", headers: { Origin: OTHER, "X-Cmapi-Client": id, "X-Cmapi-Session": owner.token!, "X-Cmapi-Ack": "0" } });
    expect(stolen.status).toBe(410);
    // The id alone, from there: a session of its own, empty.
    const other = rawHttpClient(device.url, id);
    expect((await other.post("/poll", "{}", { Origin: OTHER, "X-Cmapi-Ack": "0" })).status).toBe(204);
    expect(other.token).not.toBe(owner.token);
    const listed = JSON.parse((await other.post("", JSON.stringify({ jsonrpc: "2.0", cmapiversion: "1.1", method: "CMAPI_Callback_GetRegistrations", id: "l", params: {} }), { Origin: OTHER })).body);
    expect(listed).toMatchObject({ result: { registrationListElements: 0 } });
    expect(device.emit("CMAPI_Callback_DeviceChanged", deviceChanged)).toBe(1);
    const delivered = await owner.post("/poll", "{}", { Origin: APP, "X-Cmapi-Ack": "0" });
    expect(delivered.body).toContain("CMAPI_Callback_DeviceChanged");
    await stillServes(device);
  });
});
