/**
 * The [Errors] lists against Table 4: every code of Table 4 is listed by some function
 * (ERROR_CODE_LISTED), and no function lists a code that reports success (ERRORS_NO_SUCCESS_CODE).
 */
import type { Api, ErrorCode } from "../model/api.js";
import { errorCodeLookup } from "../model/error-codes.js";
import { hexCode } from "../model/schema-keywords.js";
import type { RuleFinding } from "./finding.js";

/** The general codes (0x1 to 0x14), which every function may return without listing them. */
export const GENERAL_CODES = { first: 0x1, last: 0x14 } as const;
/** The security codes (0xF0000001-0xF0000006, "Security Errors"), which follow from the access CMAPI_API_Open granted, not from the function. */
export const SECURITY_CODES = { first: 0xf0000000, last: 0xffffffff } as const;

/** Rows no function is expected to list: general and security codes, reserved rows, JSON-RPC codes, success codes. */
export function needsNoListing(row: ErrorCode): boolean {
  const inRange = (range: { first: number; last: number }) => row.code >= range.first && row.code <= range.last;
  return row.reserved || row.success || row.source === "JSON-RPC 2.0" || row.code === 0 || inRange(GENERAL_CODES) || inRange(SECURITY_CODES);
}

export function unlistedErrorCodes(api: Api): RuleFinding[] {
  const listed = api.methods.flatMap((method) => method.errors);
  // A template row (0x1001SW1SW2) is listed by its base, 0x10010000, or by any code it covers.
  const isListed = (row: ErrorCode) => listed.some((code) => code === row.code || (row.rangeEnd !== undefined && code >= row.code && code <= row.rangeEnd));
  return api.errorCodes.flatMap((row, index): RuleFinding[] =>
    needsNoListing(row) || isListed(row) ? [] : [{ rule: "ERROR_CODE_LISTED", subject: { kind: "error-code", index }, message: `Table 4 code ${row.hex} (${row.name}) is in no function's [Errors]: list it where a function can return it` }],
  );
}

export function successCodesInErrors(api: Api): RuleFinding[] {
  const rowOf = errorCodeLookup(api.errorCodes);
  return api.methods.flatMap((method) =>
    method.errors
      .filter((code) => rowOf(code)?.success === true)
      .map((code) => ({
        rule: "ERRORS_NO_SUCCESS_CODE",
        subject: { kind: "function-error", function: method.name, code },
        message: `${method.name} lists ${hexCode(code)} ("${rowOf(code)!.message}") in [Errors], but it reports success: success codes never travel as errors, the function's result reports them`,
      })),
  );
}
