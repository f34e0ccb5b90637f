import type { PmData } from '../issue/pm-issue';
import { parseInstant } from '../shared/parse-instant';
import { hasScoringInput } from './has-scoring-input';

/**
 * Staleness of an issue's scoring inputs: stale when they were last changed
 * more than `staleAfterDays` before `now`. Inputs without a (valid) date count
 * as stale, since nobody can vouch for their age; issues without any input
 * are never stale (there is nothing to refresh).
 *
 * @example
 * scoreStaleness({ kpiKeys: [], scores: { ice: { impact: 5 } }, scoredAt: '2026-01-01T00:00:00Z' }, 90, new Date('2026-06-01'))
 * // { stale: true, reason: 'older-than-limit', ageDays: 151 }
 */
export type StalenessReason = 'no-inputs' | 'fresh' | 'older-than-limit' | 'no-date' | 'invalid-date';

export interface Staleness {
  stale: boolean;
  reason: StalenessReason;
  /** Whole days since the inputs last changed, or null when unknown. */
  ageDays: number | null;
}

const DAY_MS = 86_400_000;

export function scoreStaleness(pm: Pick<PmData, 'scores' | 'scoredAt'> | undefined, staleAfterDays: number, now: Date): Staleness {
  if (pm === undefined || !hasScoringInput(pm.scores)) return { stale: false, reason: 'no-inputs', ageDays: null };
  if (pm.scoredAt === undefined) return { stale: true, reason: 'no-date', ageDays: null };
  const at = parseInstant(pm.scoredAt);
  if (Number.isNaN(at)) return { stale: true, reason: 'invalid-date', ageDays: null };
  const ageMs = now.getTime() - at;
  const ageDays = Math.floor(ageMs / DAY_MS);
  return ageMs > staleAfterDays * DAY_MS ? { stale: true, reason: 'older-than-limit', ageDays } : { stale: false, reason: 'fresh', ageDays };
}

/** Boolean-only variant for roll-ups (same rule, no allocation). */
export function isScoreStale(pm: Pick<PmData, 'scores' | 'scoredAt'> | undefined, staleAfterDays: number, nowMs: number): boolean {
  if (pm === undefined || !hasScoringInput(pm.scores)) return false;
  if (pm.scoredAt === undefined) return true;
  const at = parseInstant(pm.scoredAt);
  return Number.isNaN(at) || nowMs - at > staleAfterDays * DAY_MS;
}
