/**
 * `docs/index.html`: the reference as one self-contained page (no request to any other host): the
 * API as JSON in the page, rendered and filtered by an inline script, styled by inline CSS
 * (templates/docs/reference.js and .css). Navigation by group, a search box, every function's
 * params, result, errors and example, the callbacks, types, error codes and SCR matrix.
 */
import type { Api, DictionaryType, ErrorCode, TypeRef } from "../model/api.js";
import { typeRefToString } from "../model/idl-types.js";
import type { EmitContext, GeneratedFiles } from "./context.js";
import { exampleCallback, exampleRequest, exampleResponse } from "./examples.js";
import { scrCell, sectionLabel } from "../model/profiles.js";
import { errorCodeLookup } from "../model/error-codes.js";
import { propertiesByName, type SchemaNode } from "../model/schema-tree.js";
import { constraintPhrases, type Phrase } from "./constraint-text.js";

function errorRow(row: ErrorCode) {
  return { hex: row.hex, name: row.name, message: row.message, category: row.category };
}

const typeText = (type: TypeRef) => typeRefToString(type);

/** The constraints of a param, member or typedef as segments (text, or `{ code }`) for the page's script, "; " between phrases; nothing when there are none (the page's data stays small). */
function constraintSegments(node: SchemaNode | undefined, type: TypeRef): { constraints?: Phrase } {
  const segments = node ? constraintPhrases(node, type).flatMap((phrase, index) => (index === 0 ? phrase : ["; ", ...phrase])) : [];
  return segments.length > 0 ? { constraints: segments } : {};
}

/** The schema's default of a property, where it has one. */
function defaultOf(node: SchemaNode | undefined): { default?: unknown } {
  return node?.default ? { default: node.default.value } : {};
}

function dictionaryMembers(api: Api, type: DictionaryType) {
  const schemas = propertiesByName(api.schema.read(type.schema));
  return type.members.map((member) => {
    const node = schemas.get(member.name);
    return { name: member.name, type: typeText(member.type), required: member.required, ...defaultOf(node), ...constraintSegments(node, member.type), description: member.description };
  });
}

export function referenceData(api: Api) {
  const byCode = errorCodeLookup(api.errorCodes);
  const methods = new Map(api.methods.map((method) => [method.name, method]));
  let example = 0;
  return {
    title: api.title,
    typeNames: api.types.map((type) => type.name),
    groups: api.groups.map((group) => ({
      name: group.name,
      section: sectionLabel(group),
      title: group.title,
      description: group.description,
      methods: group.methods.map((name) => {
        const method = methods.get(name)!;
        const n = example++;
        const schemas = propertiesByName(api.schema.read(method.paramsSchema));
        return {
          name,
          functionName: method.functionName,
          description: method.description,
          exclusive: method.exclusive,
          interim: method.interim,
          access: method.access,
          params: method.params.map((param) => {
            const node = schemas.get(param.name);
            return { name: param.name, type: typeText(param.type), required: !param.optional, ...defaultOf(node), ...constraintSegments(node, param.type), description: param.description };
          }),
          result: method.result,
          errors: method.errors.flatMap((code) => byCode(code) ?? []).map(errorRow),
          exampleRequest: exampleRequest(api, method, n),
          exampleResponse: exampleResponse(api, method, n),
        };
      }),
    })),
    callbacks: api.callbacks.map((callback) => ({ callbackId: callback.callbackId, description: callback.description, access: callback.access, payload: callback.payload, example: exampleCallback(api, callback, example++) })),
    types: api.types.map((type) => ({
      name: type.name,
      kind: type.kind,
      description: type.description,
      ...(type.kind === "dictionary" ? { members: dictionaryMembers(api, type) } : {}),
      ...(type.kind === "enum" ? { values: type.values, valueDescriptions: type.valueDescriptions } : {}),
      ...(type.kind === "alias" ? { type: typeText(type.type), ...constraintSegments(api.schema.read(type.schema), type.type) } : {}),
    })),
    errorCodes: api.errorCodes.map(errorRow),
    statusWords: api.statusWords,
    profiles: {
      header: ["section", "group", ...api.profiles.map((profile) => profile.title)],
      rows: api.groups.map((group) => [sectionLabel(group), group.title, ...api.profiles.map((profile) => scrCell(profile, group))]),
    },
  };
}

/** Text for an element's content or an attribute: the spec's title is the user's text. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** JSON that cannot end the <script> element it sits in. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

export function emitHtmlDocs(api: Api, context: EmitContext): GeneratedFiles {
  const css = context.assets.get("docs/reference.css");
  const js = context.assets.get("docs/reference.js");
  if (css === undefined || js === undefined) throw new Error("templates/docs/reference.css or reference.js is missing");
  const title = escapeHtml(`${api.title.replace(/ messages$/, "")} reference`);
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${title}</title>
<style>
${css}</style>
</head>
<body>
<header><h1>${title}</h1><input id="search" type="search" placeholder="Search functions (name or description)" aria-label="Search functions"><span id="count"></span></header>
<div class="layout"><nav aria-label="Groups"></nav><main></main></div>
<script id="cmapi-data" type="application/json">${scriptJson(referenceData(api))}</script>
<script>
${js}</script>
</body>
</html>
`;
  return new Map([["docs/index.html", html]]);
}
