/**
 * The spec's text as it goes into the Markdown reference (docs/*.md). Descriptions, titles, messages
 * and category names are the spec author's prose, with Markdown's code spans and lists, but never
 * HTML: a renderer that passes raw HTML through (many do; GitHub drops the tags it does not know,
 * which loses text such as `CMAPI_<Group>_<Function>`) would run a `<script>` from a vendor's
 * description in every reader's browser. So `<` is written `&lt;` and an `&` that would start a
 * character reference is written `&amp;`, which every renderer shows as the author wrote them; code
 * spans are left as they are, since Markdown shows their content verbatim. Escaping rather than
 * stripping: the reader sees what the spec says, and text that is no HTML (`a < b`) survives.
 *
 * Beyond code spans and lists the prose is text, as the HTML reference shows it (as text content):
 * a `]` that would end a link's text or a definition's label is backslash-escaped (in a link's own
 * text every bracket is), and so are the `*`, `_` and `~` that could pair into emphasis or
 * strike-through, so that no link (a `[x](javascript:…)` among them) and no emphasis comes from a
 * description, and prettier (which rewrites `*a*` as `_a_` but keeps escapes as written) leaves
 * the page as it is. A line starting with `* ` or `+ ` is a list item, written `- ` as prettier does.
 */

import { textWidth } from "./text-width.js";

/** ASCII punctuation: what a backslash escapes in CommonMark. */
const ESCAPABLE = /^[!-/:-@[-`{-~]$/;
const CHARACTER_REFERENCE = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

/** Where the run of exactly `length` backticks that closes a code span starts, at or after `from`; -1 when none does. */
function closingRun(text: string, from: number, length: number): number {
  for (let index = text.indexOf("`", from); index >= 0; index = text.indexOf("`", index)) {
    let end = index;
    while (text[end] === "`") end++;
    if (end - index === length) return index;
    index = end;
  }
  return -1;
}

/** What markdownText may change; prose without any of these (most of it) is written as it is. */
const MARKUP = /[\\`<&[\]*_~+]/;

/** Prose for a Markdown page: raw HTML, character references and inline markup neutralised outside code spans (see the file's doc comment). */
export function markdownText(prose: string, brackets: "links" | "all" = "links"): string {
  if (!MARKUP.test(prose)) return prose;
  const text = listBullets(prose);
  const literal = new Array<boolean>(text.length).fill(false);
  // Code spans, rewritten as prettier writes them (markdownCode).
  const spans = new Map<number, { stop: number; code: string }>();
  // The backslash of an escaped `<`: dropped, the `<` written `&lt;` like any other (prettier's parser reads `\<javascript:…>` as a link).
  const dropped = new Set<number>();
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (char === "\\" && text[index + 1] === "<") {
      dropped.add(index);
      index += 1;
    } else if (char === "\\" && index + 1 < text.length && ESCAPABLE.test(text[index + 1]!)) {
      // An escaped character stays escaped (`\<` shows `<`; `\`` opens no code span).
      literal.fill(true, index, index + 2);
      index += 2;
    } else if (char === "`") {
      let end = index;
      while (text[end] === "`") end++;
      const close = closingRun(text, end, end - index);
      const stop = close < 0 ? end : close + (end - index);
      literal.fill(true, index, stop);
      if (close >= 0) spans.set(index, { stop, code: spanContent(text.slice(end, close)) });
      index = stop;
    } else index++;
  }
  const escaped = delimitersToEscape(text, literal);
  // Written in runs: the text between two changed places is copied in one slice.
  let out = "";
  let copiedTo = 0;
  const replace = (from: number, to: number, written: string) => {
    out += text.slice(copiedTo, from) + written;
    copiedTo = to;
  };
  for (let at = 0; at < text.length; at++) {
    const span = spans.size > 0 ? spans.get(at) : undefined;
    if (dropped.size > 0 && dropped.has(at)) replace(at, at + 1, "");
    else if (span) {
      replace(at, span.stop, markdownCode(span.code));
      at = span.stop - 1;
    } else if (!literal[at]) {
      const written = proseCharacter(text, at, escaped, brackets);
      if (written !== text[at]) replace(at, at + 1, written);
    }
  }
  return out + text.slice(copiedTo);
}

/** A code span's code, as CommonMark reads it: one space stripped from each end when both have one (and it is not all spaces). */
function spanContent(raw: string): string {
  return raw.length > 2 && raw.startsWith(" ") && raw.endsWith(" ") && raw.trim() !== "" ? raw.slice(1, -1) : raw;
}

/** The character at `index` of prose, escaped where it would be HTML, a character reference, a link's bracket or an emphasis delimiter. */
function proseCharacter(text: string, index: number, escaped: Set<number>, brackets: "links" | "all"): string {
  const char = text[index]!;
  if (char === "<") return "&lt;";
  if (char === "&") return CHARACTER_REFERENCE.test(text.slice(index, index + 40)) ? "&amp;" : char;
  if (brackets === "all" && (char === "[" || char === "]")) return `\\${char}`;
  // A `]` followed by `(`, `[` or `:` ends a link's text, a reference's label or a definition's: escaped, it ends none.
  if (char === "]" && /^[([:]$/.test(text[index + 1] ?? "")) return "\\]";
  if (escaped.has(index)) return `\\${char}`;
  return char;
}

const WHITESPACE = /^\s?$/u; // the start and end of the text count as white space
const PUNCTUATION = /^[\p{P}\p{S}]$/u;

/**
 * The `*`, `_` and `~` runs to escape: CommonMark's flanking rules say which runs may open and
 * which may close emphasis (or strike-through); where runs of one character may pair, every run of
 * it that may open or close is escaped. The rest stay as written (a lone "*", CMAPI_API_Open's `_`,
 * which neither opens nor closes, the `_` of CMAPI_<Group>_<Function>, which pair with none).
 */
function delimitersToEscape(text: string, literal: boolean[]): Set<number> {
  const runs: { char: string; start: number; end: number; opens: boolean; closes: boolean }[] = [];
  for (let index = 0; index < text.length;) {
    const char = text[index]!;
    if (literal[index] || !"*_~".includes(char)) {
      index++;
      continue;
    }
    let end = index;
    while (text[end] === char && !literal[end]) end++;
    const before = text[index - 1] ?? "";
    const after = text[end] ?? "";
    const left = !WHITESPACE.test(after) && (!PUNCTUATION.test(after) || WHITESPACE.test(before) || PUNCTUATION.test(before));
    const right = !WHITESPACE.test(before) && (!PUNCTUATION.test(before) || WHITESPACE.test(after) || PUNCTUATION.test(after));
    const underscore = char === "_";
    runs.push({ char, start: index, end, opens: left && (!underscore || !right || PUNCTUATION.test(before)), closes: right && (!underscore || !left || PUNCTUATION.test(after)) });
    index = end;
  }
  const escaped = new Set<number>();
  for (const char of "*_~") {
    const own = runs.filter((run) => run.char === char);
    const firstOpener = own.findIndex((run) => run.opens);
    // `_` by CommonMark's pairing; `*` and `~` wherever two runs are, since prettier's parser (remark 7) pairs them more loosely (`*~*` is emphasis there).
    const pairs = char === "_" ? firstOpener >= 0 && own.slice(firstOpener + 1).some((run) => run.closes) : own.length > 1;
    if (!pairs) continue;
    for (const run of own) if (run.opens || run.closes) for (let at = run.start; at < run.end; at++) escaped.add(at);
  }
  return escaped;
}

/** `* ` and `+ ` items as `- `: the bullet prettier writes. */
function listBullets(text: string): string {
  return text.replace(/^([ \t]*)[*+]([ \t])/gm, "$1-$2");
}

/** Prose on one line (a heading, a table cell, a link's text): line breaks and runs of white space become one space. */
export function markdownLine(text: string, brackets: "links" | "all" = "links"): string {
  return markdownText(text, brackets)
    .replace(/[ \t\r\n]+/g, " ")
    .trim();
}

/**
 * Code in Markdown, as prettier writes a code span: the fewest backticks that no run in the code
 * has (a pattern may hold some, an enum value or a table's title may), and a space on each side
 * only where the code starts or ends with a backtick.
 */
export function markdownCode(code: string): string {
  const runs = new Set([...code.matchAll(/`+/g)].map((match) => match[0].length));
  let count = 1;
  while (runs.has(count)) count++;
  const fence = "`".repeat(count);
  const padding = code.startsWith("`") || code.endsWith("`") ? " " : "";
  return `${fence}${padding}${code}${padding}${fence}`;
}

/** A link's text: brackets escaped, so that the text cannot end the link early. */
export function linkText(text: string): string {
  return markdownLine(text, "all");
}

/** A fenced code block: a fence longer than any run of backticks in the code (an example's string may hold three), as prettier writes it. */
export function fencedBlock(language: string, code: string): string[] {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return [`${fence}${language}`, code, fence];
}

/** A table in prettier's layout: every column padded to its widest cell, as prettier measures width (text-width.ts), so the page needs no formatter. */
export function markdownTable(header: string[], rows: string[][]): string[] {
  const cellWidths = [header, ...rows].map((cells) => header.map((_title, column) => textWidth(cells[column] ?? "")));
  const widths = header.map((_title, column) => Math.max(3, ...cellWidths.map((row) => row[column]!)));
  const line = (cells: string[], own: number[]) => `| ${widths.map((size, column) => (cells[column] ?? "") + " ".repeat(size - own[column]!)).join(" | ")} |`;
  return [
    line(header, cellWidths[0]!),
    line(
      widths.map((size) => "-".repeat(size)),
      widths,
    ),
    ...rows.map((row, index) => line(row, cellWidths[index + 1]!)),
  ];
}
