/** Reads the spec files and builds the model: the front half of the pipeline. */
import { readFile } from "node:fs/promises";
import { SpecError, type Diagnostic } from "./diagnostics.js";
import type { Api } from "./model/api.js";
import { buildApi } from "./model/build.js";
import { readIdl } from "./model/idl-reader.js";
import { readSchemaDocument } from "./model/schema-reader.js";
import { parseJson } from "./parse/json.js";
import { parseWebIdl } from "./parse/webidl.js";
import { bundledSpec } from "./package-root.js";

export { bundledSpec };

export interface SpecFiles {
  idl: string;
  schema: string;
}

export interface SpecTexts {
  idl: { file: string; text: string };
  schema: { file: string; text: string };
}

/** Builds the model from the two texts; `file` names are only used in messages. */
export function apiFromTexts(texts: SpecTexts): Api {
  const problems: Diagnostic[] = [];
  let idl: ReturnType<typeof readIdl> | undefined;
  let schemaValue: unknown;
  // Parse both before giving up, so that a broken IDL and a broken schema are reported together.
  for (const step of [
    () => (idl = readIdl(parseWebIdl(texts.idl.text, texts.idl.file), texts.idl.file)),
    () => (schemaValue = parseJson(texts.schema.text, texts.schema.file)),
  ]) {
    try {
      step();
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      problems.push(...error.diagnostics);
    }
  }
  if (problems.length > 0 || idl === undefined) throw new SpecError(problems);
  const schema = readSchemaDocument(schemaValue, texts.schema.file, problems);
  if (schema === null) throw new SpecError(problems);
  return buildApi(idl, schema, problems);
}

export async function readSpecTexts(files: SpecFiles): Promise<SpecTexts> {
  const [idl, schema] = await Promise.allSettled([readFile(files.idl, "utf8"), readFile(files.schema, "utf8")]);
  const missing: Diagnostic[] = [];
  for (const [result, file, what] of [
    [idl, files.idl, "WebIDL"],
    [schema, files.schema, "JSON Schema"],
  ] as const) {
    if (result.status === "rejected") missing.push({ message: `cannot read the ${what} file: ${describeReadError(result.reason)}`, location: { file } });
  }
  if (missing.length > 0) throw new SpecError(missing, 2);
  return {
    idl: { file: files.idl, text: (idl as PromiseFulfilledResult<string>).value },
    schema: { file: files.schema, text: (schema as PromiseFulfilledResult<string>).value },
  };
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
