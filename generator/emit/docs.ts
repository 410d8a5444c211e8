/**
 * `docs/*.md`: the API reference: an index, one page per group with every function's params,
 * result, errors and an example (the tests validate every example), then callbacks, types, the
 * error-code table and the SCR matrix. A pure function of the ReferenceView (reference-view.ts),
 * which decides every anchor and example; the pages are written in prettier's layout (tables
 * padded, examples as prettier lays out JSON), so they are prettier-clean without a formatter.
 */
import type { AccessLevel, Api } from "../model/api.js";
import type { GeneratedFiles } from "./context.js";
import { phraseMarkdown, phrasesMarkdown } from "./constraint-text.js";
import { jsonLayout } from "./json-layout.js";
import { fencedBlock, linkText, markdownCode, markdownLine, markdownTable as table, markdownText } from "./markdown.js";
import { buildReferenceView, INDEX_PAGE, type Anchor, type ErrorView, type ExampleView, type FieldView, type GroupView, type MethodView, type ReferenceView, type TypeLabel, type TypeView } from "./reference-view.js";

export { groupPage } from "./reference-view.js";

/** Markdown safe inside a table cell: a pipe escaped (one already escaped stays one), on one line. */
function cell(text: string): string {
  if (!/[|\t\r\n]| {2}/.test(text) && text.trim() === text) return text; // most cells: nothing to change
  return text
    .replace(/\\*\|/g, "\\|")
    .replace(/[ \t\r\n]+/g, " ")
    .trim();
}

/** The spec's prose in a table cell: no raw HTML, link or emphasis (markdown.ts), no pipe that ends the cell. */
export const proseCell = (text: string) => cell(markdownText(text));

/** The spec's prose as its own paragraph. */
const paragraph = (text: string) => markdownText(text);

/** A link to an anchor: its page, and its heading's id unless it is the whole page. */
function href(anchor: Anchor): string {
  return anchor.slug === "" ? anchor.page : `${anchor.page}#${anchor.slug}`;
}

function typeText(label: TypeLabel): string {
  return label.link ? `[\`${label.text}\`](${href(label.link)})` : `\`${label.text}\``;
}

function example(view: ExampleView): string[] {
  return view.messages.flatMap((message, index) => [...(index > 0 ? [""] : []), ...fencedBlock("json", jsonLayout(message))]);
}

/** The access level a function or callback needs, as its badge reads in the HTML reference. */
function accessLine(level: AccessLevel, what: "function" | "callback" = "function"): string {
  if (level === "user") return `**Access: \`user\`**: any session${what === "callback" ? " may register for it" : " may call it"}.`;
  return `**Access: \`${level}\`**: ${what === "callback" ? "only a session opened at this level or above may register for it and receive it" : "a session opened below this level gets `0xF0000001`, and the function does not run"}.`;
}

function errorRow(row: ErrorView): string[] {
  return [cell(markdownCode(row.hex)), `\`${row.name}\``, proseCell(row.message)];
}

/**
 * A table of params or members: the WebIDL type, then what the schema constrains beyond it (only
 * when some row has a constraint, so that most tables stay four columns wide); a default is said
 * where "required" says no.
 */
function fieldTable(nameTitle: string, fields: FieldView[]): string[] {
  const constraints = fields.map((field) => cell(phrasesMarkdown(field.constraints)));
  const withConstraints = constraints.some((text) => text !== "");
  const required = (field: FieldView) => (field.required ? "yes" : field.default ? `no (${cell(phraseMarkdown(field.default.phrase))})` : "no");
  return table(
    [nameTitle, "type", "required", ...(withConstraints ? ["constraints"] : []), "description"],
    fields.map((field, index) => [`\`${field.name}\``, typeText(field.type), required(field), ...(withConstraints ? [constraints[index]!] : []), proseCell(field.description)]),
  );
}

function methodSection(method: MethodView): string[] {
  const lines = [`### ${method.anchor.heading}`, ""];
  if (method.description) lines.push(paragraph(method.description), "");
  lines.push(accessLine(method.access), "");
  if (method.exclusive) lines.push("_Exclusive_: while one application runs it on a device, another gets `0x00000006`.", "");
  if (method.interim) lines.push('_Interim responses_: a client that asked for them gets `"received"` and `"processing"` responses (`cmapistatus`, empty `result`) before the final one.', "");
  lines.push("**Params**", "");
  if (method.params.length === 0) lines.push("None: `params` is `{}`.");
  else lines.push(...fieldTable("name", method.params));
  lines.push("", `**Result**: ${method.result ? typeText(method.result) : "an empty object"}`, "");
  if (method.errors.length > 0) lines.push("**Errors** besides the general ones:", "", ...table(["code", "name", "message"], method.errors.map(errorRow)), "");
  lines.push("**Example**", "", ...example(method.example), "");
  return lines;
}

function typeSection(type: TypeView): string[] {
  const lines = [`### ${type.anchor.heading}`, ""];
  if (type.description) lines.push(paragraph(type.description), "");
  switch (type.kind) {
    case "dictionary":
      lines.push(...(type.members.length === 0 ? ["An empty object."] : fieldTable("member", type.members)));
      break;
    case "enum":
      if (type.valueDescriptions.some((text) => text !== "")) {
        lines.push(
          ...table(
            ["value", "meaning"],
            type.values.map((value, index) => [cell(markdownCode(`"${value}"`)), proseCell(type.valueDescriptions[index] ?? "")]),
          ),
        );
      } else {
        lines.push(`One of: ${type.values.map((value) => markdownCode(`"${value}"`)).join(", ")}.`);
      }
      break;
    case "alias": {
      const constraints = phrasesMarkdown(type.constraints);
      lines.push(`Same as ${typeText(type.type)}${constraints ? `: ${constraints}` : ""}.`);
      break;
    }
  }
  return [...lines, ""];
}

const groupLink = (group: GroupView) => `[${cell(linkText(group.title))}](${href(group.anchor)})`;

function indexPage(view: ReferenceView): string[] {
  const { sections } = view;
  return [
    `# ${markdownLine(view.title)}: API reference`,
    "",
    `cmapiversion \`${view.cmapiVersion}\`: ${view.methodCount} functions in ${view.groups.length} groups, ${view.callbacks.length} callbacks.`,
    "Every function is a JSON-RPC 2.0 request whose `params` are listed on its group's page; a successful response carries the function's result in `result`.",
    "",
    "## Groups",
    "",
    ...table(
      ["section", "group", "functions", "prefix"],
      view.groups.map((group) => [group.sectionLabel, groupLink(group), String(group.methods.length), `\`CMAPI_${group.name}_\``]),
    ),
    "",
    "## Also",
    "",
    `- [Callback messages](${href(sections.callbacks)})`,
    `- [Types](${href(sections.types)})`,
    `- [Error codes and UICC status words](${href(sections.errors)})`,
    `- [SCR profiles](${href(sections.profiles)})`,
  ];
}

const BACK = `[All groups](${INDEX_PAGE})`;

function groupPageLines(group: GroupView): string[] {
  const lines = [`# ${group.extension ? "" : `${group.section} `}${markdownLine(group.title)}${group.extension ? " (vendor extension)" : ""} (\`CMAPI_${group.name}_*\`)`, "", BACK, ""];
  if (group.description) lines.push(paragraph(group.description), "");
  for (const method of group.methods) lines.push(...methodSection(method));
  return lines;
}

function callbacksPage(view: ReferenceView): string[] {
  const lines = ["# Callbacks (CMAPI-2)", "", BACK, "", "Registered with `CMAPI_Callback_Register`; each message carries the payload in `result` and a new `id`.", ""];
  for (const callback of view.callbacks) {
    lines.push(`### ${callback.anchor.heading}`, "");
    if (callback.description) lines.push(paragraph(callback.description), "");
    lines.push(accessLine(callback.access, "callback"), "");
    lines.push(`**Payload**: ${typeText(callback.payload)}`, "", "**Example**", "", ...example(callback.example), "");
  }
  if (view.errorCallbackExample) {
    lines.push(
      "## Error callbacks",
      "",
      `In case of an error (Table 3), a callback message carries \`error\` instead of \`result\`: \`{ code, message, data }\`, with a code of [Table 4](${href(view.sections.errors)}) and its text as the message, \`data\` optional. A server sends one with \`server.emitError(callbackId, { code, data }, { deviceId })\`; the generated client hands it, as a \`CmapiError\`, to the \`onError\` given to \`on()\` or \`register()\`, and to \`onProblem\` (kind \`callback-error\`) when there is none.`,
      "",
      "**Example**",
      "",
      ...example(view.errorCallbackExample),
      "",
    );
  }
  return lines;
}

function errorCodesPage(view: ReferenceView): string[] {
  const lines = ["# Error codes", "", BACK, "", "Table 4 in its order, then the JSON-RPC 2.0 codes. A response's `error.message` is the text below.", ""];
  for (const category of new Set(view.errorCodes.map((row) => row.category))) {
    lines.push(`## ${markdownLine(category)}`, "", ...table(["code", "name", "message"], view.errorCodes.filter((row) => row.category === category).map(errorRow)), "");
  }
  lines.push(
    "## UICC status words",
    "",
    ...table(
      ["SW1 SW2", "description"],
      view.statusWords.map((row) => [cell(markdownCode(row.sw)), proseCell(row.description)]),
    ),
    "",
  );
  return lines;
}

function profilesPage(view: ReferenceView): string[] {
  const header = ["section", "group", ...view.profiles.titles.map((title) => cell(markdownLine(title)))];
  const rows = view.profiles.rows.map((row) => [row.group.sectionLabel, groupLink(row.group), ...row.cells]);
  return ["# SCR profiles", "", BACK, "", "M: mandatory, O: optional; * marks rows the seed lost, filled from the laptop table.", "", ...table(header, rows), ""];
}

/** The Markdown pages of a view, by page name. */
export function renderMarkdownReference(view: ReferenceView): Map<string, string> {
  const pages = new Map<string, string[]>([[INDEX_PAGE, indexPage(view)]]);
  for (const group of view.groups) pages.set(group.anchor.page, groupPageLines(group));
  pages.set(view.sections.callbacks.page, callbacksPage(view));
  pages.set(view.sections.types.page, ["# Types", "", BACK, "", ...view.types.flatMap(typeSection)]);
  pages.set(view.sections.errors.page, errorCodesPage(view));
  pages.set(view.sections.profiles.page, profilesPage(view));
  return new Map([...pages].map(([page, lines]) => [page, `${lines.join("\n").trimEnd()}\n`]));
}

export function emitDocs(api: Api, view: ReferenceView = buildReferenceView(api)): GeneratedFiles {
  return new Map([...renderMarkdownReference(view)].map(([page, text]) => [`docs/${page}`, text]));
}
