/**
 * RESULT_NO_SECRET: nothing a result or a callback payload carries is a secret. Every application
 * allowed to call a getter, or registered for a callback, reads it; a password, key or PIN goes into
 * a function's params only. A secret is a member the schema marks `writeOnly: true`, or one whose
 * name says so (the words below).
 */
import type { Api, Member, TypeRef } from "../model/api.js";
import { defPointer } from "../model/schema-reader.js";
import { marksWriteOnly } from "../model/merged-constraints.js";
import { declared } from "../model/schema-types.js";
import type { RuleFinding } from "./finding.js";
import { dictionariesInResults, resolveAliases, typeIndex, type TypeIndex } from "./types.js";
import { nameWords } from "./words.js";

/** Words that make a name a secret wherever they stand. */
const SECRET_WORDS: ReadonlySet<string> = new Set(["password", "passwd", "passphrase", "psk", "secret", "credential", "credentials"]);
/** Words that make a name a secret as its last word (`preSharedKey`, `pin`), not before another (`keyType`, `pinRetriesLeft`). */
const SECRET_ENDINGS: ReadonlySet<string> = new Set(["key", "pin", "puk", "pin2", "puk2"]);

/** Last words that make the name about a secret without being one (`credentialId`, `passwordType`). */
const ABOUT_A_SECRET: ReadonlySet<string> = new Set(["id", "ids", "name", "type", "index", "length", "format", "policy", "status", "state", "mode", "method", "hint", "retries", "left", "count", "elements", "set", "required", "enabled"]);

export function isSecretName(name: string): boolean {
  const words = nameWords(name);
  const last = words.at(-1) ?? "";
  const beforeLast = words.at(-2) ?? "";
  if (ABOUT_A_SECRET.has(last)) return false;
  return words.some((word) => SECRET_WORDS.has(word)) || SECRET_ENDINGS.has(last) || (last === "code" && SECRET_ENDINGS.has(beforeLast));
}

/** A yes/no or a choice from a list tells nothing secret, whatever its name (`hasPassword`, `keyManagement`). */
function canHoldSecret(type: TypeRef, types: TypeIndex): boolean {
  const resolved = resolveAliases(type, types);
  if (resolved.kind === "boolean") return false;
  if (resolved.kind === "ref") return types.get(resolved.name)?.kind !== "enum" && types.get(resolved.name)?.kind !== "dictionary";
  if (resolved.kind === "array") return canHoldSecret(resolved.items, types);
  if (resolved.kind === "record") return canHoldSecret(resolved.values, types);
  if (resolved.kind === "union") return resolved.of.some((item) => canHoldSecret(item, types));
  return true;
}

/** Whether the dictionary's schema marks the member writeOnly (read as the docs read it: through references and the parts it must also fit). */
function isWriteOnly(api: Api, dictionary: string, member: string): boolean {
  const tree = api.schema;
  const definition = tree.definitions.has(dictionary) ? declared(tree.definition(dictionary)) : undefined;
  const property = definition?.kind === "object" ? definition.properties.find((candidate) => candidate.name === member) : undefined;
  return property !== undefined && marksWriteOnly(property.schema);
}

export function secretsInResults(api: Api): RuleFinding[] {
  const types = typeIndex(api);
  const why = (dictionary: string, member: Member) =>
    isWriteOnly(api, dictionary, member.name) ? `the schema marks it writeOnly (${defPointer(dictionary, "properties", member.name)})` : isSecretName(member.name) && canHoldSecret(member.type, types) ? "its name says it is a secret" : null;
  return [...dictionariesInResults(api).values()].flatMap(({ dictionary, carrier }) =>
    dictionary.members.flatMap((member): RuleFinding[] => {
      const reason = why(dictionary.name, member);
      if (reason === null) return [];
      return [
        {
          rule: "RESULT_NO_SECRET",
          subject: { kind: "member", type: dictionary.name, name: member.name },
          message: `${dictionary.name}.${member.name} is a secret (${reason}) in ${carrier}, which every application allowed to call or register reads: leave it out of results (accept it in params only), or return whether it is set`,
        },
      ];
    }),
  );
}
