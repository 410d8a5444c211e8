/** Starting a bench/server-process.ts child and talking to it over its stdin and stdout. */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  /** Sends a command line and waits for the first output line that starts with `reply`. */
  ask(command: string, reply: string, timeoutMs?: number): Promise<string>;
  stop(): void;
}

export type ServerKind = "generated" | "generated-without-credentials" | "generated-as-shipped" | "raw-ws" | "raw-http";

let built: Promise<string> | undefined;

/**
 * server-process.ts and the generated modules it serves, bundled once per run into plain JavaScript
 * (packages stay external), as a vendor's build would run them. Through tsx the server had paid for
 * its loader thread and for esbuild's keepNames (a `__name` call per closure made, a quarter of the
 * dispatcher's own time in a profile), which no deployed device pays.
 */
function serverScript(): Promise<string> {
  built ??= (async () => {
    const { build } = await import("esbuild");
    const folder = await mkdtemp(join(tmpdir(), "opencmapi-gen-bench-"));
    const outfile = join(folder, "server-process.mjs");
    await build({ entryPoints: [fileURLToPath(new URL("./server-process.ts", import.meta.url))], bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", outfile, logLevel: "silent" });
    // Packages resolve from the bundle's folder: a link to this project's node_modules.
    await symlink(fileURLToPath(new URL("../node_modules", import.meta.url)), join(folder, "node_modules"), "dir");
    return outfile;
  })();
  return built;
}

/** `nodeFlags`: more flags for the server's node (a heap limit, as a small device would set). */
export async function startServerProcess(kind: ServerKind, nodeFlags: readonly string[] = []): Promise<ServerProcess> {
  const script = await serverScript();
  const child = spawn(process.execPath, ["--expose-gc", ...nodeFlags, script, kind], { stdio: ["pipe", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout });
  const waiting: { prefix: string; resolve: (line: string) => void }[] = [];
  lines.on("line", (line) => {
    const index = waiting.findIndex((wait) => line.startsWith(wait.prefix));
    if (index >= 0) waiting.splice(index, 1)[0]!.resolve(line);
  });
  const next = (prefix: string, timeoutMs = 60_000) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "${prefix}" from the ${kind} server`)), timeoutMs);
      waiting.push({ prefix, resolve: (line) => (clearTimeout(timer), resolve(line)) });
    });
  const port = Number((await next("port")).split(" ")[1]);
  return {
    child,
    port,
    ask: (command, reply, timeoutMs) => {
      const answer = next(reply, timeoutMs);
      child.stdin.write(`${command}\n`);
      return answer;
    },
    stop: () => child.kill(),
  };
}
