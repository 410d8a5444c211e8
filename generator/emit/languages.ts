/** The languages generated code can be written in (see language.ts); apart, so that the CLI can name them without loading ts-morph. */
export const LANGUAGES = ["ts", "js"] as const;
export type Language = (typeof LANGUAGES)[number];
