import { discountRateCheck } from '../../../src/contract/ui-runtime-shared';
import type { FieldWarning } from './FieldWarnings';
import { formatNumber } from './format';

/**
 * A domain wrong-unit warning (`riceWarnings`, `kpiUnitWarnings`) as a field's warning with a
 * "Use 80" button that applies what was probably meant.
 *
 * @example
 * unitWarning({ message: 'confidence 0.8 looks like a share…', suggested: 80 }, set) // fix.label 'Use 80'
 */
export function unitWarning(
  w: { message: string; suggested: number },
  apply: (value: number) => void,
  unit = '',
): FieldWarning {
  return {
    message: w.message,
    fix: { label: `Use ${formatNumber(w.suggested)}${unit}`, apply: () => apply(w.suggested) },
  };
}

/** A yearly discount rate typed in a "%" field (0.08 for 8 %) that looks like a share: its warning with "Use 8 %". */
export function discountRateWarnings(percent: number | null, apply: (percent: number) => void): FieldWarning[] {
  const check = percent === null ? undefined : discountRateCheck(percent / 100);
  return check ? [unitWarning({ message: check.message, suggested: check.suggestedPercent }, apply, ' %')] : [];
}
