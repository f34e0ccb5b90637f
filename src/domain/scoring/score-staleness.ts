import type { PmData } from '../issue/pm-issue';
import { parseInstant } from '../shared/parse-instant';
import { hasScoringInput } from './has-scoring-input';

/**
 * Staleness of an issue's scoring inputs: stale when they were last changed
 * more than `staleAfterDays` before `now`. Inputs without a (valid) date count
 * as stale, since nobody can vouch for their age; issues without any input
 * are never stale (there is nothing to refresh). Inputs dated in the future
 * (more than `CLOCK_SKEW_MS` after `now`: a wrong clock or a hand-edited
 * property) are not "fresh" either: they count as stale with the reason
 * 'future-date', so a date far ahead cannot keep a score fresh for years.
 * Up to `CLOCK_SKEW_MS` ahead counts as just scored (age 0): the save and the
 * read may run on machines whose clocks differ by a few seconds.
 *
 * @example
 * scoreStaleness({ kpiKeys: [], scores: { ice: { impact: 5 } }, scoredAt: '2026-01-01T00:00:00Z' }, 90, new Date('2026-06-01'))
 * // { stale: true, reason: 'older-than-limit', ageDays: 151 }
 */
export type StalenessReason = 'no-inputs' | 'fresh' | 'older-than-limit' | 'no-date' | 'invalid-date' | 'future-date';

export interface Staleness {
  stale: boolean;
  reason: StalenessReason;
  /** Whole days since the inputs last changed, or null when unknown. */
  ageDays: number | null;
}

const DAY_MS = 86_400_000;
/** How far ahead of `now` a date may be and still count as "now" (clock differences between machines). */
export const CLOCK_SKEW_MS = 5 * 60_000;

export function scoreStaleness(
  pm: Pick<PmData, 'scores' | 'scoredAt'> | undefined,
  staleAfterDays: number,
  now: Date,
): Staleness {
  if (pm === undefined || !hasScoringInput(pm.scores)) return { stale: false, reason: 'no-inputs', ageDays: null };
  if (pm.scoredAt === undefined) return { stale: true, reason: 'no-date', ageDays: null };
  const at = parseInstant(pm.scoredAt);
  if (Number.isNaN(at)) return { stale: true, reason: 'invalid-date', ageDays: null };
  const ageMs = now.getTime() - at;
  if (ageMs < -CLOCK_SKEW_MS) return { stale: true, reason: 'future-date', ageDays: null };
  const ageDays = Math.max(0, Math.floor(ageMs / DAY_MS));
  return ageMs > staleAfterDays * DAY_MS
    ? { stale: true, reason: 'older-than-limit', ageDays }
    : { stale: false, reason: 'fresh', ageDays };
}

/** Boolean-only variant for roll-ups (same rule, no allocation). */
export function isScoreStale(
  pm: Pick<PmData, 'scores' | 'scoredAt'> | undefined,
  staleAfterDays: number,
  nowMs: number,
): boolean {
  if (pm === undefined || !hasScoringInput(pm.scores)) return false;
  if (pm.scoredAt === undefined) return true;
  const at = parseInstant(pm.scoredAt);
  if (Number.isNaN(at)) return true;
  const ageMs = nowMs - at;
  return ageMs < -CLOCK_SKEW_MS || ageMs > staleAfterDays * DAY_MS;
}
