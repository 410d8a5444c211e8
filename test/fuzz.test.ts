/**
 * Property-based: random and mutated JSON-RPC messages thrown at the dispatcher get a well-formed
 * JSON-RPC answer, nothing crashes or hangs, and Object.prototype is untouched. A few thousand
 * cases, bounded in time; bench/fuzz.ts runs longer.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostileText, isWellFormedResponse } from "./support/fuzz.js";
import { rawHttp, rawSocket } from "./support/raw.js";
import { generatedModules, startDevice, type TestServer, deviceLog } from "./support/device.js";
import { bundledApi } from "./support/api.js";
import { exampleHandlers } from "./support/device.js";

let server: TestServer;
let core: { handleText(session: unknown, text: string): Promise<unknown>; openSession(init: Record<string, unknown>): unknown };

beforeAll(async () => {
  ({ server } = await startDevice());
  const generated = await generatedModules();
  const { createCmapiCore } = (await import(`${generated.dir}/server.ts`)) as { createCmapiCore(handlers: unknown, options?: unknown): typeof core };
  core = createCmapiCore(exampleHandlers(await bundledApi()), { log: deviceLog });
}, 60_000);
afterAll(() => server.close());

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

describe("the dispatcher under random and hostile input", () => {
  it("answers every message with a well-formed JSON-RPC response, without touching Object.prototype", async () => {
    const before = prototypeKeys();
    const session = core.openSession({ transport: "websocket", origin: undefined, remoteAddress: undefined, deliver: () => undefined });
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        const answer = await core.handleText(session, text);
        expect(isWellFormedResponse(answer), `${text.slice(0, 120)} → ${JSON.stringify(answer).slice(0, 200)}`).toBe(true);
        expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
      }),
      { numRuns: 3000, interruptAfterTimeLimit: 20_000, seed: 20261124 },
    );
    expect(prototypeKeys()).toEqual(before);
  }, 60_000);

  it("does the same over a real WebSocket and real HTTP, and keeps serving afterwards", async () => {
    const socket = await rawSocket(server.url.replace(/^http/, "ws"));
    const samples = fc.sample(hostileText, { numRuns: 300, seed: 7 }).filter((text) => Buffer.byteLength(text) < 60 * 1024);
    for (const text of samples) {
      expect(isWellFormedResponse(await socket.exchange(text)), text.slice(0, 120)).toBe(true);
      const http = await rawHttp(server.url, { body: text });
      expect(http.status).toBe(200);
      expect(isWellFormedResponse(JSON.parse(http.body)), text.slice(0, 120)).toBe(true);
    }
    const call = JSON.stringify({ jsonrpc: "2.0", cmapiversion: "1.1", method: "CMAPI_Network_GetRFInfo", id: "after", params: { deviceId: "1" } });
    expect(await socket.exchange(call)).toMatchObject({ id: "after", result: { RFInfoListElements: 1 } });
    socket.close();
  }, 60_000);
});
