/** Runs the CLI in a child process and lists the packages under node_modules it loaded. */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const bin = fileURLToPath(new URL("../../bin/opencmapi-gen.js", import.meta.url));

// A module resolve hook that prints each package under node_modules the first time one of its files is resolved.
const HOOKS = `
import { writeSync } from "node:fs";
const seen = new Set();
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  const name = /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(resolved.url)?.[1];
  if (name && !seen.has(name)) { seen.add(name); writeSync(2, "loaded " + name + "\\n"); }
  return resolved;
}`;
const REGISTER = `import { register } from "node:module"; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)});`;

/** The generator's heavy dependencies, which only the commands that build or format code should load. */
export const HEAVY_PACKAGES = ["ts-morph", "prettier", "ajv", "esbuild", "webidl2", "typescript"];

/** `env`: more environment for the CLI (a cache folder of its own, say). */
export async function packagesLoadedBy(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ packages: string[]; stdout: string }> {
  const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--import", `data:text/javascript,${encodeURIComponent(REGISTER)}`, bin, ...args], { env: { ...process.env, ...env } });
  return { packages: [...stderr.matchAll(/^loaded (.+)$/gm)].map((match) => match[1]!).sort(), stdout };
}
