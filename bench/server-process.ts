/**
 * A server for the benchmarks, in its own process so that it does not share an event loop with the
 * load: `generated` (the generated server, full validation, with an administrator secret:
 * BENCH_SECRET, and flood limits raised so that one loopback address may hold the load benches'
 * thousand clients), `generated-without-credentials` (the same without), `generated-as-shipped`
 * (credentials, and every other option as a vendor gets it: bench/flood.ts), `raw-ws` (a ws server that parses
 * each message and answers a fixed response), `raw-http` (node:http doing the same). Prints
 * "port N"; answers "rss" on stdin with "rss N", "cpu" with the CPU time it has used (µs, user and system), "heap" with the heap used after a full GC, "sessions" with the sessions the generated one holds, "exit" by exiting (a --cpu-prof profile is written); with `emit N MS`, the generated one emits N
 * numbered DeviceChanged callbacks (a user-level one: the load clients need not open the API), one every MS ms, and prints "emitted N".
 */
import { createServer } from "node:http";
import { createInterface } from "node:readline";
import { WebSocketServer } from "ws";
import { hashSecret, hashedSecrets, startCmapiServer } from "../generated/server.js";
import { BENCH_SECRET } from "./support.js";
import { skeletonHandlers } from "../generated/handlers.skeleton.js";
import type { RFInfoResult } from "../generated/types.js";

export const RF_RESULT: RFInfoResult = { RFInfoListElements: 1, RFInfoList: [{ Radio: "WCDMA_UMTS", maxDataRateUL: 1024, maxDataRateDL: 1024, frequencyBand: "1900 PCS", channelNumberUL: "333,444", channelNumberDL: "333,444" }] };

const kind = process.argv[2] ?? "generated";
const answer = (id: unknown) => JSON.stringify({ jsonrpc: "2.0", cmapiversion: "1.1", id, result: RF_RESULT });
let emit: ((n: number) => void) | undefined;
let sessionCount: (() => number) | undefined;

if (kind.startsWith("generated")) {
  const credentials = kind === "generated-without-credentials" ? {} : { credentials: hashedSecrets({ administrator: await hashSecret(BENCH_SECRET) }) };
  const load = {
    pollTimeoutMs: 20_000,
    maxQueuedMessages: 100_000,
    sessionTimeoutMs: 600_000,
    maxInFlightPerSession: 1000,
    limits: { maxSessions: 100_000, maxSessionsPerAddress: 100_000, maxConnections: 100_000, maxConnectionsPerAddress: 100_000, maxQueuedBytes: 1e9 },
  };
  const server = await startCmapiServer({ ...skeletonHandlers, CMAPI_Network_GetRFInfo: () => RF_RESULT }, { log: () => undefined, ...(kind === "generated-as-shipped" ? {} : load), ...credentials });
  sessionCount = () => server.core.sessionCount;
  emit = (n) =>
    server.emit("CMAPI_Callback_DeviceChanged", {
      deviceId: "1",
      deviceState: 1,
      radio: 1,
      deviceCapability: 1,
      connectionType: 1,
      deviceType: 1,
      description: `event ${n}`,
      uniqueIdentifier: "356938035643809",
      manufacturer: "bench",
      model: "bench",
    });
  console.log(`port ${server.port}`);
} else if (kind === "raw-ws") {
  const wss = new WebSocketServer({ port: 0, host: "127.0.0.1", perMessageDeflate: false, maxPayload: 64 * 1024 });
  wss.on("connection", (ws) => ws.on("message", (data) => ws.send(answer((JSON.parse(data.toString()) as { id: unknown }).id))));
  await new Promise((resolve) => wss.once("listening", resolve));
  console.log(`port ${(wss.address() as { port: number }).port}`);
} else {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = answer((JSON.parse(Buffer.concat(chunks).toString()) as { id: unknown }).id);
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  console.log(`port ${(server.address() as { port: number }).port}`);
}

createInterface({ input: process.stdin }).on("line", (line) => {
  const [command, ...args] = line.trim().split(/\s+/);
  // A clean exit, so that a server started with --cpu-prof writes its profile.
  if (command === "exit") process.exit(0);
  if (command === "rss") console.log(`rss ${process.memoryUsage().rss}`);
  if (command === "cpu") {
    const used = process.cpuUsage();
    console.log(`cpu ${used.user + used.system}`);
  }
  if (command === "sessions") console.log(`sessions ${sessionCount?.() ?? 0}`);
  if (command === "heap") {
    // After a full collection (the process runs with --expose-gc): what is really held.
    (globalThis as { gc?: () => void }).gc?.();
    console.log(`heap ${process.memoryUsage().heapUsed}`);
  }
  if (command === "emit" && emit) {
    const [count, every] = args.map(Number);
    let n = 0;
    const timer = setInterval(() => {
      emit(++n);
      if (n >= count!) {
        clearInterval(timer);
        console.log(`emitted ${n}`);
      }
    }, every);
  }
});
