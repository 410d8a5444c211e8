/**
 * Load and soak, on loopback, bounded: 500 WebSocket clients and 200 HTTP long-polling clients,
 * all registered for a callback, while the server (its own process) emits numbered events and the
 * clients keep calling a function. Checks that every event reaches every client exactly once and
 * in order, that no call is lost, and samples the server's memory.
 * Run: npx tsx bench/soak.ts [seconds=60] [websocket clients=500] [http clients=200]
 */
import { WebSocket } from "ws";
import { connectHttp, connectWebSocket, type CmapiClient } from "../generated/client.js";
import type { WebSocketConstructor } from "../generated/runtime/transport-websocket.js";
import { startServerProcess } from "./process.js";

const seconds = Number(process.argv[2] ?? 60);
const wsCount = Number(process.argv[3] ?? 500);
const httpCount = Number(process.argv[4] ?? 200);
const eventEveryMs = 100;
const events = Math.floor((seconds * 1000) / eventEveryMs);

const server = await startServerProcess("generated");
const url = `http://127.0.0.1:${server.port}/cmapi`;
const rss = async () => Number((await server.ask("rss", "rss")).split(" ")[1]) / 1024 / 1024;
const heap = async () => Number((await server.ask("heap", "heap")).split(" ")[1]) / 1024 / 1024;
const problems: string[] = [];
const onProblem = (problem: { kind: string; message: string }) => problems.push(`${problem.kind}: ${problem.message}`);

interface Listener {
  client: CmapiClient;
  transport: "websocket" | "http";
  received: number[];
}
const listeners: Listener[] = [];
for (let n = 0; n < wsCount + httpCount; n++) {
  const transport = n < wsCount ? "websocket" : "http";
  const client = transport === "websocket" ? connectWebSocket(url.replace(/^http/, "ws"), { WebSocket: WebSocket as unknown as WebSocketConstructor, onProblem }) : connectHttp(url, { onProblem, retryDelayMs: 100 });
  listeners.push({ client, transport, received: [] });
}
await Promise.all(listeners.map((listener) => listener.client.register("CMAPI_Callback_DeviceChanged", (payload) => listener.received.push(Number(payload.description?.split(" ")[1])))));
console.log(`${wsCount} WebSocket and ${httpCount} HTTP clients registered; emitting ${events} events over ${seconds} s`);

const memory: number[] = [await rss()];
const heaps: number[] = [await heap()];
let calls = 0;
let answered = 0;
let failed = 0;
const started = Date.now();
const caller = setInterval(() => {
  for (let n = 0; n < 20; n++) {
    const listener = listeners[Math.floor(Math.random() * listeners.length)]!;
    calls++;
    listener.client.networkGetRFInfo({ deviceId: "1" }).then(
      () => answered++,
      () => failed++,
    );
  }
}, 50);
const sampler = setInterval(() => {
  void rss().then((value) => memory.push(value));
  void heap().then((value) => heaps.push(value));
}, 5000);
await server.ask(`emit ${events} ${eventEveryMs}`, "emitted", (seconds + 60) * 1000);
clearInterval(caller);
const expected = Array.from({ length: events }, (_, index) => index + 1);
const deadline = Date.now() + 30_000;
while (Date.now() < deadline && (listeners.some((listener) => listener.received.length < events) || answered + failed < calls)) {
  await new Promise((resolve) => setTimeout(resolve, 200));
}
clearInterval(sampler);
memory.push(await rss());
heaps.push(await heap());

const exact = listeners.filter((listener) => listener.received.length === events && listener.received.every((value, index) => value === expected[index]));
const duplicates = listeners.filter((listener) => new Set(listener.received).size !== listener.received.length).length;
const outOfOrder = listeners.filter((listener) => listener.received.some((value, index) => index > 0 && value < listener.received[index - 1]!)).length;
const delivered = listeners.reduce((sum, listener) => sum + listener.received.length, 0);
const elapsed = (Date.now() - started) / 1000;
console.log(
  `callbacks: ${delivered} delivered of ${events * listeners.length} (${(delivered / elapsed).toFixed(0)}/s); every client got every event once and in order: ${exact.length}/${listeners.length}; with duplicates: ${duplicates}; out of order: ${outOfOrder}`,
);
console.log(`calls: ${calls} made, ${answered} answered, ${failed} failed, ${calls - answered - failed} lost`);
console.log(`server RSS, MiB, every 5 s: ${memory.map((value) => value.toFixed(0)).join(" ")}`);
console.log(`server heap used after a full GC, MiB, every 5 s: ${heaps.map((value) => value.toFixed(1)).join(" ")}`);
console.log(`problems reported by clients: ${problems.length}${problems.length ? ` (first: ${problems[0]})` : ""}`);
await Promise.all(listeners.map((listener) => listener.client.close()));
server.stop();
process.exit(exact.length === listeners.length && failed === 0 && calls === answered ? 0 : 1);
