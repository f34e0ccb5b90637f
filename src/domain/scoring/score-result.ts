import type { ScoreModelId } from './score-model-ids';

/**
 * The common shape of every prioritisation score. A score always carries its
 * breakdown (inputs, terms, formula) so the UI can explain it; when an input
 * is missing or invalid the model answers "not scored" with the reasons
 * instead of a misleading 0, NaN or Infinity.
 *
 * @example
 * const r = scoreRice({ reach: 100, impact: 1, confidence: 80, effort: 2 });
 * if (r.status === 'scored') console.log(r.value, r.breakdown.formula);
 * else console.log(r.reasons.map((p) => p.message));
 */
export type { ScoreModelId };

export interface ScoreTerm {
  /** What the term is, e.g. "Cost of delay". */
  name: string;
  value: number;
}

export interface ScoreBreakdown {
  /** Human-readable formula, e.g. "Reach x Impact x Confidence / Effort". */
  formula: string;
  /** The inputs exactly as received (null when absent). */
  inputs: Record<string, number | string | null>;
  /** Intermediate terms in evaluation order; empty when not scored. */
  terms: ScoreTerm[];
}

export type InputProblemCode = 'missing' | 'not-a-number' | 'out-of-range' | 'off-scale' | 'not-configured';

export interface InputProblem {
  /** The input at fault, e.g. "effort". */
  field: string;
  code: InputProblemCode;
  message: string;
}

/**
 * An input that is usable but looks like the wrong unit (a RICE confidence of
 * 0.8 on the percentage scale, i.e. 0.8 %): the score is still given as
 * entered, but never silently: the UI shows the warning next to it.
 */
export interface InputWarning {
  field: string;
  code: 'looks-like-a-share';
  message: string;
  /** What was probably meant (0.8 -> 80), for a one-click fix; never applied by itself. */
  suggested: number;
}

export type ScoreResult =
  | { model: ScoreModelId; status: 'scored'; value: number; breakdown: ScoreBreakdown; warnings: InputWarning[] }
  | {
      model: ScoreModelId;
      status: 'not-scored';
      reasons: InputProblem[];
      breakdown: ScoreBreakdown;
      warnings: InputWarning[];
    };

/** Builds the result from the problems found: scored only when there are none. */
export function scoreOutcome(
  model: ScoreModelId,
  problems: InputProblem[],
  breakdown: ScoreBreakdown,
  compute: () => { value: number | null; terms: ScoreTerm[] },
  warnings: InputWarning[] = [],
): ScoreResult {
  if (problems.length > 0) return { model, status: 'not-scored', reasons: problems, breakdown, warnings };
  const computed = compute();
  // Guard the "never NaN / Infinity" promise even if an input rule is wrong:
  // valid but huge inputs can still overflow (reach 1e308 x impact 3), and
  // such a term is left out of the breakdown and named in the reason instead.
  const terms = computed.terms.filter((t) => Number.isFinite(t.value));
  const overflowing = computed.terms.filter((t) => !Number.isFinite(t.value)).map((t) => t.name);
  const value = computed.value;
  if (value === null || !Number.isFinite(value) || overflowing.length > 0) {
    const why =
      overflowing.length > 0
        ? ` (${overflowing.join(', ')} ${overflowing.length === 1 ? 'is' : 'are'} too large to compute)`
        : '';
    return {
      model,
      status: 'not-scored',
      reasons: [{ field: 'result', code: 'out-of-range', message: `the result is not a finite number${why}` }],
      breakdown: { ...breakdown, terms },
      warnings,
    };
  }
  return { model, status: 'scored', value, breakdown: { ...breakdown, terms }, warnings };
}
