import { z } from 'zod';
import { withDeliveryPoint, type DeliveryPoint } from '../../domain/delivery/delivery-history';
import type { KeyValueStore } from '../../ports/key-value-store';
import type { Logger } from '../../ports/logger';

/**
 * A project's delivery history: one stored value per project, the days as tuples
 * `[date, units, unitsDone, effortTotal, effortDone]` (180 days are about 7 KB, one 10 KB read
 * unit and far below KVS's 240 KiB value limit), with a format version so a later format is
 * migrated, never misread. Parsed when read, like any Jira answer.
 */
export const DELIVERY_HISTORY_VERSION = 1;
export const deliveryHistoryKey = (projectKey: string): string => `delivery:${projectKey}`;

const count = z.number().int().nonnegative();
const day = z.tuple([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), count, count, z.number().min(0), z.number().min(0)]);
export const deliveryHistorySchema = z.strictObject({
  version: z.literal(DELIVERY_HISTORY_VERSION),
  days: z.array(day),
});
export type StoredDeliveryHistory = z.infer<typeof deliveryHistorySchema>;

const toPoint = ([date, units, unitsDone, effortTotal, effortDone]: z.infer<typeof day>): DeliveryPoint => ({
  date,
  units,
  unitsDone,
  effortTotal,
  effortDone,
});

export const toStoredHistory = (points: readonly DeliveryPoint[]): StoredDeliveryHistory => ({
  version: DELIVERY_HISTORY_VERSION,
  days: points.map((p) => [p.date, p.units, p.unitsDone, p.effortTotal, p.effortDone]),
});

/** The stored days, oldest first; none when nothing is stored or the record is unreadable (logged). */
export async function readDeliveryHistory(
  store: KeyValueStore,
  projectKey: string,
  logger?: Logger,
): Promise<DeliveryPoint[]> {
  const raw = await store.get<unknown>(deliveryHistoryKey(projectKey));
  if (raw === undefined) return [];
  const parsed = deliveryHistorySchema.safeParse(raw);
  if (!parsed.success) {
    // The next snapshot writes a readable record again; a chart without history is better than a wrong one.
    logger?.warn('stored delivery history is unreadable; starting it again', { projectKey });
    return [];
  }
  return parsed.data.days.map(toPoint).sort((a, b) => a.date.localeCompare(b.date));
}

/** Adds (or, for a redelivered snapshot, replaces) a day, keeping the history bounded. */
export async function recordDeliveryPoint(
  store: KeyValueStore,
  projectKey: string,
  point: DeliveryPoint,
  logger?: Logger,
): Promise<DeliveryPoint[]> {
  const points = withDeliveryPoint(await readDeliveryHistory(store, projectKey, logger), point);
  await store.set(deliveryHistoryKey(projectKey), toStoredHistory(points));
  return points;
}
