/** `errors.ts`: Table 4 and Table 5 as data, the named constants, and the lookup bound to them. */
import type { Api, ErrorCode, StatusWord } from "../model/api.js";
import type { GeneratedFiles } from "./context.js";
import { hangingIndent, jsDocs, literal, quoteDoc, statements } from "./ts-text.js";

function rowLiteral(row: ErrorCode): string {
  const fields: Record<string, unknown> = {
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
  return literal(fields);
}

function statusWordLiteral(row: StatusWord): string {
  return literal({ sw: row.sw, pattern: row.pattern, description: row.description });
}

/** An exported constant, its initializer's later lines indented one level. */
function exportedConst(doc: string, name: string, type: string | undefined, initializer: string): { text: string } {
  return { text: `${jsDocs([doc])}export const ${name}${type ? `: ${type}` : ""} = ${hangingIndent(initializer)};` };
}

export function emitErrors(api: Api): GeneratedFiles {
  const constants = api.errorCodes.filter((row) => row.duplicate === undefined).map((row) => `  /** ${quoteDoc(`${row.hex}: ${row.message}`)} */\n  ${row.name}: ${row.code},`);
  const file = statements([
    { text: 'import { ErrorTable, type ErrorCodeRow, type StatusWordRow } from "./runtime/errors.js";' },
    { text: 'export { ErrorTable, pinPukCode, statusWordOf, type ErrorCodeRow, type StatusWordRow } from "./runtime/errors.js";' },
    exportedConst("Every row of Table 4 in its order (0x00000140 twice, as the table has it), then the JSON-RPC 2.0 codes.", "ERROR_CODES", "readonly ErrorCodeRow[]", `[\n${api.errorCodes.map(rowLiteral).join(",\n")}\n]`),
    exportedConst("Table 4's codes by name. PIN/PUK entries are template bases: combine them with a status word by pinPukCode().", "CmapiErrorCode", undefined, `{\n${constants.join("\n")}\n} as const`),
    { text: "export type CmapiErrorCodeName = keyof typeof CmapiErrorCode;" },
    exportedConst("Table 5: the UICC status words.", "STATUS_WORDS", "readonly StatusWordRow[]", `[\n${api.statusWords.map(statusWordLiteral).join(",\n")}\n]`),
    exportedConst("Lookup by code (templates and aliases included) and status-word descriptions.", "errorTable", "ErrorTable", "new ErrorTable(ERROR_CODES, STATUS_WORDS)"),
  ]);
  return new Map([["errors.ts", file]]);
}
