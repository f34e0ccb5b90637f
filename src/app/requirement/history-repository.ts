import { z } from 'zod';
import type { HistoryEntry } from '../../contract/views';
import { MAX_VALUE_BYTES, StorageLimitError, type KeyValueStore } from '../../ports/key-value-store';
import type { Logger } from '../../ports/logger';

/**
 * Score history in KVS, one record per save under
 * `history:<issueId>:r<inverted version>:<inverted part>:<save id>`. KVS lists keys in
 * ascending order only, so both numbers are stored as `MAX - n`: a prefix
 * query then yields the newest save first and, within a save, its last part
 * first - reading the latest N entries touches only the records it needs.
 * The document version is the save's sequence number (the issue lease makes
 * it unique per issue); the save id (the lease token) keeps two records from
 * ever sharing a key, so no accepted change overwrites another. A save whose changes exceed one value is split
 * into parts; a single change too large to store is refused, never truncated.
 */
export const historyPrefix = (issueId: string): string => `history:${issueId}:r`;

const VERSION_DIGITS = 10;
const MAX_VERSION = 10 ** VERSION_DIGITS - 1;
const PART_DIGITS = 3;
const MAX_PART = 10 ** PART_DIGITS - 1;
/** Records read per query page (each holds at least one entry). */
const PAGE_SIZE = 20;

/** One stored record: the entries of one save (or one part of it). */
const historyRecordSchema = z.array(
  z
    .object({
      at: z.string(),
      accountId: z.string(),
      displayName: z.string().optional(),
      field: z.string(),
      from: z.unknown(),
      to: z.unknown(),
    })
    .strict()
    // A missing before / after value was stored as null; keep one shape for "empty".
    .transform((entry): HistoryEntry => ({ ...entry, from: entry.from ?? null, to: entry.to ?? null })),
);

/** Headroom for the JSON array wrapper and key bookkeeping. */
const PART_BUDGET = MAX_VALUE_BYTES - 1024;

export function historyKey(issueId: string, version: number, part: number, saveId: string): string {
  const inverted = (n: number, max: number, digits: number) => String(max - n).padStart(digits, '0');
  return `${historyPrefix(issueId)}${inverted(version, MAX_VERSION, VERSION_DIGITS)}:${inverted(part, MAX_PART, PART_DIGITS)}:${saveId}`;
}

/** Stores the entries of the save `saveId` that produced document `version`. */
export async function appendHistory(
  store: KeyValueStore,
  issueId: string,
  version: number,
  entries: HistoryEntry[],
  saveId: string,
): Promise<void> {
  if (entries.length === 0) return;
  const parts = splitBySize(entries);
  if (parts.length > MAX_PART + 1)
    throw new StorageLimitError(`one save's history needs ${parts.length} stored values`, 'value-size');
  for (const [index, part] of parts.entries()) await store.set(historyKey(issueId, version, index, saveId), part);
}

/**
 * The latest `limit` entries, newest first, reading only as many records as that takes.
 * Entries are as stored: answer them through historyForCaller (they may name hidden items).
 * A record that does not parse is left out (and logged) rather than failing the whole view.
 */
export async function readHistory(
  store: KeyValueStore,
  issueId: string,
  limit = 50,
  logger?: Logger,
): Promise<HistoryEntry[]> {
  const latest: HistoryEntry[] = [];
  let cursor: string | undefined;
  while (latest.length < limit) {
    const page = await store.queryByPrefix<unknown>(historyPrefix(issueId), {
      limit: PAGE_SIZE,
      ...(cursor ? { cursor } : {}),
    });
    for (const record of page.entries) {
      const parsed = historyRecordSchema.safeParse(record.value);
      if (parsed.success) latest.push(...parsed.data.reverse());
      else logger?.warn('a stored history record does not parse; it is left out', { key: record.key });
    }
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return latest.slice(0, limit);
}

function splitBySize(entries: HistoryEntry[]): HistoryEntry[][] {
  const parts: HistoryEntry[][] = [];
  let current: HistoryEntry[] = [];
  let size = 2;
  for (const entry of entries) {
    const entrySize = Buffer.byteLength(JSON.stringify(entry), 'utf8') + 1;
    if (entrySize > PART_BUDGET) {
      throw new StorageLimitError(
        `the history entry for '${entry.field}' is ${entrySize} bytes, more than one stored value can hold`,
        'value-size',
      );
    }
    if (size + entrySize > PART_BUDGET && current.length > 0) {
      parts.push(current);
      current = [];
      size = 2;
    }
    current.push(entry);
    size += entrySize;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}
