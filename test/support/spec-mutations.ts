/**
 * Mutations of the mini spec (test/fixtures/mini) for the property test of the whole pipeline:
 * definitions renamed, deleted and retyped, on one side or both, hostile names and hostile prose.
 */
import fc from "fast-check";

export interface SpecPair {
  idl: string;
  schema: Record<string, unknown> & { $defs: Record<string, Record<string, unknown>> };
}

export const HOSTILE_NAMES = ["constructor", "__proto__", "default", "Foo-Bar", "foo_bar", "class", "toString", "Rfinfo", "R2d2", "Object", "Promise", "delete", "hasOwnProperty", "X1y"];
export const HOSTILE_TEXTS = ["*/ closes", "</script><script>alert(1)</script>", "`tick` ${x} \\`", "a | b | c", "ünïcødé ✓ 🚀", "line\nbreak", "<b>bold</b> & co", "\u2028sep", "-->", "]]>"];

export type Mutation =
  | { kind: "rename-type"; name: string; both: boolean }
  | { kind: "rename-member"; name: string; both: boolean }
  | { kind: "retype-member"; to: string; both: boolean }
  | { kind: "delete-def"; name: string }
  | { kind: "delete-idl"; definition: string }
  | { kind: "describe"; text: string; where: "idl-function" | "idl-member" | "schema-def" | "schema-property" | "schema-title" }
  | { kind: "enum-value"; value: string; both: boolean };

const DEFS = ["RFInfo", "RFInfoResult", "RadioTechnology", "SignalChange", "CMAPI_Network_SetBands.params", "CMAPI_Network_GetRFInfo.result", "ErrorCode"];
const IDL_DEFINITIONS = ["dictionary RFInfo ", "enum RadioTechnology ", "dictionary SignalChange ", "callback CMAPI_Callback_SignalChanged "];
const SCHEMA_TYPES: Record<string, unknown> = {
  DOMString: { type: "string" },
  boolean: { type: "boolean" },
  double: { type: "number" },
  "sequence<long>": { type: "array", items: { type: "integer", minimum: -2147483648, maximum: 2147483647 } },
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
    where: fc.constantFrom("idl-function" as const, "idl-member" as const, "schema-def" as const, "schema-property" as const, "schema-title" as const),
  }),
  fc.record({ kind: fc.constant("enum-value" as const), value: fc.constantFrom("NR", "5G-NR", "", "with space", "__proto__", "constructor"), both: fc.boolean() }),
);

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
      else if (change.where === "schema-def" && rfInfo) rfInfo["description"] = change.text;
      else if (change.where === "schema-property" && rfInfo) ((rfInfo["properties"] as Record<string, Record<string, unknown>>)["Radio"] ??= {})["description"] = change.text;
      else next.schema["title"] = change.text;
      break;
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
