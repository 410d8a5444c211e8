/**
 * The writer's file system: every read, write, rename and removal of the output folder goes through
 * `writerFs()`, one call per operation, so that a test can count the operations, stop the writer
 * dead after any one of them (as SIGKILL would) or make one fail (ENOSPC, EROFS, EACCES where
 * running as root makes chmod useless). `disk` is the same layer with errors turned into
 * FileSystemErrors that name the path the user knows (the target, not its temporary name).
 */
import { mkdir, readFile, readdir, rename, rmdir, stat, unlink, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { asFileSystemError, displayPath, errnoCode, FileSystemError } from "./fs-errors.js";

export interface WriterFs {
  readFile(path: string): Promise<Buffer>;
  writeFile(path: string, data: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  rmdir(path: string): Promise<void>;
  /** One level: the writer creates each missing parent itself, so it knows which folders it made. */
  mkdir(path: string): Promise<void>;
  stat(path: string): Promise<{ isDirectory(): boolean }>;
  readdir(path: string): Promise<{ name: string; isDirectory(): boolean }[]>;
}

export const nodeFs: WriterFs = {
  readFile: (path) => readFile(path),
  writeFile: (path, data) => writeFile(path, data),
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
  rmdir: (path) => rmdir(path),
  mkdir: async (path) => void (await mkdir(path)),
  stat: (path) => stat(path),
  readdir: (path) => readdir(path, { withFileTypes: true }),
};

let current: WriterFs = nodeFs;

export function writerFs(): WriterFs {
  return current;
}

/** Tests: every writer operation goes to `fs` until the returned function is called. */
export function useWriterFs(fs: WriterFs): () => void {
  const before = current;
  current = fs;
  return () => void (current = before);
}

const isMissing = (error: unknown) => errnoCode(error) === "ENOENT";

/** The error to throw: a FileSystemError about `shown`; for ENOTDIR, naming the file that stands where a folder should be. */
async function failure(error: unknown, action: string, shown: string): Promise<unknown> {
  if (errnoCode(error) !== "ENOTDIR" || error instanceof FileSystemError) return asFileSystemError(error, action, shown);
  for (let dir = dirname(shown); dir !== dirname(dir); dir = dirname(dir)) {
    const isFile = await current.stat(dir).then(
      (stats) => !stats.isDirectory(),
      () => false,
    );
    if (isFile) return new FileSystemError([{ action: "write", path: shown, code: "ENOTDIR", reason: `${displayPath(dir)} is a file, where opencmapi-gen needs a folder`, hint: "move that file away or choose another --out" }]);
  }
  return asFileSystemError(error, action, shown);
}

async function guarded<T>(action: string, path: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw await failure(error, action, path);
  }
}

/** What stands at a path. */
export type Kind = "file" | "folder" | "missing";

export const disk = {
  /** The bytes of a file, or undefined when there is none; `shown` is the path named in an error. */
  async read(path: string, shown = path): Promise<Buffer | undefined> {
    try {
      return await current.readFile(path);
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw await failure(error, "read", shown);
    }
  },
  write: (path: string, text: string, shown = path) => guarded("write", shown, () => current.writeFile(path, text)),
  move: (from: string, to: string, shown = to) => guarded("write", shown, () => current.rename(from, to)),
  /** Removes a file; one that is already gone is fine. */
  async remove(path: string, shown = path): Promise<void> {
    try {
      await current.unlink(path);
    } catch (error) {
      if (!isMissing(error)) throw await failure(error, "remove", shown);
    }
  },
  /** Removes a folder if it is empty; false when it is not (or is not there). */
  async removeFolderIfEmpty(path: string): Promise<boolean> {
    try {
      await current.rmdir(path);
      return true;
    } catch (error) {
      const code = errnoCode(error);
      if (code === "ENOENT" || code === "ENOTEMPTY" || code === "EEXIST" || code === "ENOTDIR") return false;
      throw asFileSystemError(error, "remove the folder", path);
    }
  },
  async makeFolder(path: string): Promise<void> {
    try {
      await current.mkdir(path);
    } catch (error) {
      if (errnoCode(error) === "EEXIST" && (await disk.kind(path)) === "folder") return;
      throw await failure(error, "create the folder", path);
    }
  },
  async kind(path: string): Promise<Kind> {
    try {
      return (await current.stat(path)).isDirectory() ? "folder" : "file";
    } catch (error) {
      if (isMissing(error)) return "missing";
      throw await failure(error, "read", path);
    }
  },
  /** The entries of a folder; none when it is not there. */
  async list(path: string): Promise<{ name: string; isDirectory(): boolean }[]> {
    try {
      return await current.readdir(path);
    } catch (error) {
      if (isMissing(error)) return [];
      throw await failure(error, "read the folder", path);
    }
  },
};
