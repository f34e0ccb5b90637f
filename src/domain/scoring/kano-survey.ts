import type { KanoAnswer } from '../issue/pm-issue';
import { classifyKano, type KanoCategory } from './classify-kano';

/** One respondent's answer pair to a requirement's functional / dysfunctional questions. */
export interface KanoResponse {
  functional: KanoAnswer;
  dysfunctional: KanoAnswer;
  /** Who answered (a customer, a segment, an interview): shown, never used in the maths. */
  respondent?: string;
}

/** The usual tie order (Must-be first); Reverse and Questionable only win when nothing else is as frequent. */
export const KANO_TIE_ORDER: readonly KanoCategory[] = [
  'must-be',
  'one-dimensional',
  'attractive',
  'indifferent',
  'reverse',
  'questionable',
];

export interface KanoSurveySummary {
  respondents: number;
  counts: Record<KanoCategory, number>;
  /** The most frequent category, ties broken by KANO_TIE_ORDER. */
  category: KanoCategory;
  /** Categories as frequent as `category` (more than one: a tie, broken by the rule). */
  tiedWith: KanoCategory[];
  /**
   * Customer-satisfaction coefficients (Berger et al., 1993): Better = (A + O) / (A + O + M + I),
   * Worse = -(O + M) / (A + O + M + I), rounded to 3 decimals. Absent when every answer was
   * Reverse or Questionable (nothing to divide by).
   */
  better?: number;
  worse?: number;
}

export type KanoSurveyResult =
  { status: 'summarised'; summary: KanoSurveySummary } | { status: 'not-classified'; reasons: string[] };

const round3 = (v: number) => Math.round(v * 1000) / 1000 + 0;

/**
 * The Kano category of a requirement from many respondents: each answer pair is classified
 * with the 5 x 5 table, the category is the most frequent one, and Better / Worse say how much
 * having it pleases and lacking it displeases. An invalid pair makes the survey unusable
 * (with its reason) rather than being dropped quietly.
 *
 * @example
 * summariseKanoSurvey([{ functional: 'like', dysfunctional: 'dislike' }, { functional: 'expect', dysfunctional: 'dislike' }, { functional: 'like', dysfunctional: 'neutral' }])
 * // O, M, A once each: a three-way tie, Must-be by the tie order; Better 2/3 = 0.667, Worse -2/3 = -0.667
 */
export function summariseKanoSurvey(
  responses: readonly { functional: unknown; dysfunctional: unknown }[],
): KanoSurveyResult {
  if (responses.length === 0) return { status: 'not-classified', reasons: ['no survey answers recorded'] };
  const counts: Record<KanoCategory, number> = {
    'must-be': 0,
    'one-dimensional': 0,
    attractive: 0,
    indifferent: 0,
    reverse: 0,
    questionable: 0,
  };
  const reasons: string[] = [];
  responses.forEach((r, i) => {
    const result = classifyKano(r.functional, r.dysfunctional);
    if (result.status === 'classified') counts[result.category] += 1;
    else reasons.push(...result.reasons.map((reason) => `answer ${i + 1}: ${reason}`));
  });
  if (reasons.length > 0) return { status: 'not-classified', reasons };
  const top = Math.max(...Object.values(counts));
  const tied = KANO_TIE_ORDER.filter((c) => counts[c] === top);
  const category = tied[0] as KanoCategory;
  const { attractive: a, 'one-dimensional': o, 'must-be': m, indifferent: ind } = counts;
  const base = a + o + m + ind;
  return {
    status: 'summarised',
    summary: {
      respondents: responses.length,
      counts,
      category,
      tiedWith: tied.slice(1),
      ...(base > 0 ? { better: round3((a + o) / base), worse: round3(-(o + m) / base) } : {}),
    },
  };
}
