/** Starts test/support/device-process.ts as a child process, stops it (gracefully or by a power cut), and starts it again on the same port. */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

export interface DeviceProcess {
  readonly port: number;
  readonly url: string;
  /** Emits one SMSReceived callback with body "TAG N"; resolves with how many clients it went to. */
  emit(tag: string, n: number): Promise<number>;
  /** Freezes the process (SIGSTOP: its sockets stay open and answer nothing, a hung device) or thaws it (SIGCONT). */
  freeze(frozen: boolean): void;
  /** SIGKILL (a power cut) or SIGTERM (a graceful close); resolves once the process has exited. */
  stop(signal?: "SIGKILL" | "SIGTERM"): Promise<void>;
}

const SCRIPT = fileURLToPath(new URL("./device-process.ts", import.meta.url));

export async function startDeviceProcess(port = 0): Promise<DeviceProcess> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", SCRIPT, String(port)], { stdio: ["pipe", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout! });
  const waiting = new Map<string, (line: string) => void>();
  lines.on("line", (line) => {
    for (const [prefix, resolve] of waiting) {
      if (!line.startsWith(prefix)) continue;
      waiting.delete(prefix);
      resolve(line);
      return;
    }
  });
  const next = (prefix: string, timeoutMs = 30_000) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiting.delete(prefix);
        reject(new Error(`the device process did not print "${prefix}" within ${timeoutMs} ms`));
      }, timeoutMs);
      waiting.set(prefix, (line) => {
        clearTimeout(timer);
        resolve(line);
      });
    });
  const exited = once(child, "exit");
  const listening = next("port ");
  const failed = exited.then(([code]) => {
    throw new Error(`the device process exited (code ${String(code)}) before listening`);
  });
  const actualPort = Number((await Promise.race([listening, failed])).split(" ")[1]);
  failed.catch(() => undefined);
  return {
    port: actualPort,
    url: `http://127.0.0.1:${actualPort}/cmapi`,
    async emit(tag, n) {
      const answer = next(`emitted ${tag} ${n} `);
      child.stdin!.write(`emit ${tag} ${n}\n`);
      return Number((await answer).split(" ")[3]);
    },
    freeze(frozen) {
      child.kill(frozen ? "SIGSTOP" : "SIGCONT");
    },
    async stop(signal = "SIGKILL") {
      if (child.signalCode === "SIGSTOP") child.kill("SIGCONT");
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
      lines.close();
    },
  };
}
