/**
 * Mutations of the mini spec (test/fixtures/mini) for the property test of the whole pipeline:
 * definitions renamed, deleted and retyped, on one side or both, hostile names and hostile prose,
 * and the constructs of issue 21: `$ref` cycles (with and without an object or an array in between),
 * records, functions named like the client runtime's members, case-only twins, error codes listed
 * twice, invisible characters.
 */
import fc from "fast-check";

export interface SpecPair {
  idl: string;
  schema: Record<string, unknown> & { $defs: Record<string, Record<string, unknown>> };
}

export const HOSTILE_NAMES = ["constructor", "__proto__", "default", "Foo-Bar", "foo_bar", "class", "toString", "Rfinfo", "R2d2", "Object", "Promise", "delete", "hasOwnProperty", "X1y"];
export const HOSTILE_TEXTS = [
  ...["*/ closes", "</script><script>alert(1)</script>", "`tick` ${x} \\`", "a | b | c", "ünïcødé ✓ 🚀", "line\nbreak", "<b>bold</b> & co", "\u2028sep", "-->", "]]>"],
  ...["\\`<script>` not code", "`<b>code</b>` \\| &amp; &#60;", "<!-- open", "\n\n<script>alert(2)</script>\n", "[x](javascript:alert(3))"],
  // Invisible: refused wherever they are, in either file.
  ...["abc\u202Edef", "zero\u200Bwidth", "tag\u{E0041}", "bell\u0007"],
];

export type Mutation =
  | { kind: "rename-type"; name: string; both: boolean }
  | { kind: "rename-member"; name: string; both: boolean }
  | { kind: "retype-member"; to: string; both: boolean }
  | { kind: "delete-def"; name: string }
  | { kind: "delete-idl"; definition: string }
  | { kind: "describe"; text: string; where: "idl-function" | "idl-member" | "idl-enum-value" | "schema-def" | "schema-property" | "schema-title" | "schema-error-message" }
  | { kind: "enum-value"; value: string; both: boolean }
  | { kind: "ref-cycle"; shape: "chain" | "self-or-null" | "all-of" | "through-array" | "through-record" }
  | { kind: "record"; values: string; both: boolean; nullable: boolean }
  | { kind: "add-function"; name: string }
  | { kind: "case-twin"; what: "dictionary" | "enum" | "callback" }
  | { kind: "duplicate-code"; sameName: boolean; sameMessage: boolean; note: boolean; message: string };

const DEFS = ["RFInfo", "RFInfoResult", "RadioTechnology", "SignalChange", "CMAPI_Network_SetBands.params", "CMAPI_Network_GetRFInfo.result", "ErrorCode"];
const IDL_DEFINITIONS = ["dictionary RFInfo ", "enum RadioTechnology ", "dictionary SignalChange ", "callback CMAPI_Callback_SignalChanged "];
const SCHEMA_TYPES: Record<string, unknown> = {
  DOMString: { type: "string" },
  boolean: { type: "boolean" },
  double: { type: "number" },
  "sequence<long>": { type: "array", items: { type: "integer", minimum: -2147483648, maximum: 2147483647 } },
  RadioTechnology: { $ref: "#/$defs/RadioTechnology" },
  "record<DOMString, long>": { type: "object", additionalProperties: { type: "integer", minimum: -2147483648, maximum: 2147483647 } },
};

/** Functions the client's methods would collide by (with the runtime's members, JavaScript's, another function's), and harmless ones. */
const FUNCTION_NAMES = ["CMAPI_Wait_For", "CMAPI_Register_Again", "CMAPI_Se_nd", "CMAPI_Con_structor", "CMAPI_To_String", "CMAPI_De_lete", "CMAPI_Net_workGetRFInfo", "CMAPI_Network_GetRfInfo", "CMAPI_Acme_Fine", "CMAPI_Network_Other"];

/** The WebIDL and schema definitions of each `$ref` cycle shape: the first three have no object or array in between (refused), the last two do (supported). */
const CYCLES: Record<Extract<Mutation, { kind: "ref-cycle" }>["shape"], { idl: string; defs: Record<string, unknown> }> = {
  chain: { idl: "typedef CycB CycA;\ntypedef CycA CycB;", defs: { CycA: { $ref: "#/$defs/CycB" }, CycB: { $ref: "#/$defs/CycA" } } },
  "self-or-null": { idl: "typedef CycA? CycA;", defs: { CycA: { anyOf: [{ $ref: "#/$defs/CycA" }, { type: "null" }] } } },
  "all-of": { idl: "typedef CycA CycA;", defs: { CycA: { allOf: [{ $ref: "#/$defs/CycA" }] } } },
  "through-array": {
    idl: "dictionary CycA {\n  required DOMString name;\n  sequence<CycA> children;\n};",
    defs: { CycA: { type: "object", properties: { name: { type: "string" }, children: { type: "array", items: { $ref: "#/$defs/CycA" } } }, required: ["name"], additionalProperties: false } },
  },
  "through-record": {
    idl: "dictionary CycA {\n  record<DOMString, CycA> children;\n};",
    defs: { CycA: { type: "object", properties: { children: { type: "object", additionalProperties: { $ref: "#/$defs/CycA" } } }, additionalProperties: false } },
  },
};

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("rename-type" as const), name: fc.constantFrom(...HOSTILE_NAMES), both: fc.boolean() }),
  fc.record({ kind: fc.constant("rename-member" as const), name: fc.constantFrom(...HOSTILE_NAMES), both: fc.boolean() }),
  fc.record({ kind: fc.constant("retype-member" as const), to: fc.constantFrom(...Object.keys(SCHEMA_TYPES)), both: fc.boolean() }),
  fc.record({ kind: fc.constant("delete-def" as const), name: fc.constantFrom(...DEFS) }),
  fc.record({ kind: fc.constant("delete-idl" as const), definition: fc.constantFrom(...IDL_DEFINITIONS) }),
  fc.record({
    kind: fc.constant("describe" as const),
    text: fc.constantFrom(...HOSTILE_TEXTS),
    where: fc.constantFrom("idl-function" as const, "idl-member" as const, "idl-enum-value" as const, "schema-def" as const, "schema-property" as const, "schema-title" as const, "schema-error-message" as const),
  }),
  fc.record({ kind: fc.constant("enum-value" as const), value: fc.constantFrom("NR", "5G-NR", "", "with space", "__proto__", "constructor", "<i>", "back`tick", "R\u202ETL"), both: fc.boolean() }),
  fc.record({ kind: fc.constant("ref-cycle" as const), shape: fc.constantFrom("chain" as const, "self-or-null" as const, "all-of" as const, "through-array" as const, "through-record" as const) }),
  fc.record({ kind: fc.constant("record" as const), values: fc.constantFrom("DOMString", "long", "RFInfo", "sequence<DOMString>"), both: fc.boolean(), nullable: fc.boolean() }),
  fc.record({ kind: fc.constant("add-function" as const), name: fc.constantFrom(...FUNCTION_NAMES) }),
  fc.record({ kind: fc.constant("case-twin" as const), what: fc.constantFrom("dictionary" as const, "enum" as const, "callback" as const) }),
  fc.record({
    kind: fc.constant("duplicate-code" as const),
    sameName: fc.boolean(),
    sameMessage: fc.boolean(),
    note: fc.boolean(),
    message: fc.constantFrom("The deviceID references a non-existing device or a device which is not open", ...HOSTILE_TEXTS),
  }),
);

/** The schema of a record's values, for the `record` mutation. */
const RECORD_VALUES: Record<string, unknown> = {
  DOMString: { type: "string" },
  long: { type: "integer", minimum: -2147483648, maximum: 2147483647 },
  RFInfo: { $ref: "#/$defs/RFInfo" },
  "sequence<DOMString>": { type: "array", items: { type: "string" } },
};

function renameDef(schema: SpecPair["schema"], from: string, to: string): void {
  if (!Object.hasOwn(schema.$defs, from)) return;
  const entries = Object.entries(schema.$defs).map(([key, value]) => [key === from ? to : key, value] as const);
  const text = JSON.stringify(Object.fromEntries(entries))
    .split(JSON.stringify(`#/$defs/${from}`))
    .join(JSON.stringify(`#/$defs/${to}`));
  schema.$defs = JSON.parse(text) as SpecPair["schema"]["$defs"];
}

/** Applies one mutation; the spec may well become invalid, which is the point. */
export function applyMutation(spec: SpecPair, change: Mutation): SpecPair {
  const next: SpecPair = { idl: spec.idl, schema: JSON.parse(JSON.stringify(spec.schema)) as SpecPair["schema"] };
  const rfInfo = next.schema.$defs["RFInfo"];
  switch (change.kind) {
    case "rename-type":
      next.idl = next.idl.replace(/\bRFInfo\b(?!Result|List)/g, change.name);
      if (change.both) renameDef(next.schema, "RFInfo", change.name);
      break;
    case "rename-member":
      next.idl = next.idl.replace(/\bmaxDataRateDL\b/g, change.name);
      if (change.both && rfInfo) {
        const properties = rfInfo["properties"] as Record<string, unknown>;
        rfInfo["properties"] = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key === "maxDataRateDL" ? change.name : key, value]));
        rfInfo["required"] = ((rfInfo["required"] as string[]) ?? []).map((key) => (key === "maxDataRateDL" ? change.name : key));
      }
      break;
    case "retype-member":
      next.idl = next.idl.replace("required unsigned long maxDataRateDL", `required ${change.to} maxDataRateDL`);
      if (change.both && rfInfo) (rfInfo["properties"] as Record<string, unknown>)["maxDataRateDL"] = SCHEMA_TYPES[change.to];
      break;
    case "delete-def":
      delete next.schema.$defs[change.name];
      break;
    case "delete-idl": {
      const start = next.idl.indexOf(change.definition);
      if (start >= 0) next.idl = next.idl.slice(0, start) + next.idl.slice(next.idl.indexOf(";", start) + 1);
      break;
    }
    case "describe":
      if (change.where === "idl-function") next.idl = next.idl.replace("/** Returns the RF information. */", `/** Returns the RF information. ${change.text} */`);
      else if (change.where === "idl-member") next.idl = next.idl.replace("  required RadioTechnology Radio;", `  /** ${change.text} */\n  required RadioTechnology Radio;`);
      else if (change.where === "idl-enum-value") next.idl = next.idl.replace('enum RadioTechnology { "GSM",', `enum RadioTechnology {\n  /** ${change.text} */\n  "GSM",`);
      else if (change.where === "schema-error-message") {
        const rows = next.schema.$defs["ErrorCode"]?.["anyOf"];
        if (Array.isArray(rows) && rows[1]) (rows[1] as Record<string, unknown>)["description"] = change.text;
      } else if (change.where === "schema-def" && rfInfo) rfInfo["description"] = change.text;
      else if (change.where === "schema-property" && rfInfo) ((rfInfo["properties"] as Record<string, Record<string, unknown>>)["Radio"] ??= {})["description"] = change.text;
      else next.schema["title"] = change.text;
      break;
    case "ref-cycle": {
      const cycle = CYCLES[change.shape];
      next.idl += `\n/** A type that refers to itself. */\n${cycle.idl}\n`;
      Object.assign(next.schema.$defs, cycle.defs);
      break;
    }
    case "record": {
      const type = `record<DOMString, ${change.values}>${change.nullable ? "?" : ""}`;
      next.idl = next.idl.replace("  required unsigned long maxDataRateDL;", `  required unsigned long maxDataRateDL;\n  /** Labels by name. */\n  ${type} labels;`);
      const values = { type: change.nullable ? ["object", "null"] : "object", additionalProperties: RECORD_VALUES[change.values] };
      if (change.both && rfInfo) (rfInfo["properties"] as Record<string, unknown>)["labels"] = values;
      break;
    }
    case "add-function": {
      const [, group] = /^CMAPI_([^_]+)_/.exec(change.name)!;
      const operation = `  /** Added. */\n  [Access=user]\n  undefined ${change.name}(optional boolean flag, ResultCallback cb);`;
      // A standard group's function goes into its interface, as a vendor's does.
      next.idl += group === "Network" ? `\npartial interface CmapiNetwork {\n${operation}\n};\n` : `\n/** Added. */\n[Exposed=Window, Extension]\ninterface CmapiFuzz${group} {\n${operation}\n};\n`;
      next.schema.$defs[`${change.name}.params`] = { type: "object", properties: { flag: { type: "boolean" } }, additionalProperties: false };
      next.schema.$defs[`${change.name}.result`] = { $ref: "#/$defs/Empty" };
      break;
    }
    case "case-twin":
      if (change.what === "dictionary") {
        next.idl += "\n/** RFInfo's twin. */\ndictionary Rfinfo {\n  required long x;\n};\n";
        next.schema.$defs["Rfinfo"] = { type: "object", properties: { x: { type: "integer", minimum: -2147483648, maximum: 2147483647 } }, required: ["x"], additionalProperties: false };
      } else if (change.what === "enum") {
        next.idl += '\n/** RadioTechnology\'s twin. */\nenum Radiotechnology { "a" };\n';
        next.schema.$defs["Radiotechnology"] = { type: "string", enum: ["a"] };
      } else {
        next.idl = next.idl.replace('enum CallbackId { "CMAPI_Callback_SignalChanged" };', 'enum CallbackId { "CMAPI_Callback_SignalChanged", "CMAPI_Callback_Signalchanged" };');
        next.idl += "\n/** SignalChanged's twin. */\n[Access=user]\ncallback CMAPI_Callback_Signalchanged = undefined (SignalChange payload);\n";
        const ids = next.schema.$defs["CallbackId"];
        if (ids && Array.isArray(ids["enum"])) ids["enum"] = [...(ids["enum"] as unknown[]), "CMAPI_Callback_Signalchanged"];
        next.schema.$defs["CMAPI_Callback_Signalchanged.payload"] = { $ref: "#/$defs/SignalChange" };
      }
      break;
    case "duplicate-code": {
      const table = next.schema.$defs["ErrorCode"];
      if (!table || !Array.isArray(table["anyOf"])) break;
      const row = {
        title: "0x00000101",
        "x-cmapi-name": change.sameName ? "DEVICE_UNKNOWN_OR_NOT_OPEN" : "DEVICE_GONE",
        const: 257,
        description: change.sameMessage ? "The deviceID references a non-existing device or a device which is not open" : change.message,
        ...(change.note ? { "x-cmapi-duplicate": "Listed again." } : {}),
      };
      table["anyOf"] = [...(table["anyOf"] as unknown[]), row];
      break;
    }
    case "enum-value": {
      const literal = JSON.stringify(change.value);
      next.idl = next.idl.replace(/enum RadioTechnology \{ "GSM", "LTE" \};/, `enum RadioTechnology { "GSM", "LTE", ${literal} };`);
      const radio = next.schema.$defs["RadioTechnology"];
      if (change.both && radio && Array.isArray(radio["enum"])) radio["enum"] = [...(radio["enum"] as unknown[]), change.value];
      break;
    }
  }
  return next;
}
