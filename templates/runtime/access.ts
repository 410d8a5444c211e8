/**
 * The access levels of Table 4's security codes and the spec's `AccessLevel` enum, lowest first:
 * each includes the ones before it. The generated server checks every call against the level its
 * function declares (`[Access=...]` in the WebIDL); the client and the model use the same list.
 * Carried into generated/runtime/.
 */
export const ACCESS_LEVELS = ["user", "administrator", "operator"] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/** What a function or callback that declares no level needs: deny by default. */
export const DEFAULT_ACCESS: AccessLevel = "administrator";

export const isAccessLevel = (value: unknown): value is AccessLevel => typeof value === "string" && (ACCESS_LEVELS as readonly string[]).includes(value);

/** Whether a session at level `held` may do what needs level `needed`. */
export const grants = (held: AccessLevel, needed: AccessLevel): boolean => ACCESS_LEVELS.indexOf(held) >= ACCESS_LEVELS.indexOf(needed);
