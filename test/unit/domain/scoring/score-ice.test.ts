import { scoreIce } from '../../../../src/domain';

describe('scoreIce', () => {
  it.each([
    ['product', { impact: 8, confidence: 5, ease: 5 }, 200, 'Impact x Confidence x Ease'],
    ['average', { impact: 8, confidence: 5, ease: 5 }, 6, '(Impact + Confidence + Ease) / 3'],
    ['product', { impact: 1, confidence: 1, ease: 1 }, 1, 'Impact x Confidence x Ease'],
    ['product', { impact: 10, confidence: 10, ease: 10 }, 1000, 'Impact x Confidence x Ease'],
    ['average', { impact: 10, confidence: 1, ease: 1 }, 4, '(Impact + Confidence + Ease) / 3'],
    ['product', { impact: 2.5, confidence: 4, ease: 1 }, 10, 'Impact x Confidence x Ease'],
  ] as const)('%s of %j', (mode, inputs, expected, formula) => {
    const r = scoreIce(inputs, { mode });
    expect(r.status === 'scored' && r.value).toBeCloseTo(expected);
    expect(r.breakdown.formula).toBe(formula);
  });

  it.each([
    [{ impact: 0, confidence: 5, ease: 5 }, ['impact:out-of-range']],
    [{ impact: 11, confidence: 5, ease: 5 }, ['impact:out-of-range']],
    [{ impact: 5, confidence: null, ease: undefined }, ['confidence:missing', 'ease:missing']],
    [{ impact: 5, confidence: 5, ease: -Infinity }, ['ease:not-a-number']],
  ])('not scored %#', (inputs, expected) => {
    const r = scoreIce(inputs);
    expect(r.status === 'not-scored' && r.reasons.map((p) => `${p.field}:${p.code}`)).toEqual(expected);
  });
});
