import { ForgeKvsAPIError, kvs, WhereConditions } from '@forge/kvs';
import {
  MAX_KEY_LENGTH,
  MAX_TRANSACTION_OPS,
  MAX_VALUE_BYTES,
  StorageLimitError,
  StorageRateLimitedError,
  type EntryPage,
  type KeyValueStore,
  type StoreOperation,
} from '../ports/key-value-store';

/**
 * KeyValueStore on `@forge/kvs`. Limits are checked before sending so a
 * too-large value fails with a clear StorageLimitError (callers split or
 * refuse) instead of a platform error, and is never truncated. Every call
 * turns KVS's rate-limit answer into StorageRateLimitedError (see `rateLimited`).
 */
export class KvsStore implements KeyValueStore {
  async get<T>(key: string): Promise<T | undefined> {
    checkKey(key);
    return rateLimited(() => kvs.get<T>(key));
  }

  async set<T>(key: string, value: T): Promise<void> {
    checkKey(key);
    checkValue(key, value);
    await rateLimited(() => kvs.set(key, value));
  }

  async setIfAbsent<T>(key: string, value: T, options: { ttlSeconds: number }): Promise<boolean> {
    checkKey(key);
    checkValue(key, value);
    return rateLimited(async () => {
      try {
        await kvs.set(key, value, {
          keyPolicy: 'FAIL_IF_EXISTS',
          ttl: { value: Math.max(1, Math.ceil(options.ttlSeconds)), unit: 'SECONDS' },
        });
        return true;
      } catch (error) {
        // KVS answers 409 when a live value already holds the key; anything else is a real failure.
        if (error instanceof ForgeKvsAPIError && error.responseDetails.status === 409) return false;
        throw error;
      }
    });
  }

  async delete(key: string): Promise<void> {
    checkKey(key);
    await rateLimited(() => kvs.delete(key));
  }

  async queryByPrefix<T>(prefix: string, options: { limit?: number; cursor?: string } = {}): Promise<EntryPage<T>> {
    let query = kvs
      .query()
      .where('key', WhereConditions.beginsWith(prefix))
      .limit(options.limit ?? 100);
    if (options.cursor) query = query.cursor(options.cursor);
    const page = await rateLimited(() => query.getMany<T>());
    return {
      entries: page.results.map((r) => ({ key: r.key, value: r.value })),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    };
  }

  async transact(operations: StoreOperation[]): Promise<void> {
    if (operations.length === 0) return;
    if (operations.length > MAX_TRANSACTION_OPS) {
      throw new StorageLimitError(
        `a transaction holds at most ${MAX_TRANSACTION_OPS} operations (got ${operations.length})`,
        'transaction-size',
      );
    }
    let tx = kvs.transact();
    for (const op of operations) {
      checkKey(op.key);
      if (op.op === 'set') {
        checkValue(op.key, op.value);
        tx = tx.set(op.key, op.value);
      } else {
        tx = tx.delete(op.key);
      }
    }
    await rateLimited(() => tx.execute());
  }
}

/**
 * KVS answers an exceeded quota (requests per second, read or write units per
 * minute) with 429 RATE_LIMIT_EXCEEDED; callers need to tell that apart from a
 * failure, since it passes on its own and the user can simply try again.
 */
async function rateLimited<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (
      error instanceof ForgeKvsAPIError &&
      (error.code === 'RATE_LIMIT_EXCEEDED' || error.responseDetails.status === 429)
    ) {
      throw new StorageRateLimitedError(`KVS refused the request: ${error.code} (${error.responseDetails.status})`);
    }
    throw error;
  }
}

/** UTF-8 size of the JSON a value is stored as. */
export function storedSize(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

function checkKey(key: string): void {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
    throw new StorageLimitError(`storage keys are 1..${MAX_KEY_LENGTH} characters (got ${key.length})`, 'key-length');
  }
}

function checkValue(key: string, value: unknown): void {
  const size = storedSize(value);
  if (size > MAX_VALUE_BYTES) {
    throw new StorageLimitError(`value for '${key}' is ${size} bytes; the limit is ${MAX_VALUE_BYTES}`, 'value-size');
  }
}
