/**
 * Server memory (RSS) with 1,000 idle WebSocket clients, then with 1,000 pending long polls (each a
 * different client), against the same server idle; the cost per connection.
 * Run: npx tsx bench/connections.ts [count]
 */
import { Agent, request } from "node:http";
import { WebSocket } from "ws";
import { startServerProcess } from "./process.js";

const count = Number(process.argv[2] ?? 1000);
const server = await startServerProcess("generated");
const rss = async () => Number((await server.ask("rss", "rss")).split(" ")[1]);
const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

await settle();
const idle = await rss();

const sockets = await Promise.all(
  Array.from({ length: count }, async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/cmapi`, { perMessageDeflate: false });
    await new Promise((resolve, reject) => {
      ws.once("open", resolve);
      ws.once("error", reject);
    });
    return ws;
  }),
);
await settle();
const withSockets = await rss();
for (const ws of sockets) ws.close();
await settle();
const afterSockets = await rss();

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
const withPolls = await rss();

console.log(`server RSS with ${count} connections (generated server, its own process)`);
console.log(`  idle                                  ${mb(idle)}`);
console.log(`  ${count} idle WebSocket clients       ${mb(withSockets)}   +${((withSockets - idle) / count / 1024).toFixed(1)} KiB per connection`);
console.log(`  after they closed                     ${mb(afterSockets)}`);
console.log(`  ${count} pending long polls           ${mb(withPolls)}   +${((withPolls - afterSockets) / count / 1024).toFixed(1)} KiB per poll (client session included)`);
server.stop();
agent.destroy();
await Promise.race([Promise.all(polls), new Promise((resolve) => setTimeout(resolve, 1000))]);
process.exit(0);
