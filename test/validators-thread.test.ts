/**
 * The validators compiled on a worker thread (what `generate` does from the built package) are
 * those compiled in-thread, and an error on the worker reaches the caller. The worker runs the
 * compiled code in dist/ (`npm test` builds it first): a worker cannot load the TypeScript sources.
 */
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { ValidatorsThread } from "../generator/emit/validators-thread.js";
import { emitValidators } from "../generator/emit/validators.js";
import type { Api } from "../generator/model/api.js";
import { loadApi } from "../generator/load.js";

const DIST_THREAD = fileURLToPath(new URL("../dist/generator/emit/validators-thread.js", import.meta.url));
let startValidatorsThread: () => ValidatorsThread | undefined;
let api: Api;
beforeAll(async () => {
  ({ startValidatorsThread } = (await import(DIST_THREAD)) as { startValidatorsThread: typeof startValidatorsThread });
  api = await loadApi();
}, 60_000);

describe("the validators' worker thread", () => {
  it("compiles what emitValidators compiles in this thread, byte for byte", async () => {
    const thread = startValidatorsThread()!;
    expect(thread).toBeDefined();
    const files = await thread.compile(api);
    expect([...files.keys()]).toEqual(expect.arrayContaining(["validators.ts", "validators/envelopes.js", "validators/envelopes.d.ts", "validators/groups/wlan.js", "validators/callbacks.js", "validation.ts"]));
    expect(files).toEqual(emitValidators(api));
  }, 60_000);

  it("passes on the error the compilation throws", async () => {
    const broken = { ...api, methods: api.methods.map((method, index) => (index === 0 ? { ...method, resultSchema: { type: "object" } } : method)) };
    expect(() => emitValidators(broken)).toThrow("CMAPI_API_Open's result is not a $ref to a named type");
    await expect(startValidatorsThread()!.compile(broken)).rejects.toThrow("CMAPI_API_Open's result is not a $ref to a named type");
  }, 60_000);

  it("is used only when OPENCMAPI_GEN_WORKER=1 asks for it and a second core is there (it did not pay on 2 cores)", async () => {
    const { workerPays } = await import("../generator/emit/validators-thread.js");
    expect(workerPays({}, 8)).toBe(false);
    expect(workerPays({ OPENCMAPI_GEN_WORKER: "1" }, 2)).toBe(true);
    expect(workerPays({ OPENCMAPI_GEN_WORKER: "1" }, 1)).toBe(false);
    expect(workerPays({ OPENCMAPI_GEN_WORKER: "0" }, 8)).toBe(false);
  });

  it("is not started from the TypeScript sources, where the caller compiles in its own thread", async () => {
    const { startValidatorsThread: fromSources } = await import("../generator/emit/validators-thread.js");
    expect(fromSources()).toBeUndefined();
  });
});
