/** Reads the spec files and builds the model: the front half of the pipeline. */
import { readFile } from "node:fs/promises";
import { SpecError, type Diagnostic } from "./diagnostics.js";
import type { Api } from "./model/api.js";
import { buildApi } from "./model/build.js";
import { mergeIdlDocuments } from "./model/idl-merge.js";
import { readIdl, type IdlDocument } from "./model/idl-reader.js";
import { readSchemaDocuments } from "./model/schema-reader.js";
import { parseJson } from "./parse/json.js";
import { parseWebIdl } from "./parse/webidl.js";
import { bundledSpec } from "./package-root.js";
import { fileList, type SpecFiles } from "./spec-files.js";
import { FS_ERROR_CODES, FileSystemError } from "./write/fs-errors.js";

export { bundledSpec, fileList, type SpecFiles };

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
  const schemaValues: { value: unknown; file: string; text: string }[] = [];
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
          void schemaValues.push({ value: parseJson(text, file), file, text }),
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
  const failed: { file: string; what: string; code: string; reason: unknown }[] = [];
  const texts: SpecTexts = { idl: [], schema: [] };
  read.forEach((result, index) => {
    const { file, what } = wanted[index]!;
    if (result.status === "fulfilled") texts[what === "WebIDL" ? "idl" : "schema"].push({ file, text: result.value });
    else failed.push({ file, what, code: (result.reason as NodeJS.ErrnoException | undefined)?.code ?? "", reason: result.reason });
  });
  // A folder given as a file, or a file it may not read: the typed error, which names each and says what to do.
  if (failed.some((failure) => failure.code !== "ENOENT" && FS_ERROR_CODES.has(failure.code))) {
    throw new FileSystemError(failed.map(({ file, what, code }) => ({ action: `read the ${what} file`, path: file, code: code || "EIO" })));
  }
  if (failed.length > 0) {
    const describe = (failure: (typeof failed)[number]) => (failure.code === "ENOENT" ? "no such file" : failure.reason instanceof Error ? failure.reason.message : String(failure.reason));
    throw new SpecError(
      failed.map((failure) => ({ message: `cannot read the ${failure.what} file: ${describe(failure)}`, location: { file: failure.file } })),
      2,
    );
  }
  if (texts.idl.length === 0 || texts.schema.length === 0) throw new SpecError([{ message: "a spec needs at least one WebIDL file and one JSON Schema file", location: { file: "--idl/--schema" } }], 2);
  return texts;
}

export async function loadApi(files: SpecFiles = bundledSpec()): Promise<Api> {
  return apiFromTexts(await readSpecTexts(files));
}
