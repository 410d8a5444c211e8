/**
 * What people read is prettier-clean as generated: every `.md` and `.ts` file in generated/ passes
 * `prettier --check` with the project's .prettierrc (not its .prettierignore, which leaves generated/
 * out of `npm run lint`). The emitters write the final layout themselves; prettier, a devDependency,
 * never runs at generation time. And hostile prose stays clean in the Markdown's table cells.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { jsonLayout } from "../generator/emit/json-layout.js";
import { fencedBlock, markdownTable } from "../generator/emit/markdown.js";
import { proseCell } from "../generator/emit/docs.js";

/** A fixed seed, so that CI runs the same cases; FUZZ_SEED picks others. */
fc.configureGlobal({ seed: Number(process.env["FUZZ_SEED"] ?? 20261203) });

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const GENERATED = join(ROOT, "generated");

/**
 * What nobody reads: validators/ is ajv's standalone code (1.6 MB, unindented as ajv writes it);
 * laying it out would cost a second of every generation and help no reader (emit/validators.ts).
 * validators.ts, which gathers its modules, is laid out as the rest.
 */
const isExempt = (file: string) => file.startsWith("validators/");

async function options(file: string): Promise<prettier.Options> {
  return { ...(await prettier.resolveConfig(file)), filepath: file };
}

async function clean(file: string, text: string): Promise<boolean> {
  return prettier.check(text, await options(file));
}

/** Markdown through prettier as the project configures it. */
async function formatMarkdown(text: string): Promise<string> {
  return prettier.format(text, await options(join(GENERATED, "docs", "check.md")));
}

describe("generated/", () => {
  it("is prettier-clean, Markdown and TypeScript", async () => {
    const files = (await readdir(GENERATED, { recursive: true })).filter((file) => /\.(md|ts)$/.test(file)).sort();
    expect(files.some((file) => file.endsWith(".md"))).toBe(true);
    const unclean: string[] = [];
    for (const file of files) {
      if (isExempt(file)) continue;
      const path = join(GENERATED, file);
      if (!(await clean(path, await readFile(path, "utf8")))) unclean.push(relative(ROOT, path));
    }
    expect(unclean).toEqual([]);
  }, 120_000);
});

interface MarkdownNode {
  type: string;
  url?: string;
  children?: MarkdownNode[];
}

/** The nodes prose may become in a cell: no html, image, reference, definition or emphasis; a link only as GFM makes one of a bare http(s) URL or e-mail address. */
const ALLOWED = new Set(["table", "tableRow", "tableCell", "text", "inlineCode", "sentence", "word", "whitespace", "inlineMath"]);

function nodeTypes(node: MarkdownNode): string[] {
  const type = node.type === "link" && /^(?:https?:\/\/|mailto:)/.test(node.url ?? "") ? "text" : node.type === "link" ? `link to ${node.url}` : node.type;
  return [type, ...(node.children ?? []).flatMap(nodeTypes)];
}

/** Prettier's debug entry, which its type declarations leave out (prettier's own tests use it). */
const prettierDebug = (prettier as unknown as { __debug: { parse(text: string, options: prettier.Options): Promise<{ ast: unknown }> } }).__debug;

/** Prettier's own Markdown parser (remark): the reading of the page that prettier formats. */
async function parseMarkdown(text: string): Promise<unknown> {
  return (await prettierDebug.parse(text, await options(join(GENERATED, "docs", "check.md")))).ast;
}

/** Prose a vendor could write: Markdown's and HTML's special characters, wide and combining characters, links. */
const hostileProse = fc
  .array(
    fc.oneof(
      fc.constantFrom("|", "`", "``", "*", "**", "_", "__", "~", "~~", "<", ">", "&", "&amp;", "\\", "[", "]", "(", ")", "!", "#", "- ", "* ", "1. ", ":", '"', "$"),
      fc.constantFrom("中文", "ＡＢ", "e\u0301", "👨‍👩‍👧", "❤️", "ｶﾅ", "\t", "\n"),
      fc.constantFrom("[x](javascript:alert(1))", "<script>alert(1)</script>", "<javascript:alert(1)>", "[x]: javascript:alert(1)", "![i](javascript:x)", "*emph*", "_u_", "snake_case", "CMAPI_API_Open", "http://example.com"),
      fc.string({ maxLength: 6 }),
      fc.constantFrom(" ", "a", "word", "0x00000105"),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));

describe("the Markdown of hostile descriptions", () => {
  it("is prettier-clean in a table's cells, with no raw HTML and no link", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileProse, { minLength: 1, maxLength: 3 }), async (descriptions) => {
        const rows = descriptions.map((description, index) => [`\`field${index}\``, proseCell(description)]);
        const page = `# Page\n\n${markdownTable(["name", "description"], rows).join("\n")}\n`;
        expect(await formatMarkdown(page), JSON.stringify(descriptions)).toBe(page);
        // The page as a Markdown parser reads it: one row a description, two cells a row, nothing but text and code in them.
        const tree = (await parseMarkdown(page)) as MarkdownNode;
        const table = tree.children!.find((node) => node.type === "table")!;
        expect(
          table.children!.map((row) => row.children!.length),
          JSON.stringify(descriptions),
        ).toEqual([2, ...rows.map(() => 2)]);
        expect(
          nodeTypes(table).filter((type) => !ALLOWED.has(type)),
          JSON.stringify(descriptions),
        ).toEqual([]);
      }),
      // The first is what a run with another seed found: an escaped `<` before an autolink.
      { numRuns: Number(process.env["FUZZ_RUNS"] ?? 300), examples: [[["http://example.com\\<javascript:alert(1)>"]], [["a \\\\<b>"]]] },
    );
  }, 120_000);
});

describe("examples as JSON blocks", () => {
  it("are laid out as prettier lays them out, for any JSON value", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
        const page = `${fencedBlock("json", jsonLayout(value)).join("\n")}\n`;
        expect(await formatMarkdown(page)).toBe(page);
      }),
      { numRuns: Number(process.env["FUZZ_RUNS"] ?? 500) },
    );
    const long = {
      numbers: Array.from({ length: 90 }, (_, index) => index * 1000),
      pairs: [
        ["a", "b"],
        ["c", "d"],
      ],
      singles: [[1], [2]],
      empties: [{}, {}],
      strings: Array.from({ length: 40 }, (_, index) => `item ${index}`),
    };
    const page = `${fencedBlock("json", jsonLayout(long)).join("\n")}\n`;
    expect(await formatMarkdown(page)).toBe(page);
  }, 120_000);
});
