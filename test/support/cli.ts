import { fileURLToPath } from "node:url";
import { main } from "../../generator/cli.js";

export const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
export const MINI = { idl: fixture("mini/opencmapi.webidl"), schema: fixture("mini/opencmapi.schema.json") };

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in this process, capturing what it prints. */
export async function runCli(args: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { out: (text) => void (stdout += text), err: (text) => void (stderr += text) });
  return { code, stdout, stderr };
}
