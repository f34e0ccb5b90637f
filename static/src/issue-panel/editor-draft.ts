import type { RequirementContextView, ScoringInputs } from '../../../src/contract/api';
import { scoringInputProblems } from '../../../src/contract/score-views';
import type { Changes } from './conflict-merge';
import { surveyProblems, surveyRows } from './kano-survey-draft';
import { cleanScores } from './scoring-inputs';

/** A problem next to a field (the shape shared/ErrorPanel's FieldError has; kept free of UI imports so unit tests load this file). */
export interface FieldError {
  path: string;
  message: string;
}

/** An issue key as the resolvers accept it (contract/payloads.ts). */
export const ISSUE_KEY = /^[A-Z][A-Z0-9_]{1,9}-\d+$/;

/** The editor's form values, as typed (keys as text, scores possibly half-entered). */
export type Pm = RequirementContextView['pm'];

export interface Draft {
  phase: string;
  problemKey: string;
  personaKey: string;
  scenarioKey: string;
  kpiKeys: string;
  scores: ScoringInputs;
}

export function toDraft(pm: Pm): Draft {
  return {
    phase: pm.phase ?? '',
    problemKey: pm.problemKey ?? '',
    personaKey: pm.personaKey ?? '',
    scenarioKey: pm.scenarioKey ?? '',
    kpiKeys: pm.kpiKeys.join(', '),
    scores: pm.scores ?? {},
  };
}

export const splitKeys = (s: string): string[] =>
  s
    .split(/[\s,;]+/)
    .map((k) => k.trim().toUpperCase())
    .filter(Boolean);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only what differs from the version read; `null` clears a value. */
export function changesOf(base: Pm, draft: Draft): Changes {
  const out: Changes = {};
  const key = (v: string) => v.trim().toUpperCase();
  if (draft.phase !== (base.phase ?? '')) out.phase = draft.phase || null;
  for (const f of ['problemKey', 'personaKey', 'scenarioKey'] as const) {
    if (key(draft[f]) !== (base[f] ?? '')) out[f] = key(draft[f]) || null;
  }
  const kpis = splitKeys(draft.kpiKeys);
  if (!same(kpis, base.kpiKeys)) out.kpiKeys = kpis;
  const scores = cleanScores(draft.scores);
  if (!same(scores, cleanScores(base.scores ?? {}))) out.scores = scores;
  return out;
}

/**
 * Something typed that is not a change yet: an incomplete survey row (cleanScores leaves it out
 * of the save), so the save bar says what blocks it rather than "Saved".
 */
export function hasPendingInput(base: Pm, draft: Draft): boolean {
  return !same(draft.scores.kanoSurvey ?? null, base.scores?.kanoSurvey ?? null);
}

/** Problems the browser can see before a save: unusable scoring inputs (the domain's rules) and malformed keys. */
export function localErrors(draft: Draft, scoring: RequirementContextView['options']['scoring']): FieldError[] {
  const errs: FieldError[] = scoringInputProblems(cleanScores(draft.scores), scoring).map((p) => ({
    path: `scores.${p.path}`,
    message: p.message,
  }));
  // Survey rows are checked as typed: cleanScores leaves an incomplete pair out, so it is flagged here.
  for (const p of surveyProblems(surveyRows(draft.scores))) errs.push({ path: `scores.${p.path}`, message: p.message });
  for (const f of ['problemKey', 'personaKey', 'scenarioKey'] as const) {
    const v = draft[f].trim().toUpperCase();
    if (v && !ISSUE_KEY.test(v)) errs.push({ path: f, message: 'Use an issue key like ABC-123' });
  }
  const bad = splitKeys(draft.kpiKeys).filter((k) => !ISSUE_KEY.test(k));
  if (bad.length) errs.push({ path: 'kpiKeys', message: `Not issue keys: ${bad.join(', ')}` });
  if (splitKeys(draft.kpiKeys).length > 20) errs.push({ path: 'kpiKeys', message: 'At most 20 KPIs' });
  return errs;
}
