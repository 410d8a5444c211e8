/**
 * Compiles the validators on a worker thread. ajv's standalone compilation is the largest stage of
 * a cold `generate` (a third of its work); on a worker it runs beside the other emitters on the
 * second core. The worker is started before the model is built, so that it loads ajv meanwhile.
 * Only from compiled code (dist/): under tsx or vitest the sources are TypeScript, which a worker
 * cannot load, and the caller compiles the validators in its own thread.
 *
 * A worker costs work of its own (its Node bootstrap, a second heap, 50 MB more memory). On the
 * 2-core machine it was measured on it never paid: 15% slower at load 4.5, and 5% slower idle once
 * the validators were compiled without ajv's optimizer passes (BENCHMARKS.md). So it is opt-in:
 * `OPENCMAPI_GEN_WORKER=1` uses it on a machine with two cores or more, for those with cores to spare.
 * The output is the same either way (test/validators-thread.test.ts).
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { SpecError, type Diagnostic } from "../diagnostics.js";
import type { Api } from "../model/api.js";
import type { GeneratedFiles } from "./context.js";

/** What the worker answers: the files, or the error it threw. */
export type WorkerAnswer = { files: [string, string][] } | { error: { message: string; stack?: string; diagnostics?: readonly Diagnostic[]; exitCode?: 1 | 2 } };

export interface ValidatorsThread {
  /** The files of emitValidators(api), compiled on the worker; the worker ends with the answer. */
  compile(api: Api): Promise<GeneratedFiles>;
  /** Ends the worker when its answer is not wanted (the generation failed before). */
  close(): void;
}

const WORKER = new URL("./validators-worker.js", import.meta.url);

/** Whether to compile the validators on a worker (see above): only when asked, and with a second core for it. */
export function workerPays(environment: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): boolean {
  return environment["OPENCMAPI_GEN_WORKER"] === "1" && cores >= 2;
}

/** A worker ready to compile validators, or undefined when running from TypeScript sources. */
export function startValidatorsThread(): ValidatorsThread | undefined {
  if (!WORKER.pathname.endsWith(".js") || !import.meta.url.endsWith(".js")) return undefined;
  const worker = new Worker(WORKER);
  worker.unref(); // until asked to compile: a generation that fails before then must not wait for it
  const answer = new Promise<WorkerAnswer>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the validators' worker stopped (exit code ${code}) without answering`)));
  });
  answer.catch(() => undefined); // observed in compile(); a failure before compile() is not an unhandled rejection
  return {
    async compile(api) {
      worker.ref();
      // The schema tree holds functions, which cannot be posted: the worker reads it again from schemaDefs.
      worker.postMessage({ ...api, schema: undefined });
      try {
        const result = await answer;
        if ("error" in result) throw rebuiltError(result.error);
        return new Map(result.files);
      } finally {
        void worker.terminate();
      }
    },
    close() {
      void worker.terminate();
    },
  };
}

function rebuiltError(error: Extract<WorkerAnswer, { error: unknown }>["error"]): Error {
  const rebuilt = error.diagnostics ? new SpecError(error.diagnostics, error.exitCode) : new Error(error.message);
  if (error.stack !== undefined) rebuilt.stack = error.stack;
  return rebuilt;
}
