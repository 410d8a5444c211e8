/**
 * A flood against the generated server as a vendor ships it (its own process, default limits):
 * 100,000 long-poll session ids from eight loopback addresses, then 5,000 WebSocket connections
 * from ten. Prints the sessions and connections it holds and its RSS, sampled throughout, against
 * the bound below; exits 1 past it, or if it stopped answering.
 * Run: npx tsx bench/flood.ts [session ids=100000] [connections=5000] [as-shipped|unlimited]
 * (`unlimited`: the load benches' server, its flood limits raised out of reach, for comparison).
 */
import { Agent, request } from "node:http";
import { WebSocket } from "ws";
import { startServerProcess } from "./process.js";

/**
 * How much the flood may add to the idle server's RSS: what a 64 MB device can spare. README,
 * "Limits", states it. The server's heap is capped as such a device would cap it (the idle RSS is
 * mostly tsx, which runs the bench's server from TypeScript, and the validators' code).
 */
const GROWTH_BOUND_MIB = 32;
const HEAP_LIMIT_MIB = 96;

const sessionIds = Number(process.argv[2] ?? 100_000);
const connectionCount = Number(process.argv[3] ?? 5000);
const unlimited = process.argv[4] === "unlimited";
const server = await startServerProcess(unlimited ? "generated" : "generated-as-shipped", [`--max-old-space-size=${HEAP_LIMIT_MIB}`, "--max-semi-space-size=2"]);
const ask = async (what: string) => Number((await server.ask(what, what)).split(" ")[1]);
const mib = (bytes: number) => bytes / 1024 / 1024;
const settle = (ms = 1500) => new Promise((resolve) => setTimeout(resolve, ms));

let peak = 0;
const samples: number[] = [];
const sampler = setInterval(() => {
  void ask("rss").then((rss) => {
    samples.push(mib(rss));
    peak = Math.max(peak, mib(rss));
  });
}, 500);

await settle();
const idle = mib(await ask("rss"));
const idleHeap = mib(await ask("heap"));

// Sessions: each id's first poll starts a session (answered at once); then it never comes back.
const agent = new Agent({ keepAlive: true, maxSockets: 256 });
const statuses = new Map<number, number>();
const poll = (n: number) =>
  new Promise<void>((resolve) => {
    const clientId = `f1000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
    const req = request(
      { host: "127.0.0.1", port: server.port, path: "/cmapi/poll", method: "POST", agent, localAddress: `127.0.0.${1 + (n % 8)}`, headers: { "Content-Type": "application/json", "X-Cmapi-Client": clientId, "X-Cmapi-Ack": "0" } },
      (res) => {
        statuses.set(res.statusCode ?? 0, (statuses.get(res.statusCode ?? 0) ?? 0) + 1);
        res.resume();
        res.on("end", resolve);
      },
    );
    req.on("error", () => resolve());
    req.end("{}");
  });
const floodStarted = performance.now();
for (let start = 0; start < sessionIds; start += 500) await Promise.all(Array.from({ length: Math.min(500, sessionIds - start) }, (_, index) => poll(start + index)));
const floodSeconds = (performance.now() - floodStarted) / 1000;
agent.destroy();
await settle();
const afterSessions = mib(await ask("rss"));
const heapAfterSessions = mib(await ask("heap"));
const sessionsHeld = await ask("sessions");

// Connections: opened in waves and kept open; past the limit the server closes them with 1013.
const closeCodes = new Map<number, number>();
const open: WebSocket[] = [];
const connect = (n: number) =>
  new Promise<void>((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/cmapi?cmapi-session=&cmapi-ack=0`, { perMessageDeflate: false, localAddress: `127.0.1.${1 + (n % 10)}` });
    ws.once("close", (code) => {
      closeCodes.set(code, (closeCodes.get(code) ?? 0) + 1);
      resolve();
    });
    ws.once("error", () => resolve());
    ws.once("message", () => {
      open.push(ws); // the session frame: accepted
      resolve();
    });
  });
for (let start = 0; start < connectionCount; start += 500) await Promise.all(Array.from({ length: Math.min(500, connectionCount - start) }, (_, index) => connect(start + index)));
await settle();
const withConnections = mib(await ask("rss"));
const heapWithConnections = mib(await ask("heap"));
const heldWithConnections = await ask("sessions");
const stillAnswers = await new Promise<boolean>((resolve) => {
  const req = request({ host: "127.0.0.1", port: server.port, path: "/cmapi", method: "POST", headers: { "Content-Type": "application/json" } }, (res) => {
    let body = "";
    res.on("data", (chunk: Buffer) => (body += chunk.toString()));
    res.on("end", () => resolve(body.includes('"RFInfoListElements"')));
  });
  req.on("error", () => resolve(false));
  req.end(JSON.stringify({ jsonrpc: "2.0", cmapiversion: "1.1", method: "CMAPI_Network_GetRFInfo", id: "after", params: { deviceId: "1" } }));
});
clearInterval(sampler);
for (const ws of open) ws.terminate();

const counts = (map: Map<number, number>) => [...map].map(([code, count]) => `${code}: ${count}`).join(", ");
console.log(`flood against the generated server ${unlimited ? "with its flood limits raised out of reach" : "as shipped"} (its own process, node --max-semi-space-size=2)`);
const growth = peak - idle;
console.log(`  idle                                   RSS ${idle.toFixed(1)} MiB, heap after a full GC ${idleHeap.toFixed(1)} MiB`);
console.log(`  ${sessionIds} session ids in ${floodSeconds.toFixed(1)} s      RSS ${afterSessions.toFixed(1)} MiB, heap ${heapAfterSessions.toFixed(1)} MiB; ${sessionsHeld} sessions held; answers ${counts(statuses)}`);
console.log(`  ${connectionCount} WebSocket connections        RSS ${withConnections.toFixed(1)} MiB, heap ${heapWithConnections.toFixed(1)} MiB; ${open.length} accepted, ${heldWithConnections} sessions held; closed ${counts(closeCodes)}`);
console.log(
  `  peak RSS ${peak.toFixed(1)} MiB (${samples.length} samples): ${growth.toFixed(1)} MiB over idle; bound ${GROWTH_BOUND_MIB} MiB: ${growth <= GROWTH_BOUND_MIB ? "under" : "OVER"}; a normal call afterwards: ${stillAnswers ? "answered" : "NOT answered"}`,
);
server.stop();
process.exit(growth <= GROWTH_BOUND_MIB && stillAnswers ? 0 : 1);
