import type { HistoryEntry } from '../../contract/views';
import { MAX_VALUE_BYTES, StorageLimitError, type KeyValueStore } from '../../ports/key-value-store';

/**
 * Score history in KVS, one record per save under
 * `history:<issueId>:<ISO timestamp>:<part>` so a prefix query lists an
 * issue's history in time order. A save whose changes exceed one value is
 * split into parts; a single change too large to store is refused, never
 * truncated.
 */
export const historyPrefix = (issueId: string): string => `history:${issueId}:`;

/** Headroom for the JSON array wrapper and key bookkeeping. */
const PART_BUDGET = MAX_VALUE_BYTES - 1024;

export async function appendHistory(store: KeyValueStore, issueId: string, at: string, entries: HistoryEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const parts = splitBySize(entries);
  for (const [index, part] of parts.entries()) {
    await store.set(`${historyPrefix(issueId)}${at}:${String(index).padStart(3, '0')}`, part);
  }
}

/** The latest `limit` entries, newest first. */
export async function readHistory(store: KeyValueStore, issueId: string, limit = 50): Promise<HistoryEntry[]> {
  const all: HistoryEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.queryByPrefix<HistoryEntry[]>(historyPrefix(issueId), { limit: 100, ...(cursor ? { cursor } : {}) });
    for (const entry of page.entries) all.push(...(Array.isArray(entry.value) ? entry.value : []));
    cursor = page.nextCursor;
  } while (cursor);
  return all.reverse().slice(0, limit);
}

function splitBySize(entries: HistoryEntry[]): HistoryEntry[][] {
  const parts: HistoryEntry[][] = [];
  let current: HistoryEntry[] = [];
  let size = 2;
  for (const entry of entries) {
    const entrySize = Buffer.byteLength(JSON.stringify(entry), 'utf8') + 1;
    if (entrySize > PART_BUDGET) {
      throw new StorageLimitError(`the history entry for '${entry.field}' is ${entrySize} bytes, more than one stored value can hold`, 'value-size');
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
