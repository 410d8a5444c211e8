/** `errors.ts`: Table 4 and Table 5 as data, the named constants, and the lookup bound to them. */
import { StructureKind, VariableDeclarationKind } from "ts-morph";
import type { Api, ErrorCode, StatusWord } from "../model/api.js";
import type { GeneratedFiles } from "./context.js";
import { literal, quoteDoc } from "./ts-text.js";
import { inMemoryProject } from "./ts-project.js";

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

export function emitErrors(api: Api): GeneratedFiles {
  const constants = api.errorCodes.filter((row) => row.duplicate === undefined).map((row) => `  /** ${row.hex}: ${quoteDoc(row.message)} */\n  ${row.name}: ${row.code},`);
  const project = inMemoryProject();
  const file = project.createSourceFile("errors.ts", {
    statements: [
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./runtime/errors.js", namedImports: ["ErrorTable", "type ErrorCodeRow", "type StatusWordRow"] },
      { kind: StructureKind.ExportDeclaration, moduleSpecifier: "./runtime/errors.js", namedExports: ["ErrorTable", "pinPukCode", "statusWordOf", "type ErrorCodeRow", "type StatusWordRow"] },
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: ["Every row of Table 4 in its order (0x00000140 twice, as the table has it), then the JSON-RPC 2.0 codes."],
        declarations: [{ name: "ERROR_CODES", type: "readonly ErrorCodeRow[]", initializer: `[\n${api.errorCodes.map(rowLiteral).join(",\n")}\n]` }],
      },
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: ["Table 4's codes by name. PIN/PUK entries are template bases: combine them with a status word by pinPukCode()."],
        declarations: [{ name: "CmapiErrorCode", initializer: `{\n${constants.join("\n")}\n} as const` }],
      },
      { kind: StructureKind.TypeAlias, isExported: true, name: "CmapiErrorCodeName", type: "keyof typeof CmapiErrorCode" },
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: ["Table 5: the UICC status words."],
        declarations: [{ name: "STATUS_WORDS", type: "readonly StatusWordRow[]", initializer: `[\n${api.statusWords.map(statusWordLiteral).join(",\n")}\n]` }],
      },
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: ["Lookup by code (templates and aliases included) and status-word descriptions."],
        declarations: [{ name: "errorTable", type: "ErrorTable", initializer: "new ErrorTable(ERROR_CODES, STATUS_WORDS)" }],
      },
    ],
  });
  return new Map([["errors.ts", file.getFullText()]]);
}
