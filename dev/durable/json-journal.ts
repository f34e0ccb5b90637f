import {
  closeSync,
  existsSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

/**
 * Durable local storage for a JSON document: a snapshot file plus an append-only
 * journal (`<name>.journal.jsonl`, one JSON line per acknowledged change).
 *
 * Why: the local stores must keep every write they acknowledge across a SIGKILL,
 * and rewriting a multi-MB snapshot with fsync on every write is too slow. So a
 * change is one `writeSync` + `fsyncSync` of one line *before* the caller answers,
 * and the snapshot is rewritten (temp file, fsync, rename, directory fsync) only
 * on open, at close and when the journal has grown as large as the snapshot.
 *
 * Replaying must be idempotent: a crash between the snapshot's rename and the
 * journal's truncation replays entries the snapshot already holds, so entries
 * carry whole values (set key to X / delete key), never increments.
 */

export interface RecoveredJournal {
  /** The snapshot file's text, or undefined when there is none. */
  snapshot: string | undefined;
  /** Journal entries in append order (parsed JSON lines). */
  entries: unknown[];
  /** True when the last line was torn (a write that crashed before its fsync, so never acknowledged). */
  tornTail: boolean;
}

export interface JsonJournal {
  /** Appends one entry and fsyncs it: once this returns, the entry survives a crash. */
  append(entry: unknown): void;
  /** Rewrites the snapshot atomically and durably, then empties the journal. */
  compact(): void;
  /** Compacts and closes the journal file; later appends throw. */
  close(): void;
  /** Bytes in the journal since the last compaction (for tests and benches). */
  readonly journalBytes: number;
}

export interface JsonJournalFiles {
  dir: string;
  /** Snapshot file name, e.g. `kvs.json`. */
  snapshotFile: string;
}

/** The journal's file name next to a snapshot file (`kvs.json` -> `kvs.journal.jsonl`). */
export function journalFileFor(snapshotFile: string): string {
  return `${snapshotFile.replace(/\.json$/, '')}.journal.jsonl`;
}

/**
 * Temp files a crashed snapshot write leaves: ours (`<file>.tmp-<pid>`) and the
 * ones write-file-atomic (used before the journal) named `<file>.<hex>`.
 */
function isTempFileOf(snapshotFile: string, name: string): boolean {
  if (!name.startsWith(`${snapshotFile}.`)) return false;
  const suffix = name.slice(snapshotFile.length + 1);
  return /^tmp-\d+$/.test(suffix) || /^[0-9a-f]{6,}$/.test(suffix);
}

function fsyncDir(dir: string): void {
  // Makes a rename or a new file's directory entry durable; not supported on every platform.
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open a directory; the rename is still atomic there.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Reads snapshot and journal, removing stale temp files first. A torn last line is
 * dropped (the next `compact` removes it from disk); an unreadable line before the
 * last is corruption and throws.
 */
export function recoverJsonJournal({ dir, snapshotFile }: JsonJournalFiles): RecoveredJournal {
  if (!existsSync(dir)) return { snapshot: undefined, entries: [], tornTail: false };
  for (const name of readdirSync(dir)) {
    if (isTempFileOf(snapshotFile, name)) rmSync(join(dir, name), { force: true });
  }
  const snapshotPath = join(dir, snapshotFile);
  const snapshot = existsSync(snapshotPath) ? readFileSync(snapshotPath, 'utf8') : undefined;
  const journalPath = join(dir, journalFileFor(snapshotFile));
  if (!existsSync(journalPath)) return { snapshot, entries: [], tornTail: false };
  const lines = readFileSync(journalPath, 'utf8').split('\n');
  // The text after the last newline is a line whose write never completed.
  const tail = lines.pop() ?? '';
  const entries: unknown[] = [];
  let tornTail = tail.length > 0;
  lines.forEach((line, index) => {
    try {
      entries.push(JSON.parse(line));
    } catch {
      // A complete line only fails to parse if the crash hit it mid-write while it was last.
      if (index === lines.length - 1 && !tornTail) {
        tornTail = true;
        return;
      }
      throw new Error(`${journalPath}: line ${index + 1} is not JSON; the journal is corrupt.`);
    }
  });
  return { snapshot, entries, tornTail };
}

export interface OpenJsonJournalOptions extends JsonJournalFiles {
  /** Serialises the whole current state for the snapshot. */
  snapshot: () => string;
  /** Compact once the journal holds at least this many bytes and as many as the snapshot; default 1 MiB. */
  compactAfterBytes?: number;
}

/**
 * Opens the journal for appending and compacts at once (so what was recovered is
 * folded into the snapshot and a torn tail disappears). Call after the state has
 * been rebuilt from `recoverJsonJournal`.
 */
export function openJsonJournal(options: OpenJsonJournalOptions): JsonJournal {
  const { dir, snapshotFile } = options;
  mkdirSync(dir, { recursive: true });
  const snapshotPath = join(dir, snapshotFile);
  const tempPath = `${snapshotPath}.tmp-${process.pid}`;
  const journalPath = join(dir, journalFileFor(snapshotFile));
  const minBytes = options.compactAfterBytes ?? 1024 * 1024;
  let fd: number | undefined = openSync(journalPath, 'a');
  fsyncDir(dir);
  let journalBytes = statSync(journalPath).size;
  let snapshotBytes = 0;
  let compactScheduled = false;

  const compact = (): void => {
    if (fd === undefined) throw new Error(`${journalPath} is closed.`);
    const text = options.snapshot();
    const tempFd = openSync(tempPath, 'w');
    try {
      writeSync(tempFd, text);
      fsyncSync(tempFd);
    } finally {
      closeSync(tempFd);
    }
    renameSync(tempPath, snapshotPath);
    fsyncDir(dir);
    // Only now is the journal redundant; a crash before this line replays it onto the new snapshot (idempotent).
    ftruncateSync(fd, 0);
    fsyncSync(fd);
    journalBytes = 0;
    snapshotBytes = Buffer.byteLength(text, 'utf8');
  };

  compact();

  return {
    append(entry: unknown): void {
      if (fd === undefined) throw new Error(`${journalPath} is closed.`);
      const line = `${JSON.stringify(entry)}\n`;
      const buffer = Buffer.from(line, 'utf8');
      let written = 0;
      while (written < buffer.length) written += writeSync(fd, buffer, written, buffer.length - written);
      fsyncSync(fd);
      journalBytes += buffer.length;
      if (!compactScheduled && journalBytes >= Math.max(minBytes, snapshotBytes)) {
        // Off the request path: the entry is already durable, compaction only bounds replay time.
        compactScheduled = true;
        setImmediate(() => {
          compactScheduled = false;
          if (fd === undefined) return;
          try {
            compact();
          } catch (error) {
            console.error(`[local storage] could not compact ${snapshotPath}:`, error);
          }
        }).unref();
      }
    },
    compact,
    close(): void {
      if (fd === undefined) return;
      compact();
      closeSync(fd);
      fd = undefined;
    },
    get journalBytes(): number {
      return journalBytes;
    },
  };
}
