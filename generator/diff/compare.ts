/**
 * Compares two versions of the API through their models and classes every change as breaking (an
 * existing client or device can stop working) or compatible. Pure: two models in, a list out.
 */
import type { SourceLocation } from "../diagnostics.js";
import type { Api, DictionaryType, Method, NamedType, TypeRef } from "../model/api.js";
import type { Finding } from "../report-format.js";
import { typeRefToString } from "../model/idl-types.js";
import { TABLE_DEFS, callbackPayloadDef, methodParamsDef, methodResultDef } from "../model/schema-keywords.js";
import { compareConstraints } from "./constraints.js";
import type { Subject } from "../lint/finding.js";

/**
 * Where a change is to be shown: the item in the version that has it, the new one for an item added
 * or changed, the old one for an item removed. A WebIDL item (a function, param, callback, type,
 * member, enum value, Table 4 row) is found as lint finds its subjects (generator/lint/places.ts:
 * its name's line in the .webidl that defines it, a vendor's file for a vendor's item, else its
 * schema definition); what only the schema says is given by its JSON pointer in the merged `$defs`
 * (generator/diff/places.ts finds the schema file and line).
 */
export type ChangePlace = { version: "old" | "new"; subject: Subject } | { version: "old" | "new"; pointer: string };

export interface ApiChange {
  breaking: boolean;
  /** What kind of change, e.g. "required param added". */
  kind: string;
  /** What changed: a function, callback, type or error code. */
  subject: string;
  detail: string;
  /** Where it is defined; see ChangePlace. */
  place?: ChangePlace;
}

const inOld = (subject: Subject): ChangePlace => ({ version: "old", subject });
const inNew = (subject: Subject): ChangePlace => ({ version: "new", subject });

const same = (a: TypeRef, b: TypeRef) => JSON.stringify(a) === JSON.stringify(b);

/** Whether every value of `before` is still a value of `after` (integer ranges may widen). */
function accepts(after: TypeRef, before: TypeRef): boolean {
  if (after.kind === "integer" && before.kind === "integer") return after.minimum <= before.minimum && after.maximum >= before.maximum && !!after.nullable === !!before.nullable;
  if (after.kind === "number" && before.kind === "integer") return true;
  return same(after, before);
}

function signature(method: Method): string {
  return JSON.stringify([method.params, method.result]);
}

/**
 * Places whose WebIDL type a change was reported for ("RFInfo.maxDataRateDL",
 * "CMAPI_WLAN_Connect.params.ssid", a typedef's name, a "….result" or "….payload" definition): constraints.ts leaves the schema below them alone.
 */
type TypeChanged = Set<string>;

function compareMethods(before: Api, after: Api, changes: ApiChange[], typeChanged: TypeChanged): void {
  const old = new Map(before.methods.map((method) => [method.name, method]));
  const current = new Map(after.methods.map((method) => [method.name, method]));
  const added = after.methods.filter((method) => !old.has(method.name));
  for (const method of before.methods) {
    const next = current.get(method.name);
    if (!next) {
      const renamed = added.find((candidate) => candidate.group === method.group && signature(candidate) === signature(method));
      if (renamed) {
        changes.push({ breaking: true, kind: "function renamed", subject: method.name, detail: `now ${renamed.name}`, place: inNew({ kind: "function", name: renamed.name }) });
        added.splice(added.indexOf(renamed), 1);
      } else changes.push({ breaking: true, kind: "function removed", subject: method.name, detail: "clients calling it get -32601", place: inOld({ kind: "function", name: method.name }) });
      continue;
    }
    const oldParams = new Map(method.params.map((param) => [param.name, param]));
    const newParams = new Map(next.params.map((param) => [param.name, param]));
    for (const param of method.params) {
      const now = newParams.get(param.name);
      const place = (version: "old" | "new"): ChangePlace => ({ version, subject: { kind: "param", function: method.name, name: param.name } });
      if (!now) changes.push({ breaking: true, kind: "param removed", subject: method.name, detail: `${param.name}: clients that send it are refused (unknown params are invalid)`, place: place("old") });
      else {
        if (param.optional && !now.optional) changes.push({ breaking: true, kind: "param made required", subject: method.name, detail: param.name, place: place("new") });
        if (!param.optional && now.optional) changes.push({ breaking: false, kind: "param made optional", subject: method.name, detail: param.name, place: place("new") });
        if (!same(now.type, param.type)) typeChanged.add(`${methodParamsDef(method.name)}.${param.name}`);
        if (!accepts(now.type, param.type)) {
          changes.push({ breaking: true, kind: "param type changed", subject: method.name, detail: `${param.name}: ${typeRefToString(param.type)} → ${typeRefToString(now.type)}`, place: place("new") });
        } else if (!same(now.type, param.type)) {
          changes.push({ breaking: false, kind: "param type widened", subject: method.name, detail: `${param.name}: ${typeRefToString(param.type)} → ${typeRefToString(now.type)}`, place: place("new") });
        }
      }
    }
    for (const param of next.params) {
      if (oldParams.has(param.name)) continue;
      const place = inNew({ kind: "param", function: method.name, name: param.name });
      if (param.optional) changes.push({ breaking: false, kind: "optional param added", subject: method.name, detail: param.name, place });
      else changes.push({ breaking: true, kind: "required param added", subject: method.name, detail: `${param.name}: existing clients do not send it`, place });
    }
    if (method.result !== next.result) {
      typeChanged.add(methodResultDef(method.name));
      changes.push({ breaking: true, kind: "result type changed", subject: method.name, detail: `${method.result ?? "Empty"} → ${next.result ?? "Empty"}`, place: inNew({ kind: "function", name: method.name }) });
    }
  }
  for (const method of added) changes.push({ breaking: false, kind: "function added", subject: method.name, detail: `group ${method.group}`, place: inNew({ kind: "function", name: method.name }) });
}

function compareCallbacks(before: Api, after: Api, changes: ApiChange[], typeChanged: TypeChanged): void {
  const current = new Map(after.callbacks.map((callback) => [callback.callbackId, callback]));
  const old = new Set(before.callbacks.map((callback) => callback.callbackId));
  for (const callback of before.callbacks) {
    const next = current.get(callback.callbackId);
    if (!next) changes.push({ breaking: true, kind: "callback removed", subject: callback.callbackId, detail: "registered clients no longer hear of it", place: inOld({ kind: "callback", name: callback.callbackId }) });
    else if (next.payload !== callback.payload) {
      changes.push({ breaking: true, kind: "callback payload changed", subject: callback.callbackId, detail: `${callback.payload} → ${next.payload}`, place: inNew({ kind: "callback", name: callback.callbackId }) });
      typeChanged.add(callbackPayloadDef(callback.callbackId));
    }
  }
  for (const callback of after.callbacks) {
    if (!old.has(callback.callbackId)) changes.push({ breaking: false, kind: "callback added", subject: callback.callbackId, detail: "", place: inNew({ kind: "callback", name: callback.callbackId }) });
  }
}

function compareDictionaries(name: string, before: DictionaryType, after: DictionaryType, changes: ApiChange[], typeChanged: TypeChanged): void {
  const next = new Map(after.members.map((member) => [member.name, member]));
  const old = new Set(before.members.map((member) => member.name));
  for (const member of before.members) {
    const now = next.get(member.name);
    const place = (version: "old" | "new"): ChangePlace => ({ version, subject: { kind: "member", type: name, name: member.name } });
    if (!now) changes.push({ breaking: true, kind: "field removed", subject: name, detail: member.name, place: place("old") });
    else {
      // As for params: the WebIDL type's change is reported here, and the schema below it is not compared again.
      if (!same(now.type, member.type)) typeChanged.add(`${name}.${member.name}`);
      if (!accepts(now.type, member.type)) {
        changes.push({ breaking: true, kind: "field type changed", subject: name, detail: `${member.name}: ${typeRefToString(member.type)} → ${typeRefToString(now.type)}`, place: place("new") });
      } else if (!same(now.type, member.type)) {
        changes.push({ breaking: false, kind: "field type widened", subject: name, detail: `${member.name}: ${typeRefToString(member.type)} → ${typeRefToString(now.type)}`, place: place("new") });
      }
      if (member.required !== now.required) changes.push({ breaking: true, kind: now.required ? "field made required" : "field made optional", subject: name, detail: member.name, place: place("new") });
    }
  }
  for (const member of after.members) {
    if (old.has(member.name)) continue;
    const place = inNew({ kind: "member", type: name, name: member.name });
    if (member.required) changes.push({ breaking: true, kind: "required field added", subject: name, detail: member.name, place });
    else changes.push({ breaking: false, kind: "optional field added", subject: name, detail: member.name, place });
  }
}

function compareTypes(before: Api, after: Api, changes: ApiChange[], typeChanged: TypeChanged): void {
  const current = new Map<string, NamedType>(after.types.map((type) => [type.name, type]));
  for (const type of before.types) {
    const next = current.get(type.name);
    if (!next) {
      changes.push({ breaking: true, kind: "type removed", subject: type.name, detail: "", place: inOld({ kind: "type", name: type.name }) });
      continue;
    }
    if (next.kind !== type.kind) {
      changes.push({ breaking: true, kind: "type changed", subject: type.name, detail: `${type.kind} → ${next.kind}`, place: inNew({ kind: "type", name: type.name }) });
      typeChanged.add(type.name);
      continue;
    }
    if (type.kind === "dictionary") compareDictionaries(type.name, type, next as DictionaryType, changes, typeChanged);
    if (type.kind === "enum" && next.kind === "enum") {
      for (const value of type.values) {
        if (!next.values.includes(value)) changes.push({ breaking: true, kind: "enum value removed", subject: type.name, detail: JSON.stringify(value), place: inOld({ kind: "enum-value", type: type.name, value: String(value) }) });
      }
      for (const value of next.values) {
        if (!type.values.includes(value)) changes.push({ breaking: false, kind: "enum value added", subject: type.name, detail: JSON.stringify(value), place: inNew({ kind: "enum-value", type: type.name, value: String(value) }) });
      }
    }
    if (type.kind === "alias" && next.kind === "alias" && !accepts(next.type, type.type)) {
      changes.push({ breaking: true, kind: "type changed", subject: type.name, detail: `${typeRefToString(type.type)} → ${typeRefToString(next.type)}`, place: inNew({ kind: "type", name: type.name }) });
      typeChanged.add(type.name);
    }
  }
  const old = new Set(before.types.map((type) => type.name));
  for (const type of after.types) if (!old.has(type.name)) changes.push({ breaking: false, kind: "type added", subject: type.name, detail: type.kind, place: inNew({ kind: "type", name: type.name }) });
}

function compareErrorCodes(before: Api, after: Api, changes: ApiChange[]): void {
  const current = new Map(after.errorCodes.map((row) => [row.code, row]));
  const old = new Set(before.errorCodes.map((row) => row.code));
  // A row by its index in the merged Table 4, as lint's places read it.
  const row = (version: "old" | "new", index: number): ChangePlace => ({ version, subject: { kind: "error-code", index } });
  for (const [index, entry] of before.errorCodes.entries()) {
    if (entry.duplicate !== undefined) continue;
    const next = current.get(entry.code);
    if (!next) changes.push({ breaking: true, kind: "error code removed", subject: entry.hex, detail: entry.message, place: row("old", index) });
    else if (next.message !== entry.message) changes.push({ breaking: true, kind: "error code meaning changed", subject: entry.hex, detail: `"${entry.message}" → "${next.message}"`, place: row("new", after.errorCodes.indexOf(next)) });
  }
  for (const [index, entry] of after.errorCodes.entries()) if (!old.has(entry.code)) changes.push({ breaking: false, kind: "error code added", subject: entry.hex, detail: entry.message, place: row("new", index) });
}

export function compareApis(before: Api, after: Api): ApiChange[] {
  const changes: ApiChange[] = [];
  const typeChanged: TypeChanged = new Set();
  compareMethods(before, after, changes, typeChanged);
  compareCallbacks(before, after, changes, typeChanged);
  compareTypes(before, after, changes, typeChanged);
  compareErrorCodes(before, after, changes);
  // The schema's own constraints, where the WebIDL does not speak (constraints.ts says which side reports what).
  const roots = new Set([...before.types.map((type) => type.name), ...before.methods.map((method) => methodParamsDef(method.name))]);
  const [old, next] = [before.schema, after.schema];
  for (const [name, node] of old.definitions) {
    const now = next.definitions.get(name);
    if (now && !(TABLE_DEFS as readonly string[]).includes(name)) compareConstraints(name, node, now, changes, { roots, typeChanged });
  }
  return changes;
}

/** The changes as a person reads them, breaking ones first; `where` gives each one's place ("spec/acme.webidl:12:3"), shown after it. */
export function formatChanges(changes: ApiChange[], where?: (change: ApiChange) => string): string {
  if (changes.length === 0) return "no changes\n";
  const lines = changes
    .slice()
    .sort((a, b) => Number(b.breaking) - Number(a.breaking))
    .map((change) => `${change.breaking ? "BREAKING  " : "compatible"}  ${change.kind.padEnd(26)} ${change.subject}${change.detail ? `: ${change.detail}` : ""}${where ? `  (${where(change)})` : ""}`);
  const breaking = changes.filter((change) => change.breaking).length;
  return `${lines.join("\n")}\n\n${breaking} breaking, ${changes.length - breaking} compatible\n`;
}

/** The changes as findings: breaking ones errors, compatible ones notices, each where its item is defined (`locate`, from places.ts). */
export function changeFindings(changes: ApiChange[], locate: (change: ApiChange) => SourceLocation & { sourceLine?: string }): Finding[] {
  return changes.map((change) => {
    const { sourceLine, ...location } = locate(change);
    return {
      severity: change.breaking ? "error" : "notice",
      rule: change.kind,
      message: `${change.breaking ? "breaking" : "compatible"}: ${change.subject}${change.detail ? `: ${change.detail}` : ""}`,
      location,
      ...(sourceLine !== undefined ? { sourceLine } : {}),
    };
  });
}
