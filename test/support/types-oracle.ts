/**
 * json-schema-to-typescript as the oracle of our types writer: the library's type of each
 * definition beside ours, and one TypeScript program that checks each is assignable to the other.
 *
 * The library is given one root object whose members are references to the definitions
 * (`{ d0: { $ref: "#/$defs/A" }, ... }`), so that every definition's type is `Root["d0"]` whatever
 * name the library picks for it (it names by `title` first, and merges definitions that are one
 * object after dereferencing). The library reads draft-07 arrays (`items: [...]`, `additionalItems`),
 * so 2020-12's `prefixItems` is translated first; nothing else is changed.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { compile } from "json-schema-to-typescript";
import ts from "typescript";

type Json = unknown;

/** The root type's name in the library's output. */
const ROOT = "OracleRoot";

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A 2020-12 schema in the draft-07 words the library reads: `prefixItems` as `items: [...]`, the items after them as `additionalItems`. */
export function draft07(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(draft07);
  if (!isRecord(schema)) return schema;
  const out: Record<string, unknown> = {};
  for (const [keyword, value] of Object.entries(schema)) out[keyword] = keyword === "const" || keyword === "enum" || keyword === "default" || keyword === "examples" ? value : draft07(value);
  if (Array.isArray(schema["prefixItems"])) {
    delete out["prefixItems"];
    out["items"] = draft07(schema["prefixItems"]);
    out["additionalItems"] = "items" in schema ? draft07(schema["items"]) : true;
  }
  return out;
}

/** The library's declarations for `keys` of `defs`: each key's type is `OracleRoot["d<index>"]`. */
export async function libraryTypes(defs: Record<string, Json>, keys: readonly string[]): Promise<string> {
  const members = Object.fromEntries(keys.map((key, index) => [`d${index}`, { $ref: `#/$defs/${key.replace(/~/g, "~0").replace(/\//g, "~1")}` }]));
  const root = { type: "object", properties: members, required: Object.keys(members), additionalProperties: false, $defs: draft07(structuredClone(defs)) };
  return compile(root as never, ROOT, {
    bannerComment: "",
    format: false,
    // Our writer closes an object with properties and no `additionalProperties` (see schema-to-ts.ts); the library's option says the same.
    additionalProperties: false,
    strictIndexSignatures: false,
    declareExternallyReferenced: true,
    unknownAny: true,
    enableConstEnums: false,
    $refOptions: { resolve: { external: false } } as never,
  });
}

export interface OracleCase {
  /** The definition's key, as the report names it. */
  key: string;
  /** Our type's name in our module. */
  ours: string;
}

export interface Difference {
  key: string;
  /** "ours-to-library": a value of our type is not one of the library's; "library-to-ours": the other way. */
  direction: "ours-to-library" | "library-to-ours";
  message: string;
}

const COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ["lib.es2022.d.ts"],
  types: [],
  skipLibCheck: true,
};

/**
 * Compiles our module and the library's beside a check file, in one program, and returns every
 * definition whose two types are not assignable to each other (each direction on its own line of
 * the check file, so a diagnostic names its definition and direction). Errors inside either module
 * are returned as a difference of key "(module)".
 */
export async function differences(dir: string, ours: string, library: string, cases: readonly OracleCase[], exactOptionalPropertyTypes: boolean): Promise<Difference[]> {
  await mkdir(dir, { recursive: true });
  const lines = ['import type * as O from "./ours.js";', `import type { ${ROOT} as L } from "./library.js";`, "type Fits<A, B> = [A] extends [B] ? true : false;"];
  const lineOf = new Map<number, { key: string; direction: Difference["direction"] }>();
  cases.forEach((item, index) => {
    lineOf.set(lines.length, { key: item.key, direction: "ours-to-library" });
    lines.push(`export const o${index}: Fits<O.${item.ours}, L["d${index}"]> = true;`);
    lineOf.set(lines.length, { key: item.key, direction: "library-to-ours" });
    lines.push(`export const l${index}: Fits<L["d${index}"], O.${item.ours}> = true;`);
  });
  const files = { ours: join(dir, "ours.ts"), library: join(dir, "library.ts"), check: join(dir, "check.ts") };
  await Promise.all([writeFile(files.ours, ours), writeFile(files.library, library), writeFile(join(dir, "package.json"), '{ "type": "module" }'), writeFile(files.check, lines.join("\n") + "\n")]);
  const program = ts.createProgram([files.check], { ...COMPILER_OPTIONS, exactOptionalPropertyTypes });
  const found: Difference[] = [];
  for (const diagnostic of [...program.getSemanticDiagnostics(), ...program.getSyntacticDiagnostics()]) {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    const file = diagnostic.file;
    if (file?.fileName === files.check.replace(/\\/g, "/") && diagnostic.start !== undefined) {
      const place = lineOf.get(file.getLineAndCharacterOfPosition(diagnostic.start).line);
      if (place) {
        found.push({ ...place, message });
        continue;
      }
    }
    found.push({ key: "(module)", direction: "ours-to-library", message: `${file?.fileName ?? ""}: ${message}` });
  }
  return found;
}
