import { z } from 'zod';
import type { Clock } from '../ports/clock';
import type { KeyValueStore } from '../ports/key-value-store';

/**
 * The site's default time zone (`serverTimeZone` of `GET /serverInfo`), kept in app storage so
 * every read that shows or stores a KPI status does not spend a Jira call on it. Admins change it
 * rarely; after `ttlMs` (an hour) the next read asks Jira again, so a change shows within the hour.
 * `null` is stored for an answer without one. Storage trouble never fails a read: a failed get
 * asks Jira, a failed set is dropped.
 */
export interface ServerTimeZoneCache {
  /** undefined = nothing fresh stored; null = Jira answered without a time zone. */
  read(): Promise<string | null | undefined>;
  write(timeZone: string | null): Promise<void>;
}

export const SERVER_TIME_ZONE_KEY = 'site:server-time-zone';
const ONE_HOUR_MS = 60 * 60 * 1000;

const storedSchema = z.object({
  timeZone: z.string().max(100).nullable(),
  readAt: z.string().datetime({ offset: true }),
});

export function kvsServerTimeZoneCache(store: KeyValueStore, clock: Clock, ttlMs = ONE_HOUR_MS): ServerTimeZoneCache {
  return {
    async read() {
      let stored: unknown;
      try {
        stored = await store.get(SERVER_TIME_ZONE_KEY);
      } catch {
        return undefined;
      }
      const parsed = storedSchema.safeParse(stored);
      if (!parsed.success) return undefined;
      const age = clock.now().getTime() - Date.parse(parsed.data.readAt);
      return age >= 0 && age < ttlMs ? parsed.data.timeZone : undefined;
    },
    async write(timeZone) {
      try {
        await store.set(SERVER_TIME_ZONE_KEY, { timeZone, readAt: clock.now().toISOString() });
      } catch {
        // Only a saving: the next read asks Jira again.
      }
    },
  };
}
