import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import type { Dataset } from '../dataset/dataset-schema';
import { DatasetError, parseDataset } from '../dataset/load-dataset';
import type { Counters } from './state';

/** File (under dataDir) holding the emulator's Jira state: the dataset as it now stands plus counters. */
export const STATE_FILE = 'jira-emulator-state.json';
const FORMAT = 'pm-workflow-jira-emulator-state/1';

const envelopeSchema = z.object({
  format: z.literal(FORMAT),
  savedAt: z.string(),
  counters: z.object({
    nextIssueId: z.number().int().positive(),
    nextIssueNumber: z.record(z.string(), z.number().int().positive()),
  }),
  dataset: z.unknown(),
});

export interface SavedState {
  dataset: Dataset;
  counters: Counters;
}

/**
 * Reads a saved state, or undefined when there is none. A state file that exists
 * but does not validate (schema and referential integrity, as for --dataset) throws
 * a DatasetError rather than silently starting over and losing the edits.
 */
export async function readSavedState(dataDir: string): Promise<SavedState | undefined> {
  const path = join(dataDir, STATE_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new DatasetError([{ path: '', message: `not valid JSON: ${(err as Error).message}` }], path);
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    throw new DatasetError(
      envelope.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      path,
    );
  }
  return { dataset: parseDataset(envelope.data.dataset, `${path} (dataset)`), counters: envelope.data.counters };
}

/**
 * Saves state atomically (write-file-atomic: temp file + rename), coalescing bursts:
 * `schedule()` only marks the state dirty; at most one write is in flight and the
 * snapshot is taken when a write starts, so the latest state always wins.
 */
export class StateSaver {
  private dirty = false;
  private running: Promise<void> | undefined;
  private lastError: unknown;

  constructor(
    private readonly dataDir: string,
    private readonly snapshot: () => SavedState,
  ) {}

  schedule(): void {
    this.dirty = true;
    if (!this.running) this.running = this.loop();
  }

  private async loop(): Promise<void> {
    // Let the current burst of synchronous writes finish before serialising.
    await new Promise<void>((resolve) => setImmediate(resolve));
    try {
      while (this.dirty) {
        this.dirty = false;
        const { dataset, counters } = this.snapshot();
        const text = JSON.stringify({ format: FORMAT, savedAt: new Date().toISOString(), counters, dataset });
        try {
          await mkdir(this.dataDir, { recursive: true });
          await writeFileAtomic(join(this.dataDir, STATE_FILE), text);
          this.lastError = undefined;
        } catch (err) {
          this.lastError = err;
          console.error(`[jira-emulator] could not save state to ${this.dataDir}:`, err);
        }
      }
    } finally {
      this.running = undefined;
    }
  }

  /** Resolves when every scheduled write is on disk; rejects if the last write failed. */
  async flush(): Promise<void> {
    while (this.running) await this.running;
    if (this.lastError) throw this.lastError;
  }
}
