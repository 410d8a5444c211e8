/**
 * No message takes the device down (issue #20): one nested thousands of levels deep, in a free-form
 * param or in a spec's recursive type, is refused before anything walks it; and whatever throws on
 * the way (a validator, a hook, a handler, the log, an answer JSON cannot carry, a client that
 * leaves) becomes the right JSON-RPC error or nothing, never an exception the process dies of.
 * Real servers on loopback, both transports; after each, a normal call is answered.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { resolveSpecFiles } from "../generator/config.js";
import { loadApi } from "../generator/load.js";
import { methodTable, runtimeCodes } from "../generator/model/runtime-facts.js";
import { startMock, type RunningMock } from "../generator/mock/start.js";
import { DEFAULT_MAX_MESSAGE_DEPTH } from "../templates/runtime/json-depth.js";
import { CmapiServerCore, type Handler, type ServerCoreOptions, type ServerValidation } from "../templates/runtime/server.js";
import { listenCmapi, type RunningServer } from "../templates/runtime/server-node.js";
import { bundledApi } from "./support/api.js";
import { fixture } from "./support/cli.js";
import { deviceLog, eventually, exampleHandlers, startDevice, type TestServer } from "./support/device.js";
import { rawHttp, rawSocket } from "./support/raw.js";

type Transport = "websocket" | "http";
const TRANSPORTS: Transport[] = ["websocket", "http"];

const request = (method: string, params: unknown, id = "hostile") => JSON.stringify({ jsonrpc: "2.0", cmapiversion: "1.1", method, id, params });
const rfInfo = (id: string) => request("CMAPI_Network_GetRFInfo", { deviceId: "1" }, id);

/** Sends one message's text over the transport and resolves with the answer. */
async function exchange(url: string, transport: Transport, text: string): Promise<any> {
  if (transport === "http") return JSON.parse((await rawHttp(url, { body: text })).body);
  const socket = await rawSocket(url.replace(/^http/, "ws"));
  try {
    return await socket.exchange(text);
  } finally {
    socket.close();
  }
}

async function stillServes(url: string): Promise<void> {
  for (const transport of TRANSPORTS) {
    const answer = await exchange(url, transport, rfInfo(`alive-${transport}`));
    expect(answer).toMatchObject({ id: `alive-${transport}`, result: { RFInfoListElements: expect.any(Number) } });
  }
}

/** The text of `[[[...]]]`, `levels` arrays deep (JSON.stringify would overflow the stack on it). */
const nestedArrays = (levels: number): string => `${"[".repeat(levels)}${"]".repeat(levels)}`;
/** A GetRFInfo request whose deviceId is `deviceId`'s text, as is. */
const rfInfoWith = (deviceId: string, id: string) => `{"jsonrpc":"2.0","cmapiversion":"1.1","method":"CMAPI_Network_GetRFInfo","id":"${id}","params":{"deviceId":${deviceId}}}`;

// What the process would die of: recorded here, so that a test fails on it by name.
const escaped: unknown[] = [];
const record = (error: unknown) => escaped.push(error);
beforeAll(() => {
  process.on("unhandledRejection", record);
  process.on("uncaughtException", record);
});
afterAll(() => {
  process.off("unhandledRejection", record);
  process.off("uncaughtException", record);
});
afterEach(() => {
  expect(escaped, "an exception or rejection escaped a transport").toEqual([]);
});

describe("a message nested deeper than the limit", () => {
  let device: TestServer;
  beforeAll(async () => {
    ({ server: device } = await startDevice());
  }, 60_000);
  afterAll(() => device.close());

  it.each(TRANSPORTS)("is refused over %s with -32600 before validation, naming its id, and the device serves on", async (transport) => {
    // 20,000 levels: still under the 64 KiB limit on a message.
    const deep = rfInfoWith(nestedArrays(20_000), "deep");
    expect(deep.length).toBeLessThan(64 * 1024);
    expect(await exchange(device.url, transport, deep)).toMatchObject({ id: "deep", error: { code: -32600, data: `the message nests deeper than ${DEFAULT_MAX_MESSAGE_DEPTH} levels` } });
    // At the limit (the message level 1, params 2): past the depth check, refused by the schema instead.
    const atLimit = rfInfoWith(nestedArrays(DEFAULT_MAX_MESSAGE_DEPTH - 2), "at-limit");
    expect(await exchange(device.url, transport, atLimit)).toMatchObject({ id: "at-limit", error: { code: 2 } });
    await stillServes(device.url);
  });
});

describe("a spec's recursive type", () => {
  let mock: RunningMock;
  beforeAll(async () => {
    const api = await loadApi(await resolveSpecFiles({ idl: ["bundled", fixture("vendor/tree.webidl")], schema: ["bundled", fixture("vendor/tree.schema.json")] }));
    mock = await startMock(api, { seed: 1, log: deviceLog });
  }, 60_000);
  afterAll(() => mock.server.close());

  const folder = (levels: number): unknown => (levels === 0 ? { name: "leaf" } : { name: `level ${levels}`, folders: [folder(levels - 1)] });
  const deepFolder = (levels: number): string => `${'{"name":"f","folders":['.repeat(levels)}{"name":"leaf"}${"]}".repeat(levels)}`;

  it.each(TRANSPORTS)("validates a tree within the limit over %s, and refuses one thousands of levels deep before its validator recurses", async (transport) => {
    expect(await exchange(mock.server.url, transport, request("CMAPI_AcmeTree_Put", { deviceId: "1", root: folder(20) }, "tree"))).toMatchObject({ id: "tree", result: {} });
    const deep = `{"jsonrpc":"2.0","cmapiversion":"1.1","method":"CMAPI_AcmeTree_Put","id":"deep-tree","params":{"deviceId":"1","root":${deepFolder(2500)}}}`;
    expect(deep.length).toBeLessThan(64 * 1024);
    expect(await exchange(mock.server.url, transport, deep)).toMatchObject({ id: "deep-tree", error: { code: -32600 } });
    await stillServes(mock.server.url);
  });
});

describe("whatever throws on the way", () => {
  let api: Awaited<ReturnType<typeof bundledApi>>;
  beforeAll(async () => {
    api = await bundledApi();
  });

  /** A device with the runtime's own parts, some of which throw; `validation` as given. */
  async function deviceWith(overrides: { [method: string]: Handler }, options: Partial<ServerCoreOptions> = {}): Promise<{ core: CmapiServerCore; running: RunningServer }> {
    const core = new CmapiServerCore({
      cmapiVersion: api.cmapiVersion,
      codes: runtimeCodes(api),
      handlers: { ...exampleHandlers(api), ...overrides },
      methods: methodTable(api),
      callbackIds: api.callbacks.map((callback) => callback.callbackId),
      messageOf: (code) => api.errorCodes.find((entry) => entry.code === code)?.message,
      log: deviceLog,
      ...options,
    });
    return { core, running: await listenCmapi(core, { pollTimeoutMs: 300 }) };
  }

  const FAILING = "CMAPI_Network_GetSignalStrength";
  const stackOverflow: ServerValidation = {
    validateParams: (method) => {
      if ((method as string) === FAILING) throw new RangeError("Maximum call stack size exceeded");
      return { valid: true, problems: [], text: "" };
    },
    validateResult: () => ({ valid: true, problems: [], text: "" }),
    validatePayload: () => ({ valid: true, problems: [], text: "" }),
  };

  const stages: { stage: string; handlers?: { [method: string]: Handler }; options?: Partial<ServerCoreOptions>; code: number }[] = [
    { stage: "the params' validator overflows its stack", options: { validation: stackOverflow }, code: -32603 },
    {
      stage: "the authorize hook throws",
      options: {
        authorize: ({ method }) => {
          if (method === FAILING) throw new TypeError("hook failed");
        },
      },
      code: -32603,
    },
    {
      stage: "the handler throws something that is not an Error",
      handlers: {
        CMAPI_Network_GetSignalStrength: () => {
          throw 42; // eslint-disable-line @typescript-eslint/only-throw-error
        },
      },
      code: -32603,
    },
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- what a careless handler does
    { stage: "the handler rejects with undefined", handlers: { CMAPI_Network_GetSignalStrength: () => Promise.reject(undefined) }, code: -32603 },
    { stage: "the handler's result is not JSON (a BigInt, results unchecked)", handlers: { CMAPI_Network_GetSignalStrength: () => ({ rssi: 10n }) }, options: { validateResults: false }, code: -32603 },
    {
      stage: "the handler fails and so does the log",
      handlers: {
        CMAPI_Network_GetSignalStrength: () => {
          throw new Error("modem gone");
        },
      },
      options: {
        log: () => {
          throw new Error("disk full");
        },
      },
      code: -32603,
    },
  ];

  for (const { stage, handlers = {}, options = {}, code } of stages) {
    it.each(TRANSPORTS)(`${stage}: over %s the client gets ${code}, and the device serves on`, async (transport) => {
      const { running } = await deviceWith(handlers, options);
      try {
        const answer = await exchange(running.url, transport, request("CMAPI_Network_GetSignalStrength", { deviceId: "1" }, "stage"));
        expect(answer).toMatchObject({ id: "stage", error: { code } });
        expect(JSON.stringify(answer)).not.toMatch(/at .*\.ts:\d+/); // no stack trace
        await stillServes(running.url);
      } finally {
        await running.close();
      }
    });
  }

  it("a callback payload JSON cannot carry is refused by emit before anyone gets it, and the device serves on", async () => {
    const { core, running } = await deviceWith({});
    try {
      const cyclic: Record<string, unknown> = { deviceId: "1" };
      cyclic["self"] = cyclic;
      expect(() => core.emit("CMAPI_Callback_DeviceChanged", cyclic)).toThrow(/cannot be sent: it is not JSON/);
      await stillServes(running.url);
    } finally {
      await running.close();
    }
  });

  it("an error the listening socket reports (a failed accept: out of file descriptors) is logged, and the device serves on", async () => {
    const logged: string[] = [];
    const { running } = await deviceWith({}, { log: (message) => logged.push(message) });
    try {
      running.server.emit("error", Object.assign(new Error("accept EMFILE"), { code: "EMFILE" }));
      expect(logged).toContain("the server socket reported an error");
      await stillServes(running.url);
    } finally {
      await running.close();
    }
  });

  it.each(TRANSPORTS)("a client that leaves before its answer (%s) leaves nothing behind, and the device serves on", async (transport) => {
    let release = (): void => undefined;
    const slow = () => new Promise((resolve) => (release = () => resolve({ signalStrengthListElements: 0, signalStrengthList: [] })));
    const { core, running } = await deviceWith({ CMAPI_Network_GetSignalStrength: slow });
    try {
      const text = request("CMAPI_Network_GetSignalStrength", { deviceId: "1" }, "left");
      if (transport === "http") {
        const aborted = new AbortController();
        const sent = fetch(running.url, { method: "POST", headers: { "Content-Type": "application/json" }, body: text, signal: aborted.signal }).catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 100));
        aborted.abort();
        await sent;
      } else {
        const socket = await rawSocket(running.url.replace(/^http/, "ws"));
        socket.ws.send(text);
        await new Promise((resolve) => setTimeout(resolve, 100));
        socket.ws.terminate();
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      release(); // the answer now goes to a socket that is gone
      await new Promise((resolve) => setTimeout(resolve, 100));
      await stillServes(running.url);
      await eventually(() => core.sessionCount === 0);
    } finally {
      await running.close();
    }
  });
});
