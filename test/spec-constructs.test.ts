/**
 * Spec constructs a careless or hostile vendor writes (issue 21), end to end: the supported ones
 * (records, recursion through an object or an array, prose with HTML, `*\/` and backticks) give output
 * that compiles and shows the prose as text; the refused ones (test/bad-input.test.ts has one fixture
 * each) are refused at the vendor's file by every command, `validate` included.
 */
import { readFile, readdir, symlink } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { linkText, markdownCode, markdownText } from "../generator/emit/markdown.js";
import { generate } from "../generator/generate.js";
import { loadApi } from "../generator/load.js";
import type { Api } from "../generator/model/api.js";
import { createSpecAjv, definitionValidator } from "../generator/model/schema-ajv.js";
import { fixture, runCli } from "./support/cli.js";
import { optionsFor, tempDir } from "./support/generation.js";
import { markdownProse } from "./support/markdown.js";
import { typecheckFolder } from "./support/typecheck.js";

const BUNDLED = "bundled";
const CONSTRUCTS = { idl: fixture("vendor/constructs.webidl"), schema: fixture("vendor/constructs.schema.json") };
const TREE = { idl: fixture("vendor/tree.webidl"), schema: fixture("vendor/tree.schema.json") };
const spec = { idl: [BUNDLED, CONSTRUCTS.idl, TREE.idl], schema: [BUNDLED, CONSTRUCTS.schema, TREE.schema] };

let out: string;
let api: Api;
beforeAll(async () => {
  const { resolveSpecFiles } = await import("../generator/config.js");
  const files = await resolveSpecFiles({ idl: spec.idl, schema: spec.schema });
  api = await loadApi(files);
  out = await tempDir();
  await generate(optionsFor(out, files));
  await symlink(fileURLToPath(new URL("../node_modules", import.meta.url)), join(out, "node_modules"), "dir");
}, 60_000);

describe("records", () => {
  it("are objects of one value type in the types, checked by the validators, and the output compiles", async () => {
    const types = await readFile(join(out, "types.ts"), "utf8");
    expect(types).toContain("  labels: { [key: string]: string };");
    expect(types).toContain("  series?: { [key: string]: number[] };");
    expect(types).toContain("  byName: { [key: string]: AcmeLabel };");
    expect(types).toContain("  counts: { [key: string]: number } | null;");
    const ajv = createSpecAjv(api);
    const params = definitionValidator(ajv, "CMAPI_AcmeLabels_Set.params");
    expect(params({ deviceId: "1", labels: { a: "x", "with space": "y" }, series: { t: [1, 2] } })).toBe(true);
    expect(params({ deviceId: "1", labels: { a: 1 } })).toBe(false);
    expect(params({ deviceId: "1", labels: { a: "x" }, series: { t: ["1"] } })).toBe(false);
    expect(definitionValidator(ajv, "AcmeLabelSet")({ byName: { a: { text: "t", quoting: "<i>" } }, counts: null })).toBe(true);
    expect(await typecheckFolder(out)).toBe("");
  }, 120_000);

  it("are documented by their WebIDL type", async () => {
    const page = await readFile(join(out, "docs", "acmelabels.md"), "utf8");
    expect(page).toContain("`record<DOMString, DOMString>`");
    expect(page).toContain("`record<DOMString, sequence<long>>`");
  });
});

describe("recursion through an object or an array", () => {
  it("stays supported beside the records", async () => {
    const types = await readFile(join(out, "types.ts"), "utf8");
    expect(types).toContain("  folders?: AcmeFolder[];");
  });
});

describe("prose with HTML, `*/` and backticks", () => {
  it("is text in the Markdown reference: no tag outside code, the code spans kept as written", async () => {
    const docs = join(out, "docs");
    for (const page of (await readdir(docs)).filter((name) => name.endsWith(".md"))) {
      const text = await readFile(join(docs, page), "utf8");
      expect(markdownProse(text), page).not.toMatch(/<[A-Za-z!/?]/);
    }
    const group = await readFile(join(docs, "acmelabels.md"), "utf8");
    expect(group).toContain('Acme\'s labels: &lt;script>alert("docs")&lt;/script> is text here, as is &lt;b>this&lt;/b> & &amp;amp;.');
    expect(group).toContain("Stores labels; `<b>code</b>` stays code.");
    const types = await readFile(join(docs, "types.md"), "utf8");
    expect(types).toContain("The labels as stored. &lt;/script>&lt;script>alert(2)&lt;/script>");
    expect(types).toContain('| ``"back`tick"`` | Back`ticks`.                 |'); // prettier's code span: no padding unless the code starts or ends with a backtick
    expect(types).toContain("How it is shown. */ ends no comment; &lt;!-- nor does this start one -->");
  });

  it("cannot end a comment in the code, or the data's script element in the HTML reference", async () => {
    const types = await readFile(join(out, "types.ts"), "utf8");
    expect(types).toContain("   * How it is shown. *\\/ ends no comment; <!-- nor does this start one -->");
    const html = await readFile(join(out, "docs", "index.html"), "utf8");
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html).toContain("\\u003c/script>\\u003cscript>alert(2)\\u003c/script>");
    const openrpc = JSON.parse(await readFile(join(out, "openrpc.json"), "utf8")) as { methods: { name: string; summary: string }[] };
    expect(openrpc.methods.find((method) => method.name === "CMAPI_AcmeLabels_Set")?.summary).toBe("Stores labels; `<b>code</b>` stays code.");
  });
});

describe("refused constructs, refused by validate at the vendor's file", () => {
  it("a $ref cycle with no object or array in between is the vendor's, not the bundled file's (ajv overflowed its stack before)", async () => {
    const run = await runCli(["validate", "--idl", BUNDLED, "--idl", fixture("bad/vendor-ref-cycle.webidl"), "--schema", BUNDLED, "--schema", fixture("bad/vendor-ref-cycle.schema.json")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^\S*bad\/vendor-ref-cycle\.schema\.json:5:16 at \/\$defs\/AcmeB\/\$ref: \$ref cycle AcmeB → AcmeA → AcmeB/);
    expect(run.stderr).not.toContain("opencmapi.schema.json");
    expect(run.stderr).not.toContain("internal error");
  });

  it("a function named like a member of the runtime's client, by validate and by generate --lang js", async () => {
    const args = ["--idl", BUNDLED, "--idl", fixture("bad/vendor-client-members.webidl"), "--schema", BUNDLED, "--schema", fixture("bad/vendor-client-members.schema.json")];
    for (const run of [await runCli(["validate", ...args]), await runCli(["generate", ...args, "--lang", "js", "--out", join(await tempDir(), "out")])]) {
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/vendor-client-members\.webidl:16: function CMAPI_Register_Again: its client method .* would be named registerAgain, which the client runtime's CmapiClientCore/);
    }
  });
});

describe("markdownText", () => {
  it.each([
    ["a <script>x</script> b", "a &lt;script>x&lt;/script> b"],
    ["`<b>` stays, <b> does not", "`<b>` stays, &lt;b> does not"],
    ["``a ` <b>`` and <i>", "``a ` <b>`` and &lt;i>"],
    ["\\`<script>` is no code span", "\\`&lt;script>` is no code span"],
    // An author's `\<` shows `<` as `&lt;` does, but prettier's parser reads `\<javascript:…>` as a link: written `&lt;`.
    ["\\<already escaped", "&lt;already escaped"],
    ["\\\\<b>", "\\\\&lt;b>"],
    ["an unclosed ` <b>", "an unclosed ` &lt;b>"],
    ["&amp; &#60; &#x3C; & AT&T", "&amp;amp; &amp;#60; &amp;#x3C; & AT&T"],
    ["CMAPI_<Group>_<Function>", "CMAPI_&lt;Group>_&lt;Function>"],
    ["plain text, a < b > c", "plain text, a &lt; b > c"],
  ])("%j is %j", (text, markdown) => {
    expect(markdownText(text)).toBe(markdown);
  });

  it("writes code in enough backticks, and link text that cannot end the link", () => {
    expect(markdownCode('"a`b"')).toBe('``"a`b"``');
    expect(markdownCode("`a``b")).toBe("``` `a``b ```"); // the fewest backticks that no run in the code has, padded where the code starts with one
    expect(markdownCode("a``b")).toBe("`a``b`");
    expect(markdownCode("plain")).toBe("`plain`");
    expect(linkText("a] (b) [c <d>")).toBe("a\\] (b) \\[c &lt;d>");
  });
});
