/** The generated error table: Table 4 as data and constants, lookup by code, PIN/PUK codes, Table 5. */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { ErrorCodeRow, ErrorTable, StatusWordRow } from "../templates/runtime/errors.js";
import { pinPukCode, statusWordOf } from "../templates/runtime/errors.js";
import { freshGeneration } from "./support/generation.js";
import { table4Rows, table5Rows } from "./support/seed.js";

interface ErrorsModule {
  ERROR_CODES: readonly ErrorCodeRow[];
  STATUS_WORDS: readonly StatusWordRow[];
  CmapiErrorCode: Record<string, number>;
  errorTable: ErrorTable;
}

let errors: ErrorsModule;
beforeAll(async () => {
  errors = (await import(pathToFileURL(join(await freshGeneration(), "errors.ts")).href)) as ErrorsModule;
}, 60_000);

describe("the generated error table", () => {
  it("gives every Table 4 row's code the exact Table 4 text as its JSON-RPC message", () => {
    for (const row of table4Rows()) {
      if (!/^0X[0-9A-F]{8}$/.test(row.hex)) continue;
      expect(errors.errorTable.messageOf(parseInt(row.hex.slice(2), 16)), row.hex).toBe(row.description);
    }
  });

  it("names every code, the first 0x00000140 row standing for both", () => {
    expect(errors.CmapiErrorCode["PROFILE_NAME_NOT_FOUND"]).toBe(0x2001);
    expect(errors.CmapiErrorCode["SECURITY_AUTHENTICATION_FAILED"]).toBe(0xf0000002);
    expect(errors.CmapiErrorCode["JSONRPC_METHOD_NOT_FOUND"]).toBe(-32601);
    expect(Object.keys(errors.CmapiErrorCode)).toHaveLength(errors.ERROR_CODES.length - 1);
    expect(errors.ERROR_CODES.filter((row) => row.code === 0x140)).toHaveLength(2);
  });

  it("reads Table 4's misprinted integer column as the same row", () => {
    expect(errors.errorTable.byCode(10)).toBe(errors.errorTable.byCode(0x10));
    expect(errors.errorTable.byCode(10)!.name).toBe("CONNECTION_PREVENTS_OPERATION");
    expect(errors.errorTable.byCode(0x12)).toBeUndefined();
  });

  it("composes and reads back PIN/PUK codes carrying a UICC status word", () => {
    const code = pinPukCode(errors.CmapiErrorCode["PIN_WRONG_PIN"]!, "63C2");
    expect(code).toBe(0x100163c2);
    expect(errors.errorTable.messageOf(code)).toBe("Wrong PIN.");
    expect(statusWordOf(code)).toBe("63C2");
    expect(errors.errorTable.describeStatusWord(statusWordOf(code)!)!.sw).toBe("63 CX");
    expect(pinPukCode(errors.CmapiErrorCode["PIN_BLOCKED"]!)).toBe(0x10020000);
    expect(statusWordOf(0x10020000)).toBeUndefined();
    expect(pinPukCode(0x10050000, 0x6983)).toBe(0x10056983);
    expect(() => pinPukCode(0x10010001, "9000")).toThrow(/not a PIN\/PUK template base/);
    expect(() => pinPukCode(0x10010000, "63C")).toThrow(/four hex digits/);
  });

  it("knows codes in the reserved range as reserved, and every status word of Table 5", () => {
    expect(errors.errorTable.byCode(0x30001234)).toMatchObject({ reserved: true });
    expect(errors.STATUS_WORDS.map((row) => row.sw)).toEqual(table5Rows().map((row) => row.sw));
    expect(errors.errorTable.describeStatusWord("9000")!.description).toBe("Normal ending of the command");
    expect(errors.errorTable.describeStatusWord("91 2A")!.sw).toBe("91 XX");
    expect(errors.errorTable.describeStatusWord("1234")).toBeUndefined();
  });
});
