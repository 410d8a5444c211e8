/**
 * The Markdown and HTML references are two renderings of one ReferenceView: they carry the same
 * anchors (a Markdown heading's GitHub id where the HTML page has an element id) and the same
 * examples, in the same order, for the bundled spec and for a vendor's additions.
 */
import { describe, expect, it } from "vitest";
import { emitHtmlDocs, referenceData } from "../generator/emit/html-docs.js";
import { renderMarkdownReference } from "../generator/emit/docs.js";
import { buildReferenceView, githubSlug, type Anchor, type ReferenceView } from "../generator/emit/reference-view.js";
import { bundledSpec, loadApi } from "../generator/load.js";
import type { Api } from "../generator/model/api.js";
import { fixture } from "./support/cli.js";

/** Every anchor of a view: sections, groups, functions, callbacks, types. */
function viewAnchors(view: ReferenceView): Anchor[] {
  return [...Object.values(view.sections), ...view.groups.flatMap((group) => [group.anchor, ...group.methods.map((method) => method.anchor)]), ...view.callbacks.map((callback) => callback.anchor), ...view.types.map((type) => type.anchor)];
}

/** The ids GitHub gives a page's headings, fenced code left out; a repeated id numbered `-1`, `-2`. */
function headingIds(page: string): string[] {
  const seen = new Set<string>();
  return [...page.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1$/gm, "").matchAll(/^#{1,6} (.+)$/gm)].map((match) => {
    const base = githubSlug(match[1]!.replace(/`/g, ""));
    let id = base;
    for (let n = 1; seen.has(id); n++) id = `${base}-${n}`;
    seen.add(id);
    return id;
  });
}

/** The JSON examples of the Markdown pages, in page order. */
function markdownExamples(pages: Map<string, string>): unknown[] {
  return [...pages.values()].flatMap((page) => [...page.matchAll(/^(`{3,})json\n([\s\S]*?)\n\1$/gm)].map((match) => JSON.parse(match[2]!) as unknown));
}

type Data = ReturnType<typeof referenceData>;

function htmlIds(data: Data): string[] {
  return [...Object.values(data.sections), ...data.groups.flatMap((group) => [group.id, ...group.methods.map((method) => method.id)]), ...data.callbacks.map((callback) => callback.id), ...data.types.map((type) => type.id)];
}

function htmlExamples(data: Data): unknown[] {
  return [...data.groups.flatMap((group) => group.methods.flatMap((method) => method.example)), ...data.callbacks.flatMap((callback) => callback.example), ...(data.errorCallbackExample ?? [])];
}

/** The page's data as the page carries it. */
function pageData(api: Api, view: ReferenceView): Data {
  const assets = new Map([
    ["docs/reference.css", ""],
    ["docs/reference.js", ""],
  ]);
  const html = emitHtmlDocs(api, { assets } as unknown as Parameters<typeof emitHtmlDocs>[1], view).get("docs/index.html")!;
  return JSON.parse(/<script id="cmapi-data" type="application\/json">(.*)<\/script>/.exec(html)![1]!) as Data;
}

const specs: [string, () => Promise<Api>][] = [
  ["the bundled spec", () => loadApi()],
  ["the bundled spec with Acme's additions", () => loadApi({ idl: [bundledSpec().idl, fixture("vendor/acme.webidl")], schema: [bundledSpec().schema, fixture("vendor/acme.schema.json")] })],
];

describe.each(specs)("the references of %s", (_, load) => {
  it("carry the same anchors: each of the view's, and no other", async () => {
    const api = await load();
    const view = buildReferenceView(api);
    const pages = renderMarkdownReference(view);
    const anchors = viewAnchors(view);
    expect(anchors.length).toBeGreaterThan(api.methods.length + api.types.length);

    // Markdown: every heading below a page's title is one of the view's anchors, and every anchor is a heading (or a page).
    const markdown = [...pages].flatMap(([page, text]) => headingIds(text).map((id) => `${page}#${id}`));
    const titles = [...pages].map(([page, text]) => `${page}#${headingIds(text)[0]}`);
    const subheadings = new Set(markdown.filter((id) => !titles.includes(id) && !/#(groups|also|error-callbacks|uicc-status-words)$/.test(id) && !id.startsWith("error-codes.md#")));
    expect([...subheadings].sort()).toEqual(
      anchors
        .filter((anchor) => anchor.slug !== "")
        .map((anchor) => `${anchor.page}#${anchor.slug}`)
        .sort(),
    );
    for (const anchor of anchors) expect(pages.has(anchor.page), anchor.page).toBe(true);

    // Every Markdown link inside the reference lands on a page and a heading that exist.
    const targets = new Set([...markdown, ...pages.keys()]);
    for (const text of pages.values()) for (const [, target] of text.matchAll(/\]\(([^)]+\.md(?:#[^)]*)?)\)/g)) expect(targets.has(target!), target).toBe(true);

    // HTML: the page's ids are the view's, unique, and its type links point at them.
    const data = pageData(api, view);
    const ids = htmlIds(data);
    expect(ids).toEqual(anchors.map((anchor) => anchor.htmlId));
    expect(new Set(ids).size).toBe(ids.length);
    const links = JSON.stringify(data).match(/"href":"#[^"]+"/g) ?? [];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(ids).toContain(link.slice('"href":"#'.length, -1));
  });

  it("carry the same examples, numbered once", async () => {
    const api = await load();
    const view = buildReferenceView(api);
    const examples = markdownExamples(renderMarkdownReference(view));
    expect(examples.length).toBe(2 * api.methods.length + api.callbacks.length + (view.errorCallbackExample ? 1 : 0));
    expect(htmlExamples(pageData(api, view))).toEqual(examples);
    const ids = examples.map((message) => (message as { id: string }).id);
    expect(new Set(ids).size).toBe(api.methods.length + api.callbacks.length + (view.errorCallbackExample ? 1 : 0));
  });
});
