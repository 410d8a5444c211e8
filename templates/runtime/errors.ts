/**
 * The error-code table at run time: lookup by code (templates, aliases and duplicates included)
 * and the PIN/PUK codes that carry a UICC status word. Carried verbatim into generated/runtime/.
 */

/** One row of Table 4 (or a JSON-RPC 2.0 reserved code). */
export interface ErrorCodeRow {
  readonly name: string;
  readonly code: number;
  /** As Table 4 prints it: "0x00000010", "0x1001SW1SW2", "0x30000000-0x3FFFFFFF". */
  readonly hex: string;
  /** The Table 4 description: the JSON-RPC error `message`. */
  readonly message: string;
  readonly category: string;
  /** Codes a peer may send for the same row (Table 4's integer column, read as decimal). */
  readonly aliases: readonly number[];
  /** Last code of a template (PIN/PUK) or reserved range. */
  readonly rangeEnd?: number;
  readonly template: boolean;
  readonly reserved: boolean;
}

/** One row of Table 5. */
export interface StatusWordRow {
  /** As Table 5 prints it: "63 CX". */
  readonly sw: string;
  /** Matches the four hex digits SW1SW2. */
  readonly pattern: string;
  readonly description: string;
}

export class ErrorTable {
  private readonly exact = new Map<number, ErrorCodeRow>();
  private readonly ranges: ErrorCodeRow[] = [];
  private readonly statusPatterns: { row: StatusWordRow; pattern: RegExp }[];

  constructor(
    readonly rows: readonly ErrorCodeRow[],
    readonly statusWords: readonly StatusWordRow[],
  ) {
    for (const row of rows) {
      if (row.rangeEnd !== undefined) this.ranges.push(row);
      // The first row wins: Table 4 lists 0x00000140 twice with the same meaning.
      else if (!this.exact.has(row.code)) this.exact.set(row.code, row);
    }
    for (const row of rows) {
      for (const alias of row.aliases) if (!this.exact.has(alias)) this.exact.set(alias, row);
    }
    this.statusPatterns = statusWords.map((row) => ({ row, pattern: new RegExp(row.pattern, "i") }));
  }

  /** The row for a code, a template's code with any status word, or an alias; undefined if unknown. */
  byCode(code: number): ErrorCodeRow | undefined {
    return this.exact.get(code) ?? this.ranges.find((row) => code >= row.code && code <= row.rangeEnd!);
  }

  /** The Table 4 text for a code: what a JSON-RPC error's `message` must say. */
  messageOf(code: number): string | undefined {
    return this.byCode(code)?.message;
  }

  /** The Table 5 row of a status word given as "63C2", "63 C2" or 0x63C2. */
  describeStatusWord(statusWord: string | number): StatusWordRow | undefined {
    const digits = normaliseStatusWord(statusWord);
    return this.statusPatterns.find(({ pattern }) => pattern.test(digits))?.row;
  }
}

function normaliseStatusWord(statusWord: string | number): string {
  const digits = typeof statusWord === "number" ? statusWord.toString(16).padStart(4, "0") : statusWord.replace(/\s+/g, "");
  if (!/^[0-9a-fA-F]{4}$/.test(digits)) throw new RangeError(`a status word is four hex digits SW1SW2, not ${JSON.stringify(statusWord)}`);
  return digits.toUpperCase();
}

/**
 * A PIN/PUK code: the template's base (0x10010000 for 0x1001SW1SW2) with the card's status word
 * in the low 16 bits; without a status word, SW1SW2 is 0000 (Table 4).
 */
export function pinPukCode(base: number, statusWord?: string | number): number {
  if (base % 0x10000 !== 0) throw new RangeError(`0x${base.toString(16)} is not a PIN/PUK template base (its low 16 bits must be 0)`);
  return statusWord === undefined ? base : base + parseInt(normaliseStatusWord(statusWord), 16);
}

/** The status word a PIN/PUK code carries, as four hex digits, or undefined for 0000 (none given). */
export function statusWordOf(code: number): string | undefined {
  const low = code % 0x10000;
  return low === 0 ? undefined : low.toString(16).toUpperCase().padStart(4, "0");
}
