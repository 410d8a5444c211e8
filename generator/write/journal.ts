/**
 * The write-ahead journal of a generation, and the recovery of a write that was stopped half-way.
 *
 * Before it creates anything in the output folder, the writer writes `.opencmapi-gen-journal.json`
 * (to a temporary name, then renamed, so that it is either absent or complete): a random token, the
 * writer's pid, host and start time, the folders it will create, and for every file it will put in
 * place its path, the sha256 of the file there now (null when there is none) and of the new one, and
 * for every file it will remove (an earlier generation's, no longer produced) its sha256. Then it
 * stages each file beside its target as `<path>.opencmapi-gen-<token>.tmp`, and commits: for each
 * file, the one in place is renamed to `<path>.opencmapi-gen-<token>.old` and the staged one into
 * place; the files to remove are renamed aside likewise; the backups are deleted; the journal last.
 *
 * A journal in the folder therefore means a write that did not end, and its token names every file
 * the write made. What to do with it follows from the files alone, not from a phase written down
 * (which a kill could leave stale):
 *
 * - When every file of the new generation is in place or staged complete (its hash is the new one),
 *   the staging had finished and the commit had begun: **finish it** (rename the staged files into
 *   place, delete the removed files and the backups). A commit is never undone halfway through by a
 *   kill; an interrupt (SIGINT, SIGTERM) during it waits until it is done.
 * - Otherwise the staging had not finished (or a failed commit was being undone): **roll back**:
 *   put each backup back, delete what the write created (staged files, new files it had put in
 *   place, the folders it made, if empty).
 *
 * Either way the journal goes last, so a recovery that is itself killed starts again from the same
 * files and reaches the same decision. Recovery never removes or overwrites a file the write did not
 * make: a file in place whose hash is neither the old nor the new one (edited since) is left alone
 * and reported, unless --force. Files named `*.opencmapi-gen-<12 hex>.tmp|.old` without a journal
 * of their token come from versions before the journal; they are removed when they carry the
 * generated-file mark (or are empty), and a backup whose file is missing is put back.
 */
import { hostname } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { SpecError } from "../diagnostics.js";
import { GENERATED_MARK, sha256 } from "../generated-header.js";
import { disk } from "./disk.js";
import { errnoCode } from "./fs-errors.js";
import { MANIFEST_FILE } from "./manifest.js";

export const JOURNAL_FILE = ".opencmapi-gen-journal.json";
export const JOURNAL_TEMP = `${JOURNAL_FILE}.tmp`;
/** A staged file or a backup: the target's path, the token of the write, and which. */
export const LEFTOVER_NAME = /^(.+)\.opencmapi-gen-([0-9a-f]{12})\.(tmp|old)$/;

export const stagedPath = (path: string, token: string) => `${path}.opencmapi-gen-${token}.tmp`;
export const asidePath = (path: string, token: string) => `${path}.opencmapi-gen-${token}.old`;

export interface JournalFile {
  path: string;
  /** sha256 of the file in place when the write began; null when there was none. */
  old: string | null;
  new: string;
}

export interface Journal {
  generator: "opencmapi-gen";
  journal: 1;
  token: string;
  pid: number;
  host: string;
  /** Milliseconds since the epoch: with the pid, tells a live writer from a dead one. */
  started: number;
  /** Folders the write creates, relative to the output folder ("" is the folder itself, ".." its parent), parents first. */
  folders: string[];
  files: JournalFile[];
  remove: { path: string; sha256: string }[];
}

export function journalText(journal: Journal): string {
  return `${JSON.stringify(journal, null, 2)}\n`;
}

function parseJournal(text: string, file: string): Journal {
  let value: Journal | undefined;
  try {
    value = JSON.parse(text) as Journal;
  } catch {
    value = undefined;
  }
  const valid =
    value !== undefined &&
    value !== null &&
    value.generator === "opencmapi-gen" &&
    value.journal === 1 &&
    typeof value.token === "string" &&
    /^[0-9a-f]{12}$/.test(value.token) &&
    Array.isArray(value.files) &&
    Array.isArray(value.remove) &&
    Array.isArray(value.folders) &&
    value.files.every((entry) => typeof entry?.path === "string" && typeof entry.new === "string" && (entry.old === null || typeof entry.old === "string")) &&
    value.remove.every((entry) => typeof entry?.path === "string" && typeof entry.sha256 === "string") &&
    value.folders.every((folder) => typeof folder === "string");
  if (!valid) {
    throw new SpecError(
      [
        {
          message: `${JOURNAL_FILE} is not a journal opencmapi-gen wrote, so the interrupted write it stands for cannot be finished or undone safely; restore the folder (from version control, say), delete the journal and the files named *.opencmapi-gen-*.tmp and *.opencmapi-gen-*.old, and generate again`,
          location: { file },
        },
      ],
      2,
    );
  }
  return value!;
}

/** What an interrupted write left in the output folder. */
export interface Leftovers {
  journal: Journal | null;
  journalTemp: boolean;
  /** Staged files and backups (of the journal's write or of a run without one), relative paths. */
  files: string[];
}

/** Every file below `dir` (not following symbolic links), as relative paths with forward slashes, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (current: string) => {
    for (const entry of await disk.list(current)) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) await walk(path);
      else found.push(relative(dir, path).split(sep).join("/"));
    }
  };
  await walk(dir);
  return found.sort();
}

export const isLeftover = (path: string) => path === JOURNAL_FILE || path === JOURNAL_TEMP || LEFTOVER_NAME.test(path.slice(path.lastIndexOf("/") + 1));

/**
 * The leftovers of interrupted writes in the folder, or null when there are none: the journal, its
 * temporary file, the files named with the journal's token, and those of runs without a journal
 * that recovery would act on (a file of that name that is not recognisably ours is the user's, and
 * stays). `files` is the folder's listing, when the caller has it.
 */
export async function findLeftovers(outDir: string, files?: readonly string[]): Promise<Leftovers | null> {
  const listing = files ?? (await listFiles(outDir));
  const hasJournal = listing.includes(JOURNAL_FILE);
  const journalTemp = listing.includes(JOURNAL_TEMP);
  const named = listing.filter((path) => path !== JOURNAL_FILE && path !== JOURNAL_TEMP && isLeftover(path));
  if (!hasJournal && !journalTemp && named.length === 0) return null;
  let journal: Journal | null = null;
  if (hasJournal) {
    const text = await disk.read(join(outDir, JOURNAL_FILE));
    if (text !== undefined) journal = parseJournal(text.toString("utf8"), join(outDir, JOURNAL_FILE));
  }
  const found: string[] = [];
  for (const path of named) if (tokenOf(path) === journal?.token || (await oldLeftoverKind(outDir, path)) !== null) found.push(path);
  if (!journal && !journalTemp && found.length === 0) return null;
  return { journal, journalTemp, files: found };
}

const tokenOf = (path: string) => LEFTOVER_NAME.exec(path.slice(path.lastIndexOf("/") + 1))?.[2];

/** For a leftover of a run without a journal: its target, and whether it is a staged file or a backup; null when it is not recognisably ours (the user's, then). */
async function oldLeftoverKind(outDir: string, path: string): Promise<{ target: string; kind: "staged" | "backup whose file is gone" | "backup" } | null> {
  const [, name, , suffix] = LEFTOVER_NAME.exec(path.slice(path.lastIndexOf("/") + 1))!;
  const slash = path.lastIndexOf("/");
  const target = slash < 0 ? name! : `${path.slice(0, slash)}/${name!}`;
  if (suffix === "old" && !(await exists(join(outDir, target)))) return { target, kind: "backup whose file is gone" };
  const bytes = await disk.read(join(outDir, path));
  if (bytes === undefined || !(bytes.length === 0 || isOurs(bytes))) return null;
  return { target, kind: suffix === "tmp" ? "staged" : "backup" };
}

/** What recovery did, for the one line generate prints about it. */
export interface Recovery {
  /** finished: the interrupted write was completed; rolled back: it was undone; cleaned: only leftovers of runs without a journal. */
  outcome: "finished" | "rolled back" | "cleaned";
  /** The interrupted writer's pid, when it kept a journal. */
  pid?: number;
  /** Files put in place (finished) or put back (rolled back). */
  files: number;
  /** Temporary files and backups deleted. */
  removed: number;
}

const hashOf = async (path: string): Promise<string | null> => {
  const bytes = await disk.read(path);
  return bytes === undefined ? null : sha256(bytes);
};
const exists = async (path: string) => (await disk.kind(path)) !== "missing";

interface FileState {
  entry: JournalFile;
  target: string | null;
  staged: string | null;
  aside: boolean;
}

type Step = () => Promise<void>;

/**
 * Finishes or undoes the write a journal describes, by the state of its files (see the top of this
 * file); `prefer` is tried first: a recovery prefers to finish, a writer whose commit failed prefers
 * to undo. Throws, having changed nothing, when neither can be done without touching a file the
 * write did not make.
 */
export async function settle(outDir: string, journal: Journal, prefer: "finish" | "undo", force = false): Promise<Recovery> {
  const at = (path: string) => join(outDir, path);
  const files: FileState[] = await Promise.all(
    journal.files.map(async (entry) => ({
      entry,
      target: await hashOf(at(entry.path)),
      staged: await hashOf(at(stagedPath(entry.path, journal.token))),
      aside: await exists(at(asidePath(entry.path, journal.token))),
    })),
  );
  const removals = await Promise.all(journal.remove.map(async (entry) => ({ entry, target: await hashOf(at(entry.path)), aside: await exists(at(asidePath(entry.path, journal.token))) })));
  const edited = () => `was changed after the interrupted write (its content is neither the old nor the new one); move it away, or pass --force to replace it, and generate again`;

  const finish = (): { steps: Step[]; problems: string[][]; files: number } | null => {
    if (!files.every((file) => file.target === file.entry.new || file.staged === file.entry.new)) return null;
    const steps: Step[] = [];
    const problems: string[][] = [];
    let placed = 0;
    for (const file of files) {
      const { path } = file.entry;
      if (file.target !== file.entry.new) {
        if (file.target !== null && file.target !== file.entry.old && !force) problems.push([at(path), edited()]);
        steps.push(() => disk.move(at(stagedPath(path, journal.token)), at(path)));
        placed++;
      } else if (file.staged !== null) steps.push(() => disk.remove(at(stagedPath(path, journal.token))));
    }
    for (const removal of removals) {
      const { path } = removal.entry;
      // A file to remove that was edited since stays: it is the user's now (check reports it).
      if (removal.target !== null && (removal.target === removal.entry.sha256 || force)) steps.push(() => disk.remove(at(path)));
    }
    for (const file of files) if (file.aside) steps.push(() => disk.remove(at(asidePath(file.entry.path, journal.token))));
    for (const removal of removals) {
      if (removal.aside) steps.push(() => disk.remove(at(asidePath(removal.entry.path, journal.token))));
      steps.push(() => removeEmptyParents(outDir, removal.entry.path));
    }
    steps.push(() => disk.remove(at(JOURNAL_FILE)));
    return { steps, problems, files: placed };
  };

  const undo = (): { steps: Step[]; problems: string[][]; files: number } => {
    const steps: Step[] = [];
    const problems: string[][] = [];
    let restored = 0;
    for (const removal of [...removals].reverse()) {
      if (!removal.aside) continue;
      if (removal.target !== null && !force) problems.push([at(removal.entry.path), edited()]);
      steps.push(() => disk.move(at(asidePath(removal.entry.path, journal.token)), at(removal.entry.path)));
      restored++;
    }
    for (const file of [...files].reverse()) {
      const { path } = file.entry;
      if (file.aside) {
        if (file.target !== null && file.target !== file.entry.new && file.target !== file.entry.old && !force) problems.push([at(path), edited()]);
        steps.push(() => disk.move(at(asidePath(path, journal.token)), at(path)));
        restored++;
      } else if (file.target === file.entry.new) {
        if (file.entry.old === null) steps.push(() => disk.remove(at(path)));
        else
          problems.push([
            at(path),
            `holds the new version and its backup ${asidePath(path, journal.token)} is gone, so the interrupted write can be neither finished nor undone; restore the folder (from version control, say), delete ${JOURNAL_FILE} and generate again`,
          ]);
      }
      if (file.staged !== null) steps.push(() => disk.remove(at(stagedPath(path, journal.token))));
    }
    const inside = journal.folders.filter((folder) => folder !== "" && !folder.startsWith(".."));
    for (const folder of [...inside].reverse()) steps.push(async () => void (await disk.removeFolderIfEmpty(at(folder))));
    steps.push(() => disk.remove(at(JOURNAL_FILE)));
    // The output folder itself and its parents, when the write made them: only once the journal is gone, and only if empty.
    const outside = journal.folders.filter((folder) => folder === "" || folder.startsWith(".."));
    steps.push(async () => {
      for (const folder of [...outside].sort((a, b) => a.length - b.length)) if (!(await disk.removeFolderIfEmpty(at(folder)))) return;
    });
    return { steps, problems, files: restored };
  };

  const finishing = finish();
  const undoing = undo();
  const order = prefer === "finish" ? [finishing, undoing] : [undoing, finishing];
  const chosen = order.find((plan) => plan !== null && plan.problems.length === 0);
  if (!chosen) {
    const problems = (finishing && finishing.problems.length > 0 ? finishing : undoing).problems;
    throw new SpecError(
      problems.map(([file, message]) => ({ message: message!, location: { file: file! } })),
      2,
    );
  }
  for (const step of chosen.steps) await step();
  return { outcome: chosen === finishing ? "finished" : "rolled back", pid: journal.pid, files: chosen.files, removed: 0 };
}

export async function removeEmptyParents(outDir: string, path: string): Promise<void> {
  for (let dir = dirname(join(outDir, path)); dir !== outDir && dir.startsWith(outDir); dir = dirname(dir)) {
    if (!(await disk.removeFolderIfEmpty(dir))) return;
  }
}

const isOurs = (bytes: Buffer) => {
  const head = bytes.subarray(0, 4096).toString("utf8");
  return head.split("\n", 3).some((line) => line.includes(GENERATED_MARK)) || /^\{\s*"generator": "opencmapi-gen"/.test(head);
};

/** A writer that started this long ago is taken for dead even if its pid is alive (reused by another program). A generation's write takes well under a second. */
export const LIVE_WRITER_MS = 60_000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoCode(error) === "EPERM";
  }
}

/** Another opencmapi-gen process on this machine still writing the folder. This process's own pid is never one: a write of this process that was stopped is over. */
export function liveWriter(journal: Journal, now = Date.now()): boolean {
  return journal.host === hostname() && journal.pid !== process.pid && now - journal.started < LIVE_WRITER_MS && isAlive(journal.pid);
}

/**
 * Puts right what an interrupted write left in the folder: finishes or undoes the write its journal
 * describes, then removes the leftovers of runs that kept no journal. Null when there was nothing.
 * Waits (as cargo waits for its lock) while another live opencmapi-gen is writing the folder.
 */
export async function recoverFolder(outDir: string, options: { force?: boolean; enter?: () => void; leave?: () => void } = {}): Promise<Recovery | null> {
  let leftovers = await findLeftovers(outDir);
  while (leftovers?.journal && liveWriter(leftovers.journal)) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    leftovers = await findLeftovers(outDir);
  }
  if (!leftovers) return null;
  options.enter?.();
  try {
    const { journal } = leftovers;
    const recovery: Recovery = journal ? await settle(outDir, journal, "finish", options.force) : { outcome: "cleaned", files: 0, removed: 0 };
    const others = leftovers.files.filter((path) => tokenOf(path) !== journal?.token);
    const ownFiles = leftovers.files.length - others.length;
    recovery.removed = ownFiles + (await cleanOldLeftovers(outDir, others));
    if (leftovers.journalTemp) await disk.remove(join(outDir, JOURNAL_TEMP));
    return recovery;
  } finally {
    options.leave?.();
  }
}

/** Leftovers of versions that kept no journal: staged files removed, backups removed or, when their file is missing, put back. Returns how many were removed. */
async function cleanOldLeftovers(outDir: string, paths: readonly string[]): Promise<number> {
  const manifestText = await disk.read(join(outDir, MANIFEST_FILE));
  let owned = new Set<string>();
  try {
    owned = new Set(Object.keys((JSON.parse(manifestText?.toString("utf8") ?? "{}") as { files?: object }).files ?? {}));
  } catch {
    // An unreadable manifest is reported by the generation that follows.
  }
  let removed = 0;
  for (const path of paths) {
    const leftover = await oldLeftoverKind(outDir, path);
    if (leftover === null) continue;
    if (leftover.kind === "backup whose file is gone") {
      const bytes = await disk.read(join(outDir, path));
      // Taken aside and never put back: it goes back where it was, unless it is one of ours that the manifest no longer lists (it was being removed).
      if (owned.has(leftover.target) || bytes === undefined || !(bytes.length === 0 || isOurs(bytes))) {
        await disk.move(join(outDir, path), join(outDir, leftover.target));
        continue;
      }
    }
    await disk.remove(join(outDir, path));
    removed++;
  }
  return removed;
}
