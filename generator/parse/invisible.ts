/**
 * Characters a reader of the spec cannot see, refused wherever they stand in a spec file: in a
 * WebIDL file anywhere (comments, names, string literals), in a JSON file (the schema files, and the
 * config) in every string, member names included, however it is written (`\u202E` as well as the
 * character itself), each at its line and column.
 *
 * - Bidirectional controls (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C) make text display
 *   in another order than it is read: "Trojan Source" (CVE-2021-42574). A description is copied into
 *   the JSDoc of the generated code, the Markdown and HTML reference and the OpenRPC document, so one
 *   in the spec would reorder what a reviewer sees there.
 * - Every other format character (Unicode category Cf: zero-width spaces and joiners, U+2060-U+2064,
 *   the soft hyphen, tag characters, U+FEFF) is invisible too: two names or texts that look the same
 *   would differ. The one U+FEFF allowed is a byte-order mark at the start of a file.
 * - Control characters (C0 and C1, DEL) other than tab, line feed and carriage return: a terminal
 *   acts on them (an escape sequence can hide a line of a file being `cat`ed).
 *
 * Nothing is stripped or escaped: the spec is wrong, its author says what was meant, as for a syntax
 * error. A zero-width joiner inside an emoji sequence is refused too; a description writes such an
 * emoji as a picture-free word.
 */
import { positionOf, type Diagnostic } from "../diagnostics.js";

/** Format characters, and control characters (C0, DEL, C1) other than tab, line feed and carriage return. */
const INVISIBLE = /(?![\t\n\r])[\p{Cf}\p{Cc}]/gu;
const BIDI = /^[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]$/u;

/** At most this many are reported per file, then one line says how many more there are. */
const MAX_REPORTED = 20;

const NAMES: Readonly<Record<number, string>> = {
  0x061c: "ARABIC LETTER MARK",
  0x200b: "ZERO WIDTH SPACE",
  0x200c: "ZERO WIDTH NON-JOINER",
  0x200d: "ZERO WIDTH JOINER",
  0x200e: "LEFT-TO-RIGHT MARK",
  0x200f: "RIGHT-TO-LEFT MARK",
  0x202a: "LEFT-TO-RIGHT EMBEDDING",
  0x202b: "RIGHT-TO-LEFT EMBEDDING",
  0x202c: "POP DIRECTIONAL FORMATTING",
  0x202d: "LEFT-TO-RIGHT OVERRIDE",
  0x202e: "RIGHT-TO-LEFT OVERRIDE",
  0x2060: "WORD JOINER",
  0x2066: "LEFT-TO-RIGHT ISOLATE",
  0x2067: "RIGHT-TO-LEFT ISOLATE",
  0x2068: "FIRST STRONG ISOLATE",
  0x2069: "POP DIRECTIONAL ISOLATE",
  0xfeff: "ZERO WIDTH NO-BREAK SPACE",
  0x00ad: "SOFT HYPHEN",
  0x001b: "ESCAPE",
};

/** "U+202E (RIGHT-TO-LEFT OVERRIDE)". */
export function characterName(char: string): string {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  const name = NAMES[code];
  return name ? `${hex} (${name})` : hex;
}

/** What is wrong with one such character, in a message's words; `subject` is "the text has" or "the escape \\u202E writes". */
export function invisibleMessage(char: string, subject = "the text has"): string {
  const name = characterName(char);
  if (BIDI.test(char)) {
    return `${subject} ${name}, a bidirectional control: it makes text display in another order than it is read (Trojan Source, CVE-2021-42574), here and in the comments, docs and messages generated from it; remove it`;
  }
  if (/\p{Cf}/u.test(char)) return `${subject} ${name}, an invisible format character: texts and names that look the same would differ; remove it`;
  return `${subject} the control character ${name}, which a terminal acts on instead of showing it; remove it`;
}

/** The line as it is shown under a message: every invisible character made visible (U+FFFD), so that the line itself cannot reorder or hide the caret's place. */
export function visibleLine(line: string): string {
  return line.replace(INVISIBLE, "\uFFFD");
}

function capped(found: Diagnostic[], file: string, total: number): Diagnostic[] {
  if (total <= MAX_REPORTED) return found;
  return [...found, { message: `and ${total - MAX_REPORTED} more invisible or control characters in this file`, location: { file } }];
}

/** Every invisible character of a text file (a WebIDL file, its byte-order mark removed), at its line and column. */
export function invisibleInText(text: string, file: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  let total = 0;
  for (const match of text.matchAll(INVISIBLE)) {
    total++;
    if (found.length >= MAX_REPORTED) continue;
    const { line, column, sourceLine } = positionOf(text, match.index);
    found.push({ message: invisibleMessage(match[0]), location: { file, line, column }, sourceLine: visibleLine(sourceLine) });
  }
  return capped(found, file, total);
}

const ESCAPE = /(\\+)u([0-9a-fA-F]{4})(?:\\u([dD][c-fC-F][0-9a-fA-F]{2}))?/g;

/**
 * Every invisible character in a JSON text that JSON.parse accepted, written as itself or as a
 * `\\u` escape (a surrogate pair read as one character), at its line and column. In valid JSON
 * both can only stand inside strings.
 */
export function invisibleInJson(text: string, file: string): Diagnostic[] {
  const found: { offset: number; message: string }[] = [];
  for (const match of text.matchAll(INVISIBLE)) found.push({ offset: match.index, message: invisibleMessage(match[0]) });
  if (text.includes("\\u")) {
    for (const match of text.matchAll(ESCAPE)) {
      if (match[1]!.length % 2 === 0) continue; // an escaped backslash, then a plain "u"
      const high = Number.parseInt(match[2]!, 16);
      const low = match[3] !== undefined ? Number.parseInt(match[3], 16) : undefined;
      const char = low !== undefined && high >= 0xd800 && high <= 0xdbff ? String.fromCharCode(high, low) : String.fromCharCode(high);
      INVISIBLE.lastIndex = 0;
      if (!INVISIBLE.test(char)) continue;
      const written = match[0].slice(match[1]!.length - 1, low !== undefined && char.length === 2 ? undefined : match[1]!.length + 5);
      found.push({ offset: match.index + match[1]!.length - 1, message: invisibleMessage(char, `the escape ${written} writes`) });
    }
  }
  found.sort((a, b) => a.offset - b.offset);
  const reported = found.slice(0, MAX_REPORTED).map(({ offset, message }) => {
    const { line, column, sourceLine } = positionOf(text, offset);
    return { message, location: { file, line, column }, sourceLine: visibleLine(sourceLine) };
  });
  return capped(reported, file, found.length);
}
