/**
 * Compares two versions of the API through their models and classes every change as breaking (an
 * existing client or device can stop working) or compatible. Pure: two models in, a list out.
 */
import { fileList, type SpecFiles } from "../spec-files.js";
import type { Api, DictionaryType, Method, NamedType, TypeRef } from "../model/api.js";
import type { Finding } from "../report-format.js";
import { typeRefToString } from "../model/idl-types.js";
import { TABLE_DEFS, callbackPayloadDef, methodParamsDef, methodResultDef } from "../model/schema-keywords.js";
import { compareConstraints } from "./constraints.js";
import { schemaTree } from "../model/schema-tree.js";

export interface ApiChange {
  breaking: boolean;
  /** What kind of change, e.g. "required param added". */
  kind: string;
  /** What changed: a function, callback, type or error code. */
  subject: string;
  detail: string;
}

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
        changes.push({ breaking: true, kind: "function renamed", subject: method.name, detail: `now ${renamed.name}` });
        added.splice(added.indexOf(renamed), 1);
      } else changes.push({ breaking: true, kind: "function removed", subject: method.name, detail: "clients calling it get -32601" });
      continue;
    }
    const oldParams = new Map(method.params.map((param) => [param.name, param]));
    const newParams = new Map(next.params.map((param) => [param.name, param]));
    for (const param of method.params) {
      const now = newParams.get(param.name);
      if (!now) changes.push({ breaking: true, kind: "param removed", subject: method.name, detail: `${param.name}: clients that send it are refused (unknown params are invalid)` });
      else {
        if (param.optional && !now.optional) changes.push({ breaking: true, kind: "param made required", subject: method.name, detail: param.name });
        if (!param.optional && now.optional) changes.push({ breaking: false, kind: "param made optional", subject: method.name, detail: param.name });
        if (!same(now.type, param.type)) typeChanged.add(`${methodParamsDef(method.name)}.${param.name}`);
        if (!accepts(now.type, param.type)) {
          changes.push({ breaking: true, kind: "param type changed", subject: method.name, detail: `${param.name}: ${typeRefToString(param.type)} → ${typeRefToString(now.type)}` });
        } else if (!same(now.type, param.type)) {
          changes.push({ breaking: false, kind: "param type widened", subject: method.name, detail: `${param.name}: ${typeRefToString(param.type)} → ${typeRefToString(now.type)}` });
        }
      }
    }
    for (const param of next.params) {
      if (oldParams.has(param.name)) continue;
      if (param.optional) changes.push({ breaking: false, kind: "optional param added", subject: method.name, detail: param.name });
      else changes.push({ breaking: true, kind: "required param added", subject: method.name, detail: `${param.name}: existing clients do not send it` });
    }
    if (method.result !== next.result) {
      typeChanged.add(methodResultDef(method.name));
      changes.push({ breaking: true, kind: "result type changed", subject: method.name, detail: `${method.result ?? "Empty"} → ${next.result ?? "Empty"}` });
    }
  }
  for (const method of added) changes.push({ breaking: false, kind: "function added", subject: method.name, detail: `group ${method.group}` });
}

function compareCallbacks(before: Api, after: Api, changes: ApiChange[], typeChanged: TypeChanged): void {
  const current = new Map(after.callbacks.map((callback) => [callback.callbackId, callback]));
  const old = new Set(before.callbacks.map((callback) => callback.callbackId));
  for (const callback of before.callbacks) {
    const next = current.get(callback.callbackId);
    if (!next) changes.push({ breaking: true, kind: "callback removed", subject: callback.callbackId, detail: "registered clients no longer hear of it" });
    else if (next.payload !== callback.payload) {
      changes.push({ breaking: true, kind: "callback payload changed", subject: callback.callbackId, detail: `${callback.payload} → ${next.payload}` });
      typeChanged.add(callbackPayloadDef(callback.callbackId));
    }
  }
  for (const callback of after.callbacks) {
    if (!old.has(callback.callbackId)) changes.push({ breaking: false, kind: "callback added", subject: callback.callbackId, detail: "" });
  }
}

function compareDictionaries(name: string, before: DictionaryType, after: DictionaryType, changes: ApiChange[], typeChanged: TypeChanged): void {
  const next = new Map(after.members.map((member) => [member.name, member]));
  const old = new Set(before.members.map((member) => member.name));
  for (const member of before.members) {
    const now = next.get(member.name);
    if (!now) changes.push({ breaking: true, kind: "field removed", subject: name, detail: member.name });
    else {
      // As for params: the WebIDL type's change is reported here, and the schema below it is not compared again.
      if (!same(now.type, member.type)) typeChanged.add(`${name}.${member.name}`);
      if (!accepts(now.type, member.type)) {
        changes.push({ breaking: true, kind: "field type changed", subject: name, detail: `${member.name}: ${typeRefToString(member.type)} → ${typeRefToString(now.type)}` });
      } else if (!same(now.type, member.type)) {
        changes.push({ breaking: false, kind: "field type widened", subject: name, detail: `${member.name}: ${typeRefToString(member.type)} → ${typeRefToString(now.type)}` });
      }
      if (member.required !== now.required) changes.push({ breaking: true, kind: now.required ? "field made required" : "field made optional", subject: name, detail: member.name });
    }
  }
  for (const member of after.members) {
    if (old.has(member.name)) continue;
    if (member.required) changes.push({ breaking: true, kind: "required field added", subject: name, detail: member.name });
    else changes.push({ breaking: false, kind: "optional field added", subject: name, detail: member.name });
  }
}

function compareTypes(before: Api, after: Api, changes: ApiChange[], typeChanged: TypeChanged): void {
  const current = new Map<string, NamedType>(after.types.map((type) => [type.name, type]));
  for (const type of before.types) {
    const next = current.get(type.name);
    if (!next) {
      changes.push({ breaking: true, kind: "type removed", subject: type.name, detail: "" });
      continue;
    }
    if (next.kind !== type.kind) {
      changes.push({ breaking: true, kind: "type changed", subject: type.name, detail: `${type.kind} → ${next.kind}` });
      typeChanged.add(type.name);
      continue;
    }
    if (type.kind === "dictionary") compareDictionaries(type.name, type, next as DictionaryType, changes, typeChanged);
    if (type.kind === "enum" && next.kind === "enum") {
      for (const value of type.values) if (!next.values.includes(value)) changes.push({ breaking: true, kind: "enum value removed", subject: type.name, detail: JSON.stringify(value) });
      for (const value of next.values) if (!type.values.includes(value)) changes.push({ breaking: false, kind: "enum value added", subject: type.name, detail: JSON.stringify(value) });
    }
    if (type.kind === "alias" && next.kind === "alias" && !accepts(next.type, type.type)) {
      changes.push({ breaking: true, kind: "type changed", subject: type.name, detail: `${typeRefToString(type.type)} → ${typeRefToString(next.type)}` });
      typeChanged.add(type.name);
    }
  }
  const old = new Set(before.types.map((type) => type.name));
  for (const type of after.types) if (!old.has(type.name)) changes.push({ breaking: false, kind: "type added", subject: type.name, detail: type.kind });
}

function compareErrorCodes(before: Api, after: Api, changes: ApiChange[]): void {
  const current = new Map(after.errorCodes.map((row) => [row.code, row]));
  const old = new Set(before.errorCodes.map((row) => row.code));
  for (const row of before.errorCodes) {
    if (row.duplicate !== undefined) continue;
    const next = current.get(row.code);
    if (!next) changes.push({ breaking: true, kind: "error code removed", subject: row.hex, detail: row.message });
    else if (next.message !== row.message) changes.push({ breaking: true, kind: "error code meaning changed", subject: row.hex, detail: `"${row.message}" → "${next.message}"` });
  }
  for (const row of after.errorCodes) if (!old.has(row.code)) changes.push({ breaking: false, kind: "error code added", subject: row.hex, detail: row.message });
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
  const [old, next] = [schemaTree(before.schemaDefs), schemaTree(after.schemaDefs)];
  for (const [name, node] of old.definitions) {
    const now = next.definitions.get(name);
    if (now && !(TABLE_DEFS as readonly string[]).includes(name)) compareConstraints(name, node, now, changes, { roots, typeChanged });
  }
  return changes;
}

export function formatChanges(changes: ApiChange[]): string {
  if (changes.length === 0) return "no changes\n";
  const lines = changes
    .slice()
    .sort((a, b) => Number(b.breaking) - Number(a.breaking))
    .map((change) => `${change.breaking ? "BREAKING  " : "compatible"}  ${change.kind.padEnd(26)} ${change.subject}${change.detail ? `: ${change.detail}` : ""}`);
  const breaking = changes.filter((change) => change.breaking).length;
  return `${lines.join("\n")}\n\n${breaking} breaking, ${changes.length - breaking} compatible\n`;
}

/** The changes as findings: breaking ones errors, compatible ones notices, on the spec file that has the subject. */
export function changeFindings(changes: ApiChange[], before: SpecFiles, after: SpecFiles): Finding[] {
  return changes.map((change) => ({
    severity: change.breaking ? "error" : "notice",
    rule: change.kind,
    message: `${change.breaking ? "breaking" : "compatible"}: ${change.subject}${change.detail ? `: ${change.detail}` : ""}`,
    location: { file: fileList(/removed|renamed/.test(change.kind) ? before.idl : after.idl)[0]! },
  }));
}
