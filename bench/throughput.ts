/**
 * Server throughput for a small function (CMAPI_Network_GetRFInfo, full validation of params and
 * result) over WebSocket and HTTP, against a raw ws echo server and a raw node:http JSON echo
 * server, with the same load generator and concurrency in the same run. The generated server has an
 * administrator secret and each connection (each HTTP worker's session) opens the API with it
 * first, so every call passes the access check of a granted session; the generated server without
 * credentials, called anonymously, is measured beside it (the cost of access control). The server
 * runs in its own process, the load here. Run: npx tsx bench/throughput.ts [seconds per case] [concurrency] [runs] [WebSocket|HTTP]
 * With BENCH_CPU_PROF=<folder>, each server writes its V8 CPU profiles (node --cpu-prof: one per thread) in a folder of its own there when it stops.
 */
import { Agent, request } from "node:http";
import { WebSocket } from "ws";
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { startServerProcess, type ServerKind } from "./process.js";
import { BENCH_SECRET, median } from "./support.js";

const seconds = Number(process.argv[2] ?? 5);
const concurrency = Number(process.argv[3] ?? 32);
const runs = Number(process.argv[4] ?? 3);
const only = process.argv[5];
const OPEN = JSON.stringify({ jsonrpc: "2.0", cmapiversion: "1.1", method: "CMAPI_API_Open", id: "open", params: { applicationName: "bench", accessLevel: "administrator", securityRequest: BENCH_SECRET } });
const body = (n: number) => JSON.stringify({ jsonrpc: "2.0", cmapiversion: "1.1", method: "CMAPI_Network_GetRFInfo", id: `r${n}`, params: { deviceId: "1" } });

/** Every answer must be the function's result: a fast error would measure nothing. */
function check(text: string): void {
  if (!text.includes('"RFInfoListElements":1')) throw new Error(`not a result: ${text.slice(0, 200)}`);
}

interface LoadResult {
  perSecond: number;
  latencies: number[];
  /** The server's CPU time per request (µs): what the server costs, whatever the load generator's share of the cores. */
  cpuPerRequest?: number;
}

function checkOpened(text: string): void {
  if (!text.includes('"accessLevel":"administrator"')) throw new Error(`the API did not open: ${text.slice(0, 200)}`);
}

/** One worker's way to send a request and wait for its answer. */
type Exchange = (text: string, checkAnswer: (text: string) => void) => Promise<Record<string, string | string[] | undefined>>;

/** The server's CPU time so far (µs). */
type CpuProbe = () => Promise<number>;

/** Every worker ready first (connected, the API opened); then `seconds` of requests, one at a time per worker; the server's CPU time over those seconds only. */
async function timedLoad(workers: Exchange[], cpu: CpuProbe): Promise<LoadResult> {
  const latencies: number[] = [];
  const cpuBefore = await cpu();
  const end = Date.now() + seconds * 1000;
  let n = 0;
  await Promise.all(
    workers.map(async (exchange) => {
      while (Date.now() < end) {
        const started = performance.now();
        await exchange(body(n++), check);
        latencies.push(performance.now() - started);
      }
    }),
  );
  const cpuAfter = await cpu();
  return { perSecond: latencies.length / seconds, latencies, cpuPerRequest: (cpuAfter - cpuBefore) / latencies.length };
}

async function loadWebSocket(port: number, opened: boolean, cpu: CpuProbe): Promise<LoadResult> {
  const sockets = await Promise.all(
    Array.from({ length: concurrency }, async () => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/cmapi`, { perMessageDeflate: false });
      await new Promise((resolve) => ws.once("open", resolve));
      return ws;
    }),
  );
  const exchanges = sockets.map(
    (ws): Exchange =>
      (text, checkAnswer) =>
        new Promise((resolve) => {
          ws.once("message", (data) => {
            checkAnswer(data.toString());
            resolve({});
          });
          ws.send(text);
        }),
  );
  if (opened) await Promise.all(exchanges.map((exchange) => exchange(OPEN, checkOpened)));
  const result = await timedLoad(exchanges, cpu);
  for (const ws of sockets) ws.close();
  return result;
}

async function loadHttp(port: number, opened: boolean, cpu: CpuProbe): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const post =
    (headers: Record<string, string>): Exchange =>
    (text, checkAnswer) =>
      new Promise((resolve, reject) => {
        const req = request({ host: "127.0.0.1", port, path: "/cmapi", method: "POST", agent, headers: { "Content-Type": "application/json", ...headers } }, (res) => {
          let answer = "";
          res.on("data", (chunk: Buffer) => (answer += chunk.toString()));
          res.on("end", () => {
            checkAnswer(answer);
            resolve(res.headers);
          });
        });
        req.on("error", reject);
        req.end(text);
      });
  const exchanges = await Promise.all(
    Array.from({ length: concurrency }, async () => {
      if (!opened) return post({});
      // A granted HTTP session: its client id, and the token that proves each request belongs to it.
      const client = { "X-Cmapi-Client": randomUUID() };
      const answered = await post(client)(OPEN, checkOpened);
      return post({ ...client, "X-Cmapi-Session": String(answered["x-cmapi-session"]) });
    }),
  );
  const result = await timedLoad(exchanges, cpu);
  agent.destroy();
  return result;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const profileFolder = process.env["BENCH_CPU_PROF"];

/** "exit" makes the server exit cleanly, which is when node writes its profile. */
async function stopWithProfile(server: Awaited<ReturnType<typeof startServerProcess>>): Promise<void> {
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  server.child.stdin?.write("exit\n");
  await exited;
}

const cases = [
  { name: "WebSocket", load: loadWebSocket, baseline: "raw-ws" as const },
  { name: "HTTP", load: loadHttp, baseline: "raw-http" as const },
];
console.log(`throughput: ${seconds} s per case, concurrency ${concurrency}, median of ${runs} runs (requests/s; latency ms)`);
for (const { name, load, baseline } of cases.filter((item) => only === undefined || item.name === only)) {
  const kinds: ServerKind[] = ["generated", "generated-without-credentials", baseline];
  const results: Record<string, LoadResult[]> = Object.fromEntries(kinds.map((kind) => [kind, []]));
  for (let run = 0; run < runs; run++) {
    // The first server of a run measures slower on this machine (about 6-10%): the order alternates, so that no case always goes first.
    for (const kind of run % 2 === 0 ? kinds : [...kinds].reverse()) {
      const server = await startServerProcess(kind, profileFolder ? ["--cpu-prof", `--cpu-prof-dir=${join(profileFolder, `${kind}-${name}-${run}`)}`] : []);
      const cpu = async () => Number((await server.ask("cpu", "cpu")).split(" ")[1]);
      await load(server.port, kind === "generated", cpu); // warm-up pass, not counted
      results[kind]!.push(await load(server.port, kind === "generated", cpu));
      if (profileFolder) await stopWithProfile(server);
      else server.stop();
    }
  }
  const summary = (kind: string) => {
    const all = results[kind]!;
    const latencies = all.flatMap((result) => result.latencies);
    return { perSecond: median(all.map((result) => result.perSecond)), cpu: median(all.map((result) => result.cpuPerRequest ?? 0)), p50: percentile(latencies, 50), p90: percentile(latencies, 90), p99: percentile(latencies, 99) };
  };
  const ours = summary("generated");
  const open = summary("generated-without-credentials");
  const raw = summary(baseline);
  for (const [label, s] of [
    [`${name}: generated, API opened`, ours],
    [`${name}: generated, no credentials`, open],
    [`${name}: ${baseline} echo`, raw],
  ] as const) {
    console.log(`  ${label.padEnd(36)} ${s.perSecond.toFixed(0).padStart(7)} req/s   p50 ${s.p50.toFixed(2)}  p90 ${s.p90.toFixed(2)}  p99 ${s.p99.toFixed(2)}   server CPU ${s.cpu.toFixed(1)} µs/req`);
  }
  console.log(
    `  ${name}: generated / raw = ${(ours.perSecond / raw.perSecond).toFixed(2)}; opened / no credentials = ${(ours.perSecond / open.perSecond).toFixed(2)}; raw's CPU per request / generated's = ${(raw.cpu / ours.cpu).toFixed(2)}`,
  );
}
