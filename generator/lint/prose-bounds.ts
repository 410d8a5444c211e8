/**
 * The bound a description states, read from its prose, for DESCRIPTION_BOUNDS_MATCH_SCHEMA
 * (bounds.ts). The project's decision on which words state THE bound and which are commentary:
 *
 * - The forms: a range `A..B`, `A to B`, `from A to B`, `A-B` (hyphen or en dash, both ends without a
 *   sign), and one side: `at most N`, `up to N`, `no more than N`, `at least N`, `no less than N`,
 *   `N or more`. Numbers are decimal (hex such as 0x101-0x106 is a code, never a bound).
 * - A form states the bound only when it stands as its own clause: it starts the description or
 *   follows `,` `;` `:` `(` or a unit ("in dBm (-128..0)", "in %, 0-100", "in dBm -127..0"), and it
 *   ends the clause: nothing or a unit, then the end, `.` `,` `;` `:` `)` or ` (`.
 * - The first form that does is THE bound; every other is commentary. So "in dBm (-156..-44; devices
 *   mostly report -140..-44)" states -156..-44, "typically -100 to -30" (after "typically") and
 *   "1-14 at 2.4 GHz" (qualified by what follows) state nothing, and "0..1007: LTE PCI (0..503)"
 *   states 0..1007.
 * - For a string the form must name a length unit right after its number ("up to 32 bytes", "at most
 *   63 characters", "1-32 characters"); digits are no length unit (a "+" may stand before them), and
 *   "up to 182 characters in the GSM 7-bit alphabet" or "up to 16 bytes of text" is qualified, so
 *   commentary. bounds.ts compares bytes only where a character is a byte's worth (no base64, no
 *   pattern such as hex digits).
 */
import { isUnit } from "./units.js";

export interface StatedBound {
  /** The words as written, for messages: "-140..-44", "at most 63 characters". */
  text: string;
  lower: number | undefined;
  upper: number | undefined;
  /** "characters" or "bytes" for a string length; the unit after the number, if any, for a value. */
  unit: string | undefined;
}

const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
const UNSIGNED = String.raw`\d+(?:\.\d+)?`;
/** A number starts where no word, sign, decimal point, colon (07:00) or slash stands before it. */
const START = String.raw`(?<![\w.:/+\-−])`;
/** And ends where no word, decimal digits or a further "-digit" (a date: 2026-01-01) follows. */
const END = String.raw`(?![\w]|\.\d|-\d)`;

// prettier-ignore
const FORMS = new RegExp([
  String.raw`(?:from )?${START}(?<low>${NUMBER}) ?(?:\.\.|\bto\b) ?(?<high>${NUMBER})${END}`,
  String.raw`${START}(?<lowDash>${UNSIGNED})[-–](?<highDash>${UNSIGNED})${END}`,
  String.raw`\b(?:at most|up to|no more than) (?<most>${NUMBER})${END}`,
  String.raw`\b(?:at least|no less than) (?<least>${NUMBER})${END}`,
  String.raw`${START}(?<orMore>${NUMBER})${END} or more\b`,
].join("|"), "g");

const LENGTH_UNITS: Readonly<Record<string, "characters" | "bytes">> = { character: "characters", characters: "characters", byte: "bytes", bytes: "bytes", octet: "bytes", octets: "bytes" };

/** The unit word right after a form ("dBm", "%", "characters"), without a sentence's full stop. */
const UNIT_AFTER = /^ ?([^\s,;:()]+?)(?=[\s,;:()]|\.(?:\s|$)|$)/;
const CLAUSE_END = /^(?:$|[.,;:)]| \()/;
const CLAUSE_START = /(?:^|[,;:(])$/;

/** The bound the description states (see the module's comment), for a number or a string's length. */
export function statedBound(description: string, of: "value" | "length"): StatedBound | undefined {
  const text = description.replace(/\s+/g, " ").trim();
  for (const match of text.matchAll(FORMS)) {
    const groups = match.groups!;
    const before = text.slice(0, match.index).trimEnd();
    const lastWord = /(\S+)$/.exec(before)?.[1] ?? "";
    if (!CLAUSE_START.test(before) && !isUnit(lastWord)) continue;
    let after = text.slice(match.index + match[0].length);
    const unitWord = UNIT_AFTER.exec(after);
    const unit = unitWord && (isUnit(unitWord[1]!) || unitWord[1]!.toLowerCase() in LENGTH_UNITS) ? unitWord[1]! : undefined;
    if (unit !== undefined) after = after.slice(unitWord![0].length);
    if (!CLAUSE_END.test(after)) continue;
    if (of === "value") return { ...sides(groups), text: match[0], unit };
    const length = unit === undefined ? undefined : LENGTH_UNITS[unit.toLowerCase()];
    if (length !== undefined) return { ...sides(groups), text: `${match[0]} ${unit}`, unit: length };
  }
  return undefined;
}

function sides(groups: Record<string, string | undefined>): { lower: number | undefined; upper: number | undefined } {
  const number = (text: string | undefined) => (text === undefined ? undefined : Number(text));
  return { lower: number(groups["low"] ?? groups["lowDash"] ?? groups["least"] ?? groups["orMore"]), upper: number(groups["high"] ?? groups["highDash"] ?? groups["most"]) };
}
