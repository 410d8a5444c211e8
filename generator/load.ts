/** Reads the spec files and builds the model: the front half of the pipeline. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { SpecError, type Diagnostic } from "./diagnostics.js";
import type { Api } from "./model/api.js";
import { buildApi } from "./model/build.js";
import { mergeIdlDocuments } from "./model/idl-merge.js";
import { readIdl, type IdlDocument } from "./model/idl-reader.js";
import { readSchemaDocuments } from "./model/schema-reader.js";
import { parseJson } from "./parse/json.js";
import { parseWebIdl } from "./parse/webidl.js";
import { packageRoot } from "./package-root.js";

/**
 * The spec's files: the WebIDL and the JSON Schema, each one file or several (the bundled spec
 * first, then a vendor's additions). The first of each is the base spec.
 */
export interface SpecFiles {
  idl: string | readonly string[];
  schema: string | readonly string[];
}

export const fileList = (files: string | readonly string[]): string[] => (typeof files === "string" ? [files] : [...files]);

/** The spec bundled with the package. */
export function bundledSpec(): { idl: string; schema: string } {
  const root = packageRoot();
  return { idl: join(root, "spec", "opencmapi.webidl"), schema: join(root, "spec", "opencmapi.schema.json") };
}

export interface SpecText {
  file: string;
  text: string;
}

export interface SpecTexts {
  idl: SpecText[];
  schema: SpecText[];
}

/** Builds the model from the texts; `file` names are only used in messages. */
export function apiFromTexts(texts: SpecTexts): Api {
  const problems: Diagnostic[] = [];
  const idlDocuments: IdlDocument[] = [];
  const schemaValues: { value: unknown; file: string }[] = [];
  // Parse every file before giving up, so that all syntax errors are reported together.
  const steps = [
    ...texts.idl.map(
      ({ file, text }) =>
        () =>
          void idlDocuments.push(readIdl(parseWebIdl(text, file), file)),
    ),
    ...texts.schema.map(
      ({ file, text }) =>
        () =>
          void schemaValues.push({ value: parseJson(text, file), file }),
    ),
  ];
  for (const step of steps) {
    try {
      step();
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      problems.push(...error.diagnostics);
    }
  }
  if (problems.length > 0) throw new SpecError(problems);
  const idl = mergeIdlDocuments(idlDocuments, problems);
  const schema = readSchemaDocuments(schemaValues, problems);
  if (schema === null) throw new SpecError(problems);
  return buildApi(idl, schema, problems);
}

export async function readSpecTexts(files: SpecFiles): Promise<SpecTexts> {
  const wanted = [...fileList(files.idl).map((file) => ({ file, what: "WebIDL" })), ...fileList(files.schema).map((file) => ({ file, what: "JSON Schema" }))];
  const read = await Promise.allSettled(wanted.map(({ file }) => readFile(file, "utf8")));
  const missing: Diagnostic[] = [];
  const texts: SpecTexts = { idl: [], schema: [] };
  read.forEach((result, index) => {
    const { file, what } = wanted[index]!;
    if (result.status === "rejected") missing.push({ message: `cannot read the ${what} file: ${describeReadError(result.reason)}`, location: { file } });
    else texts[what === "WebIDL" ? "idl" : "schema"].push({ file, text: result.value });
  });
  if (missing.length > 0) throw new SpecError(missing, 2);
  if (texts.idl.length === 0 || texts.schema.length === 0) throw new SpecError([{ message: "a spec needs at least one WebIDL file and one JSON Schema file", location: { file: "--idl/--schema" } }], 2);
  return texts;
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a directory, not a file";
  if (code === "EACCES") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}

export async function loadApi(files: SpecFiles = bundledSpec()): Promise<Api> {
  return apiFromTexts(await readSpecTexts(files));
}
