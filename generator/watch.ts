/**
 * `generate --watch`: generates, then again whenever a spec file or the config file changes
 * (debounced, so an editor's several writes make one run). A run that fails prints its problems and
 * leaves the last good output as it is (the writer writes all or nothing); the next change tries again.
 * When `signal` aborts (Ctrl-C, SIGTERM: its reason names the signal), a run that is staging its
 * files rolls back and one that is renaming them into place finishes (write/interrupt.ts); the
 * watcher then says which.
 */
import { watch, type FSWatcher } from "node:fs";
import { basename, dirname } from "node:path";
import { configPathOf, resolveOptions, type CommandLineOptions, type GeneratorOptions } from "./config.js";
import { generate } from "./generate.js";
import { fileList } from "./load.js";
import { INTERRUPT_SIGNALS, Interrupted, WriteControl, type InterruptSignal } from "./write/interrupt.js";
import type { WriteReport } from "./write/output-dir.js";

export interface WatchEvents {
  /** A run that wrote its output. */
  generated(report: WriteReport, options: GeneratorOptions, elapsedMs: number): void;
  /** A run that failed: a spec error, an unreadable file, or a bug. */
  failed(error: unknown): void;
  /** The files watched now (they change when the config names other spec files). */
  watching(files: string[]): void;
}

export const WATCH_DEBOUNCE_MS = 150;

/** How the watcher stopped: the output folder of the last run, and what became of a run in progress. */
export interface WatchStop {
  out?: string;
  /** idle: no run was writing; rolled back: the run in progress was undone; finished: it was completed first. */
  lastRun: "idle" | "rolled back" | "finished";
}

/** Runs until `signal` aborts; resolves once every watcher is closed and no run is writing. */
export async function watchGenerate(flags: CommandLineOptions & { force?: boolean }, events: WatchEvents, signal: AbortSignal, debounceMs = WATCH_DEBOUNCE_MS): Promise<WatchStop> {
  const control = new WriteControl();
  const stopped: WatchStop = { lastRun: "idle" };
  const onAbort = () => control.interrupt(INTERRUPT_SIGNALS.includes(signal.reason as InterruptSignal) ? (signal.reason as InterruptSignal) : "SIGINT");
  if (signal.aborted) onAbort();
  else signal.addEventListener("abort", onAbort, { once: true });
  const configPath = configPathOf(flags);
  let watchers: FSWatcher[] = [];
  let watched: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let runAgain = false;
  let current: Promise<void>;

  /** Editors often replace a file (write a copy, rename it over): watch the folders, pick the names. */
  const rewatch = (files: string[]) => {
    const key = (list: string[]) => [...list].sort().join("\n");
    if (key(files) === key(watched)) return;
    for (const watcher of watchers) watcher.close();
    watched = files;
    const byFolder = new Map<string, Set<string>>();
    for (const file of files) byFolder.set(dirname(file), (byFolder.get(dirname(file)) ?? new Set()).add(basename(file)));
    watchers = [...byFolder].map(([folder, names]) =>
      watch(folder, (_event, name) => {
        if (name === null || names.has(basename(name))) schedule();
      }).on("error", (error) => events.failed(error)),
    );
    events.watching(files);
  };

  const run = async () => {
    if (running) {
      runAgain = true;
      return;
    }
    running = true;
    try {
      const options = await resolveOptions(flags);
      stopped.out = options.out;
      rewatch([...fileList(options.idl), ...fileList(options.schema), configPath]);
      const started = performance.now();
      control.wrote = false;
      const report = await generate(options, { force: flags.force === true, control });
      if (control.signal && control.wrote) stopped.lastRun = "finished";
      events.generated(report, options, Math.round(performance.now() - started));
    } catch (error) {
      if (error instanceof Interrupted) {
        if (error.outcome === "rolled back") stopped.lastRun = "rolled back";
        return;
      }
      // Keep watching what was watched; a broken config still names its own file.
      if (watched.length === 0) rewatch([configPath, ...(flags.idl ?? []), ...(flags.schema ?? [])]);
      events.failed(error);
    } finally {
      running = false;
      if (runAgain && !signal.aborted) {
        runAgain = false;
        schedule();
      }
    }
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      current = run();
    }, debounceMs);
  };

  current = run();
  await current;
  await new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener("abort", () => resolve(), { once: true });
  });
  clearTimeout(timer);
  for (const watcher of watchers) watcher.close();
  await current; // a run in progress finishes or rolls back its write: the folder is never left half-written
  return stopped;
}
