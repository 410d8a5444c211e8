/** The worker of validators-thread.ts: receives the model, answers with emitValidators' files. */
import { parentPort } from "node:worker_threads";
import { SpecError } from "../diagnostics.js";
import type { Api } from "../model/api.js";
import { withSchemaTree } from "../model/schema-tree.js";
import { emitValidators } from "./validators.js";
import type { WorkerAnswer } from "./validators-thread.js";

parentPort!.once("message", (copy: Omit<Api, "schema">) => {
  let answer: WorkerAnswer;
  try {
    // The message is a structured clone, which leaves the model's schema tree behind (see model/api.ts).
    answer = { files: [...emitValidators(withSchemaTree(copy))] };
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    answer = { error: { message, ...(stack !== undefined ? { stack } : {}), ...(error instanceof SpecError ? { diagnostics: error.diagnostics, exitCode: error.exitCode } : {}) } };
  }
  parentPort!.postMessage(answer);
});
