/**
 * A test device: the freshly generated server with a handler for every function that answers a
 * schema-valid example result, plus whatever a test overrides. Real servers on loopback, port 0.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { WebSocket } from "ws";
import { exampleValue } from "../../generator/emit/examples.js";
import type { Api } from "../../generator/model/api.js";
import { isBuiltIn } from "../../generator/model/runtime-facts.js";
import { bundledApi } from "./api.js";
import { OPERATOR, TEST_COST, TEST_SECRETS } from "./secrets.js";
import { freshGeneration } from "./generation.js";

export type Handlers = Record<string, (params: any, context: any) => unknown>;

export interface Generated {
  dir: string;
  server: {
    startCmapiServer(handlers: Handlers, options?: Record<string, unknown>): Promise<TestServer>;
    CmapiError: new (code: number, message: string, data?: unknown) => Error;
    hashSecret(secret: string, cost?: { N: number; r: number; p: number }): Promise<string>;
    hashedSecrets(hashes: Record<string, string>): unknown;
  };
  client: {
    connectWebSocket(url: string, options?: Record<string, unknown>): TestClient;
    connectHttp(url: string, options?: Record<string, unknown>): TestClient;
    CmapiError: new (...args: any[]) => Error & { code: number; data: unknown };
    CmapiClientError: new (...args: any[]) => Error & { kind: string };
  };
  validation: { validation: unknown };
  errors: { errorTable: { messageOf(code: number): string | undefined } };
  node: { resolveCmapiDevice(options: { servers?: string[] }): Promise<string[]>; endpointFor(address: string, transport: string, options?: Record<string, unknown>): string };
  skeleton: { skeletonHandlers: Handlers };
}

export interface TestServer {
  url: string;
  port: number;
  emit(callbackId: string, payload: unknown, options?: { deviceId?: string | number }): number;
  close(): Promise<void>;
  core: { sessionCount: number };
}

export interface TestClient {
  call(method: string, params: unknown, callback?: (response: any) => void): any;
  register(callbackId: string, handler: (payload: any, message: any) => void, options?: { deviceId?: string | number; onError?: (error: any, message: any) => void }): Promise<() => Promise<void>>;
  close(): Promise<void>;
  [method: string]: any;
}

let loaded: Promise<Generated> | undefined;

export function generatedModules(): Promise<Generated> {
  loaded ??= (async () => {
    const dir = await freshGeneration();
    const load = (file: string) => import(pathToFileURL(join(dir, file)).href);
    return {
      dir,
      server: await load("server.ts"),
      client: await load("client.ts"),
      validation: await load("validation.ts"),
      errors: await load("errors.ts"),
      node: await load("node.ts"),
      skeleton: await load("handlers.skeleton.ts"),
    };
  })();
  return loaded;
}

/** A handler for every vendor function, answering its example result. */
export function exampleHandlers(api: Api): Handlers {
  const handlers: Handlers = {};
  for (const method of api.methods) {
    if (isBuiltIn(method)) continue;
    const result = exampleValue(api, method.resultSchema);
    handlers[method.name] = () => structuredClone(result);
  }
  return handlers;
}

export { OPERATOR, TEST_SECRETS };
let testHashes: Promise<Record<string, string>> | undefined;

/** The generated server's verifier for TEST_SECRETS. */
export async function testCredentials(generated: Generated): Promise<unknown> {
  testHashes ??= (async () => ({
    administrator: await generated.server.hashSecret(TEST_SECRETS.administrator, TEST_COST),
    operator: await generated.server.hashSecret(TEST_SECRETS.operator, TEST_COST),
  }))();
  return generated.server.hashedSecrets(await testHashes);
}

/** A test device's log: to the console, where the secret-leak reporter reads every line (vitest.config.ts hides them). */
export const deviceLog = (message: string, error?: unknown): void => console.log(`[device] ${message}${error === undefined ? "" : ` ${error instanceof Error ? error.message : String(error)}`}`);

/**
 * The generated server with example handlers on loopback. It has TEST_SECRETS as its credentials
 * unless `options` says `credentials` (undefined: none, the device's default).
 */
export async function startDevice(overrides: Handlers = {}, options: Record<string, unknown> = {}) {
  const generated = await generatedModules();
  const api = await bundledApi();
  const credentials = "credentials" in options ? {} : { credentials: await testCredentials(generated) };
  const server = await generated.server.startCmapiServer({ ...exampleHandlers(api), ...overrides }, { pollTimeoutMs: 300, log: deviceLog, ...credentials, ...options });
  return { server, generated, api };
}

export type TransportName = "websocket" | "http";

/** A generated client, which opens the API at operator level (OPERATOR) unless `options` says `credentials`. */
export function connect(generated: Generated, server: TestServer, transport: TransportName, options: Record<string, unknown> = {}): TestClient {
  const { validation } = generated.validation;
  const credentials = "credentials" in options ? {} : { credentials: OPERATOR };
  if (transport === "websocket") return generated.client.connectWebSocket(server.url.replace(/^http/, "ws"), { WebSocket, validation, ...credentials, ...options });
  return generated.client.connectHttp(server.url, { validation, retryDelayMs: 50, ...credentials, ...options });
}

/** Waits until `condition` holds, polling; fails after `timeoutMs`. */
export async function eventually(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
