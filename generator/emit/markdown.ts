/**
 * The spec's text as it goes into the Markdown reference (docs/*.md). Descriptions, titles, messages
 * and category names are the spec author's prose, Markdown included (`code`, *emphasis*, lists), but
 * never HTML: a renderer that passes raw HTML through (many do; GitHub drops the tags it does not know,
 * which loses text such as `CMAPI_<Group>_<Function>`) would run a `<script>` from a vendor's
 * description in every reader's browser. So `<` is written `&lt;` and an `&` that would start a
 * character reference is written `&amp;`, which every renderer shows as the author wrote them; code
 * spans are left as they are, since Markdown shows their content verbatim. Escaping rather than
 * stripping: the reader sees what the spec says, and text that is no HTML (`a < b`) survives.
 */

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

/** Prose for a Markdown page: raw HTML and character references neutralised outside code spans (see the file's doc comment). */
export function markdownText(text: string): string {
  let out = "";
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (char === "\\" && index + 1 < text.length && ESCAPABLE.test(text[index + 1]!)) {
      // An escaped character stays escaped (`\<` shows `<`; `\`` opens no code span).
      out += text.slice(index, index + 2);
      index += 2;
    } else if (char === "`") {
      let end = index;
      while (text[end] === "`") end++;
      const close = closingRun(text, end, end - index);
      const stop = close < 0 ? end : close + (end - index);
      out += text.slice(index, stop);
      index = stop;
    } else {
      out += char === "<" ? "&lt;" : char === "&" && CHARACTER_REFERENCE.test(text.slice(index, index + 40)) ? "&amp;" : char;
      index++;
    }
  }
  return out;
}

/** Prose on one line (a heading, a table cell, a link's text): line breaks and runs of white space become one space. */
export function markdownLine(text: string): string {
  return markdownText(text)
    .replace(/[ \t\r\n]+/g, " ")
    .trim();
}

/** Code in Markdown: backticks enough to hold any the code has (a pattern may, an enum value or a table's title may). */
export function markdownCode(code: string): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longest + 1);
  return longest > 0 || code.startsWith(" ") || code.endsWith(" ") ? `${fence} ${code} ${fence}` : `${fence}${code}${fence}`;
}

/** A link's text: brackets escaped, so that the text cannot end the link early. */
export function linkText(text: string): string {
  return markdownLine(text).replace(/[[\]]/g, (bracket) => `\\${bracket}`);
}
