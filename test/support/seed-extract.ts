/**
 * Extracts the facts the tests need from the seed specification's plain text: Tables 1-5, the SCR
 * rows and the message examples. Pure functions of the text; `seed-facts.ts` keeps their output.
 */

/** Word's bookmarks survive in the plain text as "[bookmark: _Toc123]". */
function withoutBookmarks(line: string): string {
  return line.replace(/\[bookmark: [^\]]*\]/g, "");
}

/** The tab-indented cell blocks of a table, separated by blank lines; continuation lines are kept. */
function tableBlocks(text: string, startMarker: string, endMarker: string): string[][] {
  const start = text.indexOf(startMarker);
  const end = text.indexOf(endMarker, start);
  if (start < 0 || end < 0) throw new Error(`seed table between "${startMarker}" and "${endMarker}" not found`);
  return text
    .slice(start, end)
    .split(/\n *\n/)
    .map((block) =>
      block
        .split("\n")
        .map((line) => withoutBookmarks(line.replace(/^\t/, "")))
        .filter((line, index, lines) => !(index === lines.length - 1 && line.trim() === "")),
    )
    .filter((cells) => cells.some((cell) => cell.trim() !== ""));
}

export interface Table4Row {
  category: string;
  integerColumn: string;
  /** As printed, upper-case "0X" prefix and all: "0X00000010", "0X1001SW1SW2", "0X30000000 to 0X3FFFFFFF". */
  hex: string;
  description: string;
}

/** Every row of Table 4 (Return Values & Error Codes), in order, with its category heading. */
export function table4Rows(text: string): Table4Row[] {
  const blocks = tableBlocks(text, "\tInteger Value\n", "Table 4: Return Values & Error Codes");
  const rows: Table4Row[] = [];
  let category = "";
  for (const cells of blocks.slice(1)) {
    if (cells.length === 1) {
      category = cells[0]!.trim();
      continue;
    }
    const [integerColumn, ...rest] = cells;
    const description = rest.at(-1)!;
    const hex = rest.slice(0, -1).join(" ").replace(/\s+/g, " ").trim();
    if (hex === "") continue; // the note on SW1 SW2 under the PIN/PUK heading
    rows.push({ category, integerColumn: integerColumn!.trim(), hex, description: description.trim() });
  }
  return rows;
}

export interface Table5Row {
  /** As printed: "63 CX". */
  sw: string;
  description: string;
}

/** Every row of Table 5 (UICC status words). */
export function table5Rows(text: string): Table5Row[] {
  const blocks = tableBlocks(text, "\tStatus words (SW1 SW2)", "Table 5: Status Words Codes");
  return blocks.slice(1).map((cells) => {
    const [, sw, ...description] = cells;
    return { sw: sw!.trim(), description: description.map((line) => line.trim()).join("\n") };
  });
}

export interface ScrRow {
  item: string;
  prefix: string;
  function: string;
  section: string;
  status: "M" | "O";
}

/** Every SCR row of section 7's device-class tables that survives in the seed. */
export function scrRows(text: string): ScrRow[] {
  const rows: ScrRow[] = [];
  const pattern = /\t(OpenCMAPI-([A-Z0-9]+)-\d{3}-([MO]))\n\t([^\n]*)\n\t([^\n]*)\n/g;
  for (const match of text.matchAll(pattern)) {
    rows.push({ item: match[1]!, prefix: match[2]!, status: match[3] as "M" | "O", function: match[4]!.trim(), section: match[5]!.trim() });
  }
  return rows;
}

export interface SeedExample {
  name: string;
  /** The example as printed, curly quotes and all. */
  printed: string;
  /** The same text with its typography repaired: straight quotes, the key `" error"` as `"error"`. */
  repaired: string;
}

/** The four message examples of section 5.2.5, in order: request, success, error, callback. */
export function seedExamples(text: string): SeedExample[] {
  const start = text.indexOf("CMAPI-1 Request Message Example");
  const end = text.indexOf("Return Values & Error Codes", start);
  const section = text.slice(start, end);
  const names = ["request", "response", "error response", "callback"];
  const printed: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of section) {
    if (char === "{") depth++;
    if (depth > 0) current += char;
    if (char === "}") {
      depth--;
      if (depth === 0) {
        printed.push(current);
        current = "";
      }
    }
  }
  return printed.map((example, index) => ({
    name: names[index] ?? `example ${index + 1}`,
    printed: example,
    repaired: repairTypography(example),
  }));
}

export function repairTypography(example: string): string {
  return example.replace(/[\u201c\u201d]/g, '"').replace(/"\s+error"/g, '"error"');
}

export interface MessageMember {
  member: string;
  type: "String" | "Object";
  optional: boolean;
}

/** The members of Table 1, 2 or 3 (the CMAPI message structures), with their type and optionality. */
export function messageTable(text: string, table: 1 | 2 | 3): MessageMember[] {
  const end = text.indexOf(`Table ${table}: `);
  const start = text.lastIndexOf("\tMember\n", end);
  if (start < 0 || end < 0) throw new Error(`seed Table ${table} not found`);
  const rows: MessageMember[] = [];
  for (const match of text.slice(start, end).matchAll(/\t(\w+)\n\t(String|Object)\n\t(Yes|No)\n/g)) {
    rows.push({ member: match[1]!, type: match[2] as "String" | "Object", optional: match[3] === "Yes" });
  }
  return rows;
}
