/** The worker of validators-thread.ts: receives the model, answers with emitValidators' files. */
import { parentPort } from "node:worker_threads";
import { SpecError } from "../diagnostics.js";
import type { Api } from "../model/api.js";
import { emitValidators } from "./validators.js";
import type { WorkerAnswer } from "./validators-thread.js";

parentPort!.once("message", (api: Api) => {
  let answer: WorkerAnswer;
  try {
    answer = { files: [...emitValidators(api)] };
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    answer = { error: { message, ...(stack !== undefined ? { stack } : {}), ...(error instanceof SpecError ? { diagnostics: error.diagnostics, exitCode: error.exitCode } : {}) } };
  }
  parentPort!.postMessage(answer);
});
