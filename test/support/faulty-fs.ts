/**
 * The writer's file system (generator/write/disk.ts) with faults: it counts the operations, and can
 * stop dead when operation N begins (as SIGKILL would stop the process: the writer's promise never
 * settles, nothing after it runs, no rollback), leaving a write that was under way partly written, or
 * make an operation fail with an errno code (ENOSPC, EROFS, EACCES) the way node:fs does.
 */
import { nodeFs, useWriterFs, type WriterFs } from "../../generator/write/disk.js";

export type FsOperation = keyof WriterFs;

export interface FaultPlan {
  /** Stop dead when the operation with this index (0-based) begins. */
  stopAt?: number;
  /** Stop dead when an operation like this begins (for a rename, `path` is its source). */
  stopWhen?: (operation: FsOperation, path: string, index: number) => boolean;
  /** When the operation stopped at is a writeFile: the share of its data that reaches the file (0: none, not even the file). */
  partial?: number;
  /** An errno code for an operation, or undefined to let it run. */
  fail?: (operation: FsOperation, path: string, index: number) => string | undefined;
}

export interface FaultyFs {
  fs: WriterFs;
  /** Operations begun so far. */
  readonly count: number;
  /** Each operation begun: its name and path. */
  readonly log: { operation: FsOperation; path: string }[];
  /** Resolves when the writer has been stopped dead. */
  readonly stopped: Promise<"stopped">;
  isStopped(): boolean;
}

export function errnoError(code: string, operation: string, path: string): NodeJS.ErrnoException {
  const error = new Error(`${code}: simulated, ${operation} '${path}'`) as NodeJS.ErrnoException;
  error.code = code;
  error.syscall = operation;
  error.path = path;
  return error;
}

export function faultyFs(plan: FaultPlan = {}): FaultyFs {
  const log: { operation: FsOperation; path: string }[] = [];
  let stop!: (value: "stopped") => void;
  const stopped = new Promise<"stopped">((resolve) => (stop = resolve));
  let isStopped = false;
  const never = new Promise<never>(() => undefined);

  const wrap =
    <K extends FsOperation>(operation: K) =>
    async (...args: Parameters<WriterFs[K]>): Promise<Awaited<ReturnType<WriterFs[K]>>> => {
      const index = log.length;
      const path = args[0];
      log.push({ operation, path });
      if (isStopped) return never;
      if ((plan.stopAt !== undefined && index >= plan.stopAt) || plan.stopWhen?.(operation, path, index)) {
        isStopped = true;
        if (operation === "writeFile" && (plan.partial ?? 0) > 0) {
          const data = args[1] as string;
          await nodeFs.writeFile(path, data.slice(0, Math.floor(data.length * plan.partial!)));
        }
        stop("stopped");
        return never;
      }
      const code = plan.fail?.(operation, path, index);
      if (code !== undefined) throw errnoError(code, operation, path);
      return (nodeFs[operation] as (...a: Parameters<WriterFs[K]>) => Promise<Awaited<ReturnType<WriterFs[K]>>>)(...args);
    };

  const fs: WriterFs = {
    readFile: wrap("readFile"),
    writeFile: wrap("writeFile"),
    rename: wrap("rename"),
    unlink: wrap("unlink"),
    rmdir: wrap("rmdir"),
    mkdir: wrap("mkdir"),
    stat: wrap("stat"),
    readdir: wrap("readdir"),
  };
  return {
    fs,
    get count() {
      return log.length;
    },
    log,
    stopped,
    isStopped: () => isStopped,
  };
}

/** Runs `body` with the writer on a faulty file system; restores the real one afterwards. */
export async function withFaultyFs<T>(plan: FaultPlan, body: (fault: FaultyFs) => Promise<T>): Promise<T> {
  const fault = faultyFs(plan);
  const restore = useWriterFs(fault.fs);
  try {
    return await body(fault);
  } finally {
    restore();
  }
}
