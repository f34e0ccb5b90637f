import { z } from 'zod';
import type { Clock } from '../ports/clock';
import type { KeyValueStore } from '../ports/key-value-store';

/**
 * The site's story-point field ids (story-point-fields.ts), kept in app storage so a read that
 * must stay within a fixed number of Jira calls (a backlog page: two) does not spend one on
 * `GET /field` each time. Fields change rarely; after `ttlMs` the next read asks Jira again.
 * Storage trouble never fails a read: a failed get asks Jira, a failed set is dropped.
 */
export interface StoryPointFieldCache {
  read(): Promise<readonly string[] | undefined>;
  write(fieldIds: readonly string[]): Promise<void>;
}

export const STORY_POINT_FIELDS_KEY = 'site:story-point-fields';
const ONE_HOUR_MS = 60 * 60 * 1000;

const storedSchema = z.object({
  fieldIds: z.array(z.string().regex(/^customfield_\d+$/)).max(50),
  readAt: z.string().datetime({ offset: true }),
});

export function kvsStoryPointFieldCache(store: KeyValueStore, clock: Clock, ttlMs = ONE_HOUR_MS): StoryPointFieldCache {
  return {
    async read() {
      let stored: unknown;
      try {
        stored = await store.get(STORY_POINT_FIELDS_KEY);
      } catch {
        return undefined;
      }
      const parsed = storedSchema.safeParse(stored);
      if (!parsed.success) return undefined;
      const age = clock.now().getTime() - Date.parse(parsed.data.readAt);
      return age >= 0 && age < ttlMs ? parsed.data.fieldIds : undefined;
    },
    async write(fieldIds) {
      try {
        await store.set(STORY_POINT_FIELDS_KEY, { fieldIds: [...fieldIds], readAt: clock.now().toISOString() });
      } catch {
        // Only a saving: the next read asks Jira again.
      }
    },
  };
}
