/** What the rules ask about types: what a member's type is once typedefs are resolved, and what a result can carry. */
import type { Api, DictionaryType, NamedType, TypeRef } from "../model/api.js";

export type TypeIndex = ReadonlyMap<string, NamedType>;

export const typeIndex = (api: Api): TypeIndex => new Map(api.types.map((type) => [type.name, type]));

/** The type behind typedefs (a `ref` to an alias becomes the alias's type); a ref to a dictionary or enum stays a ref. */
export function resolveAliases(type: TypeRef, types: TypeIndex, seen: ReadonlySet<string> = new Set()): TypeRef {
  if (type.kind !== "ref" || seen.has(type.name)) return type;
  const named = types.get(type.name);
  return named?.kind === "alias" ? resolveAliases(named.type, types, new Set([...seen, type.name])) : type;
}

/** An integer or a number, or a list of them (typedefs resolved). */
export function isNumeric(type: TypeRef, types: TypeIndex): boolean {
  const resolved = resolveAliases(type, types);
  if (resolved.kind === "integer" || resolved.kind === "number") return true;
  return resolved.kind === "array" && isNumeric(resolved.items, types);
}

export function isInteger(type: TypeRef, types: TypeIndex): boolean {
  return resolveAliases(type, types).kind === "integer";
}

export function isArray(type: TypeRef, types: TypeIndex): boolean {
  return resolveAliases(type, types).kind === "array";
}

/** The named types a type mentions, through lists and unions. */
export function referencedNames(type: TypeRef): string[] {
  switch (type.kind) {
    case "ref":
      return [type.name];
    case "array":
      return referencedNames(type.items);
    case "record":
      return referencedNames(type.values);
    case "union":
      return type.of.flatMap(referencedNames);
    default:
      return [];
  }
}

/**
 * The dictionaries a successful result or a callback payload can carry, each with the first
 * function or callback found to carry it (for messages).
 */
export function dictionariesInResults(api: Api): Map<string, { dictionary: DictionaryType; carrier: string }> {
  const types = typeIndex(api);
  const found = new Map<string, { dictionary: DictionaryType; carrier: string }>();
  const seen = new Set<string>();
  const visit = (name: string, carrier: string) => {
    const type = types.get(name);
    if (!type || seen.has(name)) return;
    seen.add(name);
    if (type.kind === "alias") referencedNames(type.type).forEach((next) => visit(next, carrier));
    if (type.kind !== "dictionary") return;
    found.set(name, { dictionary: type, carrier });
    for (const member of type.members) referencedNames(member.type).forEach((next) => visit(next, carrier));
  };
  for (const method of api.methods) if (method.result !== null) visit(method.result, `the result of ${method.name}`);
  for (const callback of api.callbacks) visit(callback.payload, `the payload of ${callback.callbackId}`);
  return found;
}
