/**
 * Prettier in worker threads: formatting is most of a cold generate (the validators and the docs
 * are large), and it parallelises file by file. The worker is a short script given as text, so
 * it runs the same from the TypeScript sources and from dist/.
 */
import { availableParallelism } from "node:os";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import * as prettier from "prettier";

const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const loading = import(workerData.prettier).then((module) => (typeof module.format === "function" ? module : module.default));
parentPort.on("message", async ({ id, text, options }) => {
  try {
    const prettier = await loading;
    parentPort.postMessage({ id, text: await prettier.format(text, options) });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

export interface FormatJob {
  path: string;
  text: string;
  options: prettier.Options;
}

/** Below this much text, starting a worker costs more than it saves. */
const WORKER_THRESHOLD = 256 * 1024;

class FormatWorker {
  private readonly worker: Worker;
  private next = 0;
  private readonly pending = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();

  constructor(prettierUrl: string) {
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { prettier: prettierUrl } });
    this.worker.on("message", ({ id, text, error }: { id: number; text?: string; error?: string }) => {
      const waiting = this.pending.get(id);
      this.pending.delete(id);
      if (error !== undefined) waiting?.reject(new Error(error));
      else waiting?.resolve(text!);
    });
    this.worker.on("error", (error) => {
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    });
  }

  format(text: string, options: prettier.Options): Promise<string> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, text, options });
    });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

/** Formats every job, largest first, on this thread and on up to (cores - 1) workers. */
export async function formatAll(jobs: FormatJob[]): Promise<Map<string, string>> {
  const queue = [...jobs].sort((a, b) => b.text.length - a.text.length);
  const total = queue.reduce((sum, job) => sum + job.text.length, 0);
  const workerCount = total < WORKER_THRESHOLD ? 0 : Math.min(availableParallelism() - 1, queue.length - 1, 3);
  const prettierUrl = pathToFileURL(createRequire(import.meta.url).resolve("prettier")).href;
  const workers = Array.from({ length: Math.max(0, workerCount) }, () => new FormatWorker(prettierUrl));
  const results = new Map<string, string>();
  const drain = async (format: (text: string, options: prettier.Options) => Promise<string>) => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      try {
        results.set(job.path, await format(job.text, job.options));
      } catch (error) {
        throw new Error(`prettier could not format the generated ${job.path}: ${(error as Error).message}`, { cause: error });
      }
    }
  };
  try {
    // Workers take the largest jobs first while this thread works through the rest.
    await Promise.all([...workers.map((worker) => drain((text, options) => worker.format(text, options))), drain((text, options) => prettier.format(text, options))]);
  } finally {
    await Promise.all(workers.map((worker) => worker.close()));
  }
  return results;
}
