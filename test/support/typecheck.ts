/** Type-checks generated TypeScript with this checkout's tsc, as a consumer's strict project would. */
import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const nodeModules = fileURLToPath(new URL("../../node_modules/", import.meta.url));
const tsc = join(nodeModules, "typescript", "bin", "tsc");

/** The strictest flags the generated code promises to pass; the browser-side files against the DOM's lib, the Node ones against @types/node. */
export const STRICT_COMPILER_OPTIONS = {
  strict: true,
  noEmit: true,
  target: "es2022",
  module: "nodenext",
  moduleResolution: "nodenext",
  types: ["node"],
  lib: ["es2022", "dom"],
  noUnusedLocals: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
};

/** tsc's report on every .ts file below `dir` (through a tsconfig written there): "" when it compiles. The type packages come from this checkout, wherever `dir` is. */
export async function typecheckFolder(dir: string, compilerOptions: object = STRICT_COMPILER_OPTIONS): Promise<string> {
  await writeFile(join(dir, "tsconfig.check.json"), JSON.stringify({ compilerOptions: { typeRoots: [join(nodeModules, "@types")], ...compilerOptions }, include: ["**/*.ts"], exclude: ["node_modules"] }));
  const run = await promisify(execFile)(process.execPath, [tsc, "-p", join(dir, "tsconfig.check.json")]).catch((error: { stdout: string }) => error);
  return run.stdout;
}
