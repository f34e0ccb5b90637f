import { z } from 'zod';
import type { Dataset, DatasetIssue } from '../dataset/dataset-schema';
import { DatasetError, parseDataset } from '../dataset/load-dataset';
import { journalFileFor, openJsonJournal, recoverJsonJournal, type JsonJournal } from '../durable/json-journal';
import type { Counters, EmulatorState } from './state';
import type { IssueEvent } from './types';

/** File (under dataDir) holding the emulator's Jira state: the dataset as it now stands plus counters. */
export const STATE_FILE = 'jira-emulator-state.json';
/** Append-only journal of changes since the state file was last written (see dev/durable/json-journal.ts). */
export const STATE_JOURNAL_FILE = journalFileFor(STATE_FILE);
const FORMAT = 'pm-workflow-jira-emulator-state/1';

const countersSchema = z.object({
  nextIssueId: z.number().int().positive(),
  nextIssueNumber: z.record(z.string(), z.number().int().positive()),
});

const envelopeSchema = z.object({
  format: z.literal(FORMAT),
  savedAt: z.string(),
  counters: countersSchema,
  dataset: z.unknown(),
});

/** One journal line: an issue as it now stands (created or changed) and the counters after it. */
const entrySchema = z.object({
  issue: z.object({ id: z.string() }).passthrough(),
  counters: countersSchema,
});

export interface SavedState {
  dataset: Dataset;
  counters: Counters;
}

function datasetError(path: string, issues: z.core.$ZodIssue[]): DatasetError {
  return new DatasetError(
    issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    path,
  );
}

/**
 * Reads a saved state (state file + journal replayed onto it), or undefined when
 * there is none. A state that exists but does not validate (schema and referential
 * integrity, as for --dataset) throws a DatasetError rather than silently starting
 * over and losing the edits. Stale temp files of an interrupted save are removed.
 */
export async function readSavedState(dataDir: string): Promise<SavedState | undefined> {
  const path = `${dataDir}/${STATE_FILE}`;
  const recovered = recoverJsonJournal({ dir: dataDir, snapshotFile: STATE_FILE });
  // The state file is written before any journal line, so a journal without one is left from a discarded state.
  if (recovered.snapshot === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(recovered.snapshot);
  } catch (err) {
    throw new DatasetError([{ path: '', message: `not valid JSON: ${(err as Error).message}` }], path);
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) throw datasetError(path, envelope.error.issues);
  let counters = envelope.data.counters;
  let dataset = envelope.data.dataset;
  if (recovered.entries.length > 0) {
    const base = dataset as { issues?: unknown };
    const issues = new Map<string, unknown>();
    for (const issue of Array.isArray(base.issues) ? (base.issues as Array<{ id: string }>) : [])
      issues.set(issue.id, issue);
    recovered.entries.forEach((raw, index) => {
      const entry = entrySchema.safeParse(raw);
      if (!entry.success) throw datasetError(`${dataDir}/${STATE_JOURNAL_FILE} line ${index + 1}`, entry.error.issues);
      issues.set(entry.data.issue.id, entry.data.issue);
      counters = entry.data.counters;
    });
    dataset = { ...(base as object), issues: [...issues.values()] };
  }
  return { dataset: parseDataset(dataset, `${path} (dataset)`), counters };
}

/**
 * Keeps the emulator's state on disk so that every change is durable before its
 * response goes out: each create / edit / property write appends the issue as it
 * now stands to the journal (fsync'd) while the change's event is emitted - the
 * saver's listener is registered first, so it runs before any trigger sees the
 * event. A delete rewrites the state file instead (it also edits other issues'
 * links and parents, and it is rare). A change that emits no event is caught by
 * `changed()` and saved in full on the next turn of the event loop.
 */
export class StateSaver {
  private readonly journal: JsonJournal;
  private persistedVersion: number;
  private lastError: unknown;
  private checkScheduled = false;

  constructor(
    dataDir: string,
    private readonly state: EmulatorState,
  ) {
    // Opening writes the state file at once: the starting dataset, or the recovered state folded together.
    this.journal = openJsonJournal({ dir: dataDir, snapshotFile: STATE_FILE, snapshot: () => this.snapshotText() });
    this.persistedVersion = state.version;
  }

  private snapshotText(): string {
    return JSON.stringify({
      format: FORMAT,
      savedAt: new Date().toISOString(),
      counters: this.state.counters,
      dataset: this.state.dataset,
    });
  }

  private guard(save: () => void): void {
    try {
      save();
      this.persistedVersion = this.state.version;
      this.lastError = undefined;
    } catch (err) {
      this.lastError = err;
      console.error('[jira-emulator] could not save state:', err);
    }
  }

  /** The emulator's issue-event listener: makes the change behind `event` durable. */
  record(event: IssueEvent): void {
    if (event.type === 'avi:jira:deleted:issue') {
      // One delete emits an event per removed issue; the first full save covers them all.
      if (this.persistedVersion !== this.state.version) this.guard(() => this.journal.compact());
      return;
    }
    const issue: DatasetIssue | undefined = this.state.issues.get(event.issueId);
    if (!issue) return;
    this.guard(() => this.journal.append({ issue, counters: this.state.counters }));
  }

  /** Called on every state change (EmulatorCore's onChange): the safety net for changes without an event. */
  changed(): void {
    if (this.checkScheduled) return;
    this.checkScheduled = true;
    setImmediate(() => {
      this.checkScheduled = false;
      if (this.persistedVersion !== this.state.version) this.guard(() => this.journal.compact());
    });
  }

  /** Writes the whole state now; rejects if the last save failed. */
  async flush(): Promise<void> {
    if (this.journal.journalBytes > 0 || this.persistedVersion !== this.state.version)
      this.guard(() => this.journal.compact());
    if (this.lastError) throw this.lastError;
  }

  async close(): Promise<void> {
    this.guard(() => this.journal.close());
    if (this.lastError) throw this.lastError;
  }
}
