/** Clients that try to exhaust the server: it stays up, keeps serving the others, and bounds what it holds for them. */
import { connect as tcpConnect, type Socket } from "node:net";
import { WebSocket } from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, startDevice, type TestServer } from "./support/device.js";
import { openApiText, rawHttp, rawSocket } from "./support/raw.js";

let server: TestServer;
const call = (id: string) => JSON.stringify({ jsonrpc: "2.0", cmapiversion: "1.1", method: "CMAPI_Network_GetRFInfo", id, params: { deviceId: "1" } });

beforeAll(async () => {
  ({ server } = await startDevice({}, { maxBufferedBytes: 256 * 1024, requestTimeoutMs: 1500, headersTimeoutMs: 1000, pollTimeoutMs: 2000 }));
}, 60_000);
afterAll(() => server.close());

async function stillServes(): Promise<void> {
  const socket = await rawSocket(server.url.replace(/^http/, "ws"));
  expect(await socket.exchange(call("alive"))).toMatchObject({ id: "alive", result: { RFInfoListElements: 1 } });
  socket.close();
  expect(JSON.parse((await rawHttp(server.url, { body: call("alive-http") })).body)).toMatchObject({ id: "alive-http" });
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
