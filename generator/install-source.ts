/**
 * Where the running opencmapi-gen was installed from, and how a scaffolded project's package.json
 * names it so that its `npm install` finds the same package. While opencmapi-gen is not on the
 * registry, "^0.1.0" would answer E404; a project made from a clone links the clone, one made by an
 * installed copy asks for what that copy's lockfile says it was installed from.
 */
import { readTextOrUndefined } from "./cli/context.js";
import { isAbsolute, join, relative, resolve, sep } from "node:path";

export type InstallSource =
  /** A clone (or a folder linked with `npm install ../opencmapi-gen`): the package root is not under node_modules. */
  | { kind: "checkout"; root: string }
  /** A packed .tgz: its absolute path. */
  | { kind: "tarball"; file: string }
  /** A git URL, as the lockfile pins it (with its commit). */
  | { kind: "git"; url: string }
  /** A tarball at a URL that is not the registry's. */
  | { kind: "url"; url: string }
  | { kind: "registry"; version: string }
  /** No lockfile says: the registry is assumed. */
  | { kind: "unknown"; version: string };

/** What a project in `projectDir` writes in its devDependencies for this source. */
export function dependencySpec(source: InstallSource, projectDir: string): string {
  switch (source.kind) {
    case "checkout":
      return `file:${portable(relative(projectDir, source.root)) || "."}`;
    case "tarball":
      return `file:${portable(relative(projectDir, source.file))}`;
    case "git":
    case "url":
      return source.url;
    case "registry":
    case "unknown":
      return `^${source.version}`;
  }
}

/** In a sentence: "the clone at ../opencmapi-gen", for the scaffold's closing line. */
export function describeSource(source: InstallSource, projectDir: string): string {
  switch (source.kind) {
    case "checkout":
      return `the clone at ${portable(relative(projectDir, source.root)) || "."} (linked)`;
    case "tarball":
      return `the tarball ${portable(relative(projectDir, source.file))}`;
    case "git":
    case "url":
      return source.url;
    case "registry":
      return `the registry (^${source.version})`;
    case "unknown":
      return `the registry (^${source.version}; no lockfile said where this copy came from, --package names another source)`;
  }
}

const portable = (path: string) => path.split(sep).join("/");

/** The lockfile entry npm wrote for an installed package. */
interface LockEntry {
  resolved?: string;
}

/**
 * Reads where the package at `root` (opencmapi-gen's own folder, real path) came from. Under
 * node_modules, the installing project's lockfiles say: npm's hidden one in node_modules/ first
 * (it is what was installed), then package-lock.json (npx's cache folders have one too).
 */
export function installSource(root: string, version: string, read: (file: string) => string | undefined = readTextOrUndefined): InstallSource {
  const marker = `${sep}node_modules${sep}`;
  const at = root.lastIndexOf(marker);
  if (at < 0) return { kind: "checkout", root };
  const project = root.slice(0, at);
  const key = portable(relative(project, root));
  for (const lockfile of [join(project, "node_modules", ".package-lock.json"), join(project, "package-lock.json")]) {
    const text = read(lockfile);
    if (text === undefined) continue;
    let entry: LockEntry | undefined;
    try {
      entry = (JSON.parse(text) as { packages?: Record<string, LockEntry> }).packages?.[key];
    } catch {
      continue;
    }
    const resolved = entry?.resolved;
    if (typeof resolved !== "string") continue;
    return sourceOfResolved(resolved, project, version);
  }
  return { kind: "unknown", version };
}

/** A dependency spec (or a lockfile's `resolved`) that npm fetches with git, and builds with the package's prepare script. */
export const isGitSpec = (spec: string) => /^(git\+|git:|github:|gitlab:|bitbucket:)/.test(spec);

/** A lockfile's `resolved`, read: `file:` paths are relative to the project that holds the lockfile. */
export function sourceOfResolved(resolved: string, project: string, version: string): InstallSource {
  if (resolved.startsWith("file:")) {
    const path = resolved.slice("file:".length);
    return { kind: "tarball", file: isAbsolute(path) ? path : resolve(project, path) };
  }
  if (isGitSpec(resolved)) return { kind: "git", url: resolved };
  if (/^https?:/.test(resolved)) return /\/-\/opencmapi-gen-[^/]+\.tgz$/.test(resolved) ? { kind: "registry", version } : { kind: "url", url: resolved };
  return { kind: "unknown", version };
}
