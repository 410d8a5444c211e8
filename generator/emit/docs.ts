/**
 * `docs/*.md`: the API reference: an index, one page per group with every function's params,
 * result, errors and an example (the tests validate every example), then callbacks, types, the
 * error-code table and the SCR matrix.
 */
import type { AccessLevel, Api, DictionaryType, ErrorCode, Method, NamedType, TypeRef } from "../model/api.js";
import { typeRefToString } from "../model/idl-types.js";
import type { GeneratedFiles } from "./context.js";
import { exampleCallback, exampleErrorCallback, exampleRequest, exampleResponse } from "./examples.js";
import { scrCell, sectionLabel } from "../model/profiles.js";
import { errorCodeLookup } from "../model/error-codes.js";
import { propertiesByName, type SchemaNode } from "../model/schema-tree.js";
import { constraintPhrases, defaultPhrase, phraseMarkdown, phrasesMarkdown } from "./constraint-text.js";
import { linkText, markdownCode, markdownLine, markdownText } from "./markdown.js";

/** Markdown safe inside a table cell: a pipe escaped (one already escaped stays one), on one line. */
function cell(text: string): string {
  return text
    .replace(/\\*\|/g, "\\|")
    .replace(/[ \t\r\n]+/g, " ")
    .trim();
}

/** The spec's prose in a table cell: no raw HTML (markdown.ts), no pipe that ends the cell. */
const proseCell = (text: string) => cell(markdownText(text));

/** The spec's prose as its own paragraph. */
const paragraph = (text: string) => markdownText(text);

function anchor(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, "")
    .replace(/ /g, "-");
}

function typeText(type: TypeRef, types: Map<string, NamedType>): string {
  const text = typeRefToString(type);
  const named = type.kind === "ref" ? types.get(type.name) : undefined;
  return named ? `[\`${text}\`](${TYPES_PAGE}#${anchor(`type ${named.name}`)})` : `\`${text}\``;
}

const TYPES_PAGE = "types.md";

/** The page of a group: "wlan.md" for CMAPI_WLAN_*. */
export function groupPage(group: { name: string }): string {
  return `${group.name.toLowerCase()}.md`;
}

/** Columns padded to their widest cell, as prettier lays tables out: the pages are written in their final shape, unformatted. */
function table(header: string[], rows: string[][]): string[] {
  const width = (text: string) => [...text].length;
  const widths = header.map((title, column) => Math.max(3, width(title), ...rows.map((row) => width(row[column] ?? ""))));
  const line = (cells: string[]) => `| ${widths.map((size, column) => (cells[column] ?? "") + " ".repeat(size - width(cells[column] ?? ""))).join(" | ")} |`;
  return [line(header), line(widths.map((size) => "-".repeat(size))), ...rows.map(line)];
}

function json(value: unknown): string[] {
  return ["```json", JSON.stringify(value, null, 2), "```"];
}

/** The access level a function or callback needs, as its badge reads in the HTML reference. */
function accessLine(level: AccessLevel, what: "function" | "callback" = "function"): string {
  if (level === "user") return `**Access: \`user\`**: any session${what === "callback" ? " may register for it" : " may call it"}.`;
  return `**Access: \`${level}\`**: ${what === "callback" ? "only a session opened at this level or above may register for it and receive it" : "a session opened below this level gets `0xF0000001`, and the function does not run"}.`;
}

function errorRow(row: ErrorCode): string[] {
  return [cell(markdownCode(row.hex)), `\`${row.name}\``, proseCell(row.message)];
}

function methodSection(api: Api, method: Method, index: number, types: Map<string, NamedType>, errors: (code: number) => ErrorCode | undefined): string[] {
  const lines = [`### ${method.name}`, ""];
  if (method.description) lines.push(paragraph(method.description), "");
  lines.push(accessLine(method.access), "");
  if (method.exclusive) lines.push("_Exclusive_: while one application runs it on a device, another gets `0x00000006`.", "");
  if (method.interim) lines.push('_Interim responses_: a client that asked for them gets `"received"` and `"processing"` responses (`cmapistatus`, empty `result`) before the final one.', "");
  lines.push("**Params**", "");
  if (method.params.length === 0) lines.push("None: `params` is `{}`.");
  else {
    const schemas = propertiesByName(api.schema.read(method.paramsSchema));
    lines.push(
      ...fieldTable(
        "name",
        method.params.map((param) => ({ name: param.name, type: param.type, required: !param.optional, description: param.description, node: schemas.get(param.name) })),
        types,
      ),
    );
  }
  lines.push("", `**Result**: ${method.result ? typeText({ kind: "ref", name: method.result }, types) : "an empty object"}`, "");
  if (method.errors.length > 0) {
    lines.push("**Errors** besides the general ones:", "");
    lines.push(...table(["code", "name", "message"], method.errors.flatMap((code) => errors(code) ?? []).map(errorRow)), "");
  }
  lines.push("**Example**", "", ...json(exampleRequest(api, method, index)), "", ...json(exampleResponse(api, method, index)), "");
  return lines;
}

function typeSection(api: Api, type: NamedType, types: Map<string, NamedType>): string[] {
  const lines = [`### Type ${type.name}`, ""];
  if (type.description) lines.push(paragraph(type.description), "");
  switch (type.kind) {
    case "dictionary":
      if (type.members.length === 0) lines.push("An empty object.");
      else lines.push(...membersTable(api, type, types));
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
      const constraints = phrasesMarkdown(constraintPhrases(api.schema.read(type.schema), type.type));
      lines.push(`Same as ${typeText(type.type, types)}${constraints ? `: ${constraints}` : ""}.`);
      break;
    }
  }
  return [...lines, ""];
}

interface Field {
  name: string;
  type: TypeRef;
  required: boolean;
  description: string;
  node: SchemaNode | undefined;
}

/**
 * A table of params or members: the WebIDL type, then what the schema constrains beyond it (only
 * when some row has a constraint, so that most tables stay four columns wide); a default is said
 * where "required" says no.
 */
function fieldTable(nameTitle: string, fields: Field[], types: Map<string, NamedType>): string[] {
  const constraints = fields.map((field) => (field.node ? cell(phrasesMarkdown(constraintPhrases(field.node, field.type))) : ""));
  const withConstraints = constraints.some((text) => text !== "");
  const required = (field: Field) => {
    if (field.required) return "yes";
    const defaultText = field.node && defaultPhrase(field.node);
    return defaultText ? `no (${cell(phraseMarkdown(defaultText))})` : "no";
  };
  return table(
    [nameTitle, "type", "required", ...(withConstraints ? ["constraints"] : []), "description"],
    fields.map((field, index) => [`\`${field.name}\``, typeText(field.type, types), required(field), ...(withConstraints ? [constraints[index]!] : []), proseCell(field.description)]),
  );
}

function membersTable(api: Api, type: DictionaryType, types: Map<string, NamedType>): string[] {
  const schemas = propertiesByName(api.schema.read(type.schema));
  return fieldTable(
    "member",
    type.members.map((member) => ({ ...member, node: schemas.get(member.name) })),
    types,
  );
}

export function emitDocs(api: Api): GeneratedFiles {
  const types = new Map(api.types.map((type) => [type.name, type]));
  const errors = errorCodeLookup(api.errorCodes);
  const pages = new Map<string, string[]>();

  const index: string[] = [`# ${markdownLine(api.title)}: API reference`, ""];
  index.push(
    `cmapiversion \`${api.cmapiVersion}\`: ${api.methods.length} functions in ${api.groups.length} groups, ${api.callbacks.length} callbacks.`,
    "Every function is a JSON-RPC 2.0 request whose `params` are listed on its group's page; a successful response carries the function's result in `result`.",
    "",
    "## Groups",
    "",
    ...table(
      ["section", "group", "functions", "prefix"],
      api.groups.map((group) => [sectionLabel(group), `[${cell(linkText(group.title))}](${groupPage(group)})`, String(group.methods.length), `\`CMAPI_${group.name}_\``]),
    ),
    "",
    "## Also",
    "",
    "- [Callback messages](callback-messages.md)",
    `- [Types](${TYPES_PAGE})`,
    "- [Error codes and UICC status words](error-codes.md)",
    "- [SCR profiles](profiles.md)",
  );
  pages.set("README.md", index);

  let exampleNumber = 0;
  const methods = new Map(api.methods.map((method) => [method.name, method]));
  for (const group of api.groups) {
    const lines = [`# ${group.extension ? "" : `${group.section} `}${markdownLine(group.title)}${group.extension ? " (vendor extension)" : ""} (\`CMAPI_${group.name}_*\`)`, "", "[All groups](README.md)", ""];
    if (group.description) lines.push(paragraph(group.description), "");
    for (const name of group.methods) lines.push(...methodSection(api, methods.get(name)!, exampleNumber++, types, errors));
    pages.set(groupPage(group), lines);
  }

  const callbacks = ["# Callbacks (CMAPI-2)", "", "[All groups](README.md)", "", "Registered with `CMAPI_Callback_Register`; each message carries the payload in `result` and a new `id`.", ""];
  for (const callback of api.callbacks) {
    callbacks.push(`### ${callback.callbackId}`, "");
    if (callback.description) callbacks.push(paragraph(callback.description), "");
    callbacks.push(accessLine(callback.access, "callback"), "");
    callbacks.push(`**Payload**: ${typeText({ kind: "ref", name: callback.payload }, types)}`, "", "**Example**", "", ...json(exampleCallback(api, callback, exampleNumber++)), "");
  }
  const errorExample = api.callbacks[0] && api.errorCodes.find((entry) => entry.code !== 0);
  if (errorExample) {
    callbacks.push(
      "## Error callbacks",
      "",
      "In case of an error (Table 3), a callback message carries `error` instead of `result`: `{ code, message, data }`, with a code of [Table 4](error-codes.md) and its text as the message, `data` optional. A server sends one with `server.emitError(callbackId, { code, data }, { deviceId })`; the generated client hands it, as a `CmapiError`, to the `onError` given to `on()` or `register()`, and to `onProblem` (kind `callback-error`) when there is none.",
      "",
      "**Example**",
      "",
      ...json(exampleErrorCallback(api, api.callbacks[0]!, errorExample, exampleNumber)),
      "",
    );
  }
  pages.set("callback-messages.md", callbacks);

  const typeLines = ["# Types", "", "[All groups](README.md)", ""];
  for (const type of api.types) typeLines.push(...typeSection(api, type, types));
  pages.set(TYPES_PAGE, typeLines);

  const errorLines = ["# Error codes", "", "[All groups](README.md)", "", "Table 4 in its order, then the JSON-RPC 2.0 codes. A response's `error.message` is the text below.", ""];
  const categories = [...new Set(api.errorCodes.map((row) => row.category))];
  for (const category of categories) {
    errorLines.push(`## ${markdownLine(category)}`, "", ...table(["code", "name", "message"], api.errorCodes.filter((row) => row.category === category).map(errorRow)), "");
  }
  errorLines.push(
    "## UICC status words",
    "",
    ...table(
      ["SW1 SW2", "description"],
      api.statusWords.map((row) => [cell(markdownCode(row.sw)), proseCell(row.description)]),
    ),
    "",
  );
  pages.set("error-codes.md", errorLines);

  const profiles = ["# SCR profiles", "", "[All groups](README.md)", "", "M: mandatory, O: optional; * marks rows the seed lost, filled from the laptop table.", ""];
  const header = ["section", "group", ...api.profiles.map((profile) => cell(markdownLine(profile.title)))];
  const rows = api.groups.map((group) => [sectionLabel(group), `[${cell(linkText(group.title))}](${groupPage(group)})`, ...api.profiles.map((profile) => scrCell(profile, group))]);
  profiles.push(...table(header, rows), "");
  pages.set("profiles.md", profiles);

  return new Map([...pages].map(([page, lines]) => [`docs/${page}`, `${lines.join("\n").trimEnd()}\n`]));
}
