/**
 * The generated code in the projects people already have, each built with its own tool and settings:
 * the package packed and installed as npm would, a config, `generate`, the project's build, then
 * calls to the mock device. Also the TypeScript versions the output compiles with, and the warning
 * about a missing peer package.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./support/cli.js";
import { tempDir } from "./support/generation.js";
import { npm, npmEnv, packageTarball, run } from "./support/package.js";

const repo = fileURLToPath(new URL("..", import.meta.url));

/** What a shape's project holds besides the generated code; `tarball` is the packed opencmapi-gen. */
interface Shape {
  packageJson: (tarball: string) => Record<string, unknown>;
  config: Record<string, unknown>;
  files: Record<string, string>;
  /** The project's own build, then the program that calls the mock (its URL appended). */
  build: string[][];
  start: string[];
}

const STRICT_FLAGS = { strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, noPropertyAccessFromIndexSignature: true, noUnusedLocals: true };

/** Prints what the device answered: its device list, and the error code of a call about a device that does not exist. */
const CALLS = [
  "const devices = await device.deviceGetDeviceList();",
  'const refused = await device.networkGetRFInfo({ deviceId: "9" }).then(() => "answered", (error: unknown) => (error instanceof CmapiError ? error.code : String(error)));',
  "console.log(JSON.stringify({ devices, refused }));",
  "await device.close();",
];

/** A Node client's imports: the browser-safe client (CmapiError), the Node entry, the validators. */
const NODE_CLIENT_IMPORTS = ['import { CmapiError } from "./cmapi/client.js";', 'import { connectWebSocket } from "./cmapi/node.js";', 'import { validation } from "./cmapi/validation.js";'];

const SHAPES: Record<string, Shape> = {
  // The case: a Node service built by tsc alone (NodeNext, strict, no allowJs), also emitting declarations in isolation.
  "node-tsc": {
    packageJson: (tarball) => ({
      type: "module",
      dependencies: { ws: "^8.17.1" },
      devDependencies: { "opencmapi-gen": `file:${tarball}`, typescript: "~5.9.3", "@types/node": "^20.19.0", "@types/ws": "^8.5.10" },
    }),
    config: { out: "src/cmapi", emit: ["types", "errors", "validators", "client", "node", "server"] },
    files: {
      "tsconfig.json": JSON.stringify({
        compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", ...STRICT_FLAGS, verbatimModuleSyntax: true, isolatedDeclarations: true, declaration: true, outDir: "dist", rootDir: "src" },
        include: ["src"],
      }),
      "src/app.ts": [...NODE_CLIENT_IMPORTS, "", "const device = connectWebSocket(process.argv[2], { validation, onProblem: (problem) => console.error(problem) });", ...CALLS, ""].join("\n"),
    },
    build: [["npx", "tsc", "-p", "tsconfig.json"]],
    start: ["node", "dist/app.js"],
  },
  // A web app: esbuild bundles it, tsc only type-checks (bundler resolution, the DOM's lib, no @types/node, no ws).
  "browser-esbuild": {
    packageJson: (tarball) => ({ type: "module", devDependencies: { "opencmapi-gen": `file:${tarball}`, typescript: "~5.9.3", esbuild: "^0.25.0" } }),
    config: { out: "src/cmapi", emit: ["types", "validators", "client"] },
    files: {
      "tsconfig.json": JSON.stringify({
        compilerOptions: { target: "ES2022", module: "ESNext", moduleResolution: "bundler", lib: ["ES2022", "DOM"], types: [], ...STRICT_FLAGS, verbatimModuleSyntax: true, noEmit: true },
        include: ["src"],
      }),
      "src/app.ts": [
        'import { CmapiError, connectHttp } from "./cmapi/client.js";',
        'import { validateParams } from "./cmapi/validation.js";',
        "",
        "declare const MOCK_URL: string;",
        'if (validateParams("CMAPI_Network_GetRFInfo", {}).valid) throw new Error("the validators let a missing deviceId through");',
        "const device = connectHttp(MOCK_URL);",
        ...CALLS,
        "",
      ].join("\n"),
    },
    build: [["npx", "tsc", "-p", "tsconfig.json"]],
    // esbuild runs when the mock's URL is known (it is compiled in); the bundle runs in Node, whose fetch stands in for the browser's.
    start: ["node", "dist/app.js"],
  },
  // An older Node project: CommonJS output, node10 resolution, no "type" in package.json.
  commonjs: {
    packageJson: (tarball) => ({
      dependencies: { ws: "^8.17.1" },
      devDependencies: { "opencmapi-gen": `file:${tarball}`, typescript: "~5.9.3", "@types/node": "^20.19.0", "@types/ws": "^8.5.10" },
    }),
    config: { out: "src/cmapi", emit: ["types", "validators", "client", "node"] },
    files: {
      "tsconfig.json": JSON.stringify({
        compilerOptions: { target: "ES2022", module: "commonjs", moduleResolution: "node10", esModuleInterop: true, ...STRICT_FLAGS, outDir: "dist", rootDir: "src" },
        include: ["src"],
      }),
      "src/app.ts": [...NODE_CLIENT_IMPORTS, "", "async function main(): Promise<void> {", "  const device = connectWebSocket(process.argv[2], { validation });", ...CALLS.map((line) => `  ${line}`), "}", "void main();", ""].join("\n"),
    },
    build: [["npx", "tsc", "-p", "tsconfig.json"]],
    start: ["node", "dist/app.js"],
  },
  // No TypeScript anywhere: --lang js writes JavaScript modules (with .d.ts beside, for editors).
  javascript: {
    packageJson: (tarball) => ({ type: "module", dependencies: { ws: "^8.17.1" }, devDependencies: { "opencmapi-gen": `file:${tarball}` } }),
    config: { out: "src/cmapi", emit: ["validators", "client", "node"], lang: "js" },
    files: {
      "src/app.js": [...NODE_CLIENT_IMPORTS, "", "const device = connectWebSocket(process.argv[2], { validation });", ...CALLS.map((line) => line.replace("(error: unknown)", "(error)")), ""].join("\n"),
    },
    build: [],
    start: ["node", "src/app.js"],
  },
};

/** The TypeScript versions the output is compiled with besides the projects' own (5.9): the oldest it supports and the newest; 5.4 was dropped from the run for CI's time (it passed every run before). */
const TYPESCRIPT_VERSIONS = { "5.0": "5.0.4", "6.0": "6.0.3" };

interface Step {
  command: string;
  ok: boolean;
  stdout: string;
  stderr: string;
}

const workspace = tempDir("opencmapi-gen-shapes-");
let mock: ChildProcess | undefined;
let mockUrl: string;
const results = new Map<string, Step[]>();
const projectDir = async (name: string) => join(await workspace, name);

async function step(steps: Step[], command: string[], cwd: string): Promise<boolean> {
  const outcome = await run(command[0]!, command.slice(1), { cwd, env: npmEnv, maxBuffer: 16 * 1024 * 1024, timeout: 300_000 }).then(
    ({ stdout, stderr }) => ({ ok: true, stdout, stderr }),
    (error: { stdout?: string; stderr?: string; message: string }) => ({ ok: false, stdout: error.stdout ?? "", stderr: error.stderr || error.message }),
  );
  steps.push({ command: command.join(" "), ...outcome });
  return outcome.ok;
}

async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

async function startMock(): Promise<string> {
  mock = spawn(process.execPath, [join(repo, "bin/opencmapi-gen.js"), "mock"], { cwd: repo });
  return new Promise((resolve, reject) => {
    let output = "";
    mock!.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /mock device: (\S+)\s/.exec(output); // the whole URL: a chunk may end inside it
      if (match) resolve(match[1]!);
    });
    mock!.on("exit", (code) => reject(new Error(`the mock exited (${code}): ${output}`)));
  });
}

/** Installs, generates, builds and runs one shape, keeping every step's output for the assertions. */
async function buildShape(name: string, shape: Shape, tarball: string): Promise<void> {
  const dir = await projectDir(name);
  const steps: Step[] = [];
  results.set(name, steps);
  await writeFiles(dir, {
    "package.json": JSON.stringify({ name: `shape-${name}`, version: "1.0.0", private: true, ...shape.packageJson(tarball) }, null, 2),
    "opencmapi-gen.config.json": JSON.stringify(shape.config),
    ...shape.files,
  });
  const commands = [["npm", "install", "--prefer-offline"], ["npx", "opencmapi-gen", "generate"], ...shape.build];
  if (name === "browser-esbuild") commands.push(["npx", "esbuild", "src/app.ts", "--bundle", "--platform=browser", "--format=esm", "--outfile=dist/app.js", `--define:MOCK_URL=${JSON.stringify(mockUrl)}`]);
  commands.push([...shape.start, mockUrl]);
  for (const command of commands) if (!(await step(steps, command, dir))) return;
}

const stepsOf = (name: string) => results.get(name) ?? [];
const failure = (name: string) => stepsOf(name).find((item) => !item.ok);
const lastOutput = (name: string) => stepsOf(name).at(-1)?.stdout ?? "";

beforeAll(async () => {
  const [tarball, url] = await Promise.all([packageTarball(), startMock()]);
  mockUrl = url;
  const versions = (async () => {
    const dir = await projectDir("typescript-versions");
    const dependencies = Object.fromEntries(Object.entries(TYPESCRIPT_VERSIONS).map(([label, version]) => [`typescript-${label}`, `npm:typescript@${version}`]));
    await writeFiles(dir, { "package.json": JSON.stringify({ name: "typescript-versions", private: true, dependencies }) });
    await npm(["install", "--prefer-offline"], dir);
  })();
  await Promise.all([...Object.entries(SHAPES).map(([name, shape]) => buildShape(name, shape, tarball)), versions]);
}, 600_000);

afterAll(() => {
  mock?.kill();
});

describe.each(Object.keys(SHAPES))("generated code in a %s project", (name) => {
  it("installs, generates, builds with the project's own settings and calls the mock device", () => {
    const failed = failure(name);
    expect(failed, failed && `${failed.command} failed:\n${failed.stdout}\n${failed.stderr}`).toBeUndefined();
    const answer = JSON.parse(lastOutput(name)) as { devices: unknown; refused: unknown };
    expect(answer.devices).toMatchObject({ deviceListElements: 1, deviceList: [{ deviceId: 1, description: "OpenCMAPI mock wireless router" }] });
    expect(answer.refused).toBe(0x00000101); // no such device, a CmapiError
  });

  it("is generated without a warning: the project has every package the output needs", () => {
    const generate = stepsOf(name).find((item) => item.command === "npx opencmapi-gen generate");
    expect(generate?.stderr).toBe("");
  });
});

describe("the shapes' particulars", () => {
  it("leaves ws, node: modules and the Node entry out of the browser project and its bundle", async () => {
    const dir = await projectDir("browser-esbuild");
    expect(await readdir(join(dir, "src/cmapi"))).not.toContain("node.ts");
    expect(await readdir(join(dir, "src/cmapi/runtime"))).not.toContain("discovery.ts");
    const bundle = await readFile(join(dir, "dist/app.js"), "utf8");
    expect(bundle).not.toMatch(/from\s*["'](ws|node:[a-z/]+)["']|require\(["']ws["']\)/);
  });

  it("gives a JavaScript project JavaScript modules with declarations beside them, and no TypeScript", async () => {
    const files = await readdir(join(await projectDir("javascript"), "src/cmapi"), { recursive: true });
    expect(files.filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(["client.js", "client.d.ts", "node.js", "validators.js", "validators.d.ts", "validators/groups/wlan.js", "validators/groups/wlan.d.ts", "validation.js"]));
  });

  it.each(Object.keys(TYPESCRIPT_VERSIONS))(
    "compiles under TypeScript %s (every TypeScript artifact, strict)",
    async (label) => {
      const dir = await projectDir("node-tsc");
      expect(failure("node-tsc")).toBeUndefined();
      const tsc = join(await projectDir("typescript-versions"), "node_modules", `typescript-${label}`, "bin", "tsc");
      // isolatedDeclarations (5.5) and verbatimModuleSyntax's NodeNext checks differ by version; the rest of the project's settings hold.
      const compilerOptions = { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", ...STRICT_FLAGS, noEmit: true, types: ["node"] };
      await writeFile(join(dir, `tsconfig.ts${label}.json`), JSON.stringify({ compilerOptions, include: ["src"] }));
      const compiled = await run(process.execPath, [tsc, "-p", `tsconfig.ts${label}.json`], { cwd: dir }).catch((error: { stdout: string }) => error);
      expect(compiled.stdout).toBe("");
    },
    180_000,
  );
});

describe("a project without a package the output needs", () => {
  it("is told by generate and check which package is missing and the line that installs it", async () => {
    const dir = await projectDir("lacking-ws");
    await writeFiles(dir, { "package.json": JSON.stringify({ name: "lacking-ws", private: true, devDependencies: { "@types/node": "^20.19.0" } }) });
    const out = join(dir, "src/cmapi");
    const generated = await runCli(["generate", "--out", out, "--emit", "node"]);
    expect(generated.code).toBe(0);
    expect(generated.stderr).toContain("the generated code needs ws@^8.17.1 (the Node WebSocket client and server), which");
    expect(generated.stderr).toContain('install: npm install "ws@^8.17.1" && npm install -D "@types/ws@^8.5.10"');
    expect(generated.stderr).not.toContain("@types/node@");

    const checked = await runCli(["check", "--out", out, "--emit", "node"]);
    expect(checked.code).toBe(0);
    expect(checked.stderr).toContain("needs ws@^8.17.1");

    // JavaScript output needs no type packages; once ws is listed there is nothing to say.
    await writeFile(join(dir, "package.json"), JSON.stringify({ name: "lacking-ws", private: true, dependencies: { ws: "^8.18.0" } }));
    const javascript = await runCli(["generate", "--out", join(dir, "src/js"), "--emit", "node", "--lang", "js"]);
    expect(javascript.stderr).toBe("");
  }, 120_000);
});
