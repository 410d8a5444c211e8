/**
 * Characters a reader of the spec cannot see, refused wherever they stand in a spec file: in a
 * WebIDL file anywhere (comments, names, string literals), in a schema file in every string (keys
 * included), however it is written (`\u202E` as well as the character itself).
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
import { pointerToken } from "../model/schema-keywords.js";

const INVISIBLE = /[\p{Cf}\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
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

/** What is wrong with one such character, in a message's words. */
export function invisibleMessage(char: string, where: string): string {
  const name = characterName(char);
  if (BIDI.test(char)) {
    return `${where} has ${name}, a bidirectional control: it makes text display in another order than it is read (Trojan Source, CVE-2021-42574), here and in the comments, docs and messages generated from it; remove it`;
  }
  if (/\p{Cf}/u.test(char)) return `${where} has ${name}, an invisible format character: texts and names that look the same would differ; remove it`;
  return `${where} has the control character ${name}, which a terminal acts on instead of showing it; remove it`;
}

/** The line as it is shown under a message: every invisible character made visible (U+FFFD), so that the line itself cannot reorder or hide the caret's place. */
export function visibleLine(line: string): string {
  return line.replace(INVISIBLE, "\uFFFD");
}

function capped(found: Diagnostic[], file: string, total: number): Diagnostic[] {
  if (total <= MAX_REPORTED) return found;
  return [...found, { message: `and ${total - MAX_REPORTED} more invisible or control characters in this file`, location: { file } }];
}

/** Every invisible character of a text file (a WebIDL file), at its line and column; a byte-order mark at the start is allowed. */
export function invisibleInText(text: string, file: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  let total = 0;
  for (const match of text.matchAll(INVISIBLE)) {
    if (match.index === 0 && match[0] === "\ufeff") continue;
    total++;
    if (found.length >= MAX_REPORTED) continue;
    const { line, column, sourceLine } = positionOf(text, match.index);
    found.push({ message: invisibleMessage(match[0], "the text"), location: { file, line, column }, sourceLine: visibleLine(sourceLine) });
  }
  return capped(found, file, total);
}

/** A text with its invisible characters written as `\\uXXXX`, to quote it in a message. */
export function escapedText(text: string): string {
  return text.replace(INVISIBLE, (char) => {
    const code = char.codePointAt(0)!.toString(16).toUpperCase();
    return code.length > 4 ? `\\u{${code}}` : `\\u${code.padStart(4, "0")}`;
  });
}

/**
 * Every invisible character in the strings of a parsed JSON document, at the JSON pointer of the
 * string; one in a member's name at the object that has the member (a pointer through that name would
 * carry the character into the message), the member's value left unread.
 */
export function invisibleInValue(value: unknown, file: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  let total = 0;
  const report = (char: string, where: string, pointer: string) => {
    total++;
    if (found.length < MAX_REPORTED) found.push({ message: invisibleMessage(char, where), location: { file, pointer } });
  };
  const first = (text: string) => {
    INVISIBLE.lastIndex = 0;
    return INVISIBLE.exec(text);
  };
  const visit = (node: unknown, pointer: string) => {
    if (typeof node === "string") {
      const match = first(node);
      if (match) report(match[0], `the string (at character ${match.index + 1})`, pointer);
    } else if (Array.isArray(node)) node.forEach((item, index) => visit(item, `${pointer}/${index}`));
    else if (typeof node === "object" && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        const match = first(key);
        if (match) report(match[0], `the member name "${escapedText(key)}"`, pointer);
        else visit(child, `${pointer}/${pointerToken(key)}`);
      }
    }
  };
  visit(value, "");
  return capped(found, file, total);
}
