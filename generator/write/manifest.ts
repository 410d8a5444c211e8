/** The list of files a generation wrote, kept in the output folder so the next one knows what it owns. */
import { SpecError } from "../diagnostics.js";

export const MANIFEST_FILE = ".opencmapi-gen-manifest.json";

export interface ManifestEntry {
  sha256: string;
}

export interface Manifest {
  generator: "opencmapi-gen";
  /**
   * What the output was made from: the spec, the options and the tool version (generation-inputs.ts's
   * `madeFrom`), not the generator's code, so that a commit changing only the generator leaves the
   * manifest as it is. Absent in manifests of older versions.
   */
  inputs?: string;
  files: Record<string, ManifestEntry>;
}

export function manifestText(manifest: Manifest): string {
  const files = Object.fromEntries(Object.entries(manifest.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ generator: manifest.generator, ...(manifest.inputs ? { inputs: manifest.inputs } : {}), files }, null, 2)}\n`;
}

export function parseManifest(text: string, file: string): Manifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  const files = (value as Manifest | undefined)?.files;
  if (!value || (value as Manifest).generator !== "opencmapi-gen" || !files || typeof files !== "object") {
    throw new SpecError([{ message: `${MANIFEST_FILE} is not a manifest opencmapi-gen wrote; delete it and generate again`, location: { file } }], 2);
  }
  return value as Manifest;
}
