/**
 * Ctrl-C (SIGINT), SIGTERM and SIGHUP while generate or scaffold writes. The rule, per phase:
 *
 * - **before the write** (reading the spec, building the model, emitting in memory): nothing of the
 *   output folder has changed, so the process exits at once, saying so;
 * - **staging** (the journal and the new files under temporary names): **rolled back**, at the next
 *   file: the temporary files and the journal are deleted, the folder is as it was;
 * - **committing** (renaming into place, deleting backups, and a recovery of an earlier interrupted
 *   write): **finished**: the signal waits until the folder holds the whole new generation, which
 *   takes milliseconds (a second signal waits too: SIGKILL is the way out, and the next generate
 *   recovers, see journal.ts);
 * - **after the write**: the process exits at once; the folder holds the new generation.
 *
 * Then one line on stderr says which state the folder was left in, and the exit code is 128 + the
 * signal's number (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP), as a shell reports a process
 * killed by it. `generate --watch` stops the same way but exits 0: Ctrl-C is how it is stopped.
 */
import { constants } from "node:os";

export type InterruptSignal = "SIGINT" | "SIGTERM" | "SIGHUP";
export const INTERRUPT_SIGNALS: readonly InterruptSignal[] = ["SIGINT", "SIGTERM", "SIGHUP"];

export const exitCodeOf = (signal: InterruptSignal) => 128 + constants.signals[signal];

/** Shared by the code that writes and whoever receives the signals. */
export class WriteControl {
  /** The first signal received, if any. */
  signal: InterruptSignal | null = null;
  /** Set once a write has put a new generation in place. */
  wrote = false;
  #depth = 0;

  interrupt(signal: InterruptSignal): void {
    this.signal ??= signal;
  }
  /** Nothing is half-done: a signal may end the process now. */
  get idle(): boolean {
    return this.#depth === 0;
  }
  /** Around a write: from the first change to the folder until it is consistent again. */
  enter(): void {
    this.#depth++;
  }
  leave(): void {
    this.#depth--;
  }
  /** At a point where rolling back is the rule: throws Interrupted, and the caller rolls back. */
  check(outcome: "untouched" | "rolled back" = "rolled back"): void {
    if (this.signal) throw new Interrupted(this.signal, outcome);
  }
}

/** The command was interrupted by a signal; `outcome` says what became of the folder. */
export class Interrupted extends Error {
  readonly signal: InterruptSignal;
  readonly outcome: "untouched" | "rolled back" | "finished";

  constructor(signal: InterruptSignal, outcome: "untouched" | "rolled back" | "finished", message?: string) {
    super(message ?? `interrupted (${signal}): ${outcome}`);
    this.name = "Interrupted";
    this.signal = signal;
    this.outcome = outcome;
  }

  get exitCode(): number {
    return exitCodeOf(this.signal);
  }
}

/** What to say of the folder: as it was (untouched or rolled back), and complete (finished). */
export interface FolderStates {
  asItWas: string;
  done: string;
}

export function interruptedLine(signal: InterruptSignal, outcome: Interrupted["outcome"], states: FolderStates): string {
  if (outcome === "untouched") return `interrupted (${signal}) before writing anything; ${states.asItWas}`;
  if (outcome === "rolled back") return `interrupted (${signal}) while writing; rolled back: ${states.asItWas}`;
  return `interrupted (${signal}); the write was finished first: ${states.done}`;
}

/**
 * Runs a command that writes, with the signals handled by the rule above. Resolves with its value
 * when no signal came; otherwise rejects with an Interrupted whose message is the line to print.
 */
export async function interruptibly<T>(states: FolderStates, print: (line: string) => void, body: (control: WriteControl) => Promise<T>): Promise<T> {
  const control = new WriteControl();
  const onSignal = (signal: InterruptSignal) => {
    const first = control.signal === null;
    control.interrupt(signal);
    if (first && control.idle) {
      print(`opencmapi-gen: ${interruptedLine(signal, control.wrote ? "finished" : "untouched", states)}\n`);
      process.exit(exitCodeOf(signal));
    }
  };
  for (const signal of INTERRUPT_SIGNALS) process.on(signal, onSignal);
  try {
    const value = await body(control);
    if (control.signal) throw new Interrupted(control.signal, "finished");
    return value;
  } catch (error) {
    if (error instanceof Interrupted) throw new Interrupted(error.signal, error.outcome, interruptedLine(error.signal, error.outcome, states));
    throw error;
  } finally {
    for (const signal of INTERRUPT_SIGNALS) process.off(signal, onSignal);
  }
}
