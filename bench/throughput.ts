/**
 * Server throughput for a small function (CMAPI_Network_GetRFInfo, full validation of params and
 * result) over WebSocket and HTTP, against a raw ws echo server and a raw node:http JSON echo
 * server, with the same load generator and concurrency in the same run. The server runs in its own
 * process, the load here. Run: npx tsx bench/throughput.ts [seconds per case] [concurrency] [runs]
 */
import { Agent, request } from "node:http";
import { WebSocket } from "ws";
import { startServerProcess } from "./process.js";
import { median } from "./support.js";

const seconds = Number(process.argv[2] ?? 5);
const concurrency = Number(process.argv[3] ?? 32);
const runs = Number(process.argv[4] ?? 3);
const body = (n: number) => JSON.stringify({ jsonrpc: "2.0", cmapiversion: "1.1", method: "CMAPI_Network_GetRFInfo", id: `r${n}`, params: { deviceId: "1" } });

/** Every answer must be the function's result: a fast error would measure nothing. */
function check(text: string): void {
  if (!text.includes('"RFInfoListElements":1')) throw new Error(`not a result: ${text.slice(0, 200)}`);
}

interface LoadResult {
  perSecond: number;
  latencies: number[];
}

async function loadWebSocket(port: number): Promise<LoadResult> {
  const latencies: number[] = [];
  const end = Date.now() + seconds * 1000;
  let n = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/cmapi`, { perMessageDeflate: false });
      await new Promise((resolve) => ws.once("open", resolve));
      while (Date.now() < end) {
        const started = performance.now();
        await new Promise<void>((resolve) => {
          ws.once("message", (data) => {
            check(data.toString());
            resolve();
          });
          ws.send(body(n++));
        });
        latencies.push(performance.now() - started);
      }
      ws.close();
    }),
  );
  return { perSecond: latencies.length / seconds, latencies };
}

async function loadHttp(port: number): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  const end = Date.now() + seconds * 1000;
  let n = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        const started = performance.now();
        await new Promise<void>((resolve, reject) => {
          const req = request({ host: "127.0.0.1", port, path: "/cmapi", method: "POST", agent, headers: { "Content-Type": "application/json" } }, (res) => {
            let text = "";
            res.on("data", (chunk: Buffer) => (text += chunk.toString()));
            res.on("end", () => {
              check(text);
              resolve();
            });
          });
          req.on("error", reject);
          req.end(body(n++));
        });
        latencies.push(performance.now() - started);
      }
    }),
  );
  agent.destroy();
  return { perSecond: latencies.length / seconds, latencies };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const cases = [
  { name: "WebSocket", load: loadWebSocket, baseline: "raw-ws" as const },
  { name: "HTTP", load: loadHttp, baseline: "raw-http" as const },
];
console.log(`throughput: ${seconds} s per case, concurrency ${concurrency}, median of ${runs} runs (requests/s; latency ms)`);
for (const { name, load, baseline } of cases) {
  const results: Record<string, LoadResult[]> = { generated: [], [baseline]: [] };
  for (let run = 0; run < runs; run++) {
    for (const kind of ["generated", baseline] as const) {
      const server = await startServerProcess(kind);
      await load(server.port); // warm-up pass, not counted
      results[kind]!.push(await load(server.port));
      server.stop();
    }
  }
  const summary = (kind: string) => {
    const all = results[kind]!;
    const latencies = all.flatMap((result) => result.latencies);
    return { perSecond: median(all.map((result) => result.perSecond)), p50: percentile(latencies, 50), p90: percentile(latencies, 90), p99: percentile(latencies, 99) };
  };
  const ours = summary("generated");
  const raw = summary(baseline);
  for (const [label, s] of [
    [`${name}: generated server`, ours],
    [`${name}: ${baseline} echo`, raw],
  ] as const) {
    console.log(`  ${label.padEnd(34)} ${s.perSecond.toFixed(0).padStart(7)} req/s   p50 ${s.p50.toFixed(2)}  p90 ${s.p90.toFixed(2)}  p99 ${s.p99.toFixed(2)}`);
  }
  console.log(`  ${name}: generated / raw = ${(ours.perSecond / raw.perSecond).toFixed(2)}`);
}
