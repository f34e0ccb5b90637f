import { scoreWsjf, wsjfValue } from '../../../../src/domain';

describe('scoreWsjf', () => {
  // Rows of Scaled Agile's published WSJF template spreadsheet (job size, UBV, TC, RR|OE -> WSJF).
  it.each([
    ['Funky ferret', 5, 8, 5, 13, 26, 5.2],
    ['Fancy falcon', 5, 8, 5, 8, 21, 4.2],
    ['Grumpy gazelle', 8, 13, 5, 8, 26, 3.25],
    ['Worried wolf', 5, 8, 1, 5, 14, 2.8],
    ['Hilarious hound', 13, 8, 5, 8, 21, 21 / 13],
    ['smallest', 1, 1, 1, 1, 3, 3],
    ['largest job', 20, 20, 20, 20, 60, 3],
  ])('SAFe example %s', (_name, jobSize, userBusinessValue, timeCriticality, riskReduction, costOfDelay, expected) => {
    const r = scoreWsjf({ userBusinessValue, timeCriticality, riskReduction, jobSize });
    expect(r.status).toBe('scored');
    if (r.status !== 'scored') return;
    expect(r.value).toBeCloseTo(expected, 10);
    expect(r.breakdown.terms).toEqual([
      { name: 'Cost of delay', value: costOfDelay },
      { name: 'Job size', value: jobSize },
    ]);
  });

  it.each([
    ['missing job size', { userBusinessValue: 1, timeCriticality: 1, riskReduction: 1 }, ['jobSize:missing']],
    [
      'zero job size',
      { userBusinessValue: 1, timeCriticality: 1, riskReduction: 1, jobSize: 0 },
      ['jobSize:off-scale'],
    ],
    [
      '4 is not on the modified Fibonacci scale',
      { userBusinessValue: 4, timeCriticality: 1, riskReduction: 1, jobSize: 1 },
      ['userBusinessValue:off-scale'],
    ],
    [
      '21 is not either',
      { userBusinessValue: 1, timeCriticality: 21, riskReduction: 1, jobSize: 1 },
      ['timeCriticality:off-scale'],
    ],
    [
      'NaN',
      { userBusinessValue: 1, timeCriticality: 1, riskReduction: NaN, jobSize: 1 },
      ['riskReduction:not-a-number'],
    ],
  ])('not scored: %s', (_name, inputs, expected) => {
    const r = scoreWsjf(inputs);
    expect(r.status === 'not-scored' && r.reasons.map((p) => `${p.field}:${p.code}`)).toEqual(expected);
    expect(wsjfValue(inputs)).toBeNull();
  });

  it.each([
    [{ userBusinessValue: 0, timeCriticality: 4, riskReduction: 0, jobSize: 2 }, 2],
    [{ userBusinessValue: 10, timeCriticality: 10, riskReduction: 10, jobSize: 0.5 }, 60],
  ])('loose scales %#', (inputs, expected) => {
    const r = scoreWsjf(inputs, { strictScales: false });
    expect(r.status === 'scored' && r.value).toBeCloseTo(expected);
  });

  it('loose scales still need a positive job size', () => {
    expect(
      scoreWsjf({ userBusinessValue: 1, timeCriticality: 1, riskReduction: 1, jobSize: 0 }, { strictScales: false })
        .status,
    ).toBe('not-scored');
  });
});
