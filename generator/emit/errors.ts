/** `errors.ts`: Table 4 and Table 5 as data, the named constants, and the lookup bound to them. */
import type { Api, ErrorCode, StatusWord } from "../model/api.js";
import { _, doc, importName, indented, key, moduleText, statement } from "./code/index.js";
import type { GeneratedFiles } from "./context.js";

const ERRORS_RUNTIME = "./runtime/errors.js";
const ErrorTable = importName("ErrorTable", ERRORS_RUNTIME);
const ErrorCodeRow = importName("ErrorCodeRow", ERRORS_RUNTIME, "type");
const StatusWordRow = importName("StatusWordRow", ERRORS_RUNTIME, "type");

function rowData(row: ErrorCode): Record<string, unknown> {
  return {
    name: row.name,
    code: row.code,
    hex: row.hex,
    message: row.message,
    category: row.category,
    aliases: row.aliases,
    ...(row.rangeEnd !== undefined ? { rangeEnd: row.rangeEnd } : {}),
    template: row.template,
    reserved: row.reserved,
  };
}

const statusWordData = (row: StatusWord) => ({ sw: row.sw, pattern: row.pattern, description: row.description });

export function emitErrors(api: Api): GeneratedFiles {
  const constants = api.errorCodes.filter((row) => row.duplicate === undefined).map((row) => _`${doc(`${row.hex}: ${row.message}`)}\n${key(row.name)}: ${row.code},`);
  const file = moduleText([
    statement(_`export { ErrorTable, pinPukCode, statusWordOf, type ErrorCodeRow, type StatusWordRow } from "./runtime/errors.js";`),
    statement(_`${doc("Every row of Table 4 in its order (0x00000140 twice, as the table has it), then the JSON-RPC 2.0 codes.")}
export const ERROR_CODES: readonly ${ErrorCodeRow}[] = ${api.errorCodes.map(rowData)};`),
    statement(_`${doc("Table 4's codes by name. PIN/PUK entries are template bases: combine them with a status word by pinPukCode().")}
export const CmapiErrorCode = {${indented(constants)}
} as const;`),
    statement(_`export type CmapiErrorCodeName = keyof typeof CmapiErrorCode;`),
    statement(_`${doc("Table 5: the UICC status words.")}
export const STATUS_WORDS: readonly ${StatusWordRow}[] = ${api.statusWords.map(statusWordData)};`),
    statement(_`${doc("Lookup by code (templates and aliases included) and status-word descriptions.")}
export const errorTable: ${ErrorTable} = new ${ErrorTable}(ERROR_CODES, STATUS_WORDS);`),
  ]);
  return new Map([["errors.ts", file]]);
}
