import type { Payback } from '../../../../src/contract/views-business-case';

/** An amount in the case's currency: an ISO code formats as currency, any other label follows the number. */
export function formatMoney(amount: number, currency: string): string {
  if (!Number.isFinite(amount)) return '—';
  try {
    if (/^[A-Z]{3}$/.test(currency))
      return new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    // An unknown ISO-looking code: fall through to the plain form.
  }
  return `${new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }).format(amount)} ${currency}`;
}

const PERIOD_WORD: Record<number, [string, string]> = {
  1: ['month', 'months'],
  3: ['quarter', 'quarters'],
  12: ['year', 'years'],
};

export function periodWord(periodMonths: number, count = 2): string {
  const [one, many] = PERIOD_WORD[periodMonths] ?? ['period', 'periods'];
  return count === 1 ? one : many;
}

/** "2.5 quarters (7.5 months)", "at once", or "not within 12 quarters". */
export function formatPayback(payback: Payback, periodMonths: number, horizon: number): string {
  if (payback.kind === 'never') return `Not within ${horizon} ${periodWord(periodMonths, horizon)}`;
  if (payback.periods === 0) return 'At once';
  const n = Math.round(payback.periods * 10) / 10;
  const months = Math.round(payback.periods * periodMonths * 10) / 10;
  return periodMonths === 1 ? `${n} ${periodWord(1, n)}` : `${n} ${periodWord(periodMonths, n)} (${months} months)`;
}
