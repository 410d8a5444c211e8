/** What the chosen artifacts need from a spec beyond what the model checks for every spec. */
import { SpecError, type Diagnostic } from "../diagnostics.js";
import type { Api } from "../model/api.js";
import { ENVELOPE_DEFS } from "../model/schema-keywords.js";

/**
 * The validators (and the server, which validates every message) check the envelopes of Tables
 * 1-3, so the schema must define them; a spec used only for types, the client or the docs need not.
 */
export function checkArtifactNeeds(api: Api, artifacts: readonly string[], schemaFile: string): void {
  if (!artifacts.includes("validators") && !artifacts.includes("server")) return;
  const tables = { request: "Table 1's request", response: "Table 2's response", callback: "Table 3's callback message" } as const;
  const problems: Diagnostic[] = Object.entries(tables)
    .filter(([kind]) => !Object.hasOwn(api.schemaDefs, ENVELOPE_DEFS[kind as keyof typeof tables]))
    .map(([kind, what]) => ({
      message: `the validators check every message against ${what} envelope, but $defs has no "${ENVELOPE_DEFS[kind as keyof typeof tables]}" (emit only types, errors, client, docs or openrpc, or define it as the bundled spec does)`,
      location: { file: schemaFile, pointer: "/$defs" },
    }));
  if (problems.length > 0) throw new SpecError(problems);
}
