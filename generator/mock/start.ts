/**
 * `opencmapi-gen mock`: a mock device for web-app developers, for whatever spec it is given. It
 * runs on the runtime itself (templates/runtime/server.ts and server-node.ts) with the method
 * table, codes, cmapiversion and validators built from the model at startup; nothing generated is
 * imported. POST /mock/callbacks/<callbackId> makes it fire any callback of the spec.
 */
import { fittedToSchema } from "./fit.js";
import type { Api } from "../model/api.js";
import { listenCmapi, type NodeServerOptions, type RunningServer, type ServerRouteAnswer } from "../../templates/runtime/server-node.js";
import { CmapiServerCore } from "../../templates/runtime/server.js";
import { hashSecret, hashedSecrets, randomSecret } from "../../templates/runtime/credentials.js";
import type { ThrottlePolicy } from "../../templates/runtime/throttle.js";
import { MockDevice, type Emit } from "./device.js";
import { mockHandlers, seededValue } from "./handlers.js";
import { RequestLoggingCore } from "./request-log.js";
import { specCoreOptions, specValidation } from "./spec-server.js";
import { buildPlayground } from "../playground.js";

export const PLAYGROUND_PATH = "/playground/";
/** POST here + a callbackId fires that callback (body: optional `{ "payload": ..., "deviceId": ... }`). */
export const FIRE_CALLBACK_PATH = "/mock/callbacks/";

export interface MockOptions {
  port?: number;
  host?: string;
  seed: number;
  allowedOrigins?: string[];
  pollTimeoutMs?: number;
  /** Serve the playground page at /playground/ beside the API. */
  playground?: boolean;
  /** Where the mock reports what it cannot do for this spec, and each request with `logRequests` (default: stderr). */
  log?: (message: string) => void;
  /** One line per request to `log` (request-log.ts has the format; never a param value). The CLI's default, `--quiet` turns it off. */
  logRequests?: boolean;
  /**
   * Every this many ms the device's signals take one drift step and SignalStrengthChanged is sent
   * (the CLI's `--tick`). Left out, signals move only when read and by `device.tick()`, so a test
   * sees the same answers for the same calls.
   */
  tickMs?: number;
  /**
   * The secret that grants each level above "user" (CMAPI_API_Open's securityRequest), as a device
   * keeps them: hashed in memory, the plain text forgotten. A level left out gets a random secret
   * (in `RunningMock.secrets`, for the CLI to print).
   */
  credentials?: Partial<Record<MockLevel, string>>;
  /** How failed attempts are slowed down (tests shorten it). */
  throttle?: Partial<ThrottlePolicy>;
}

export type MockLevel = "administrator" | "operator";
export const MOCK_LEVELS: readonly MockLevel[] = ["administrator", "operator"];

export interface MockServer extends RunningServer {
  readonly core: CmapiServerCore;
  emit(callbackId: string, payload: unknown, options?: { deviceId?: string | number }): number;
}

export interface FiredCallback {
  callbackId: string;
  payload: unknown;
  /** How many registered clients it was sent to. */
  sent: number;
}

export interface RunningMock {
  server: MockServer;
  device: MockDevice;
  /** The secret of each level: the ones given, and random ones made for the others (`generated` names those). */
  secrets: { [level in MockLevel]: string };
  generated: MockLevel[];
  /** Sends a callback of the spec to every client registered for it: `payload`, or one generated from its schema (the seed's). */
  fireCallback(callbackId: string, options?: { payload?: unknown; deviceId?: string | number }): FiredCallback;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

export async function startMock(api: Api, options: MockOptions): Promise<RunningMock> {
  const log = options.log ?? ((message: string) => process.stderr.write(`opencmapi-gen mock: ${message}\n`));
  const validation = specValidation(api);
  const callbackIds = new Set(api.callbacks.map((callback) => callback.callbackId));
  let core: CmapiServerCore | undefined;
  // The device fires the bundled spec's callbacks, without the members a spec's closed payload lacks; a spec without the callback, or with another payload shape, does not get it.
  const payloadNodes = new Map(api.callbacks.map((callback) => [callback.callbackId, api.schema.read(callback.payloadSchema)]));
  const emit: Emit = (callbackId, given, emitOptions) => {
    const node = payloadNodes.get(callbackId);
    if (!core || !node) return;
    const payload = fittedToSchema(node, given);
    const checked = validation.validatePayload(callbackId, payload);
    if (checked.valid) core.emit(callbackId, payload, emitOptions);
    else log(`${callbackId} not sent: the device's payload does not fit this spec (${checked.text})`);
  };
  const device = new MockDevice(options.seed, emit);
  const handlers = mockHandlers(api, device, { seed: options.seed, validateResult: (method, result) => validation.validateResult(method, result), log });
  const generated = MOCK_LEVELS.filter((level) => options.credentials?.[level] === undefined);
  const secrets = Object.fromEntries(MOCK_LEVELS.map((level) => [level, options.credentials?.[level] ?? randomSecret()])) as RunningMock["secrets"];
  const hashes = Object.fromEntries(await Promise.all(MOCK_LEVELS.map(async (level) => [level, await hashSecret(secrets[level])] as const)));
  const coreOptions = specCoreOptions(api, handlers, validation, {
    credentials: hashedSecrets(hashes),
    ...(options.throttle ? { throttle: options.throttle } : {}),
    log: (message, error) => log(`${message}: ${error instanceof Error ? error.message : String(error)}`),
  });
  core = options.logRequests ? new RequestLoggingCore(coreOptions, log) : new CmapiServerCore(coreOptions);
  const running = core;

  const fireCallback = (callbackId: string, fire: { payload?: unknown; deviceId?: string | number } = {}): FiredCallback => {
    const callback = api.callbacks.find((candidate) => candidate.callbackId === callbackId);
    if (!callback) throw new RangeError(`no callback ${callbackId} in this spec`);
    // Without a payload: what the device would send now (the same values its calls answer), else one generated from the schema.
    const modelled = fire.payload === undefined ? device.callbackPayload(callbackId) : undefined;
    const payload =
      fire.payload !== undefined
        ? fire.payload
        : modelled !== undefined && validation.validatePayload(callbackId, modelled).valid
          ? modelled
          : seededValue(api, callback.payloadSchema, options.seed, callbackId, (value) => validation.validatePayload(callbackId, value));
    const sent = running.emit(callbackId, payload, fire.deviceId !== undefined ? { deviceId: fire.deviceId } : {});
    return { callbackId, payload, sent };
  };

  const fireRoute = (url: string, body: unknown): ServerRouteAnswer => {
    const callbackId = decodeURIComponent(url.slice(FIRE_CALLBACK_PATH.length));
    if (!callbackIds.has(callbackId)) return { status: 404, body: { error: `no callback ${callbackId} in this spec`, callbacks: [...callbackIds] } };
    if (body !== undefined && !isRecord(body)) return { status: 400, body: { error: 'the body is { "payload"?: ..., "deviceId"?: ... } or empty' } };
    const payload = body?.["payload"];
    const deviceId = body?.["deviceId"];
    if (deviceId !== undefined && typeof deviceId !== "string" && typeof deviceId !== "number") return { status: 400, body: { error: "deviceId is a string or a number" } };
    if (payload !== undefined) {
      const checked = validation.validatePayload(callbackId, payload);
      if (!checked.valid) return { status: 400, body: { error: `the payload does not fit ${callbackId}'s schema`, problems: checked.problems } };
    }
    return { status: 200, body: fireCallback(callbackId, { ...(payload !== undefined ? { payload } : {}), ...(deviceId !== undefined ? { deviceId } : {}) }) };
  };

  const page = options.playground ? await buildPlayground(api) : undefined;
  const serverOptions: NodeServerOptions = {
    routes: [{ prefix: FIRE_CALLBACK_PATH, handle: fireRoute }],
    ...(page
      ? {
          pages: {
            [PLAYGROUND_PATH]: { contentType: "text/html; charset=utf-8", body: page.html },
            [`${PLAYGROUND_PATH}app.js`]: { contentType: "text/javascript; charset=utf-8", body: page.script },
            "/favicon.ico": { contentType: "image/x-icon", body: "" },
          },
        }
      : {}),
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.host !== undefined ? { host: options.host } : {}),
    ...(options.allowedOrigins ? { allowedOrigins: options.allowedOrigins } : {}),
    ...(options.pollTimeoutMs !== undefined ? { pollTimeoutMs: options.pollTimeoutMs } : {}),
  };
  const listening = await listenCmapi(running, serverOptions);
  const ticking = options.tickMs ? setInterval(() => device.tick(), options.tickMs) : undefined;
  ticking?.unref();
  const close = () => {
    clearInterval(ticking);
    return listening.close();
  };
  const server: MockServer = { ...listening, close, core: running, emit: (callbackId, payload, emitOptions) => running.emit(callbackId, payload, emitOptions) };
  return { server, device, fireCallback, secrets, generated };
}
