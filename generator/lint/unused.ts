/**
 * DEFINITION_USED: every schema definition and WebIDL type is reached from a root (a function's
 * params or result, a callback's payload, an envelope, a table), through WebIDL types or schema
 * `$ref`s. One that nothing reaches is dead weight in every generated file, or a typo's victim.
 */
import type { Api } from "../model/api.js";
import { ENVELOPE_DEFS, TABLE_DEFS } from "../model/schema-keywords.js";
import { forEachNodeWithin } from "../model/schema-tree.js";
import type { RuleFinding } from "./finding.js";
import { referencedNames } from "./types.js";

/** Definitions used from outside the spec: the envelopes, the tables, the callback ids. */
export const ROOT_DEFINITIONS: ReadonlySet<string> = new Set([...Object.values(ENVELOPE_DEFS), ...TABLE_DEFS, "CallbackId"]);
const ROOT_SUFFIX = /\.(?:params|result|payload)$/;

export function unusedDefinitions(api: Api): RuleFinding[] {
  const edges = new Map<string, Set<string>>();
  const edge = (from: string, to: string) => {
    const targets = edges.get(from) ?? new Set<string>();
    targets.add(to);
    edges.set(from, targets);
  };
  for (const [name, definition] of api.schema.definitions) {
    forEachNodeWithin(definition, (node) => {
      if (node.kind === "ref") edge(name, node.name);
    });
  }
  for (const type of api.types) {
    const mentioned = type.kind === "dictionary" ? type.members.flatMap((member) => referencedNames(member.type)) : type.kind === "alias" ? referencedNames(type.type) : [];
    mentioned.forEach((target) => edge(type.name, target));
  }

  const roots = [
    ...[...api.schema.definitions.keys()].filter((name) => ROOT_DEFINITIONS.has(name) || ROOT_SUFFIX.test(name)),
    ...api.methods.flatMap((method) => [...method.params.flatMap((param) => referencedNames(param.type)), ...(method.result !== null ? [method.result] : [])]),
    ...api.callbacks.map((callback) => callback.payload),
  ];
  const reached = new Set<string>();
  const pending = [...roots];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (reached.has(name)) continue;
    reached.add(name);
    pending.push(...(edges.get(name) ?? []));
  }

  const defined = [...new Set([...api.types.map((type) => type.name), ...[...api.schema.definitions.keys()]])];
  return defined
    .filter((name) => !reached.has(name) && !ROOT_DEFINITIONS.has(name) && !ROOT_SUFFIX.test(name))
    .map((name) => ({ rule: "DEFINITION_USED", subject: { kind: "type", name }, message: `${name} is defined but no function, callback or other definition uses it` }));
}
