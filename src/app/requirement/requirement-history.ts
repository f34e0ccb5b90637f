import type { PmProperty } from '../../contract/pm-property';
import type { HistoryEntry } from '../../contract/views';
import { ALL_SCORE_MODELS } from '../../contract/score-views';

/** Fields whose before / after values are issue keys (redacted per caller when read: history-for-caller.ts). */
export const LINK_HISTORY_FIELDS = ['problemKey', 'personaKey', 'scenarioKey', 'kpiKeys'] as const;
const TRACKED = ['phase', ...LINK_HISTORY_FIELDS] as const;

/** One entry per changed field (scores per model, as `scores.rice` ...): who, when, old, new. */
export function historyEntries(
  before: PmProperty | undefined,
  after: PmProperty,
  at: string,
  accountId: string,
  displayName?: string,
): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  const push = (field: string, from: unknown, to: unknown) => {
    if (JSON.stringify(from ?? null) === JSON.stringify(to ?? null)) return;
    entries.push({ at, accountId, ...(displayName ? { displayName } : {}), field, from: from ?? null, to: to ?? null });
  };
  for (const field of TRACKED) push(field, before?.[field], after[field]);
  for (const model of ALL_SCORE_MODELS) push(`scores.${model}`, before?.scores[model], after.scores[model]);
  // The survey is Kano's input from many respondents: its own entry, beside the single pair's.
  push('scores.kanoSurvey', before?.scores.kanoSurvey, after.scores.kanoSurvey);
  return entries;
}
