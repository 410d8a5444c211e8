/**
 * A file system that refuses (a read-only folder, a full disk, a file where a folder should be) is
 * the user's environment, not a bug: exit 2, the path, what went wrong in words and the errno code,
 * and what to do. The writer and the spec reader turn every error of node:fs into one of these; the
 * CLI's catch-all does the same for any that slips through, so exit 70 stays for bugs.
 */
import { isAbsolute, relative } from "node:path";
import { SpecError } from "../diagnostics.js";

export interface FsProblem {
  /** What was being done, as "cannot <action> <path>" reads: "write", "read the WebIDL file", "create the folder". */
  action: string;
  path: string;
  /** The errno code (EACCES, ENOSPC, ...), or a code of ours for a shape problem found before any call failed. */
  code: string;
  /** Why, in words; by default from the code. */
  reason?: string;
  /** What to do; by default from the code and whether the path is an input or the output. */
  hint?: string;
}

/** The codes that mean "the file system said no", as opposed to a bug. */
export const FS_ERROR_CODES = new Set(["EACCES", "EPERM", "EROFS", "ENOSPC", "EDQUOT", "EISDIR", "ENOTDIR", "EEXIST", "ENOENT", "ENAMETOOLONG", "ELOOP", "EMFILE", "ENFILE", "EIO", "EBUSY", "ETXTBSY", "EXDEV", "ENOTEMPTY", "EFBIG"]);

const REASONS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "the operation is not permitted",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is used up",
  EISDIR: "it is a folder, not a file",
  ENOTDIR: "a part of the path is a file, not a folder",
  EEXIST: "a file stands where a folder is needed",
  ENOENT: "no such file or folder",
  ENAMETOOLONG: "the path is too long",
  ELOOP: "too many levels of symbolic links",
  EMFILE: "too many open files",
  ENFILE: "too many open files in the system",
  EIO: "an input/output error",
  EBUSY: "the file is busy",
  ETXTBSY: "the file is busy",
  EXDEV: "it is on another device",
  ENOTEMPTY: "the folder is not empty",
  EFBIG: "the file is too large",
};

const WRITES = /^(write|create|move|remove|restore)/;

function defaultReason(problem: FsProblem): string {
  // A write refused for permissions is the folder's (or the file's) mode: say it that way round.
  if ((problem.code === "EACCES" || problem.code === "EPERM") && WRITES.test(problem.action)) return "the folder or the file is not writable";
  return REASONS[problem.code] ?? problem.code;
}

function defaultHint(problem: FsProblem): string {
  // The writer's paths are the output folder's; an input is read with its kind named ("read the WebIDL file").
  const output = !/ file$/.test(problem.action);
  switch (problem.code) {
    case "EACCES":
    case "EPERM":
      return output ? "check its permissions or choose another --out" : "check its permissions";
    case "EROFS":
      return output ? "choose another --out on a writable file system" : "check the path";
    case "ENOSPC":
    case "EDQUOT":
    case "EFBIG":
      return "free some space and run generate again (the output folder was left as it was)";
    case "EISDIR":
      return output ? "move that folder away or choose another --out" : "give the path of the file, not of its folder";
    case "ENOTDIR":
    case "EEXIST":
      return output ? "move that file away or choose another --out" : "check the path";
    case "EMFILE":
    case "ENFILE":
      return "raise the limit of open files (ulimit -n) and run it again";
    case "EBUSY":
    case "ETXTBSY":
      return "close the program that holds it and run it again";
    case "EIO":
      return "check the disk";
    case "ENOENT":
      return output ? "was the folder moved or deleted while generate ran? run it again" : "check the path";
    default:
      return output ? "check the folder or choose another --out" : "check the path";
  }
}

/** The path as the user would type it: relative to the current folder when inside it. */
export function displayPath(path: string): string {
  if (!isAbsolute(path)) return path;
  const inside = relative(process.cwd(), path);
  return inside === "" ? "." : inside.startsWith("..") || isAbsolute(inside) ? path : inside;
}

/** One line: "cannot write generated/x.ts: the folder or the file is not writable (EACCES); check its permissions or choose another --out". */
export function problemLine(problem: FsProblem): string {
  return `cannot ${problem.action} ${displayPath(problem.path)}: ${problem.reason ?? defaultReason(problem)} (${problem.code}); ${problem.hint ?? defaultHint(problem)}`;
}

/** Exit 2. A SpecError, so that --error-format json and github-actions report it as a finding on its path. */
export class FileSystemError extends SpecError {
  readonly problems: readonly FsProblem[];

  constructor(problems: readonly FsProblem[]) {
    super(
      problems.map((problem) => ({ message: `cannot ${problem.action}: ${problem.reason ?? defaultReason(problem)} (${problem.code}); ${problem.hint ?? defaultHint(problem)}`, location: { file: problem.path } })),
      2,
    );
    this.name = "FileSystemError";
    this.problems = problems;
    this.message = problems.map(problemLine).join("\n");
  }

  /** The errno code of the first problem. */
  get code(): string {
    return this.problems[0]!.code;
  }
}

export function errnoCode(error: unknown): string | undefined {
  if (error instanceof FileSystemError) return error.code;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

/** An error node:fs threw, as a FileSystemError about `path`; anything else (a bug) is returned as it is. */
export function asFileSystemError(error: unknown, action: string, path: string): unknown {
  if (error instanceof FileSystemError) return error;
  const code = errnoCode(error);
  if (code === undefined || !/^E[A-Z0-9]+$/.test(code)) return error;
  return new FileSystemError([{ action, path, code }]);
}

/**
 * For the CLI's catch-all: an errno error from the file system that no caller wrapped (its syscall
 * and path say which), as a FileSystemError; undefined for anything else.
 */
export function unwrappedFileSystemError(error: unknown): FileSystemError | undefined {
  const errno = error as NodeJS.ErrnoException | undefined;
  if (!errno || typeof errno.code !== "string" || !FS_ERROR_CODES.has(errno.code) || typeof errno.path !== "string") return undefined;
  const action = { open: "open", read: "read", scandir: "list", mkdir: "create the folder", rename: "move", unlink: "remove", rmdir: "remove the folder", write: "write" }[errno.syscall ?? ""] ?? "use";
  return new FileSystemError([{ action, path: errno.path, code: errno.code }]);
}
