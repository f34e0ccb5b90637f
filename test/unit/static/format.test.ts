import { formatNumber, formatPercent } from '../../../static/src/shared/format';

describe('formatNumber (scores and figures)', () => {
  it('keeps two significant digits below 1 so a small score is not shown as 0', () => {
    expect(formatNumber(0.003)).toBe('0.003');
    expect(formatNumber(0.00345)).toBe('0.0035');
    expect(formatNumber(-0.003)).toBe('-0.003');
    expect(formatNumber(0.5)).toBe('0.5');
    expect(formatNumber(0.123, 1)).toBe('0.12');
  });

  it('shows values of 1 and more with up to two decimals, as before', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(12.345)).toBe('12.35');
    expect(formatNumber(12.345, 1)).toBe('12.3');
    expect(formatNumber(1234)).toBe('1,234');
    expect(formatNumber(undefined)).toBe('—');
    expect(formatNumber(Number.NaN)).toBe('—');
  });
});

describe('formatPercent (never 100% or 0% unless exact)', () => {
  it('shows whole percents in the ordinary case', () => {
    expect(formatPercent(1, 2)).toBe('50%');
    expect(formatPercent(2, 3)).toBe('67%');
    expect(formatPercent(0.25)).toBe('25%');
  });

  it('is 100% only when all is done and 0% only when none is', () => {
    expect(formatPercent(200, 200)).toBe('100%');
    expect(formatPercent(0, 200)).toBe('0%');
    expect(formatPercent(199, 200)).toBe('99.5%');
    expect(formatPercent(1999, 2000)).toBe('99.9%');
    expect(formatPercent(999_999, 1_000_000)).not.toBe('100%');
    expect(formatPercent(1, 200)).toBe('1%');
    expect(formatPercent(1, 400)).toBe('0.3%');
    expect(formatPercent(1, 2000)).toBe('0.05%');
    expect(formatPercent(1, 1_000_000)).not.toBe('0%');
  });

  it('clamps to 0..100 and says nothing for an empty whole', () => {
    expect(formatPercent(3, 2)).toBe('100%');
    expect(formatPercent(1, 0)).toBe('—');
  });
});
