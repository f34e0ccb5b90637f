import { journalFileFor, openJsonJournal, recoverJsonJournal, type JsonJournal } from '../durable/json-journal';
import type { EntityDefinition } from './app-manifest';
import {
  compareValues,
  matchesClause,
  matchesGroup,
  RANGE_CONDITIONS,
  validateClause,
  type Clause,
  type ClauseGroup,
} from './kvs-conditions';
import {
  ENTITY_NAME_PATTERN,
  KvsApiError,
  KVS_LIMITS,
  validateKey,
  validateLimit,
  validateValue,
  type KvsLimits,
} from './kvs-errors';
import { createKvsQuota, unitsOf, type KvsUsage } from './kvs-quota';
import type { KvsEndpoint } from './invocation-context';

/**
 * An in-process stand-in for the Forge KVS and Custom Entity Store HTTP API, as
 * @forge/kvs 1.6.5 calls it through `__forge_fetch__({type:'kvs'}, '/api/v1/...')`:
 * every request is `POST` with a JSON body; errors are `{code, message}`.
 *
 * Paths: get, set, delete, secret/{get,set,delete}, entity/{get,set,delete,query},
 * query, batch/{set,get,delete}, transaction.
 *
 * Semantics worth knowing (chosen to match Forge / DynamoDB, which backs it):
 * - a missing key answers 404 `KEY_NOT_FOUND` (@forge/kvs turns that into `undefined`);
 * - `query` pages keys in lexicographic order, 10 by default, at most 100;
 * - entity `query` walks the index in range order, takes `limit` items and only then
 *   applies `filters`, so a page can hold fewer items than `limit` while a cursor
 *   still says more remain (page until there is no cursor);
 * - entity values must be objects whose attributes are declared in the manifest
 *   (`app.storage.entities`) with matching types;
 * - limits (`KVS_LIMITS`, overridable): key 500 characters, value 240 KiB,
 *   depth 31, 25 operations per transaction, each key once per transaction;
 * - quota (kvs-quota.ts): 1,000 requests a second, 4,000 read and 4,000 write
 *   units a minute (10 KB units, batch and transaction items counted one by
 *   one); over it, 429 `RATE_LIMIT_EXCEEDED` and nothing is written.
 *
 * State persists under the data directory as `kvs.json` plus a journal
 * (dev/durable/json-journal.ts): every write is fsync'd before its answer.
 */

interface StoredEntry {
  value: unknown;
  createdAt: number;
  updatedAt: number;
  expireTime?: string;
}

type Space = Map<string, StoredEntry>;

interface PersistedState {
  version: 1;
  kv: Record<string, StoredEntry>;
  secrets: Record<string, StoredEntry>;
  entities: Record<string, Record<string, StoredEntry>>;
}

/** Snapshot file under the data directory, and its journal. */
export const KVS_FILE = 'kvs.json';
export const KVS_JOURNAL_FILE = journalFileFor(KVS_FILE);

export interface KvsEmulatorOptions {
  /** Directory for `kvs.json` and its journal; in memory only when omitted. */
  dataDir?: string;
  /** Custom entities from the manifest (`app.storage.entities`). */
  entities?: EntityDefinition[];
  /** Clock for timestamps, TTLs and the quota windows (tests inject one). */
  now?: () => number;
  /** Overrides of Forge's limits and quota (`KVS_LIMITS`); e.g. a test lowers `writeUnitsPerMinute`. */
  limits?: Partial<KvsLimits>;
  /** Delay added to every request (`PM_KVS_LATENCY_MS`), to feel Forge's network round trip locally. */
  latencyMs?: number;
  /** How the delay is waited for; default setTimeout (tests inject one that records instead). */
  sleep?: (ms: number) => Promise<void>;
}

export interface KvsEmulator extends KvsEndpoint {
  /** True when no state was found on open (first start or after a reset). */
  readonly startedEmpty: boolean;
  /** Sets plain KVS keys (e.g. a dataset's `appStorage`), validated like `kvs.set`. */
  seed(values: Record<string, unknown>): number;
  /** Number of stored keys: plain, secret and entity. */
  size(): number;
  /** Requests and read / write units counted since open (what Forge's quota charges). */
  usage(): KvsUsage;
  /**
   * Read / write units by the first segment of the key a request names (`pstate`, `events`,
   * `rprops`...; a batch or transaction counts under its first key), so a measurement can tell
   * one kind of record's cost from the rest.
   */
  usageByKeySegment(): Record<string, { readUnits: number; writeUnits: number }>;
  /** Folds the journal into `kvs.json` (writes are durable without it). */
  flush(): Promise<void>;
  close(): Promise<void>;
}

interface ResolvedIndex {
  name: string;
  range: string;
  partition: string[];
}

const MS_PER_UNIT: Record<string, number> = { SECONDS: 1000, MINUTES: 60_000, HOURS: 3_600_000, DAYS: 86_400_000 };

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function encodeCursor(parts: unknown[]): string {
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

function decodeCursor(cursor: unknown): unknown[] | undefined {
  if (cursor === undefined || cursor === null || cursor === '') return undefined;
  try {
    const parts: unknown = JSON.parse(Buffer.from(String(cursor), 'base64url').toString('utf8'));
    if (Array.isArray(parts)) return parts;
  } catch {
    // fall through
  }
  throw new KvsApiError(400, 'INVALID_CURSOR', 'The cursor is not one this store returned.');
}

/** What an operation answers; `fetch` turns it into a Response after counting its read units. */
interface Reply {
  status: number;
  body?: unknown;
}

function reply(status: number, body?: unknown): Reply {
  return body === undefined ? { status } : { status, body };
}

function toResponse({ status, body }: Reply): Response {
  if (body === undefined) return new Response(null, { status });
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** One journal line: every key a request changed (`e` absent = deleted), so a transaction replays whole or not at all. */
interface JournalEntry {
  ops: Array<{ s: string; k: string; e?: StoredEntry }>;
}

const READ_PATHS = new Set([
  '/api/v1/get',
  '/api/v1/secret/get',
  '/api/v1/entity/get',
  '/api/v1/query',
  '/api/v1/entity/query',
  '/api/v1/batch/get',
]);

async function readBody(init: RequestInit | undefined): Promise<unknown> {
  const raw =
    typeof init?.body === 'string'
      ? init.body
      : await new Request('http://kvs.local/', { method: 'POST', body: init?.body ?? null }).text();
  if (!raw) return {};
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new KvsApiError(400, 'INVALID_REQUEST', 'The request body is not JSON.');
  }
}

export async function openKvsEmulator(options: KvsEmulatorOptions = {}): Promise<KvsEmulator> {
  const now = options.now ?? Date.now;
  const limits: KvsLimits = { ...KVS_LIMITS, ...options.limits };
  const quota = createKvsQuota(limits, now);
  const latencyMs = options.latencyMs ?? 0;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const definitions = new Map((options.entities ?? []).map((e) => [e.name, e]));
  const kv: Space = new Map();
  const secrets: Space = new Map();
  const entities = new Map<string, Space>();

  // Journal space ids: '' plain keys, '#' secrets, otherwise the entity name (entity names cannot be '' or '#').
  const spaceIds = new Map<Space, string>([
    [kv, ''],
    [secrets, '#'],
  ]);
  function entitySpace(name: string): Space {
    let items = entities.get(name);
    if (!items) {
      items = new Map();
      entities.set(name, items);
      spaceIds.set(items, name);
    }
    return items;
  }
  const spaceById = (id: string): Space => (id === '' ? kv : id === '#' ? secrets : entitySpace(id));

  let startedEmpty = true;
  if (options.dataDir) {
    const recovered = recoverJsonJournal({ dir: options.dataDir, snapshotFile: KVS_FILE });
    if (recovered.snapshot !== undefined) {
      const state = JSON.parse(recovered.snapshot) as PersistedState;
      for (const [k, v] of Object.entries(state.kv ?? {})) kv.set(k, v);
      for (const [k, v] of Object.entries(state.secrets ?? {})) secrets.set(k, v);
      for (const [name, items] of Object.entries(state.entities ?? {}))
        for (const [k, v] of Object.entries(items)) entitySpace(name).set(k, v);
    }
    for (const entry of recovered.entries as JournalEntry[]) {
      for (const op of entry.ops) {
        if (op.e) spaceById(op.s).set(op.k, op.e);
        else spaceById(op.s).delete(op.k);
      }
    }
    startedEmpty = recovered.snapshot === undefined && recovered.entries.length === 0;
  }

  const snapshot = (): PersistedState => ({
    version: 1,
    kv: Object.fromEntries(kv),
    secrets: Object.fromEntries(secrets),
    entities: Object.fromEntries([...entities].map(([name, items]) => [name, Object.fromEntries(items)])),
  });
  const journal: JsonJournal | undefined = options.dataDir
    ? openJsonJournal({ dir: options.dataDir, snapshotFile: KVS_FILE, snapshot: () => JSON.stringify(snapshot()) })
    : undefined;
  // Changes of the requests under way; `commit` makes them durable (one journal line) before any answer.
  let pending: JournalEntry['ops'] = [];
  const record = (items: Space, key: string, entry?: StoredEntry): void => {
    if (journal)
      pending.push(
        entry ? { s: spaceIds.get(items) as string, k: key, e: entry } : { s: spaceIds.get(items) as string, k: key },
      );
  };
  const commit = (): void => {
    if (pending.length === 0 || !journal) return;
    const ops = pending;
    pending = [];
    journal.append({ ops } satisfies JournalEntry);
  };
  const del = (items: Space, key: string): void => {
    if (items.delete(key)) record(items, key);
  };

  // --- spaces and entries -------------------------------------------------

  function entityDefinition(entityName: unknown): EntityDefinition {
    if (typeof entityName !== 'string' || entityName.length < 3) {
      throw new KvsApiError(400, 'ENTITY_TYPE_TOO_SHORT', 'The entity name needs at least 3 characters.');
    }
    if (entityName.length > 60)
      throw new KvsApiError(400, 'ENTITY_TYPE_TOO_LARGE', 'The entity name has more than 60 characters.');
    if (!ENTITY_NAME_PATTERN.test(entityName)) {
      throw new KvsApiError(400, 'INVALID_ENTITY_TYPE', `The entity name "${entityName}" is not valid.`);
    }
    const definition = definitions.get(entityName);
    if (!definition) {
      throw new KvsApiError(
        400,
        'INVALID_ENTITY_TYPE',
        `The entity "${entityName}" is not declared in the manifest (app.storage.entities).`,
      );
    }
    return definition;
  }

  function space(entityName: unknown): Space {
    if (entityName === undefined || entityName === null) return kv;
    return entitySpace(entityDefinition(entityName).name);
  }

  function validateEntityValue(definition: EntityDefinition, value: unknown): void {
    if (!isRecord(value))
      throw new KvsApiError(400, 'INVALID_ENTITY_VALUE', `A ${definition.name} value must be an object.`);
    for (const [attribute, attributeValue] of Object.entries(value)) {
      const declared = definition.attributes[attribute];
      if (!declared) {
        throw new KvsApiError(
          400,
          'INVALID_ENTITY_VALUE',
          `The attribute "${attribute}" is not declared for entity ${definition.name}.`,
        );
      }
      if (attributeValue === undefined || attributeValue === null) continue;
      const ok =
        declared.type === 'any' ||
        (declared.type === 'string' && typeof attributeValue === 'string') ||
        (declared.type === 'boolean' && typeof attributeValue === 'boolean') ||
        (declared.type === 'integer' && Number.isInteger(attributeValue)) ||
        (declared.type === 'float' && typeof attributeValue === 'number' && Number.isFinite(attributeValue));
      if (!ok) {
        throw new KvsApiError(
          400,
          'INVALID_ENTITY_VALUE',
          `The attribute "${attribute}" of entity ${definition.name} must be ${declared.type}.`,
        );
      }
    }
  }

  function live(items: Space, key: string): StoredEntry | undefined {
    const entry = items.get(key);
    if (entry?.expireTime && Date.parse(entry.expireTime) <= now()) {
      // Not journaled: expiry is a function of the stored expireTime, so a replay expires it again.
      items.delete(key);
      return undefined;
    }
    return entry;
  }

  function render(key: string, entry: StoredEntry, metadata: unknown, always = true): Json {
    const fields = Array.isArray(metadata) ? (metadata as unknown[]) : [];
    const out: Json = { key, value: entry.value };
    if (always || fields.includes('CREATED_AT')) out['createdAt'] = entry.createdAt;
    if (always || fields.includes('UPDATED_AT')) out['updatedAt'] = entry.updatedAt;
    if (entry.expireTime && (always || fields.includes('EXPIRE_TIME'))) out['expireTime'] = entry.expireTime;
    return out;
  }

  function prepareWrite(entityName: unknown, key: unknown, value: unknown): { items: Space; key: string } {
    const validKey = validateKey(key, limits);
    validateValue(value, limits);
    if (entityName !== undefined && entityName !== null) validateEntityValue(entityDefinition(entityName), value);
    return { items: space(entityName), key: validKey };
  }

  function write(
    items: Space,
    key: string,
    value: unknown,
    setOptions: unknown,
  ): { previous?: StoredEntry; latest: StoredEntry } {
    const previous = live(items, key);
    const t = now();
    const latest: StoredEntry = { value, createdAt: previous?.createdAt ?? t, updatedAt: t };
    const ttl = isRecord(setOptions) ? setOptions['ttl'] : undefined;
    if (isRecord(ttl)) {
      const unit = MS_PER_UNIT[String(ttl['unit'])];
      const amount = ttl['value'];
      if (!unit || typeof amount !== 'number' || amount <= 0) {
        throw new KvsApiError(
          400,
          'INVALID_TTL',
          'ttl needs a positive value and a unit of SECONDS, MINUTES, HOURS or DAYS.',
        );
      }
      latest.expireTime = new Date(t + amount * unit).toISOString();
    }
    items.set(key, latest);
    record(items, key, latest);
    return previous ? { previous, latest } : { latest };
  }

  // --- operations ---------------------------------------------------------

  function get(items: Space, body: Json): Reply {
    const key = validateKey(body['key'], limits);
    const entry = live(items, key);
    if (!entry) throw new KvsApiError(404, 'KEY_NOT_FOUND', `No value is stored for key "${key}".`);
    return reply(200, render(key, entry, undefined));
  }

  function set(entityName: unknown, body: Json): Reply {
    const { items, key } = prepareWrite(entityName, body['key'], body['value']);
    const setOptions = isRecord(body['options']) ? body['options'] : undefined;
    if (setOptions?.['keyPolicy'] === 'FAIL_IF_EXISTS' && live(items, key)) {
      throw new KvsApiError(409, 'KEY_ALREADY_EXISTS', `A value is already stored for key "${key}".`);
    }
    const { previous, latest } = write(items, key, body['value'], setOptions);
    const returnValue = setOptions?.['returnValue'];
    if (returnValue === 'LATEST') return reply(200, render(key, latest, undefined));
    if (returnValue === 'PREVIOUS') return previous ? reply(200, render(key, previous, undefined)) : reply(204);
    return reply(204);
  }

  function remove(items: Space, body: Json): Reply {
    const key = validateKey(body['key'], limits);
    del(items, key);
    return reply(204);
  }

  function query(body: Json): Reply {
    const limit = validateLimit(body['limit'], 'LIST_QUERY_LIMIT_EXCEEDED', limits);
    const where = body['where'];
    let prefix = '';
    if (where !== undefined && where !== null) {
      if (!Array.isArray(where) || where.length !== 1) {
        throw new KvsApiError(400, 'QUERY_WHERE_INVALID', 'A KVS query takes a single "where" clause.');
      }
      const clause = where[0] as Clause;
      if (clause.property !== 'key')
        throw new KvsApiError(400, 'QUERY_WHERE_FIELD_INVALID', 'KVS queries filter on "key" only.');
      validateClause(clause, new Set(['BEGINS_WITH']));
      prefix = String(clause.values[0]);
    }
    const after = decodeCursor(body['after'])?.[0];
    const metadata = isRecord(body['options']) ? body['options']['metadataFields'] : undefined;
    const keys = [...kv.keys()]
      .filter((k) => k.startsWith(prefix) && (after === undefined || k > String(after)))
      .sort();
    const data: Json[] = [];
    let index = 0;
    for (; index < keys.length && data.length < limit; index += 1) {
      const key = keys[index] as string;
      const entry = live(kv, key);
      if (entry) data.push(render(key, entry, metadata, false));
    }
    const last = data[data.length - 1];
    const more = index < keys.length;
    return reply(200, more && last ? { data, cursor: encodeCursor([last['key']]) } : { data });
  }

  function resolveIndex(definition: EntityDefinition, indexName: unknown): ResolvedIndex {
    for (const index of definition.indexes ?? []) {
      const resolved =
        typeof index === 'string'
          ? { name: index, range: index, partition: [] }
          : { name: index.name, range: index.range[0] as string, partition: index.partition ?? [] };
      if (resolved.name === indexName) return resolved;
    }
    throw new KvsApiError(
      400,
      'INVALID_ENTITY_INDEX',
      `Entity ${definition.name} has no index "${String(indexName)}" in the manifest.`,
    );
  }

  function entityQuery(body: Json): Reply {
    const definition = entityDefinition(body['entityName']);
    const index = resolveIndex(definition, body['indexName']);
    const limit = validateLimit(body['limit'], 'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE', limits);
    const partition = body['partition'];
    if (index.partition.length > 0) {
      if (!Array.isArray(partition) || partition.length !== index.partition.length) {
        throw new KvsApiError(
          400,
          'INVALID_PARTITION',
          `Index ${index.name} needs partition values for ${index.partition.join(', ')}.`,
        );
      }
    } else if (partition !== undefined && partition !== null) {
      throw new KvsApiError(400, 'INVALID_PARTITION', `Index ${index.name} has no partition.`);
    }
    const range = body['range'] as Clause | undefined;
    if (range) validateClause(range, RANGE_CONDITIONS);
    const filters = body['filters'] as ClauseGroup | undefined;
    const descending = body['sort'] === 'DESC';
    const cursor = decodeCursor(body['cursor']);
    const metadata = isRecord(body['options']) ? body['options']['metadataFields'] : body['metadataFields'];

    const items = space(definition.name);
    const candidates: Array<{ key: string; entry: StoredEntry; rangeValue: unknown }> = [];
    for (const key of [...items.keys()]) {
      const entry = live(items, key);
      if (!entry || !isRecord(entry.value)) continue;
      const value = entry.value;
      const rangeValue = value[index.range];
      if (rangeValue === undefined || rangeValue === null) continue;
      if (index.partition.some((attribute, i) => value[attribute] !== (partition as unknown[])[i])) continue;
      if (range && !matchesClause(rangeValue, range)) continue;
      candidates.push({ key, entry, rangeValue });
    }
    const order = (a: { key: string; rangeValue: unknown }, b: { key: string; rangeValue: unknown }): number => {
      const c = compareValues(a.rangeValue, b.rangeValue) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
      return descending ? -c : c;
    };
    candidates.sort(order);
    let start = 0;
    if (cursor) {
      const marker = { rangeValue: cursor[0], key: String(cursor[1]) };
      start = candidates.findIndex((c) => order(c, marker) > 0);
      if (start < 0) start = candidates.length;
    }
    const page = candidates.slice(start, start + limit);
    const data = page
      .filter((c) => matchesGroup(c.entry.value as Json, filters))
      .map((c) => render(c.key, c.entry, metadata, false));
    const last = page[page.length - 1];
    const more = start + limit < candidates.length;
    return reply(200, more && last ? { data, cursor: encodeCursor([last.rangeValue, last.key]) } : { data });
  }

  function batchItems(body: unknown): Json[] {
    if (!Array.isArray(body)) throw new KvsApiError(400, 'INVALID_REQUEST', 'A batch request is an array of items.');
    return body.filter(isRecord);
  }

  function failure(item: Json, error: unknown): Json {
    const e = error instanceof KvsApiError ? error : new KvsApiError(500, 'UNKNOWN_ERROR', String(error));
    return {
      key: item['key'],
      ...(item['entityName'] ? { entityName: item['entityName'] } : {}),
      error: { code: e.code, message: e.message },
    };
  }

  function success(item: Json): Json {
    return { key: item['key'], ...(item['entityName'] ? { entityName: item['entityName'] } : {}) };
  }

  /** Runs `each` on every item of a batch; an item that throws is reported failed, the others still run. */
  function batch(body: unknown, each: (item: Json) => Json): Reply {
    const successfulKeys: Json[] = [];
    const failedKeys: Json[] = [];
    for (const item of batchItems(body)) {
      try {
        successfulKeys.push(each(item));
      } catch (error) {
        failedKeys.push(failure(item, error));
      }
    }
    return reply(200, { successfulKeys, failedKeys });
  }

  function batchSet(body: unknown): Reply {
    return batch(body, (item) => {
      const { items, key } = prepareWrite(item['entityName'], item['key'], item['value']);
      write(items, key, item['value'], item['options']);
      return success(item);
    });
  }

  function batchDelete(body: unknown): Reply {
    return batch(body, (item) => {
      const items = space(item['entityName']);
      del(items, validateKey(item['key'], limits));
      return success(item);
    });
  }

  function batchGet(body: unknown): Reply {
    return batch(body, (item) => {
      const key = validateKey(item['key'], limits);
      const entry = live(space(item['entityName']), key);
      if (!entry) throw new KvsApiError(404, 'KEY_NOT_FOUND', `No value is stored for key "${key}".`);
      const metadata = isRecord(item['options']) ? item['options']['metadataFields'] : undefined;
      return {
        ...render(key, entry, metadata, false),
        ...(item['entityName'] ? { entityName: item['entityName'] } : {}),
      };
    });
  }

  function transaction(body: Json): Reply {
    const sets = Array.isArray(body['set']) ? body['set'].filter(isRecord) : [];
    const deletes = Array.isArray(body['delete']) ? body['delete'].filter(isRecord) : [];
    const checks = Array.isArray(body['check']) ? body['check'].filter(isRecord) : [];
    const count = sets.length + deletes.length + checks.length;
    if (count === 0) throw new KvsApiError(400, 'INVALID_REQUEST', 'A transaction needs at least one operation.');
    if (count > limits.maxTransactionOperations) {
      throw new KvsApiError(
        400,
        'TOO_MANY_TRANSACTION_OPERATIONS',
        `A transaction can contain at most ${limits.maxTransactionOperations} operations; this one has ${count}.`,
      );
    }
    const seen = new Set<string>();
    for (const op of [...sets, ...deletes, ...checks]) {
      const id = `${String(op['entityName'] ?? '')}\u0000${validateKey(op['key'], limits)}`;
      if (seen.has(id)) {
        throw new KvsApiError(
          400,
          'DUPLICATE_TRANSACTION_KEY',
          `The key "${String(op['key'])}" is used more than once in the transaction.`,
        );
      }
      seen.add(id);
    }
    for (const op of sets) prepareWrite(op['entityName'], op['key'], op['value']);
    for (const op of deletes) space(op['entityName']);
    const failed = (op: Json, mustExist: boolean): boolean => {
      const entry = live(space(op['entityName']), String(op['key']));
      if (mustExist && !entry) return true;
      const conditions = op['conditions'] as ClauseGroup | undefined;
      if (!conditions) return false;
      const value = isRecord(entry?.value) ? entry.value : {};
      return !matchesGroup(value, conditions);
    };
    for (const op of checks) {
      if (!op['conditions']) throw new KvsApiError(400, 'INVALID_REQUEST', 'A transaction check needs conditions.');
    }
    const failedOp = [
      ...checks.map((op) => [op, true] as const),
      ...sets.map((op) => [op, false] as const),
      ...deletes.map((op) => [op, false] as const),
    ].find(([op, mustExist]) => failed(op, mustExist));
    if (failedOp) {
      throw new KvsApiError(
        409,
        'TRANSACTION_CONDITION_FAILED',
        `The transaction was cancelled: the conditions on key "${String(failedOp[0]['key'])}" were not met.`,
      );
    }
    for (const op of sets) write(space(op['entityName']), String(op['key']), op['value'], op['options']);
    for (const op of deletes) {
      del(space(op['entityName']), String(op['key']));
    }
    return reply(204);
  }

  function dispatch(path: string, body: unknown): Reply {
    const json = isRecord(body) ? body : {};
    switch (path) {
      case '/api/v1/get':
        return get(kv, json);
      case '/api/v1/set':
        return set(undefined, json);
      case '/api/v1/delete':
        return remove(kv, json);
      case '/api/v1/secret/get':
        return get(secrets, json);
      case '/api/v1/secret/set': {
        const { key } = prepareWrite(undefined, json['key'], json['value']);
        write(secrets, key, json['value'], json['options']);
        return reply(204);
      }
      case '/api/v1/secret/delete':
        return remove(secrets, json);
      case '/api/v1/entity/get':
        return get(space(json['entityName']), json);
      case '/api/v1/entity/set':
        return set(json['entityName'], json);
      case '/api/v1/entity/delete':
        return remove(space(json['entityName']), json);
      case '/api/v1/query':
        return query(json);
      case '/api/v1/entity/query':
        return entityQuery(json);
      case '/api/v1/batch/set':
        return batchSet(body);
      case '/api/v1/batch/delete':
        return batchDelete(body);
      case '/api/v1/batch/get':
        return batchGet(body);
      case '/api/v1/transaction':
        return transaction(json);
      default:
        throw new KvsApiError(404, 'NOT_FOUND', `The local KVS does not serve ${path}.`);
    }
  }

  const units = (value: unknown): number => unitsOf(value, limits.unitBytes);
  const records = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isRecord) : []);

  /** Write units a request will cost, known from its body before anything is written. */
  function writeUnits(path: string, body: unknown): number {
    const json = isRecord(body) ? body : {};
    switch (path) {
      case '/api/v1/set':
      case '/api/v1/secret/set':
      case '/api/v1/entity/set':
        return units(json['value']);
      case '/api/v1/delete':
      case '/api/v1/secret/delete':
      case '/api/v1/entity/delete':
        return 1;
      case '/api/v1/batch/set':
        return Math.max(
          1,
          records(body).reduce((n, item) => n + units(item['value']), 0),
        );
      case '/api/v1/batch/delete':
        return Math.max(1, records(body).length);
      case '/api/v1/transaction':
        return records(json['set']).reduce((n, op) => n + units(op['value']), 0) + records(json['delete']).length;
      default:
        return 0;
    }
  }

  /** Read units of an answer: its size, per item for a batch (a missing key still costs 1). */
  function readUnits(path: string, answer: Reply): number {
    if (path !== '/api/v1/batch/get' || !isRecord(answer.body)) return units(answer.body);
    const found = records(answer.body['successfulKeys']).reduce((n, item) => n + units(item), 0);
    return Math.max(1, found + records(answer.body['failedKeys']).length);
  }

  const bySegment: Record<string, { readUnits: number; writeUnits: number }> = {};
  /** The first key a request names (a batch's or transaction's first item). */
  function firstKey(body: unknown): string | undefined {
    const of = (v: unknown): string | undefined => (isRecord(v) && typeof v['key'] === 'string' ? v['key'] : undefined);
    if (Array.isArray(body)) return of(body[0]);
    if (!isRecord(body)) return undefined;
    return of(body) ?? of(records(body['set'])[0]) ?? of(records(body['delete'])[0]) ?? of(records(body['check'])[0]);
  }

  async function route(rawPath: string, init: RequestInit | undefined): Promise<Reply> {
    const body = await readBody(init);
    const path = rawPath.replace(/\?.*$/, '');
    const before = quota.usage();
    try {
      // Synchronous from here to the tally, so no other request's units land in between.
      return charged(path, body);
    } finally {
      const after = quota.usage();
      const segment = (firstKey(body) ?? '').split(':')[0] ?? '';
      const tally = (bySegment[segment] ??= { readUnits: 0, writeUnits: 0 });
      tally.readUnits += after.readUnits - before.readUnits;
      tally.writeUnits += after.writeUnits - before.writeUnits;
    }
  }

  function charged(path: string, body: unknown): Reply {
    quota.admitRequest();
    const reads = READ_PATHS.has(path);
    if (reads) quota.admitRead();
    else quota.chargeWrite(writeUnits(path, body));
    if (path === '/api/v1/transaction' && isRecord(body)) quota.chargeRead(records(body['check']).length);
    let answer: Reply;
    try {
      answer = dispatch(path, body);
    } catch (error) {
      if (reads) quota.chargeRead(1);
      throw error;
    }
    if (reads) quota.chargeRead(readUnits(path, answer));
    return answer;
  }

  return {
    startedEmpty,
    async fetch(path: string, init: RequestInit | undefined): Promise<Response> {
      if (latencyMs > 0) await sleep(latencyMs);
      try {
        const answer = await route(path, init);
        commit();
        return toResponse(answer);
      } catch (error) {
        // A failed request changed nothing, but a concurrent one may have: its changes go to disk before any answer.
        commit();
        if (error instanceof KvsApiError)
          return toResponse(reply(error.status, { code: error.code, message: error.message }));
        return toResponse(
          reply(500, {
            code: 'INTERNAL_SERVER_ERROR',
            message: error instanceof Error ? error.message : String(error),
          }),
        );
      }
    },
    seed(values: Record<string, unknown>): number {
      let count = 0;
      for (const [key, value] of Object.entries(values)) {
        const prepared = prepareWrite(undefined, key, value);
        write(prepared.items, prepared.key, value, undefined);
        count += 1;
      }
      commit();
      return count;
    },
    size(): number {
      let n = kv.size + secrets.size;
      for (const items of entities.values()) n += items.size;
      return n;
    },
    usage: () => quota.usage(),
    usageByKeySegment: () => structuredClone(bySegment),
    flush: async () => {
      commit();
      if (journal && journal.journalBytes > 0) journal.compact();
    },
    close: async () => {
      commit();
      journal?.close();
    },
  };
}
