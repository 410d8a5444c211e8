/**
 * Indents JavaScript that has one statement or brace per line (ajv's standalone code with
 * `lines: true`) by its brace depth: readable without prettier, which took over a second on it.
 * Braces in string literals and in comment lines do not count; the code's own indentation is replaced.
 */
export function indentByBraces(code: string, unit = "  "): string {
  let depth = 0;
  return code
    .split("\n")
    .map((raw) => {
      const line = raw.trim();
      // A doc comment's continuation lines keep the space that lines their stars up under "/**".
      if (line.startsWith("*")) return unit.repeat(depth) + " " + line;
      if (line.startsWith("/*") || line.startsWith("//")) return unit.repeat(depth) + line;
      const { opened, closedFirst } = braceBalance(line);
      const level = Math.max(0, depth - closedFirst);
      depth = Math.max(0, depth + opened);
      return line === "" ? "" : unit.repeat(level) + line;
    })
    .join("\n");
}

/** The line's net change of brace depth, and how many closing braces it starts with (they belong to the outer level). */
function braceBalance(line: string): { opened: number; closedFirst: number } {
  let opened = 0;
  let closedFirst = 0;
  let leading = true;
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (char === '"' || char === "'" || char === "`") {
      index = endOfString(line, index);
      leading = false;
    } else if (char === "{") {
      opened++;
      leading = false;
    } else if (char === "}") {
      opened--;
      if (leading) closedFirst++;
    } else if (char !== " " && char !== ")" && char !== ";" && char !== ",") leading = false;
  }
  return { opened, closedFirst };
}

function endOfString(line: string, start: number): number {
  const quote = line[start];
  for (let index = start + 1; index < line.length; index++) {
    if (line[index] === "\\") index++;
    else if (line[index] === quote) return index;
  }
  return line.length;
}
