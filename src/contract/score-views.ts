import { moscowRankValue, type MoscowCategory } from '../domain/issue/moscow-categories';
import type { ScoringInputs } from '../domain/issue/pm-issue';
import { classifyKano, type KanoResult } from '../domain/scoring/classify-kano';
import { summariseKanoSurvey, type KanoSurveyResult } from '../domain/scoring/kano-survey';
import { scoreIssue, type IssueScores } from '../domain/scoring/score-issue';
import type { ScoreResult } from '../domain/scoring/score-result';
import type { ScoringSettings } from '../domain/workflow/workflow-config-schema';
import {
  ALL_SCORE_MODELS,
  MODEL_LABELS,
  NUMERIC_SCORE_MODELS,
  SCORE_INPUT_LABELS,
  scoreInputLabel,
  withTimesSign,
} from './score-models';
import type { ScoreView } from './views';

type ScoreModel = (typeof ALL_SCORE_MODELS)[number];

/**
 * The domain's scores shaped as the contract's score views. Pure and free of zod, so the
 * issue panel runs the same code in the browser for its live preview (the one runtime
 * import static/ may make from src/, see .dependency-cruiser.cjs) and no formula is copied.
 */

export { ALL_SCORE_MODELS, MODEL_LABELS, SCORE_INPUT_LABELS, scoreInputLabel };

const MOSCOW_LABELS: Record<MoscowCategory, string> = { must: 'Must', should: 'Should', could: 'Could', wont: "Won't" };
const KANO_LABELS = {
  'must-be': 'Must-be',
  'one-dimensional': 'One-dimensional',
  attractive: 'Attractive',
  indifferent: 'Indifferent',
  reverse: 'Reverse',
  questionable: 'Questionable',
} as const;

/** Score views for every model (the domain scores; this only shapes the result). */
export function scoreViews(inputs: ScoringInputs, settings: ScoringSettings, stale: boolean): ScoreView[] {
  const scores = scoreIssue(inputs, settings);
  return ALL_SCORE_MODELS.map((model) => scoreViewOf(model, scores, stale, settings.weightedCriteria));
}

/**
 * Inputs that are entered but unusable (effort 0, a rating of 99 on a 0-10 scale, off a strict
 * scale), by path `<model>.<input>` and in words, from the domain's own rules (no copy of a
 * limit): the issue panel shows them next to the field as you type and blocks the save. A
 * missing input is not an error here (a model may be left unscored).
 */
export function scoringInputProblems(
  inputs: ScoringInputs,
  settings: ScoringSettings,
): { path: string; message: string }[] {
  const scores = scoreIssue(inputs, settings);
  const out: { path: string; message: string }[] = [];
  for (const model of NUMERIC_SCORE_MODELS) {
    const result = scores[model];
    if (result.status !== 'not-scored') continue;
    for (const p of result.reasons) {
      if (p.code === 'missing' || p.code === 'not-configured' || p.field === 'result') continue;
      out.push({ path: `${model}.${p.field}`, message: reasonText(model, p, settings.weightedCriteria) });
    }
  }
  return out;
}

/** One model's view; `criteria` (the configured weighted criteria) name the weighted inputs. */
export function scoreViewOf(
  model: ScoreModel,
  scores: IssueScores,
  stale: boolean,
  criteria: readonly { id: string; label: string }[] = [],
): ScoreView {
  switch (model) {
    case 'moscow':
      return moscowView(scores.moscow ?? null, stale);
    case 'kano':
      return scores.kanoSurvey ? kanoSurveyView(scores.kanoSurvey, stale) : kanoView(scores.kano, stale);
    default:
      return numericView(model, scores[model], stale, criteria);
  }
}

/** Sort key for ranking: numeric value, MoSCoW order, or undefined when not scored. */
export function rankValue(view: ScoreView): number | undefined {
  return view.scored ? view.value : undefined;
}

/** A "not scored" reason in the user's words: the input's label, not its internal name ("Job size is missing"). */
function reasonText(
  model: ScoreModel,
  problem: { field: string; message: string },
  criteria: readonly { id: string; label: string }[],
): string {
  const label = scoreInputLabel(model, problem.field, criteria);
  return problem.message.startsWith(`${problem.field} `)
    ? `${label}${problem.message.slice(problem.field.length)}`
    : problem.message;
}

function numericView(
  model: ScoreModel,
  result: ScoreResult,
  stale: boolean,
  criteria: readonly { id: string; label: string }[],
): ScoreView {
  const inputTerms = Object.entries(result.breakdown.inputs).map(([name, value]) => ({
    name: scoreInputLabel(model, name, criteria),
    value: value ?? 'missing',
  }));
  const formula = withTimesSign(result.breakdown.formula);
  const warnings = result.warnings.length > 0 ? { warnings: result.warnings.map((w) => w.message) } : {};
  if (result.status === 'scored') {
    return {
      model,
      label: MODEL_LABELS[model],
      scored: true,
      value: result.value,
      display: formatScore(result.value),
      formula,
      terms: [...inputTerms, ...result.breakdown.terms.map((t) => ({ ...t, name: withTimesSign(t.name) }))],
      reasons: [],
      ...warnings,
      stale,
    };
  }
  return {
    model,
    label: MODEL_LABELS[model],
    scored: false,
    formula,
    terms: inputTerms,
    reasons: result.reasons.map((r) => reasonText(model, r, criteria)),
    ...warnings,
    stale,
  };
}

/** MoSCoW is a category; `value` orders Must (4) above Won't (1) for sorting. */
function moscowView(category: MoscowCategory | null, stale: boolean): ScoreView {
  const base = {
    model: 'moscow' as const,
    label: MODEL_LABELS.moscow,
    formula: "Must / Should / Could / Won't (DSDM)",
    stale,
  };
  if (category === null) return { ...base, scored: false, terms: [], reasons: ['no MoSCoW category chosen'] };
  return {
    ...base,
    scored: true,
    value: moscowRankValue(category),
    display: MOSCOW_LABELS[category],
    terms: [{ name: scoreInputLabel('moscow', 'category'), value: MOSCOW_LABELS[category] }],
    reasons: [],
  };
}

/**
 * Kano's usual priority, Must-be first, then One-dimensional, Attractive, Indifferent, Reverse
 * last, as `value` so the backlog sorts and Jira indexes it; Questionable (contradictory answers)
 * has none and is left unranked.
 */
const KANO_ORDER: Partial<Record<keyof typeof KANO_LABELS, number>> = {
  'must-be': 4,
  'one-dimensional': 3,
  attractive: 2,
  indifferent: 1,
  reverse: 0,
};

function kanoView(result: KanoResult | null, stale: boolean): ScoreView {
  const base = {
    model: 'kano' as const,
    label: MODEL_LABELS.kano,
    formula: 'Category from the functional / dysfunctional answers (5 × 5 table)',
    stale,
  };
  if (result === null) return { ...base, scored: false, terms: [], reasons: ['no Kano answers recorded'] };
  if (result.status === 'not-classified') return { ...base, scored: false, terms: [], reasons: result.reasons };
  const order = KANO_ORDER[result.category];
  return {
    ...base,
    scored: true,
    ...(order !== undefined ? { value: order } : {}),
    display: KANO_LABELS[result.category],
    terms: [
      { name: scoreInputLabel('kano', 'functional'), value: result.functional },
      { name: scoreInputLabel('kano', 'dysfunctional'), value: result.dysfunctional },
    ],
    reasons: [],
  };
}

/** Kano from many respondents: the most frequent category, with the counts and Better / Worse for the chart. */
function kanoSurveyView(result: KanoSurveyResult, stale: boolean): ScoreView {
  const base = {
    model: 'kano' as const,
    label: MODEL_LABELS.kano,
    formula:
      'Most frequent category of the respondents’ answer pairs (5 × 5 table; ties: Must-be, One-dimensional, Attractive, Indifferent)',
    stale,
  };
  if (result.status === 'not-classified') return { ...base, scored: false, terms: [], reasons: result.reasons };
  const s = result.summary;
  const order = KANO_ORDER[s.category];
  return {
    ...base,
    scored: true,
    ...(order !== undefined ? { value: order } : {}),
    display: KANO_LABELS[s.category],
    terms: [
      { name: 'Respondents', value: s.respondents },
      ...(s.better !== undefined ? [{ name: 'Better', value: s.better }] : []),
      ...(s.worse !== undefined ? [{ name: 'Worse', value: s.worse }] : []),
      ...(s.tiedWith.length ? [{ name: 'Tied with', value: s.tiedWith.map((c) => KANO_LABELS[c]).join(', ') }] : []),
    ],
    reasons: [],
    kanoSurvey: {
      respondents: s.respondents,
      counts: s.counts,
      ...(s.better !== undefined ? { better: s.better } : {}),
      ...(s.worse !== undefined ? { worse: s.worse } : {}),
    },
  };
}

/**
 * Kano from survey answers alone, as its score view (category, Better / Worse, counts): the
 * issue panel's survey editor shows it live beside the answers, with the domain's own rule.
 */
export function kanoSurveyPreview(responses: readonly { functional: unknown; dysfunctional: unknown }[]): ScoreView {
  return kanoSurveyView(summariseKanoSurvey(responses), false);
}

/** One answer pair's category in words ("One-dimensional"); undefined while the pair is incomplete or off the scale. */
export function kanoPairLabel(functional: unknown, dysfunctional: unknown): string | undefined {
  const result = classifyKano(functional, dysfunctional);
  return result.status === 'classified' ? KANO_LABELS[result.category] : undefined;
}

/** Two decimals, but two significant digits below 1 so a small score is not "0.00" (0.003 stays "0.003"). */
export function formatScore(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) < 1 ? String(Number(value.toPrecision(2))) : value.toFixed(2);
}
