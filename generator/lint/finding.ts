/**
 * What a lint rule reports: the rule, a message, and the thing it is about (a subject). Rules know
 * the model only; generator/lint/places.ts turns a subject into a place in the WebIDL and in the
 * schema, where its ignore comments are read too.
 */

/** A thing in the spec a finding is about. */
export type Subject =
  | { kind: "function"; name: string }
  | { kind: "param"; function: string; name: string }
  /** One code in a function's `[Errors=(...)]`. */
  | { kind: "function-error"; function: string; code: number }
  | { kind: "callback"; name: string }
  /** A dictionary, enum or typedef of the WebIDL, or a schema-only `$defs` entry. */
  | { kind: "type"; name: string }
  | { kind: "member"; type: string; name: string }
  | { kind: "enum-value"; type: string; value: string }
  /** A row of Table 4 (`$defs/ErrorCode/anyOf`), by its index in the merged table. */
  | { kind: "error-code"; index: number };

export interface RuleFinding {
  rule: string;
  message: string;
  subject: Subject;
}

/** How a subject is named in messages: `CMAPI_WLAN_Scan(ssid)`, `RFInfo.rssi`, `Band "2.4GHz"`. */
export function subjectLabel(subject: Subject): string {
  switch (subject.kind) {
    case "param":
      return `${subject.function}(${subject.name})`;
    case "member":
      return `${subject.type}.${subject.name}`;
    case "enum-value":
      return `${subject.type} "${subject.value}"`;
    case "function-error":
      return subject.function;
    case "error-code":
      return `Table 4 row ${subject.index}`;
    default:
      return subject.name;
  }
}
