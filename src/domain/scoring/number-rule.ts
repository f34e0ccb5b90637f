import type { RawNumber } from '../issue/pm-issue';
import type { InputProblem, InputProblemCode } from './score-result';

/**
 * A validation rule for one numeric input. The same rule drives both the
 * allocation-free check used by roll-ups (`violates`) and the explaining one
 * used by the score breakdown (`checkNumber`), so the two can never disagree.
 *
 * @example
 * violates(0, { gt: 0 }) // 'out-of-range'
 */
export interface NumberRule {
  /** Allowed values only (e.g. the modified Fibonacci scale). */
  scale?: readonly number[];
  /** Inclusive minimum. */
  min?: number;
  /** Exclusive minimum. */
  gt?: number;
  /** Inclusive maximum. */
  max?: number;
}

/** The first violated constraint, or null when the value is usable. */
export function violates(raw: unknown, rule: NumberRule): InputProblemCode | null {
  if (raw === null || raw === undefined) return 'missing';
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return 'not-a-number';
  if (rule.scale !== undefined) return rule.scale.includes(raw) ? null : 'off-scale';
  if (rule.min !== undefined && raw < rule.min) return 'out-of-range';
  if (rule.gt !== undefined && raw <= rule.gt) return 'out-of-range';
  if (rule.max !== undefined && raw > rule.max) return 'out-of-range';
  return null;
}

export function describeRule(rule: NumberRule): string {
  if (rule.scale !== undefined) return `one of ${rule.scale.join(', ')}`;
  const parts: string[] = [];
  if (rule.min !== undefined) parts.push(`at least ${rule.min}`);
  if (rule.gt !== undefined) parts.push(`greater than ${rule.gt}`);
  if (rule.max !== undefined) parts.push(`at most ${rule.max}`);
  return parts.length > 0 ? parts.join(' and ') : 'a finite number';
}

/** Checks one input, appending a problem when it is unusable. */
export function checkNumber(field: string, raw: RawNumber | unknown, rule: NumberRule, problems: InputProblem[]): void {
  const code = violates(raw, rule);
  if (code === null) return;
  const message =
    code === 'missing'
      ? `${field} is missing`
      : code === 'not-a-number'
        ? `${field} is not a finite number`
        : `${field} must be ${describeRule(rule)} (got ${String(raw)})`;
  problems.push({ field, code, message });
}

/**
 * Input value for a breakdown: finite numbers and strings as-is, NaN and
 * Infinity in words (a breakdown never shows NaN or Infinity), anything else null.
 *
 * @example
 * shown(NaN) // 'not a number'
 */
export const shown = (raw: unknown): number | string | null => {
  if (typeof raw === 'number')
    return Number.isFinite(raw) ? raw : Number.isNaN(raw) ? 'not a number' : raw > 0 ? 'infinite' : 'minus infinite';
  return typeof raw === 'string' ? raw : null;
};

/** Guards the "never NaN / Infinity" promise: huge but valid inputs can still overflow. */
export const finiteOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);
