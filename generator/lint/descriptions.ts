/**
 * COMMENTS: every function, parameter, dictionary member (result fields and callback payload fields
 * included), enum, enum value and callback says what it is. A description that only restates the
 * name ("ssid: The SSID.") counts as missing.
 */
import type { Api } from "../model/api.js";
import type { RuleFinding, Subject } from "./finding.js";
import { subjectLabel } from "./finding.js";
import { restatesName } from "./words.js";

function describe(rule: string, subject: Subject, name: string, description: string, what: string): RuleFinding[] {
  const text = description.trim();
  if (text === "") return [{ rule, subject, message: `${what} ${subjectLabel(subject)} has no description` }];
  if (restatesName(text, name)) return [{ rule, subject, message: `the description of ${what} ${subjectLabel(subject)} ("${text}") only restates its name: say what it means` }];
  return [];
}

export const functionDescriptions = (api: Api): RuleFinding[] => api.methods.flatMap((method) => describe("DESCRIPTION_FUNCTION", { kind: "function", name: method.name }, method.name, method.description, "function"));

export const paramDescriptions = (api: Api): RuleFinding[] =>
  api.methods.flatMap((method) => method.params.flatMap((param) => describe("DESCRIPTION_PARAM", { kind: "param", function: method.name, name: param.name }, param.name, param.description, "parameter")));

export const memberDescriptions = (api: Api): RuleFinding[] =>
  api.types.flatMap((type) => (type.kind !== "dictionary" ? [] : type.members.flatMap((member) => describe("DESCRIPTION_MEMBER", { kind: "member", type: type.name, name: member.name }, member.name, member.description, "member"))));

export const enumDescriptions = (api: Api): RuleFinding[] => api.types.flatMap((type) => (type.kind !== "enum" ? [] : describe("DESCRIPTION_ENUM", { kind: "type", name: type.name }, type.name, type.description, "enum")));

export const callbackDescriptions = (api: Api): RuleFinding[] => api.callbacks.flatMap((callback) => describe("DESCRIPTION_CALLBACK", { kind: "callback", name: callback.callbackId }, callback.callbackId, callback.description, "callback"));

export function enumValueDescriptions(api: Api): RuleFinding[] {
  // The values of CallbackId are callback ids: the callback's own description describes them.
  const callbackDescriptions = new Map(api.callbacks.map((callback) => [callback.callbackId, callback.description]));
  return api.types.flatMap((type) => {
    if (type.kind !== "enum") return [];
    return type.values.flatMap((value, index) => {
      const description = type.valueDescriptions[index] || callbackDescriptions.get(value) || "";
      return describe("DESCRIPTION_ENUM_VALUE", { kind: "enum-value", type: type.name, value }, value, description, "enum value");
    });
  });
}
