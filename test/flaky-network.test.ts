/**
 * Clients behind a flaky network (test/support/chaos-proxy.ts: connections cut at random, bytes
 * delayed, seeded) while the server stays up: no call outlives its validity period, every call
 * resolves or rejects with a CmapiClientError, no callback is lost or doubled, and once everything
 * is closed the process holds no more timers or sockets than before.
 */
import { describe, expect, it } from "vitest";
import { CmapiClientError, connectHttp, type CmapiClient } from "../generated/client.js";
import { connectWebSocket } from "../generated/node.js";
import { hashSecret, hashedSecrets, startCmapiServer } from "../generated/server.js";
import { skeletonHandlers } from "../generated/handlers.skeleton.js";
import { startChaosProxy } from "./support/chaos-proxy.js";
import { OPERATOR, TEST_COST } from "./support/secrets.js";

const VALIDITY_MS = 3000;
const CALLBACKS = 150;

/** Timers and sockets this process holds, by kind. */
function resources(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) if (/Timeout|TCP|Pipe|Immediate/.test(kind)) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await sleep(25);
  }
}

interface Outcome {
  ms: number;
  kind: string;
}

/** Calls one after the other until `stop()`, recording how each ended and how long it took. */
async function callRepeatedly(client: CmapiClient, stop: () => boolean, outcomes: Outcome[]): Promise<void> {
  while (!stop()) {
    const started = Date.now();
    try {
      await client.networkGetRFInfo({ deviceId: "1" });
      outcomes.push({ ms: Date.now() - started, kind: "answered" });
    } catch (error) {
      outcomes.push({ ms: Date.now() - started, kind: error instanceof CmapiClientError ? error.kind : `unexpected: ${String(error)}` });
    }
    await sleep(20);
  }
}

describe("a flaky network between clients and a server that stays up", () => {
  it("loses no callback, doubles none, lets no call hang past its validity period, and leaks nothing", async () => {
    const before = resources();
    const server = await startCmapiServer(
      { ...skeletonHandlers, CMAPI_Network_GetRFInfo: async () => (await sleep(5), { RFInfoListElements: 0, RFInfoList: [] }) },
      { heartbeatMs: 500, pollTimeoutMs: 1000, sessionTimeoutMs: 60_000, credentials: hashedSecrets({ operator: await hashSecret(OPERATOR.securityRequest, TEST_COST) }) },
    );
    const proxy = await startChaosProxy({ targetPort: server.port, seed: 20251125, maxDelayMs: 30, minLifeMs: 150, maxLifeMs: 1200, chaosMs: 5000 });
    const url = `http://127.0.0.1:${proxy.port}/cmapi`;
    const reconnect = { initialDelayMs: 20, maxDelayMs: 300 };
    const clients = [
      ...Array.from({ length: 4 }, () => ({ transport: "websocket", client: connectWebSocket(url.replace(/^http/, "ws"), { reconnect, validityPeriodMs: VALIDITY_MS, credentials: OPERATOR }) })),
      ...Array.from({ length: 4 }, () => ({ transport: "http", client: connectHttp(url, { retryDelayMs: 20, reconnect, validityPeriodMs: VALIDITY_MS, credentials: OPERATOR }) })),
    ].map((entry) => ({ ...entry, bodies: [] as number[], outcomes: [] as Outcome[] }));

    // Registration itself goes through the chaos: it is retried until it holds.
    await Promise.all(
      clients.map(async (entry) => {
        for (;;) {
          try {
            await entry.client.register("CMAPI_Callback_SMSReceived", (payload) => entry.bodies.push(Number(payload.message.body)));
            return;
          } catch (error) {
            if (!(error instanceof CmapiClientError)) throw error;
          }
        }
      }),
    );

    let emitting = true;
    const calling = clients.map((entry) => callRepeatedly(entry.client, () => !emitting, entry.outcomes));
    for (let n = 1; n <= CALLBACKS; n++) {
      server.emit("CMAPI_Callback_SMSReceived", { deviceId: "1", message: { msgID: `m${n}`, status: "unread", storage: "device", address: "+15551234567", body: String(n) } });
      await sleep(15);
    }
    emitting = false;
    await Promise.all(calling);
    await until(() => clients.every((entry) => entry.bodies.length >= CALLBACKS), "every client has every callback", 20_000);
    await sleep(300); // time for a doubled one to show

    expect(proxy.cuts).toBeGreaterThan(10);
    const everyNumber = Array.from({ length: CALLBACKS }, (_, index) => index + 1);
    for (const entry of clients) {
      expect(entry.bodies, entry.transport).toEqual(everyNumber);
      expect(entry.outcomes.length, entry.transport).toBeGreaterThan(5);
      for (const outcome of entry.outcomes) {
        expect(["answered", "connection-lost", "timeout"], JSON.stringify(outcome)).toContain(outcome.kind);
        expect(outcome.ms).toBeLessThan(VALIDITY_MS + 500);
      }
    }

    await Promise.all(clients.map((entry) => entry.client.close()));
    await proxy.close();
    await server.close();
    // Keep-alive sockets and timers wind down asynchronously: wait for the counts to come back.
    const leaked = () => Object.entries(resources()).filter(([kind, count]) => count > (before[kind] ?? 0));
    await until(() => leaked().length === 0, `no more timers or sockets than the ${JSON.stringify(before)} before; more: ${JSON.stringify(leaked())}`, 5000);
  }, 60_000);
});
