/**
 * README.md's first client snippet, as written (the device's URL aside): run against the mock in Node
 * with no global WebSocket (Node 20 has none; Node 22's is hidden here), and type-checked as a
 * strict consumer project would. So the snippet and the generated client cannot drift apart.
 */
import { execFile } from "node:child_process";
import { readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startMock, type RunningMock } from "../generator/mock/start.js";
import { bundledApi } from "./support/api.js";
import { freshGeneration, tempDir } from "./support/generation.js";
import { STRICT_COMPILER_OPTIONS } from "./support/typecheck.js";

const README = fileURLToPath(new URL("../README.md", import.meta.url));
const DEVICE_URL = "ws://cmapi.device/cmapi";

/** The first ```ts block of README.md that makes a client. */
async function firstClientSnippet(): Promise<string> {
  const blocks = [...(await readFile(README, "utf8")).matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
  const snippet = blocks.find((block) => /\bconnect(WebSocket|Http)\(/.test(block));
  if (!snippet) throw new Error("README.md has no client snippet");
  return snippet;
}

/** A project folder holding the snippet as `snippet.ts` (the URL replaced by `url`) beside a full generation in `generated/`. */
async function project(url: string): Promise<string> {
  const snippet = await firstClientSnippet();
  expect(snippet.split(DEVICE_URL)).toHaveLength(2);
  const dir = await tempDir();
  await symlink(await freshGeneration(), join(dir, "generated"), "dir");
  await symlink(fileURLToPath(new URL("../node_modules", import.meta.url)), join(dir, "node_modules"), "dir");
  // A Node service's project (README, "In your project"): ES modules.
  await writeFile(join(dir, "package.json"), JSON.stringify({ type: "module" }));
  await writeFile(join(dir, "snippet.ts"), snippet.replace(DEVICE_URL, url));
  return dir;
}

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock(await bundledApi(), { seed: 1 });
}, 60_000);
afterAll(() => mock.server.close());

describe("README.md's first client snippet", () => {
  it("imports the Node entry, node.js, for its WebSocket client", async () => {
    expect(await firstClientSnippet()).toMatch(/import \{[^}]*\bconnectWebSocket\b[^}]*\} from "\.\/generated\/node\.js"/);
  });

  it("runs as written against the mock, in Node without a global WebSocket", async () => {
    const dir = await project(mock.server.url.replace(/^http/, "ws"));
    const logged: string[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void logged.push(args.map((arg) => (typeof arg === "string" ? arg : JSON.stringify(arg))).join(" ")));
    const warned = vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => void logged.push(`warn: ${args.join(" ")}`));
    const globalWebSocket = Object.getOwnPropertyDescriptor(globalThis, "WebSocket");
    Reflect.deleteProperty(globalThis, "WebSocket");
    try {
      await import(pathToFileURL(join(dir, "snippet.ts")).href);
    } finally {
      if (globalWebSocket) Object.defineProperty(globalThis, "WebSocket", globalWebSocket);
      log.mockRestore();
      warned.mockRestore();
    }
    expect(logged[0]).toMatch(/^\d+ radios$/);
    expect(logged.slice(1)).toEqual(expect.arrayContaining(["received", "processing", "final", "0x101: The deviceID references a non-existing device or a device which is not open"]));
    expect(logged.filter((line) => line.startsWith("warn:"))).toEqual([]);
  });

  it("type-checks in a strict project (module nodenext, exactOptionalPropertyTypes, noUnusedLocals)", async () => {
    const dir = await project("ws://127.0.0.1:1/cmapi");
    const nodeModules = fileURLToPath(new URL("../node_modules/", import.meta.url));
    const config = join(dir, "tsconfig.json");
    await writeFile(config, JSON.stringify({ compilerOptions: { ...STRICT_COMPILER_OPTIONS, typeRoots: [join(nodeModules, "@types")], exactOptionalPropertyTypes: true }, files: ["snippet.ts"] }));
    const run = await promisify(execFile)(process.execPath, [join(nodeModules, "typescript", "bin", "tsc"), "-p", config]).catch((error: { stdout: string }) => error);
    expect(run.stdout).toBe("");
  }, 60_000);
});
