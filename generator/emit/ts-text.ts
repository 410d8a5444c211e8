/**
 * What remains of the old text helpers, for the types writer (schema-to-ts.ts, types.ts) only, which
 * moves onto the code builder (emit/code/) next; every other emitter writes through the builder.
 * Small helpers for text that goes into generated TypeScript. The emitters write their TypeScript as
 * text (loading a TypeScript printer took about 0.6 s of a cold `generate`); these keep the layout
 * ts-morph gave them: two-space indentation, JSDoc blocks, hanging indentation of long initializers.
 */

/** Doc comment text that cannot close the comment early. */
export function quoteDoc(text: string): string {
  return text.replace(/\*\//g, "*\\/");
}

/** One indentation level of the generated code. */
export const INDENT = "  ";

/**
 * A JSDoc block at the given indentation, without a trailing newline: `/** text *\/` for one line,
 * otherwise one ` * line` per line (an empty line as ` *`), a leading empty line dropped. The text
 * is quoted (quoteDoc, which leaves quoted text as it is), so no text can end the comment early.
 */
export function jsDoc(text: string, indent = ""): string {
  const lines = quoteDoc(text).split(/\r?\n/);
  if (lines.length <= 1) return `${indent}/** ${lines[0]}${lines[0]!.endsWith(" ") ? "" : " "}*/`;
  const body = lines.slice(lines[0] === "" ? 1 : 0).map((line) => `${indent} *${line.length > 0 ? ` ${line}` : ""}`);
  return [`${indent}/**`, ...body, `${indent} */`].join("\n");
}

/** Each doc as its own JSDoc block, one after the other, each followed by a newline. */
export function jsDocs(docs: readonly string[], indent = ""): string {
  return docs.map((doc) => `${jsDoc(doc, indent)}\n`).join("");
}

/** Top-level statements joined as a TypeScript file lays them out: a blank line around each block (class, interface, function), none between others. */
export function statements(items: readonly { text: string; block?: boolean }[]): string {
  // Pieces joined once at the end: looking at the end of a growing string would copy it at every statement.
  const pieces: string[] = [];
  let previous: string | undefined;
  for (const item of items) {
    if (previous !== undefined) {
      let trailingNewlines = 0;
      while (previous[previous.length - 1 - trailingNewlines] === "\n") trailingNewlines++;
      const lastNonSpace = previous.trimEnd().at(-1);
      if (item.block || lastNonSpace === "}") pieces.push("\n".repeat(Math.max(0, 2 - trailingNewlines)));
      else if (trailingNewlines === 0) pieces.push("\n");
    }
    pieces.push(item.text);
    if (item.text !== "") previous = item.text;
  }
  const out = pieces.join("");
  return out.endsWith("\n") ? out : out + "\n";
}
