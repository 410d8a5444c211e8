import type { Api } from "./model/api.js";

/** What `validate` prints: the counts that tell a reader the spec is what they expect. */
export function summarizeApi(api: Api): string {
  const width = Math.max(...api.groups.map((group) => group.name.length));
  const lines = api.groups.map((group) => `  ${group.section.padEnd(5)} ${group.name.padEnd(width)}  ${String(group.methods.length).padStart(3)}  ${group.title}`);
  const dictionaries = api.types.filter((type) => type.kind === "dictionary").length;
  const enums = api.types.filter((type) => type.kind === "enum").length;
  const table4 = api.errorCodes.filter((row) => row.source === "Table 4").length;
  return [
    `${api.title} (cmapiversion ${api.cmapiVersion}): the WebIDL and the JSON Schema agree.`,
    "",
    `Functions per group (${api.methods.length} in ${api.groups.length} groups):`,
    ...lines,
    "",
    `Callbacks: ${api.callbacks.length}`,
    `Types: ${dictionaries} dictionaries, ${enums} enums, ${api.types.length - dictionaries - enums} typedefs`,
    `Error codes: ${table4} rows of Table 4, ${api.errorCodes.length - table4} JSON-RPC codes`,
    `UICC status words: ${api.statusWords.length}`,
    `SCR profiles: ${api.profiles.map((profile) => profile.deviceClass).join(", ")}`,
    "",
  ].join("\n");
}
