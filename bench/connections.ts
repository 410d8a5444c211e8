/**
 * Server memory with `count` idle WebSocket clients that recover sessions (as the generated client
 * does: `?cmapi-session=`), each registered for a callback; then with those clients gone and
 * their sessions waiting for a resume, each holding `queued` undelivered callbacks in its replay
 * buffer; then with `count` pending long polls (each a different client). RSS, and the heap after
 * a full GC (what is really held), against the same server idle; the cost per connection and per session.
 * Run: npx tsx bench/connections.ts [count=1000] [queued=20]
 */
import { Agent, request } from "node:http";
import { WebSocket } from "ws";
import { startServerProcess } from "./process.js";

const count = Number(process.argv[2] ?? 1000);
const queued = Number(process.argv[3] ?? 20);
const server = await startServerProcess("generated");
const measure = async () => ({ rss: Number((await server.ask("rss", "rss")).split(" ")[1]), heap: Number((await server.ask("heap", "heap")).split(" ")[1]) });
const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const perItem = (after: { rss: number; heap: number }, before: { rss: number; heap: number }) => `+${((after.rss - before.rss) / count / 1024).toFixed(1)} KiB RSS, +${((after.heap - before.heap) / count / 1024).toFixed(1)} KiB heap`;
const line = (label: string, value: { rss: number; heap: number }, extra = "") => console.log(`  ${label.padEnd(52)} RSS ${mib(value.rss).padStart(10)}, heap ${mib(value.heap).padStart(9)}${extra ? `   ${extra}` : ""}`);

await settle();
const idle = await measure();

const register = JSON.stringify({ jsonrpc: "2.0", cmapiversion: "1.1", method: "CMAPI_Callback_Register", id: "r", params: { callbackId: "CMAPI_Callback_DeviceChanged" } });
const sockets = await Promise.all(
  Array.from({ length: count }, async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/cmapi?cmapi-session=&cmapi-ack=0`, { perMessageDeflate: false });
    await new Promise<void>((resolve, reject) => {
      ws.on("message", (data) => data.toString().includes('"id":"r"') && resolve());
      ws.once("open", () => ws.send(register));
      ws.once("error", reject);
    });
    return ws;
  }),
);
await settle();
const withSockets = await measure();
for (const ws of sockets) ws.terminate(); // lost, not closed: the sessions wait for a resume
await settle();
const waiting = await measure();
await server.ask(`emit ${queued} 10`, "emitted", 60_000);
await settle();
const withReplay = await measure();

const agent = new Agent({ keepAlive: false, maxSockets: Infinity });
const polls = Array.from(
  { length: count },
  (_, n) =>
    new Promise<void>((resolve) => {
      const clientId = `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
      const req = request({ host: "127.0.0.1", port: server.port, path: "/cmapi/poll", method: "POST", agent, headers: { "Content-Type": "application/json", "X-Cmapi-Client": clientId, "X-Cmapi-Ack": "0" } }, (res) => {
        res.resume();
        res.on("end", resolve);
      });
      req.on("error", () => resolve());
      req.end("{}");
    }),
);
await settle();
const withPolls = await measure();

console.log(`server memory with ${count} clients (generated server, its own process; heap after a full GC)`);
line("idle", idle);
line(`${count} idle WebSocket clients, recovering, registered`, withSockets, `${perItem(withSockets, idle)} per connection and its session`);
line(`their sockets lost, the sessions waiting for a resume`, waiting, `${perItem(waiting, idle)} per waiting session`);
line(`... each holding ${queued} undelivered callbacks`, withReplay, `${perItem(withReplay, waiting)} per session for its replay buffer`);
line(`${count} pending long polls besides`, withPolls, `${perItem(withPolls, withReplay)} per poll (client session included)`);
server.stop();
agent.destroy();
await Promise.race([Promise.all(polls), new Promise((resolve) => setTimeout(resolve, 1000))]);
process.exit(0);
