import type { Api } from "./model/api.js";

/** What `validate` prints: the counts that tell a reader the spec is what they expect. */
export function summarizeApi(api: Api): string {
  const width = Math.max(...api.groups.map((group) => group.name.length));
  const lines = api.groups.map((group) => `  ${(group.extension ? "ext." : group.section).padEnd(5)} ${group.name.padEnd(width)}  ${String(group.methods.length).padStart(3)}  ${group.title}`);
  const dictionaries = api.types.filter((type) => type.kind === "dictionary").length;
  const enums = api.types.filter((type) => type.kind === "enum").length;
  const table4 = api.errorCodes.filter((row) => row.source === "Table 4").length;
  const vendor = api.errorCodes.filter((row) => row.source === "vendor").length;
  return [
    `${api.title} (cmapiversion ${api.cmapiVersion}): the WebIDL and the JSON Schema agree.`,
    "",
    `Functions per group (${api.methods.length} in ${api.groups.length} groups):`,
    ...lines,
    "",
    `Callbacks: ${api.callbacks.length}`,
    `Types: ${dictionaries} dictionaries, ${enums} enums, ${api.types.length - dictionaries - enums} typedefs`,
    `Error codes: ${table4} rows of Table 4, ${api.errorCodes.length - table4 - vendor} JSON-RPC codes${vendor > 0 ? `, ${vendor} vendor codes` : ""}`,
    `UICC status words: ${api.statusWords.length}`,
    `SCR profiles: ${api.profiles.map((profile) => profile.deviceClass).join(", ")}`,
    "",
  ].join("\n");
}

/** The same counts as data, for `validate --error-format json`. */
export function apiCounts(api: Api): Record<string, number> {
  const count = (kind: string) => api.types.filter((type) => type.kind === kind).length;
  return {
    groups: api.groups.length,
    functions: api.methods.length,
    callbacks: api.callbacks.length,
    dictionaries: count("dictionary"),
    enums: count("enum"),
    typedefs: api.types.length - count("dictionary") - count("enum"),
    errorCodes: api.errorCodes.length,
    statusWords: api.statusWords.length,
    profiles: api.profiles.length,
  };
}
