/** How an error that ends a command is told, and the exit code it gives. */
import { CommanderError } from "commander";
import { SpecError } from "../diagnostics.js";
import { findingText, findingsOf, withPointerLines } from "../report-format.js";
import { FileSystemError, problemLine, unwrappedFileSystemError } from "../write/fs-errors.js";
import { Interrupted } from "../write/interrupt.js";
import { readTextOrUndefined, type CliOutput } from "./context.js";

export function reportError(error: unknown, output: CliOutput): number {
  if (error instanceof CommanderError) {
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return 0;
    return 2;
  }
  // The file system said no (a read-only folder, a full disk, a file where a folder goes): the user's to fix, exit 2.
  const fileSystem = error instanceof FileSystemError ? error : unwrappedFileSystemError(error);
  if (fileSystem) {
    output.err(fileSystem.problems.map((problem) => `opencmapi-gen: ${problemLine(problem)}\n`).join(""));
    return 2;
  }
  // A signal: the one line says what state the output folder was left in.
  if (error instanceof Interrupted) {
    output.err(`opencmapi-gen: ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof SpecError) {
    // A problem found at a JSON pointer is shown on its line too.
    const located = withPointerLines(findingsOf(error.diagnostics), readTextOrUndefined);
    output.err(located.map((finding) => `${findingText(finding)}\n`).join(""));
    const count = error.diagnostics.length;
    output.err(`opencmapi-gen: ${count} problem${count === 1 ? "" : "s"} found\n`);
    return error.exitCode;
  }
  // A bug of ours, not the user's input: say so briefly; the stack is there on request.
  output.err(`opencmapi-gen: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env["OPENCMAPI_DEBUG"] && error instanceof Error && error.stack) output.err(`${error.stack}\n`);
  return 70;
}
