/**
 * Warns when the project the output lands in does not list a package the output imports (ws for
 * the Node client and the server, and for TypeScript their type packages). The project is the
 * nearest package.json above the output folder; without one there is nothing to check.
 */
import { readFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import type { GeneratorOptions } from "./config.js";
import { peerPackagesOf } from "./emit/artifacts.js";
import { installLine, type PeerPackage } from "./emit/peer-packages.js";

const DEPENDENCY_FIELDS = ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"];

async function nearestPackageJson(from: string): Promise<{ path: string; listed: Set<string> } | null> {
  for (let dir = from; ; dir = dirname(dir)) {
    const path = join(dir, "package.json");
    const text = await readFile(path, "utf8").catch(() => null);
    if (text !== null) {
      let manifest: Record<string, unknown>;
      try {
        manifest = JSON.parse(text) as Record<string, unknown>;
      } catch {
        return null; // npm reports a broken package.json better than we would
      }
      const listed = DEPENDENCY_FIELDS.flatMap((field) => Object.keys((manifest[field] as Record<string, unknown> | undefined) ?? {}));
      return { path, listed: new Set(listed) };
    }
    if (dirname(dir) === dir) return null;
  }
}

export async function missingPeerPackages(options: Pick<GeneratorOptions, "out" | "emit" | "lang">): Promise<{ packageJson: string; missing: PeerPackage[] } | null> {
  const needed = peerPackagesOf(options.emit, options.lang ?? "ts");
  if (needed.length === 0) return null;
  const project = await nearestPackageJson(options.out);
  if (project === null) return null;
  const missing = needed.filter((item) => !project.listed.has(item.name));
  return missing.length > 0 ? { packageJson: project.path, missing } : null;
}

/** One warning line per missing package, then the line that installs them all; nothing when none is missing. */
export async function peerPackageWarnings(options: Pick<GeneratorOptions, "out" | "emit" | "lang">, cwd = process.cwd()): Promise<string> {
  const found = await missingPeerPackages(options);
  if (found === null) return "";
  const where = relative(cwd, found.packageJson) || "package.json";
  const lines = found.missing.map((item) => `opencmapi-gen: warning: the generated code needs ${item.name}@${item.range} (${item.why}), which ${where} does not list`);
  return `${lines.join("\n")}\n  install: ${installLine(found.missing)}\n`;
}
