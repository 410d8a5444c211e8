/**
 * Reconnection after a device restart: WebSocket and long-polling clients of a device process that
 * is killed (SIGKILL, a power cut) or closed (SIGTERM, graceful) and started again on the same port.
 * Measures, per client, the time from the new process listening to the first answered call (a call
 * made while the device was down, waiting in the client), p50 and p99, with the default reconnect
 * settings; then counts the callbacks lost or doubled after the clients are back.
 *
 *   npx tsx bench/reconnect.ts [wsClients=200] [httpClients=50] [rounds=3] [maxDelayMs=10000]
 *
 * maxDelayMs caps the clients' backoff (the default is 10 s): a lower cap finds the device sooner
 * at the cost of more attempts while it is down.
 */
import { connectHttp, type CmapiClient } from "../generated/client.js";
import { connectWebSocket } from "../generated/node.js";
import { startDeviceProcess, type DeviceProcess } from "../test/support/device-launcher.js";

const [wsCount = 200, httpCount = 50, rounds = 3, maxDelayMs = 10_000] = process.argv.slice(2).map(Number);
const CALLBACKS = 50;

interface Measured {
  transport: "websocket" | "http";
  client: CmapiClient;
  bodies: string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function untilTrue(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) return false;
    await sleep(20);
  }
  return true;
}

async function round(signal: "SIGKILL" | "SIGTERM"): Promise<{ ws: number[]; http: number[]; lost: number; doubled: number }> {
  let device: DeviceProcess = await startDeviceProcess();
  const clients: Measured[] = [];
  for (let n = 0; n < wsCount + httpCount; n++) {
    const transport = n < wsCount ? "websocket" : "http";
    const client = transport === "websocket" ? connectWebSocket(device.url.replace(/^http/, "ws"), { reconnect: { maxDelayMs } }) : connectHttp(device.url, { reconnect: { maxDelayMs } });
    clients.push({ transport, client, bodies: [] });
  }
  await Promise.all(clients.map((entry) => entry.client.register("CMAPI_Callback_SMSReceived", (payload) => entry.bodies.push(payload.message.body ?? ""))));

  await device.stop(signal);
  // Every client calls while the device is down: the call waits in the client until it is back.
  const answeredAt = clients.map((entry) => entry.client.networkGetRFInfo({ deviceId: "1" }).then(() => performance.now()));
  device = await startDeviceProcess(device.port);
  const listeningAt = performance.now();
  const times = (await Promise.all(answeredAt)).map((at) => at - listeningAt);

  // Back and registered again: probes until every client has one, then numbered callbacks.
  for (let n = 1; !clients.every((entry) => entry.bodies.some((body) => body.startsWith("probe "))); n++) {
    await device.emit("probe", n);
    await sleep(50);
  }
  for (let n = 1; n <= CALLBACKS; n++) await device.emit("after", n);
  await untilTrue(() => clients.every((entry) => entry.bodies.filter((body) => body.startsWith("after ")).length >= CALLBACKS), 10_000);
  await sleep(300);
  let lost = 0;
  let doubled = 0;
  for (const entry of clients) {
    const seen = entry.bodies.filter((body) => body.startsWith("after "));
    const distinct = new Set(seen);
    lost += CALLBACKS - distinct.size;
    doubled += seen.length - distinct.size;
  }
  await Promise.all(clients.map((entry) => entry.client.close()));
  await device.stop("SIGTERM");
  return { ws: times.slice(0, wsCount), http: times.slice(wsCount), lost, doubled };
}

const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
console.log(`${wsCount} WebSocket + ${httpCount} long-polling clients, backoff capped at ${maxDelayMs} ms, ${rounds} rounds per kind of stop`);
console.log("| stop | transport | restart to first answered call p50 | p99 | max | callbacks lost | doubled |");
console.log("| --- | --- | --- | --- | --- | --- | --- |");
for (const signal of ["SIGKILL", "SIGTERM"] as const) {
  const ws: number[] = [];
  const http: number[] = [];
  let lost = 0;
  let doubled = 0;
  for (let n = 0; n < rounds; n++) {
    const result = await round(signal);
    ws.push(...result.ws);
    http.push(...result.http);
    lost += result.lost;
    doubled += result.doubled;
  }
  const row = (transport: string, times: number[], extra: string) => console.log(`| ${signal} | ${transport} | ${fmt(percentile(times, 50))} | ${fmt(percentile(times, 99))} | ${fmt(Math.max(...times))} | ${extra}`);
  row("WebSocket", ws, `${lost} | ${doubled} |`);
  row("HTTP", http, "(counted with WebSocket) | |");
}
