/**
 * Whole days from a YYYY-MM-DD day (its start, UTC) to `now`; null when the day is
 * not a real date or lies in the future (a typo or a wrong clock cannot vouch for
 * anything, the same rule as scores dated ahead). Today is age 0.
 *
 * @example
 * evidenceAgeDays('2026-10-02', new Date('2026-11-01T09:00:00Z')) // 30
 */
const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function evidenceAgeDays(observedOn: string, now: Date): number | null {
  const match = DAY_PATTERN.exec(observedOn);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = Date.UTC(year, month - 1, day);
  const back = new Date(at);
  // Date.UTC rolls 2026-02-31 over to March: such a day does not exist.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  if (at > today) return null;
  return Math.round((today - at) / DAY_MS);
}
