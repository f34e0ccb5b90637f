import { z } from 'zod';
import type { RollupPropertyValues } from '../../domain/rollup-property/rollup-property-values';
import { KPI_STATUSES } from '../../domain/kpi/kpi-status-values';
import { READINESS_STATES } from '../../domain/readiness/readiness-states';
import { hashOf } from '../../domain/project-state/state-layout';
import type { KeyValueStore } from '../../ports/key-value-store';
import { packRecord, unpackRecord } from '../project-state/packed-record';

/*
 * The values last written to each parent's `pm-workflow.rollup` property, per project, so a
 * write-back sends only parents whose values changed. Stored packed (deflated) in parts by a
 * hash of the issue id, so one changed parent rewrites one small part; a head names the number
 * of parts. Parsed on read: an unreadable record counts as empty (every parent is written again).
 */

/** Parents per part, about one 10 KB KVS unit deflated. */
const PARENTS_PER_PART = 1000;
export const headKey = (projectKey: string): string => `rprops:${projectKey}:head`;
export const partKey = (projectKey: string, index: number): string => `rprops:${projectKey}:p:${index}`;
export const pendingKey = (projectKey: string): string => `rprops:${projectKey}:pending`;

const headSchema = z.strictObject({ version: z.literal(1), parts: z.number().int().min(1) });
const kpiStatus = z.enum([...KPI_STATUSES, 'none']);
const readiness = z.enum([...READINESS_STATES, 'none']);
/** [progress, effortProgress, score, scoreSum, kpiStatus, readiness] (null: absent): short to store. */
const packedValuesSchema = z.tuple([
  z.number().nullable(),
  z.number().nullable(),
  z.number().nullable(),
  z.number().nullable(),
  kpiStatus,
  readiness,
]);
const partSchema = z.record(z.string().regex(/^\d+$/), packedValuesSchema);
type PackedValues = z.infer<typeof packedValuesSchema>;

const pack = (v: RollupPropertyValues): PackedValues => [
  v.progress ?? null,
  v.effortProgress ?? null,
  v.score ?? null,
  v.scoreSum ?? null,
  v.kpiStatus,
  v.readiness,
];
const unpack = ([progress, effortProgress, score, scoreSum, kpi, ready]: PackedValues): RollupPropertyValues => ({
  ...(progress !== null ? { progress } : {}),
  ...(effortProgress !== null ? { effortProgress } : {}),
  ...(score !== null ? { score } : {}),
  ...(scoreSum !== null ? { scoreSum } : {}),
  kpiStatus: kpi,
  readiness: ready,
});

export interface WrittenValues {
  parts: number;
  /** Part index -> issue id -> values. */
  byPart: Record<string, RollupPropertyValues>[];
}

export const partsFor = (parents: number): number => {
  let parts = 1;
  while (parts * PARENTS_PER_PART < parents) parts *= 2;
  return parts;
};
export const partOf = (issueId: string, parts: number): number => hashOf(issueId) % parts;

export async function readWrittenValues(store: KeyValueStore, projectKey: string): Promise<WrittenValues> {
  const head = headSchema.safeParse(await store.get<unknown>(headKey(projectKey)));
  if (!head.success) return { parts: 0, byPart: [] };
  const byPart = await Promise.all(
    Array.from({ length: head.data.parts }, async (_, i) => {
      const part = unpackRecord(await store.get<unknown>(partKey(projectKey, i)), partSchema) ?? {};
      return Object.fromEntries(Object.entries(part).map(([id, v]) => [id, unpack(v)]));
    }),
  );
  return { parts: head.data.parts, byPart };
}

/** Every issue id -> values of a read record. */
export const allWritten = (written: WrittenValues): Record<string, RollupPropertyValues> =>
  Object.assign({}, ...written.byPart) as Record<string, RollupPropertyValues>;

/**
 * Stores `record` (issue id -> values) in `parts` parts, writing only the parts whose content
 * differs from `before` (all of them when the number of parts changed). Returns the parts written.
 */
export async function writeWrittenValues(
  store: KeyValueStore,
  projectKey: string,
  record: Readonly<Record<string, RollupPropertyValues>>,
  before: WrittenValues,
): Promise<number> {
  const parts = partsFor(Object.keys(record).length);
  const next: Record<string, PackedValues>[] = Array.from({ length: parts }, () => ({}));
  for (const [id, values] of Object.entries(record))
    (next[partOf(id, parts)] as Record<string, PackedValues>)[id] = pack(values);
  let written = 0;
  for (let i = 0; i < parts; i++) {
    const content = next[i] as Record<string, PackedValues>;
    const old = before.parts === parts ? before.byPart[i] : undefined;
    if (old && samePart(old, content)) continue;
    await store.set(partKey(projectKey, i), packRecord(content));
    written += 1;
  }
  if (before.parts !== parts) {
    await store.set(headKey(projectKey), { version: 1, parts } satisfies z.infer<typeof headSchema>);
    for (let i = parts; i < before.parts; i++) await store.delete(partKey(projectKey, i));
  }
  return written;
}

function samePart(old: Record<string, RollupPropertyValues>, next: Record<string, PackedValues>): boolean {
  const ids = Object.keys(next);
  if (ids.length !== Object.keys(old).length) return false;
  return ids.every((id) => {
    const before = old[id];
    return before !== undefined && JSON.stringify(pack(before)) === JSON.stringify(next[id]);
  });
}
