/**
 * `docs/index.html`: the reference as one self-contained page (no request to any other host): the
 * API as JSON in the page, rendered and filtered by an inline script, styled by inline CSS
 * (templates/docs/reference.js and .css). Navigation by group, one search over functions, callbacks,
 * types and error codes, every function's params, result, errors and example with the types opening
 * inline, copyable deep links, "Try it" into the playground, the callbacks, types, error codes and
 * SCR matrix; light and dark, and a phone layout where table rows become cards. A pure
 * function of the ReferenceView (reference-view.ts): element ids and examples come from it, so
 * they are the Markdown reference's.
 */
import type { Api } from "../model/api.js";
import type { EmitContext, GeneratedFiles } from "./context.js";
import type { Phrase } from "./constraint-text.js";
import { buildReferenceView, type FieldView, type ReferenceView, type TypeLabel } from "./reference-view.js";

/** A type for the page's script: its text, and the element id of its section when it names a documented type. */
const typeData = (label: TypeLabel) => ({ text: label.text, ...(label.link ? { href: `#${label.link.htmlId}` } : {}), ...(label.opens && label.opens !== label.link ? { opens: label.opens.htmlId } : {}) });

/** Constraints as segments (text, or `{ code }`), "; " between phrases; nothing when there are none (the page's data stays small). */
function constraintData(phrases: Phrase[]): { constraints?: Phrase } {
  const segments = phrases.flatMap((phrase, index) => (index === 0 ? phrase : ["; ", ...phrase]));
  return segments.length > 0 ? { constraints: segments } : {};
}

function fieldData(field: FieldView) {
  return { name: field.name, type: typeData(field.type), required: field.required, ...(field.default ? { default: field.default.value } : {}), ...constraintData(field.constraints), description: field.description };
}

/** The page's data: the view with its anchors as element ids, for templates/docs/reference.js. */
export function referenceData(api: Api, view: ReferenceView = buildReferenceView(api)) {
  return {
    title: view.title,
    groups: view.groups.map((group) => ({
      id: group.anchor.htmlId,
      name: group.name,
      section: group.sectionLabel,
      title: group.title,
      description: group.description,
      methods: group.methods.map((method) => ({
        id: method.anchor.htmlId,
        name: method.name,
        functionName: method.functionName,
        description: method.description,
        exclusive: method.exclusive,
        interim: method.interim,
        access: method.access,
        params: method.params.map(fieldData),
        ...(method.result ? { result: typeData(method.result) } : {}),
        errors: method.errors,
        example: method.example.messages,
      })),
    })),
    callbacks: view.callbacks.map((callback) => ({
      id: callback.anchor.htmlId,
      callbackId: callback.callbackId,
      description: callback.description,
      access: callback.access,
      payload: typeData(callback.payload),
      example: callback.example.messages,
    })),
    ...(view.errorCallbackExample ? { errorCallbackExample: view.errorCallbackExample.messages } : {}),
    types: view.types.map((type) => ({
      id: type.anchor.htmlId,
      name: type.name,
      kind: type.kind,
      description: type.description,
      ...(type.kind === "dictionary" ? { members: type.members.map(fieldData) } : {}),
      ...(type.kind === "enum" ? { values: type.values, valueDescriptions: type.valueDescriptions } : {}),
      ...(type.kind === "alias" ? { type: typeData(type.type), ...constraintData(type.constraints) } : {}),
    })),
    errorCodes: view.errorCodes,
    statusWords: view.statusWords,
    profiles: {
      header: ["section", "group", ...view.profiles.titles],
      rows: view.profiles.rows.map((row) => [row.group.sectionLabel, row.group.title, ...row.cells]),
    },
    sections: Object.fromEntries(Object.entries(view.sections).map(([name, anchor]) => [name, anchor.htmlId])),
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

export function emitHtmlDocs(api: Api, context: EmitContext, view: ReferenceView = buildReferenceView(api)): GeneratedFiles {
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
<header><h1>${title}</h1><input id="search" type="search" placeholder="Search functions, callbacks, types, error codes  ( / )" aria-label="Search functions, callbacks, types and error codes" aria-keyshortcuts="/" aria-describedby="count"><span id="count" role="status" aria-live="polite"></span><span id="status" class="offscreen" role="status" aria-live="polite"></span></header>
<div class="layout"><nav aria-label="Groups"></nav><main></main></div>
<script id="cmapi-data" type="application/json">${scriptJson(referenceData(api, view))}</script>
<script>
${js}</script>
</body>
</html>
`;
  return new Map([["docs/index.html", html]]);
}
