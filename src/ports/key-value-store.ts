/**
 * App-level key-value storage (Forge KVS on Forge and locally). Values are
 * JSON; each value must stay under `MAX_VALUE_BYTES` and a transaction under
 * `MAX_TRANSACTION_OPS` operations - callers split or refuse, never truncate.
 */
export const MAX_VALUE_BYTES = 240 * 1024;
export const MAX_TRANSACTION_OPS = 25;
export const MAX_KEY_LENGTH = 500;

export interface StoredEntry<T> {
  key: string;
  value: T;
}

export interface EntryPage<T> {
  entries: StoredEntry<T>[];
  nextCursor?: string;
}

export type StoreOperation = { op: 'set'; key: string; value: unknown } | { op: 'delete'; key: string };

export interface KeyValueStore {
  /** Read as `get<unknown>` and parse with zod: the type argument is only a claim (lint refuses others in src/). */
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T): Promise<void>;
  /**
   * Writes only when no live value is stored under `key` (atomic on the store's
   * side) and lets the value expire after `ttlSeconds`; `false` when one exists.
   * The building block for short leases (see app/shared/issue-lease.ts).
   */
  setIfAbsent<T>(key: string, value: T, options: { ttlSeconds: number }): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Entries whose key starts with `prefix`, in key order, one page at a time. */
  queryByPrefix<T>(prefix: string, options?: { limit?: number; cursor?: string }): Promise<EntryPage<T>>;
  /** All-or-nothing writes (at most `MAX_TRANSACTION_OPS`). */
  transact(operations: StoreOperation[]): Promise<void>;
}

/** Thrown by stores when a value or transaction breaks the limits above. */
export class StorageLimitError extends Error {
  constructor(
    message: string,
    readonly limit: 'value-size' | 'transaction-size' | 'key-length',
  ) {
    super(message);
    this.name = 'StorageLimitError';
  }
}

/**
 * Thrown by stores when the platform refuses a request for the installation's
 * storage quota (Forge KVS: 429 RATE_LIMIT_EXCEEDED, per second and per minute).
 * Nothing was stored by that request; trying again a little later works.
 */
export class StorageRateLimitedError extends Error {
  constructor(message = 'the app storage rate limit was exceeded') {
    super(message);
    this.name = 'StorageRateLimitedError';
  }
}
