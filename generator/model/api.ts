/**
 * The intermediate model: one description of the whole API, built from the WebIDL and the JSON
 * Schema. Every emitter reads this and nothing else. All of it is plain, JSON-serialisable data
 * except `schema`, the typed tree of the JSON Schema (see `withSchemaTree` in schema-tree.ts):
 * `JSON.stringify` leaves it out, a spread keeps it, and whoever receives a copy (the validators'
 * worker, a `structuredClone`) reads the tree again from `schemaDefs`.
 */
import type { AccessLevel } from "../../templates/runtime/access.js";
import type { IdlSourceFile } from "./idl-source.js";
import type { SchemaTree } from "./schema-tree.js";

/** A JSON Schema (2020-12) fragment, as written in the schema file; `$ref`s point into `schemaDefs`. */
export type JsonSchema = { [keyword: string]: unknown };

/** A WebIDL type, reduced to what JSON can carry. */
export type TypeRef = (
  | { kind: "string" }
  | { kind: "boolean" }
  | { kind: "integer"; idlType: string; minimum: number; maximum: number }
  | { kind: "number"; idlType: string }
  | { kind: "any" }
  | { kind: "object" }
  | { kind: "ref"; name: string }
  | { kind: "array"; items: TypeRef }
  /** `record<DOMString, T>`: a JSON object whose every member is a T (`{ "type": "object", "additionalProperties": T }`). */
  | { kind: "record"; values: TypeRef }
  | { kind: "union"; of: TypeRef[] }
) & { nullable?: boolean };

export interface Api {
  title: string;
  /** The OpenCMAPI version the spec describes, the `cmapiversion` of every message. */
  cmapiVersion: string;
  groups: Group[];
  methods: Method[];
  callbacks: Callback[];
  types: NamedType[];
  envelopes: Envelopes;
  errorCodes: ErrorCode[];
  statusWords: StatusWord[];
  profiles: ScrProfile[];
  /** The schema's `$defs`, so that every `$ref` in the model resolves without the schema file. */
  schemaDefs: Record<string, JsonSchema>;
  /**
   * `schemaDefs` read once into typed nodes, references resolved, each with its source location:
   * what every consumer reads. Left out of JSON (see above); `readonly` because editing `schemaDefs`
   * afterwards is not seen by it (withSchemaTree reads it again).
   */
  readonly schema: SchemaTree;
  /**
   * Where each WebIDL file's declarations and comments stand (their tokens), one entry per file in the
   * order read: what lint and diff show places and read ignore comments from. Not enumerable
   * (idl-source.ts), so JSON, a spread and the validators' worker leave it out; absent from a model
   * that was not read from WebIDL files, or was copied.
   */
  readonly idlSources?: readonly IdlSourceFile[];
}

/** A group of functions: one SCR row of section 7 (or section 8 for callbacks). */
export interface Group {
  /** The `<Group>` part of `CMAPI_<Group>_<Function>`, e.g. "WLAN". */
  name: string;
  /** The WebIDL interface that declares it. */
  interfaceName: string;
  /** SCR section, e.g. "7.12"; "" for a vendor's group. */
  section: string;
  /** A vendor's group (`[Extension]` in the WebIDL): in no SCR table, optional in every profile. */
  extension: boolean;
  /** From the SCR tables, e.g. "WLAN APIs"; a vendor's group's interface description's first sentence, or its name. */
  title: string;
  description: string;
  /** Spec names of its functions, in declaration order. */
  methods: string[];
}

export interface Method {
  /** Spec name, the JSON-RPC `method`: "CMAPI_Network_GetRFInfo". */
  name: string;
  group: string;
  /** The `<Function>` part of the name: "GetRFInfo". */
  functionName: string;
  description: string;
  /** The members of `params`, in signature order (the trailing `ResultCallback cb` is not one). */
  params: Param[];
  /** Named type of `result`, or null when the result is an empty object. */
  result: string | null;
  paramsSchema: JsonSchema;
  resultSchema: JsonSchema;
  /** Table 4 codes this function may return besides the general ones. */
  errors: number[];
  /** One application at a time per device; a second caller gets 0x00000006. */
  exclusive: boolean;
  /** `[Interim]`: may answer "received"/"processing" before the final response (section 5.5.1.2); no other function does. */
  interim: boolean;
  /** The level a session needs to call it (`[Access=...]`); "administrator" when the spec says none (deny by default). */
  access: AccessLevel;
  /** False when the spec gave no `[Access]` and the default applied (lint reports it). */
  accessDeclared: boolean;
}

// The runtime enforces the levels; the model names them the same way.
export { ACCESS_LEVELS, DEFAULT_ACCESS, type AccessLevel } from "../../templates/runtime/access.js";

export interface Param {
  name: string;
  type: TypeRef;
  optional: boolean;
  default?: unknown;
  description: string;
}

export interface Callback {
  /** The `callbackId` of its messages: "CMAPI_Callback_DeviceChanged". */
  callbackId: string;
  description: string;
  /** Named type of the callback message's `result`. */
  payload: string;
  payloadSchema: JsonSchema;
  /** The level a session needs to register for it and receive it (`[Access=...]`; "administrator" when absent). */
  access: AccessLevel;
  accessDeclared: boolean;
}

export type NamedType = DictionaryType | EnumType | AliasType;

export interface DictionaryType {
  kind: "dictionary";
  name: string;
  description: string;
  members: Member[];
  schema: JsonSchema;
}

export interface Member {
  name: string;
  type: TypeRef;
  required: boolean;
  default?: unknown;
  description: string;
}

export interface EnumType {
  kind: "enum";
  name: string;
  description: string;
  values: string[];
  /** Parallel to `values`; "" where a value has none. */
  valueDescriptions: string[];
  schema: JsonSchema;
}

/** A WebIDL typedef. */
export interface AliasType {
  kind: "alias";
  name: string;
  description: string;
  type: TypeRef;
  schema: JsonSchema;
}

/** The message structures of Tables 1-3. */
export interface Envelopes {
  request: JsonSchema;
  response: JsonSchema;
  callback: JsonSchema;
  error: JsonSchema;
}

/** One row of Table 4 (or a JSON-RPC 2.0 reserved code). */
export interface ErrorCode {
  /** Constant name in generated code, e.g. "PROFILE_NAME_NOT_FOUND"; chosen in the schema (`x-cmapi-name`). */
  name: string;
  /** The JSON-RPC `code`: the hex column's value (see spec/README.md on the integer column). */
  code: number;
  /** As printed in Table 4, e.g. "0x00000010", "0x1001SW1SW2", "0x30000000-0x3FFFFFFF". */
  hex: string;
  /** The Table 4 description, the JSON-RPC `message`. */
  message: string;
  category: string;
  /** What Table 4's "Integer Value" column prints, where it prints anything. */
  integerColumn?: string;
  /** Other codes a peer may send for this row (the integer column read as decimal). */
  aliases: number[];
  /** For templates (PIN/PUK codes carrying a status word) and reserved ranges: the last code. */
  rangeEnd?: number;
  /** The row is a template: `code` with the UICC status word in the low 16 bits. */
  template: boolean;
  reserved: boolean;
  /** The row reports success (`x-cmapi-success`), like 0x00004002 "The SPC is valid.": the result carries it, never an error. */
  success: boolean;
  /** Why a code listed twice in Table 4 is kept twice. */
  duplicate?: string;
  /** "vendor": added by a vendor's schema file (in 0xE0000000-0xEFFFFFFF). */
  source: "Table 4" | "JSON-RPC 2.0" | "vendor";
}

/** One row of Table 5. */
export interface StatusWord {
  /** As printed: "63 CX". */
  sw: string;
  /** Matches the four hex digits SW1SW2, e.g. "^63C[0-9A-F]$". */
  pattern: string;
  description: string;
}

/** The SCR table of one device class. */
export interface ScrProfile {
  /** e.g. "laptop". */
  deviceClass: string;
  title: string;
  /** Item prefix, e.g. "LAP" in OpenCMAPI-LAP-001-M. */
  prefix: string;
  requirements: ScrRequirement[];
}

export interface ScrRequirement {
  item: string;
  function: string;
  section: string;
  status: "mandatory" | "optional";
  /** "seed" when the row is in the seed; "assumed" when the project filled a row the seed lost. */
  source: "seed" | "assumed";
}
