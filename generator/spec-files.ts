/** Naming a spec's files; no parsing here, so commands that only compare hashes load nothing heavy. */

/**
 * The spec's files: the WebIDL and the JSON Schema, each one file or several (the bundled spec
 * first, then a vendor's additions). The first of each is the base spec.
 */
export interface SpecFiles {
  idl: string | readonly string[];
  schema: string | readonly string[];
}

export const fileList = (files: string | readonly string[]): string[] => (typeof files === "string" ? [files] : [...files]);
