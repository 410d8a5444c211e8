/**
 * The only module that writes the output folder (through disk.ts, the one place that calls node:fs):
 * it puts a generation into the folder all at once or not at all (journal.ts says how, and how a
 * write stopped half-way is finished or undone), removes the files an earlier generation wrote and
 * this one does not, and never touches a file opencmapi-gen did not write. It also reads the folder
 * back for `check` and to see whether anything changed.
 */
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { dirname, join, posix } from "node:path";
import { SpecError } from "../diagnostics.js";
import type { GeneratedFiles } from "../emit/context.js";
import { GENERATED_MARK, sha256 } from "../generated-header.js";
import type { GenerationKeys } from "../generation-inputs.js";
import { disk } from "./disk.js";
import type { FastPathRecord } from "./fast-path.js";
import { displayPath, FileSystemError } from "./fs-errors.js";
import type { WriteControl } from "./interrupt.js";
import { asidePath, findLeftovers, JOURNAL_FILE, JOURNAL_TEMP, journalText, listFiles, liveWriter, recoverFolder, removeEmptyParents, settle, stagedPath, type Journal, type Leftovers, type Recovery } from "./journal.js";
import { MANIFEST_FILE, manifestText, parseManifest, type Manifest } from "./manifest.js";

export type { Leftovers, Recovery };

export interface PreviousGeneration {
  manifest: Manifest | null;
  /** sha256 of the manifest's bytes, which a fast-path record must name (write/fast-path.ts); null without a manifest. */
  manifestSha256: string | null;
  /** The files the manifest lists that are still as they were written (their bytes have the manifest's hash). */
  intact: Set<string>;
}

/**
 * The output folder may not exist yet; if something is there, it must be a folder, and so must
 * every existing folder above it.
 */
export async function assertFolder(outDir: string): Promise<void> {
  let kind;
  try {
    kind = await disk.kind(outDir);
  } catch (error) {
    if (!(error instanceof FileSystemError) || error.code !== "ENOTDIR") throw error;
    // -o a-file/sub: name the file that stands in the way.
    let file = dirname(outDir);
    while (dirname(file) !== file && (await disk.kind(file).catch(() => "folder")) !== "file") file = dirname(file);
    throw new FileSystemError([{ action: "write into", path: outDir, code: "ENOTDIR", reason: `${displayPath(file)} is a file, not a folder`, hint: "choose another --out, or move that file away" }]);
  }
  if (kind === "file") throw new FileSystemError([{ action: "write into", path: outDir, code: "ENOTDIR", reason: "it is a file, and the output must be a folder", hint: "choose another --out, or move that file away" }]);
}

export async function readPreviousGeneration(outDir: string): Promise<PreviousGeneration> {
  await assertFolder(outDir);
  const manifestPath = join(outDir, MANIFEST_FILE);
  const bytes = await disk.read(manifestPath);
  if (bytes === undefined) return { manifest: null, manifestSha256: null, intact: new Set() };
  const manifest = parseManifest(bytes.toString("utf8"), manifestPath);
  const intact = new Set<string>();
  // Bytes, not text: the hash of a file's UTF-8 bytes is the hash of its text, without decoding 3 MB.
  await Promise.all(
    Object.entries(manifest.files).map(async ([path, entry]) => {
      const current = await disk.read(join(outDir, path));
      if (current !== undefined && sha256(current) === entry.sha256) intact.add(path);
    }),
  );
  return { manifest, manifestSha256: sha256(bytes), intact };
}

/**
 * The files of the folder when nothing needs generating, null otherwise. Three things must hold:
 * the manifest says it was made from these inputs (`madeFrom`); the local fast-path record says this
 * very generator (`fastPath`: its code, templates and packages) wrote or verified that manifest, byte
 * for byte; and every file the manifest lists is still as written. The manifest alone is not
 * enough: it does not hash the generator's code (so that `generated/` does not change with it), and
 * a changed generator may write other files from the same inputs.
 */
export function unchangedGeneration(previous: PreviousGeneration, keys: GenerationKeys | null, record: FastPathRecord | null): string[] | null {
  const manifest = previous.manifest;
  if (keys === null || !manifest || manifest.inputs !== keys.madeFrom) return null;
  if (!record || record.key !== keys.fastPath || record.manifest !== previous.manifestSha256) return null;
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

const isOurs = (text: string | undefined) => text !== undefined && text.split("\n", 3).some((line) => line.includes(GENERATED_MARK));

export interface WriteReport {
  written: string[];
  unchanged: string[];
  removed: string[];
  /** What was done first about a write an earlier run left unfinished. */
  recovered?: Recovery;
}

/**
 * Writes a generation, all of it or none of it, by the journal of journal.ts: first any write an
 * earlier run left unfinished is finished or undone; then the plan (what changes, what is removed,
 * what is in the way), before anything is written; then the journal; then every file is staged
 * beside its target under a temporary name; only when all are staged are they renamed into place,
 * the files they replace kept aside until the end, so that a failure puts everything back. An
 * error or a signal (see interrupt.ts) before the renames begin rolls back; once they have begun,
 * a signal waits for them to end, and an error puts the old files back. A run killed at any point
 * leaves the journal, and the next run finishes or undoes what it describes.
 */
export interface WriteOptions {
  /** Overwrite files that opencmapi-gen did not write. */
  force?: boolean;
  /** Signals received while writing (interrupt.ts). */
  control?: WriteControl;
}

export async function writeGeneration(outDir: string, files: GeneratedFiles, manifest: Manifest, options: WriteOptions = {}): Promise<WriteReport> {
  const control = options.control;
  const recovered = await recoverOutput(outDir, options);
  const previous = await readPreviousGeneration(outDir);
  const owned = new Set(Object.keys(previous.manifest?.files ?? {}));
  const report: WriteReport = { written: [], unchanged: [], removed: [], ...(recovered ? { recovered } : {}) };

  const changes: { path: string; text: string; old: string | null }[] = [];
  const conflicts: string[] = [];
  const manifestFile = manifestText(manifest);
  for (const [path, text] of [...files, [MANIFEST_FILE, manifestFile] as const]) {
    const bytes = await disk.read(join(outDir, path));
    const current = bytes?.toString("utf8");
    if (current === text) {
      if (path !== MANIFEST_FILE) report.unchanged.push(path);
      continue;
    }
    if (path !== MANIFEST_FILE && current !== undefined && !owned.has(path) && !isOurs(current) && !options.force) conflicts.push(path);
    changes.push({ path, text, old: bytes === undefined ? null : sha256(bytes) });
  }
  if (conflicts.length > 0) {
    throw new SpecError(
      conflicts.map((path) => ({ message: "exists and was not written by opencmapi-gen; move it away or pass --force to overwrite it", location: { file: join(outDir, path) } })),
      2,
    );
  }
  const stale: { path: string; sha256: string }[] = [];
  for (const path of [...owned].filter((path) => !files.has(path))) {
    const bytes = await disk.read(join(outDir, path));
    if (bytes !== undefined) stale.push({ path, sha256: sha256(bytes) });
  }
  report.written = changes.map((change) => change.path).filter((path) => path !== MANIFEST_FILE);
  report.removed = stale.map((entry) => entry.path);
  if (changes.length === 0 && stale.length === 0) return report;

  const journal: Journal = {
    generator: "opencmapi-gen",
    journal: 1,
    token: randomBytes(6).toString("hex"),
    pid: process.pid,
    host: hostname(),
    started: Date.now(),
    folders: await foldersToCreate(
      outDir,
      changes.map((change) => change.path),
    ),
    files: changes.map((change) => ({ path: change.path, old: change.old, new: sha256(change.text) })),
    remove: stale,
  };
  const at = (path: string) => join(outDir, path);
  control?.check("untouched");
  control?.enter();
  try {
    let journalWritten = false;
    try {
      // The output folder and its parents, then the journal, before anything else.
      for (const folder of journal.folders.filter((folder) => folder === "" || folder.startsWith("..")).sort((a, b) => b.length - a.length)) await disk.makeFolder(at(folder));
      await disk.write(at(JOURNAL_TEMP), journalText(journal), at(JOURNAL_FILE));
      await disk.move(at(JOURNAL_TEMP), at(JOURNAL_FILE));
      journalWritten = true;
      for (const folder of journal.folders.filter((folder) => folder !== "" && !folder.startsWith(".."))) {
        control?.check();
        await disk.makeFolder(at(folder));
      }
      for (const change of changes) {
        control?.check();
        await disk.write(at(stagedPath(change.path, journal.token)), change.text, at(change.path));
      }
      control?.check();
    } catch (error) {
      await rollBack(outDir, journal, journalWritten, error, options.force);
      throw error;
    }
    try {
      await commit(outDir, journal);
    } catch (error) {
      await rollBack(outDir, journal, true, error, options.force);
      throw error;
    }
    if (control) control.wrote = true;
  } finally {
    control?.leave();
  }
  return report;
}

const recoveryOptions = (options: WriteOptions) => ({
  ...(options.force ? { force: true } : {}),
  ...(options.control ? { enter: () => options.control!.enter(), leave: () => options.control!.leave() } : {}),
});

/** Finishes or undoes an interrupted write, if the folder holds one (generate calls it before deciding whether anything needs generating). */
export async function recoverOutput(outDir: string, options: WriteOptions = {}): Promise<Recovery | null> {
  await assertFolder(outDir);
  return recoverFolder(outDir, recoveryOptions(options));
}

/** The folders a write must create for these files, relative to the output folder, parents first: the output folder's missing parents as "..", "../..", itself as "". */
async function foldersToCreate(outDir: string, paths: readonly string[]): Promise<string[]> {
  const missing: string[] = [];
  if ((await disk.kind(outDir)) === "missing") {
    const above: string[] = [""];
    for (let dir = dirname(outDir), up = ".."; dir !== dirname(dir) && (await disk.kind(dir)) === "missing"; dir = dirname(dir), up = `${up}/..`) above.push(up);
    missing.push(...above.reverse());
  }
  const folders = new Set<string>();
  for (const path of paths) for (let dir = posix.dirname(path); dir !== "."; dir = posix.dirname(dir)) folders.add(dir);
  for (const folder of [...folders].sort((a, b) => a.split("/").length - b.split("/").length || (a < b ? -1 : 1))) {
    const kind = missing.includes("") ? "missing" : await disk.kind(join(outDir, folder));
    if (kind === "missing") missing.push(folder);
    else if (kind === "file")
      throw new FileSystemError([{ action: "write into", path: join(outDir, folder), code: "ENOTDIR", reason: "it is a file, where opencmapi-gen needs a folder", hint: "move that file away or choose another --out" }]);
  }
  return missing;
}

/** The renames, then the tidying: from the first rename on, the folder is consistent only once this returns (or the journal's recovery has run). */
async function commit(outDir: string, journal: Journal): Promise<void> {
  const at = (path: string) => join(outDir, path);
  for (const file of journal.files) {
    if ((await disk.kind(at(file.path))) !== "missing") await disk.move(at(file.path), at(asidePath(file.path, journal.token)), at(file.path));
    await disk.move(at(stagedPath(file.path, journal.token)), at(file.path));
  }
  for (const entry of journal.remove) {
    if ((await disk.kind(at(entry.path))) !== "missing") await disk.move(at(entry.path), at(asidePath(entry.path, journal.token)), at(entry.path));
  }
  // The new generation is in place: what follows only deletes the backups.
  for (const file of journal.files) if (file.old !== null) await disk.remove(at(asidePath(file.path, journal.token)));
  for (const entry of journal.remove) {
    await disk.remove(at(asidePath(entry.path, journal.token)));
    await removeEmptyParents(outDir, entry.path);
  }
  await disk.remove(at(JOURNAL_FILE));
}

/**
 * After an error or a signal: the journal's write undone (or, when that is impossible, finished).
 * If even that fails, the journal stays for the next run, and the error says so.
 */
async function rollBack(outDir: string, journal: Journal, journalWritten: boolean, cause: unknown, force?: boolean): Promise<void> {
  try {
    if (journalWritten) await settle(outDir, journal, "undo", force);
    else {
      // Only the output folder (and its parents) can have been made, and the journal's temporary file.
      if ((await disk.kind(join(outDir, JOURNAL_TEMP))) !== "missing") await disk.remove(join(outDir, JOURNAL_TEMP));
      for (const folder of journal.folders.filter((folder) => folder === "" || folder.startsWith("..")).sort((a, b) => a.length - b.length)) if (!(await disk.removeFolderIfEmpty(join(outDir, folder)))) break;
    }
  } catch (failure) {
    const problems = [...(cause instanceof FileSystemError ? cause.problems : []), ...(failure instanceof FileSystemError ? failure.problems : [])];
    const first = problems[0];
    if (!first) throw failure;
    throw new FileSystemError([
      ...problems.slice(0, -1),
      {
        ...problems[problems.length - 1]!,
        hint: `the write could not be undone either; ${JOURNAL_FILE} in the folder describes it: once this is fixed, run generate again and it finishes or undoes it (check says so until then)`,
      },
    ]);
  }
}

export interface CheckReport {
  missing: string[];
  changed: { path: string; current: string; expected: string }[];
  /** Written by an earlier generation, no longer produced: generate would remove them. */
  stale: string[];
  /** In the output folder but not written by opencmapi-gen. */
  unexpected: string[];
  /** An interrupted write's leftovers: until generate has finished or undone it, nothing else is compared. */
  interrupted?: { journal: boolean; pid?: number; files: string[]; description: string; /** The writer is still running (a generate in another terminal): nothing to put right. */ live: boolean };
}

/** Nothing missing, changed, stale or unexpected, and no interrupted write. */
export function isUpToDate(report: CheckReport): boolean {
  return !report.interrupted && report.missing.length + report.changed.length + report.stale.length + report.unexpected.length === 0;
}

/** The report of `check` on a folder that holds an interrupted write: that, and nothing else. */
export function interruptedReport(leftovers: Leftovers): CheckReport {
  return {
    missing: [],
    changed: [],
    stale: [],
    unexpected: [],
    interrupted: {
      journal: leftovers.journal !== null,
      ...(leftovers.journal ? { pid: leftovers.journal.pid } : {}),
      files: leftovers.files,
      description: leftoversDescription(leftovers),
      live: leftovers.journal !== null && liveWriter(leftovers.journal),
    },
  };
}

/** The leftovers of interrupted writes, for check (generate puts them right itself). */
export async function leftoversIn(outDir: string): Promise<Leftovers | null> {
  await assertFolder(outDir);
  return findLeftovers(outDir);
}

function leftoversDescription(leftovers: Leftovers): string {
  const count = leftovers.files.length;
  const parts = [
    leftovers.journal ? `its journal (${JOURNAL_FILE}, pid ${leftovers.journal.pid})` : leftovers.journalTemp ? `a half-written journal (${JOURNAL_TEMP})` : null,
    count > 0 ? `${count} temporary file${count === 1 ? "" : "s"} or backup${count === 1 ? "" : "s"} (*.opencmapi-gen-*.tmp, *.opencmapi-gen-*.old)` : null,
  ].filter((part): part is string => part !== null);
  if (leftovers.journal && liveWriter(leftovers.journal)) return `a generate (pid ${leftovers.journal.pid}) is writing here now: check again once it has finished`;
  return `a generate was interrupted while writing here and left ${parts.join(" and ")}`;
}

/** Compares a generation made in memory with the output folder. */
export async function compareGeneration(outDir: string, files: GeneratedFiles, ignore: readonly string[] = [], previous?: PreviousGeneration): Promise<CheckReport> {
  const { manifest } = previous ?? (await readPreviousGeneration(outDir));
  const report: CheckReport = { missing: [], changed: [], stale: [], unexpected: [] };
  for (const [path, expected] of files) {
    const current = (await disk.read(join(outDir, path)))?.toString("utf8");
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
    if (owned.has(path) || isOurs((await disk.read(join(outDir, path)))?.toString("utf8"))) report.stale.push(path);
    else report.unexpected.push(path);
  }
  return report;
}

/**
 * Creates files that will belong to the user (a scaffolded project): all of them or none, and
 * never over an existing file. Returns a function that removes them again (scaffold calls it when
 * what follows fails or is interrupted), each only if it is still as written.
 */
export async function createFiles(dir: string, files: GeneratedFiles, control?: WriteControl): Promise<() => Promise<void>> {
  const existing: string[] = [];
  for (const path of files.keys()) if ((await disk.kind(join(dir, path))) !== "missing") existing.push(path);
  if (existing.length > 0) {
    throw new SpecError(
      existing.map((path) => ({ message: "already exists; opencmapi-gen never overwrites it here", location: { file: join(dir, path) } })),
      2,
    );
  }
  const token = randomBytes(6).toString("hex");
  const temporary = (path: string) => join(dir, stagedPath(path, token));
  const folders = await foldersToCreate(dir, [...files.keys()]);
  const made: string[] = [];
  const staged: string[] = [];
  const placed: string[] = [];
  const undo = async () => {
    for (const path of placed) if ((await disk.read(join(dir, path)))?.toString("utf8") === files.get(path)) await disk.remove(join(dir, path));
    for (const path of staged) await disk.remove(temporary(path));
    for (const folder of [...made].reverse()) await disk.removeFolderIfEmpty(join(dir, folder));
  };
  control?.check("untouched");
  control?.enter();
  try {
    for (const folder of folders) {
      control?.check();
      await disk.makeFolder(join(dir, folder));
      made.push(folder);
    }
    for (const [path, text] of files) {
      control?.check();
      staged.push(path);
      await disk.write(temporary(path), text, join(dir, path));
    }
    control?.check();
    // The renames are finished even if a signal comes: the caller decides whether to keep the project.
    for (const path of [...staged]) {
      await disk.move(temporary(path), join(dir, path));
      staged.splice(staged.indexOf(path), 1);
      placed.push(path);
    }
  } catch (error) {
    await undo().catch(() => undefined);
    throw error;
  } finally {
    control?.leave();
  }
  return undo;
}
