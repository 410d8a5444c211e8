/** Finding the Table 4 row of a code, the one way every emitter and check does it. */
import type { ErrorCode } from "./api.js";
import { hexCode } from "./schema-keywords.js";

/**
 * The row a code belongs to: its own row (the first, where Table 4 lists a code twice; a template
 * row for its base code, 0x1001SW1SW2 for 0x10010000), else the
 * template or range row it falls in (0x10010005 is 0x1001SW1SW2, "Wrong PIN", with status word
 * 0005), returned with the code's own value; undefined for a code in no row or only in a reserved range.
 */
export function errorCodeLookup(rows: readonly ErrorCode[]): (code: number) => ErrorCode | undefined {
  const exact = new Map<number, ErrorCode>();
  for (const row of rows) if (!row.reserved && !exact.has(row.code)) exact.set(row.code, row);
  const ranges = rows.filter((row) => row.rangeEnd !== undefined && !row.reserved);
  return (code) => {
    const row = exact.get(code);
    if (row) return row;
    const range = ranges.find((candidate) => code >= candidate.code && code <= candidate.rangeEnd!);
    if (!range) return undefined;
    const { rangeEnd: _rangeEnd, ...rest } = range;
    return { ...rest, code, hex: hexCode(code) };
  };
}
