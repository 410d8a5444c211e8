/**
 * The only module that writes: it puts a generation into the output folder all at once or not at
 * all, removes the files an earlier generation wrote and this one does not, and never touches a
 * file opencmapi-gen did not write. It also reads the folder back for `check` and to see whether anything changed.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, readdir, rename, rm, rmdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { SpecError } from "../diagnostics.js";
import type { GeneratedFiles } from "../emit/context.js";
import { GENERATED_MARK, sha256 } from "../generated-header.js";
import { MANIFEST_FILE, manifestText, parseManifest, type Manifest } from "./manifest.js";

export interface PreviousGeneration {
  manifest: Manifest | null;
  /** The files the manifest lists that are still as they were written (their bytes have the manifest's hash). */
  intact: Set<string>;
}

async function readOptional(path: string): Promise<string | undefined>;
async function readOptional(path: string, encoding: null): Promise<Buffer | undefined>;
async function readOptional(path: string, encoding: "utf8" | null = "utf8"): Promise<string | Buffer | undefined> {
  try {
    return await readFile(path, encoding === null ? {} : { encoding });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    if (code === "EISDIR") throw new SpecError([{ message: "is a folder, where opencmapi-gen writes a file; move it away", location: { file: path } }], 2);
    throw error;
  }
}

/** The output folder may not exist yet; if something is there, it must be a folder. */
async function assertFolder(outDir: string): Promise<void> {
  try {
    if (!(await stat(outDir)).isDirectory()) throw new SpecError([{ message: "is a file; the output must be a folder", location: { file: outDir } }], 2);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT" && !(error instanceof SpecError)) throw error;
    if (error instanceof SpecError) throw error;
  }
}

export async function readPreviousGeneration(outDir: string): Promise<PreviousGeneration> {
  await assertFolder(outDir);
  const manifestPath = join(outDir, MANIFEST_FILE);
  const text = await readOptional(manifestPath);
  if (text === undefined) return { manifest: null, intact: new Set() };
  const manifest = parseManifest(text, manifestPath);
  const intact = new Set<string>();
  // Bytes, not text: the hash of a file's UTF-8 bytes is the hash of its text, without decoding 3 MB.
  await Promise.all(
    Object.entries(manifest.files).map(async ([path, entry]) => {
      const current = await readOptional(join(outDir, path), null);
      if (current !== undefined && sha256(current) === entry.sha256) intact.add(path);
    }),
  );
  return { manifest, intact };
}

/**
 * The files of the folder when nothing needs generating: the manifest was written for these exact
 * inputs and every file it lists is still as written. Null otherwise.
 */
export function unchangedGeneration(previous: PreviousGeneration, inputs: string | null): string[] | null {
  const manifest = previous.manifest;
  if (inputs === null || !manifest || manifest.inputs !== inputs) return null;
  const paths = Object.keys(manifest.files);
  return paths.every((path) => previous.intact.has(path)) ? paths : null;
}

export function manifestFor(files: GeneratedFiles, inputs?: string | null): Manifest {
  return {
    generator: "opencmapi-gen",
    ...(inputs ? { inputs } : {}),
    files: Object.fromEntries([...files].map(([path, text]) => [path, { sha256: sha256(text) }])),
  };
}

/** Every file below `dir`, as relative paths with forward slashes. */
async function listFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (current: string) => {
    let entries;
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
      throw error;
    }
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) await walk(path);
      else found.push(relative(dir, path).split(sep).join("/"));
    }
  };
  await walk(dir);
  return found.sort();
}

const isOurs = (text: string | undefined) => text !== undefined && text.split("\n", 3).some((line) => line.includes(GENERATED_MARK));

export interface WriteReport {
  written: string[];
  unchanged: string[];
  removed: string[];
}

/**
 * Writes a generation. Every file is first written beside its target under a temporary name;
 * only when all are written are they renamed into place, the files they replace kept aside until
 * the end so that a failure puts everything back. An error before that point leaves the folder
 * exactly as it was.
 */
export interface WriteOptions {
  /** Overwrite files that opencmapi-gen did not write. */
  force?: boolean;
  /** The rename used to move files into place; tests pass one that fails. */
  rename?: (from: string, to: string) => Promise<void>;
}

export async function writeGeneration(outDir: string, files: GeneratedFiles, manifest: Manifest, options: WriteOptions = {}): Promise<WriteReport> {
  const move = options.rename ?? rename;
  const previous = await readPreviousGeneration(outDir);
  const owned = new Set(Object.keys(previous.manifest?.files ?? {}));
  const report: WriteReport = { written: [], unchanged: [], removed: [] };

  const changes: [string, string][] = [];
  const conflicts: string[] = [];
  for (const [path, text] of files) {
    const current = await readOptional(join(outDir, path));
    if (current === text) {
      report.unchanged.push(path);
      continue;
    }
    if (current !== undefined && !owned.has(path) && !isOurs(current) && !options.force) conflicts.push(path);
    changes.push([path, text]);
  }
  if (conflicts.length > 0) {
    throw new SpecError(
      conflicts.map((path) => ({ message: "exists and was not written by opencmapi-gen; move it away or pass --force to overwrite it", location: { file: join(outDir, path) } })),
      2,
    );
  }
  const stale = [...owned].filter((path) => !files.has(path));
  changes.push([MANIFEST_FILE, manifestText(manifest)]);

  const token = randomBytes(6).toString("hex");
  const staged = (path: string) => join(outDir, `${path}.opencmapi-gen-${token}.tmp`);
  const aside = (path: string) => join(outDir, `${path}.opencmapi-gen-${token}.old`);
  const done: { path: string; hadOld: boolean }[] = [];
  const removedAside: string[] = [];
  try {
    for (const [path, text] of changes) {
      await mkdir(dirname(join(outDir, path)), { recursive: true });
      await writeFile(staged(path), text);
    }
    for (const [path] of changes) {
      const target = join(outDir, path);
      const hadOld = await exists(target);
      if (hadOld) await move(target, aside(path));
      done.push({ path, hadOld });
      await move(staged(path), target);
    }
    for (const path of stale) {
      if (!(await exists(join(outDir, path)))) continue;
      await move(join(outDir, path), aside(path));
      removedAside.push(path);
    }
  } catch (error) {
    await rollBack(outDir, done, removedAside, changes, staged, aside);
    throw error;
  }
  for (const { path, hadOld } of done) if (hadOld) await rm(aside(path), { force: true });
  for (const path of removedAside) {
    await rm(aside(path), { force: true });
    await removeEmptyParents(outDir, path);
  }
  report.written = changes.map(([path]) => path).filter((path) => path !== MANIFEST_FILE);
  report.removed = removedAside;
  return report;
}

async function rollBack(outDir: string, done: { path: string; hadOld: boolean }[], removedAside: string[], changes: [string, string][], staged: (path: string) => string, aside: (path: string) => string): Promise<void> {
  for (const path of removedAside.reverse()) await rename(aside(path), join(outDir, path)).catch(() => undefined);
  for (const { path, hadOld } of done.reverse()) {
    await rm(join(outDir, path), { force: true }).catch(() => undefined);
    if (hadOld) await rename(aside(path), join(outDir, path)).catch(() => undefined);
  }
  for (const [path] of changes) await rm(staged(path), { force: true }).catch(() => undefined);
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function removeEmptyParents(outDir: string, path: string): Promise<void> {
  for (let dir = dirname(join(outDir, path)); dir !== outDir && dir.startsWith(outDir); dir = dirname(dir)) {
    try {
      await rmdir(dir);
    } catch {
      return;
    }
  }
}

export interface CheckReport {
  missing: string[];
  changed: { path: string; current: string; expected: string }[];
  /** Written by an earlier generation, no longer produced: generate would remove them. */
  stale: string[];
  /** In the output folder but not written by opencmapi-gen. */
  unexpected: string[];
}

/** Compares a generation made in memory with the output folder. */
export async function compareGeneration(outDir: string, files: GeneratedFiles, ignore: readonly string[] = [], previous?: PreviousGeneration): Promise<CheckReport> {
  const { manifest } = previous ?? (await readPreviousGeneration(outDir));
  const report: CheckReport = { missing: [], changed: [], stale: [], unexpected: [] };
  for (const [path, expected] of files) {
    const current = await readOptional(join(outDir, path));
    if (current === undefined) report.missing.push(path);
    else if (current !== expected) report.changed.push({ path, current, expected });
  }
  return { ...report, ...(await filesNotGenerated(outDir, new Set(files.keys()), manifest, ignore)) };
}

/** The folder compared with an unchanged generation (unchangedGeneration's paths): only files that it does not list can be reported. */
export async function compareUnchanged(outDir: string, paths: readonly string[], previous: PreviousGeneration, ignore: readonly string[] = []): Promise<CheckReport> {
  return { missing: [], changed: [], ...(await filesNotGenerated(outDir, new Set(paths), previous.manifest, ignore)) };
}

/** Files in the folder that the generation does not produce: stale when an earlier generation wrote them, unexpected otherwise. */
async function filesNotGenerated(outDir: string, generated: ReadonlySet<string>, manifest: Manifest | null, ignore: readonly string[]): Promise<Pick<CheckReport, "stale" | "unexpected">> {
  const owned = new Set(Object.keys(manifest?.files ?? {}));
  const report: Pick<CheckReport, "stale" | "unexpected"> = { stale: [], unexpected: [] };
  const ignored = (path: string) => ignore.some((pattern) => path === pattern || (pattern.endsWith("/") && path.startsWith(pattern)));
  for (const path of await listFiles(outDir)) {
    if (generated.has(path) || path === MANIFEST_FILE || ignored(path)) continue;
    if (owned.has(path) || isOurs(await readOptional(join(outDir, path)))) report.stale.push(path);
    else report.unexpected.push(path);
  }
  return report;
}

/**
 * Creates files that will belong to the user (a scaffolded project): all of them or none, and
 * never over an existing file.
 */
export async function createFiles(dir: string, files: GeneratedFiles): Promise<void> {
  const existing: string[] = [];
  for (const path of files.keys()) if (await exists(join(dir, path))) existing.push(path);
  if (existing.length > 0) {
    throw new SpecError(
      existing.map((path) => ({ message: "already exists; scaffold never overwrites a file", location: { file: join(dir, path) } })),
      2,
    );
  }
  const token = randomBytes(6).toString("hex");
  const staged: string[] = [];
  try {
    for (const [path, text] of files) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, `${path}.${token}.tmp`), text);
      staged.push(path);
    }
    for (const path of staged) await rename(join(dir, `${path}.${token}.tmp`), join(dir, path));
  } catch (error) {
    for (const path of staged) await rm(join(dir, `${path}.${token}.tmp`), { force: true });
    throw error;
  }
}
