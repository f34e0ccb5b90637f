import type { HistoryEntry, RequirementContextView, ScoreModel, ScoringInputs } from '../../../src/contract/api';
import { ALL_SCORE_MODELS, kanoSurveyPreview, scoreInputLabel, scoreViews } from '../../../src/contract/score-views';
import { fieldName } from './field-names';
import { answerCount } from './kano-survey-draft';

/** One value that changed in a save, in words: what it was and what it became. */
export interface ValueChangeLine {
  label: string;
  from: unknown;
  to: unknown;
}

/** A history entry as the panel shows it: the changed values only, and for scores the score's move. */
export interface HistoryChange {
  entry: HistoryEntry;
  title: string;
  lines: ValueChangeLine[];
  /** For a score model: its score before and after (with today's settings), as display text and the numeric delta. */
  score?: { from: string; to: string; delta?: number };
}

type Scoring = RequirementContextView['options']['scoring'];
const isModel = (m: string | undefined): m is ScoreModel => !!m && (ALL_SCORE_MODELS as readonly string[]).includes(m);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * A history entry broken into the values that changed. A score model's entry stores the whole
 * input set before and after: only the inputs that differ are listed, and its score is computed
 * both ways with the site's current settings (the delta a product owner asks about).
 *
 * @example
 * historyChange({ field: 'scores.rice', from: { reach: 100, impact: 1, confidence: 100, effort: 1 }, to: { reach: 200, impact: 1, confidence: 100, effort: 1 }, ... }, settings)
 * // { title: 'RICE', lines: [{ label: 'Reach (per quarter)', from: 100, to: 200 }], score: { from: '100', to: '200', delta: 100 } }
 */
export function historyChange(entry: HistoryEntry, scoring: Scoring): HistoryChange {
  const [head, model] = entry.field.split('.');
  if (entry.field === 'scores.kanoSurvey') return surveyChange(entry);
  if (head !== 'scores' || !isModel(model))
    return {
      entry,
      title: fieldName(entry.field),
      lines: [{ label: fieldName(entry.field), from: entry.from, to: entry.to }],
    };
  const criteria = scoring.weightedCriteria.map((c) => ({ id: c.id, label: c.label }));
  const lines: ValueChangeLine[] = [];
  const from = entry.from;
  const to = entry.to;
  if (isRecord(from) || isRecord(to)) {
    const a = isRecord(from) ? from : {};
    const b = isRecord(to) ? to : {};
    for (const input of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!same(a[input], b[input]))
        lines.push({ label: scoreInputLabel(model, input, criteria), from: a[input] ?? null, to: b[input] ?? null });
    }
    // Kano's pair is one answer: show it whole when either side moved.
  } else lines.push({ label: scoreInputLabel(model, 'category', criteria), from, to });
  const scoreOf = (inputs: unknown) =>
    scoreViews(
      (inputs === null || inputs === undefined ? {} : { [model]: inputs }) as ScoringInputs,
      scoring,
      false,
    ).find((s) => s.model === model);
  const was = scoreOf(from);
  const now = scoreOf(to);
  const text = (s: typeof was) => (s?.scored ? (s.display ?? String(s.value)) : 'not scored');
  const numeric =
    model !== 'moscow' &&
    model !== 'kano' &&
    was?.scored &&
    now?.scored &&
    was.value !== undefined &&
    now.value !== undefined;
  return {
    entry,
    title: fieldName(entry.field),
    lines,
    score: {
      from: text(was),
      to: text(now),
      ...(numeric ? { delta: (now.value as number) - (was.value as number) } : {}),
    },
  };
}

/**
 * A Kano survey save: the number of answers before and after (not the answers themselves) and
 * the survey's category both ways.
 *
 * @example
 * surveyChange(entry('scores.kanoSurvey', { responses: [3 pairs] }, { responses: [4 pairs] }))
 * // { title: 'Kano survey', lines: [{ label: 'Answers', from: '3 answers', to: '4 answers' }], score: { from: 'Attractive', to: 'Must-be' } }
 */
function surveyChange(entry: HistoryEntry): HistoryChange {
  const responses = (v: unknown) => (isRecord(v) && Array.isArray(v.responses) ? v.responses : []);
  const was = responses(entry.from);
  const now = responses(entry.to);
  const text = (rows: unknown[]) => {
    if (!rows.length) return 'no survey';
    const view = kanoSurveyPreview(rows as { functional: unknown; dysfunctional: unknown }[]);
    return view.scored ? (view.display ?? 'not scored') : 'not scored';
  };
  return {
    entry,
    title: fieldName(entry.field),
    lines: [{ label: 'Answers', from: answerCount(was.length), to: answerCount(now.length) }],
    score: { from: text(was), to: text(now) },
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Entries of one save (same time and person) together, newest save first. */
export function groupBySave(entries: readonly HistoryEntry[]): HistoryEntry[][] {
  const groups = new Map<string, HistoryEntry[]>();
  for (const e of [...entries].sort((a, b) => b.at.localeCompare(a.at))) {
    const key = `${e.at}|${e.accountId}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.values()];
}
