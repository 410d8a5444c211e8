/** Which packages a command loads: printing the version or the help must not pay for the generator's heavy dependencies. */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/opencmapi-gen.js", import.meta.url));

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

async function packagesLoadedBy(args: string[]): Promise<string[]> {
  const { stderr } = await promisify(execFile)(process.execPath, ["--import", `data:text/javascript,${encodeURIComponent(REGISTER)}`, bin, ...args]);
  return [...stderr.matchAll(/^loaded (.+)$/gm)].map((match) => match[1]!).sort();
}

const HEAVY = ["ts-morph", "prettier", "ajv", "json-schema-to-typescript", "esbuild", "webidl2", "typescript"];

describe("lazy loading", () => {
  it.each(["--version", "--help", "generate --help", "check --help"])("%s loads none of the generator's heavy packages", async (command) => {
    const loaded = await packagesLoadedBy(command.split(" "));
    expect(loaded).toContain("commander");
    expect(loaded.filter((name) => HEAVY.includes(name))).toEqual([]);
  });

  it("the hook sees them when a command does use them", async () => {
    const loaded = await packagesLoadedBy(["validate"]);
    expect(loaded).toEqual(expect.arrayContaining(["ajv", "webidl2"]));
  });
});
