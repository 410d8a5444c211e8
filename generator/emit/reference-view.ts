/**
 * The API reference as both renderers see it: the Markdown pages (docs.ts) and the one-page HTML
 * reference (html-docs.ts) are pure functions of one ReferenceView, built once from the Api. Every
 * anchor, cross-link and example is decided here, so the two outputs cannot drift apart: an anchor
 * carries its Markdown page, the heading the page writes for it and that heading's id (GitHub's
 * slug of it), and the HTML page's element id; an example carries its number (its JSON-RPC id).
 * The schema tree is read in one place, `schemaOf`, below.
 */
import type { AccessLevel, Api, Callback, DictionaryType, ErrorCode, Group, Method, NamedType, StatusWord, TypeRef } from "../model/api.js";
import { typeRefToString } from "../model/idl-types.js";
import { errorCodeLookup } from "../model/error-codes.js";
import { scrCell, sectionLabel } from "../model/profiles.js";
import { propertiesByName, type SchemaNode } from "../model/schema-tree.js";
import { constraintPhrases, defaultPhrase, type Phrase } from "./constraint-text.js";
import { exampleCallback, exampleErrorCallback, exampleRequest, exampleResponse } from "./examples.js";

/** Where a thing is documented, in both references. */
export interface Anchor {
  /** The Markdown page, e.g. "wlan.md". */
  page: string;
  /** The Markdown heading that introduces it ("" for a whole page, which its link names without a fragment). */
  heading: string;
  /** The heading's id on its page, as GitHub derives it ("" for a whole page). */
  slug: string;
  /** The element id on the HTML page. */
  htmlId: string;
}

/** A WebIDL type as shown: its text, and a link when it names a documented type. */
export interface TypeLabel {
  text: string;
  link?: Anchor;
  /** The named type the value is made of (itself, a list's items, a record's values), which the HTML page can open inline. */
  opens?: Anchor;
}

export interface FieldView {
  name: string;
  type: TypeLabel;
  required: boolean;
  /** The schema's default, where an optional field has one. */
  default?: { value: unknown; phrase: Phrase };
  constraints: Phrase[];
  description: string;
}

export interface ExampleView {
  /** The n-th example of the reference, counted once here: its messages' JSON-RPC id. */
  number: number;
  messages: unknown[];
}

export interface ErrorView {
  hex: string;
  name: string;
  message: string;
  category: string;
}

export interface MethodView {
  name: string;
  functionName: string;
  description: string;
  access: AccessLevel;
  exclusive: boolean;
  interim: boolean;
  params: FieldView[];
  result?: TypeLabel;
  errors: ErrorView[];
  example: ExampleView;
  anchor: Anchor;
}

export interface GroupView {
  name: string;
  /** "7.12", or "vendor extension". */
  sectionLabel: string;
  section: string;
  extension: boolean;
  title: string;
  description: string;
  methods: MethodView[];
  anchor: Anchor;
}

export interface CallbackView {
  callbackId: string;
  description: string;
  access: AccessLevel;
  payload: TypeLabel;
  example: ExampleView;
  anchor: Anchor;
}

export type TypeView = { name: string; description: string; anchor: Anchor } & (
  { kind: "dictionary"; members: FieldView[] } | { kind: "enum"; values: string[]; valueDescriptions: string[] } | { kind: "alias"; type: TypeLabel; constraints: Phrase[] }
);

export interface ReferenceView {
  title: string;
  cmapiVersion: string;
  methodCount: number;
  groups: GroupView[];
  callbacks: CallbackView[];
  /** Table 3's error form of a callback message, shown once; absent when the spec has no callback or no error code. */
  errorCallbackExample?: ExampleView;
  types: TypeView[];
  errorCodes: ErrorView[];
  statusWords: StatusWord[];
  profiles: { titles: string[]; rows: { group: GroupView; cells: string[] }[] };
  /** The sections after the groups, in page order: callbacks, types, error codes, SCR profiles. */
  sections: { callbacks: Anchor; types: Anchor; errors: Anchor; profiles: Anchor };
}

export const INDEX_PAGE = "README.md";

/** GitHub's heading id: lower case, punctuation but `-` and `_` dropped, spaces as `-` (github-slugger). */
export function githubSlug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

/** Unique ids: GitHub numbers a repeated heading's id `-1`, `-2` on its page; the HTML page does the same over the whole page. */
class Anchors {
  private readonly slugs = new Map<string, Set<string>>();
  private readonly htmlIds = new Set<string>();

  make(page: string, heading: string, htmlId: string): Anchor {
    const taken = this.slugs.get(page) ?? new Set<string>();
    this.slugs.set(page, taken);
    const slug = heading === "" ? "" : unique(githubSlug(heading), taken);
    return { page, heading, slug, htmlId: unique(htmlId, this.htmlIds) };
  }
}

function unique(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 1; taken.has(candidate); n++) candidate = `${id}-${n}`;
  taken.add(candidate);
  return candidate;
}

/** An HTML id from a name: lower case, every run of other characters one `-`. */
const htmlSlug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, "-");

export function groupPage(group: { name: string }): string {
  return `${group.name.toLowerCase()}.md`;
}

/** Everything the references need beyond the Api: the schema nodes, the types' anchors, the example counter. */
interface Context {
  api: Api;
  schemaOf: (schema: Api["schemaDefs"][string]) => SchemaNode;
  typeAnchors: Map<string, Anchor>;
  nextExample: () => number;
}

/** The one named type a value is made of, through lists and records; none for a union or a primitive. */
function namedPart(type: TypeRef): string | undefined {
  if (type.kind === "ref") return type.name;
  if (type.kind === "array") return namedPart(type.items);
  if (type.kind === "record") return namedPart(type.values);
  return undefined;
}

function typeLabel(context: Context, type: TypeRef): TypeLabel {
  const link = type.kind === "ref" ? context.typeAnchors.get(type.name) : undefined;
  const named = namedPart(type);
  const opens = named === undefined ? undefined : context.typeAnchors.get(named);
  return { text: typeRefToString(type), ...(link ? { link } : {}), ...(opens ? { opens } : {}) };
}

function fieldView(context: Context, field: { name: string; type: TypeRef; required: boolean; description: string }, node: SchemaNode | undefined): FieldView {
  const phrase = !field.required && node ? defaultPhrase(node) : undefined;
  return {
    name: field.name,
    type: typeLabel(context, field.type),
    required: field.required,
    ...(phrase && node?.default ? { default: { value: node.default.value, phrase } } : {}),
    constraints: node ? constraintPhrases(node, field.type) : [],
    description: field.description,
  };
}

function methodView(context: Context, method: Method, anchor: Anchor, errors: (code: number) => ErrorCode | undefined): MethodView {
  const schemas = propertiesByName(context.schemaOf(method.paramsSchema));
  const number = context.nextExample();
  return {
    name: method.name,
    functionName: method.functionName,
    description: method.description,
    access: method.access,
    exclusive: method.exclusive,
    interim: method.interim,
    params: method.params.map((param) => fieldView(context, { ...param, required: !param.optional }, schemas.get(param.name))),
    ...(method.result ? { result: typeLabel(context, { kind: "ref", name: method.result }) } : {}),
    errors: method.errors.flatMap((code) => errors(code) ?? []).map(errorView),
    example: { number, messages: [exampleRequest(context.api, method, number), exampleResponse(context.api, method, number)] },
    anchor,
  };
}

function groupView(context: Context, anchors: Anchors, group: Group, methods: Map<string, Method>, errors: (code: number) => ErrorCode | undefined): GroupView {
  const page = groupPage(group);
  return {
    name: group.name,
    sectionLabel: sectionLabel(group),
    section: group.section,
    extension: group.extension,
    title: group.title,
    description: group.description,
    anchor: anchors.make(page, "", `group-${htmlSlug(group.name)}`),
    methods: group.methods.map((name) => methodView(context, methods.get(name)!, anchors.make(page, name, `fn-${name}`), errors)),
  };
}

function callbackView(context: Context, callback: Callback, anchor: Anchor): CallbackView {
  const number = context.nextExample();
  return {
    callbackId: callback.callbackId,
    description: callback.description,
    access: callback.access,
    payload: typeLabel(context, { kind: "ref", name: callback.payload }),
    example: { number, messages: [exampleCallback(context.api, callback, number)] },
    anchor,
  };
}

function typeView(context: Context, type: NamedType): TypeView {
  const common = { name: type.name, description: type.description, anchor: context.typeAnchors.get(type.name)! };
  switch (type.kind) {
    case "dictionary":
      return { ...common, kind: "dictionary", members: dictionaryMembers(context, type) };
    case "enum":
      return { ...common, kind: "enum", values: type.values, valueDescriptions: type.valueDescriptions };
    case "alias":
      return { ...common, kind: "alias", type: typeLabel(context, type.type), constraints: constraintPhrases(context.schemaOf(type.schema), type.type) };
  }
}

function dictionaryMembers(context: Context, type: DictionaryType): FieldView[] {
  const schemas = propertiesByName(context.schemaOf(type.schema));
  return type.members.map((member) => fieldView(context, member, schemas.get(member.name)));
}

function errorView(row: ErrorCode): ErrorView {
  return { hex: row.hex, name: row.name, message: row.message, category: row.category };
}

/** The reference's view of `api`: built once, read by both renderers. */
export function buildReferenceView(api: Api): ReferenceView {
  const tree = api.schema;
  const anchors = new Anchors();
  const sections = {
    callbacks: anchors.make("callback-messages.md", "", "callbacks"),
    types: anchors.make("types.md", "", "types"),
    errors: anchors.make("error-codes.md", "", "errors"),
    profiles: anchors.make("profiles.md", "", "profiles"),
  };
  let examples = 0;
  const context: Context = {
    api,
    schemaOf: (schema) => tree.read(schema),
    typeAnchors: new Map(api.types.map((type) => [type.name, anchors.make(sections.types.page, `Type ${type.name}`, `type-${htmlSlug(type.name)}`)])),
    nextExample: () => examples++,
  };
  const errors = errorCodeLookup(api.errorCodes);
  const methods = new Map(api.methods.map((method) => [method.name, method]));
  const groups = api.groups.map((group) => groupView(context, anchors, group, methods, errors));
  const callbacks = api.callbacks.map((callback) => callbackView(context, callback, anchors.make(sections.callbacks.page, callback.callbackId, `cb-${callback.callbackId}`)));
  const errorExample = api.callbacks[0] && api.errorCodes.find((entry) => entry.code !== 0);
  const errorNumber = examples;
  return {
    title: api.title,
    cmapiVersion: api.cmapiVersion,
    methodCount: api.methods.length,
    groups,
    callbacks,
    ...(errorExample ? { errorCallbackExample: { number: errorNumber, messages: [exampleErrorCallback(api, api.callbacks[0]!, errorExample, errorNumber)] } } : {}),
    types: api.types.map((type) => typeView(context, type)),
    errorCodes: api.errorCodes.map(errorView),
    statusWords: api.statusWords,
    profiles: { titles: api.profiles.map((profile) => profile.title), rows: groups.map((group, index) => ({ group, cells: api.profiles.map((profile) => scrCell(profile, api.groups[index]!)) })) },
    sections,
  };
}
