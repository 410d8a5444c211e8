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

/**
 * A vendor's strict tsconfig may set `exactOptionalPropertyTypes` or not, and neither is stricter
 * than the other (`{ name?: string; [key: string]: string }` compiles only with it): the generated
 * code must compile both ways.
 */
const EXACT_OPTIONAL_PROPERTY_TYPES = [true, false];

/**
 * tsc's report on every .ts file below `dir` (through a tsconfig written there), once with
 * `exactOptionalPropertyTypes` and once without, each report headed by the setting: "" when it
 * compiles both ways. The type packages come from this checkout, wherever `dir` is.
 */
export async function typecheckFolder(dir: string, compilerOptions: object = STRICT_COMPILER_OPTIONS): Promise<string> {
  const reports = await Promise.all(
    EXACT_OPTIONAL_PROPERTY_TYPES.map(async (exactOptionalPropertyTypes) => {
      const config = join(dir, `tsconfig.check-${exactOptionalPropertyTypes ? "exact" : "loose"}-optional.json`);
      await writeFile(config, JSON.stringify({ compilerOptions: { typeRoots: [join(nodeModules, "@types")], ...compilerOptions, exactOptionalPropertyTypes }, include: ["**/*.ts"], exclude: ["node_modules"] }));
      const run = await promisify(execFile)(process.execPath, [tsc, "-p", config]).catch((error: { stdout: string }) => error);
      return run.stdout === "" ? "" : `with exactOptionalPropertyTypes ${exactOptionalPropertyTypes}:\n${run.stdout}`;
    }),
  );
  return reports.join("");
}
