import fc from 'fast-check';
import {
  defaultWorkflowConfig,
  modelValue,
  scoreIssue,
  type ScoreModelId,
  type ScoringInputs,
} from '../../../../src/domain';

const settings = defaultWorkflowConfig.scoring;
const raw = fc.oneof(
  fc.constantFrom(null, undefined, 0, 0.25, 0.5, 1, 2, 3, 5, 8, 10, 13, 20, 50, 80, 100),
  fc.double({ noNaN: false }),
);
const inputsArb: fc.Arbitrary<ScoringInputs> = fc.record(
  {
    rice: fc.record({ reach: raw, impact: raw, confidence: raw, effort: raw }),
    wsjf: fc.record({ userBusinessValue: raw, timeCriticality: raw, riskReduction: raw, jobSize: raw }),
    ice: fc.record({ impact: raw, confidence: raw, ease: raw }),
    valueEffort: fc.record({ value: raw, effort: raw }),
    weighted: fc.record({ 'customer-value': raw, 'strategic-fit': raw, risk: raw }),
  },
  { requiredKeys: [] },
);

describe('scoreIssue / modelValue', () => {
  it('scores every model and classifies Kano', () => {
    const s = scoreIssue(
      {
        rice: { reach: 450, impact: 3, confidence: 100, effort: 2 },
        moscow: 'must',
        kano: { functional: 'like', functional2: 1 } as never,
      },
      settings,
    );
    expect(s.rice.status === 'scored' && s.rice.value).toBe(675);
    expect(s.wsjf.status).toBe('not-scored');
    expect(s.moscow).toBe('must');
    expect(s.kano?.status).toBe('not-classified');
  });

  it('the allocation-free value always equals the full scorer (never NaN or Infinity)', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const full = scoreIssue(inputs, settings);
        for (const model of ['rice', 'wsjf', 'ice', 'valueEffort', 'weighted'] as ScoreModelId[]) {
          const r = full[model];
          const v = modelValue(model, inputs, settings);
          expect(r.status === 'scored' ? r.value : null).toBe(v);
          if (v !== null) expect(Number.isFinite(v)).toBe(true);
          if (r.status === 'not-scored') expect(r.reasons.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500, seed: 3 },
    );
  });

  it('a breakdown never shows NaN or Infinity, whatever the inputs (inputs in words, overflowing terms left out)', () => {
    const numbersIn = (r: ReturnType<typeof scoreIssue>[ScoreModelId]) => [
      ...Object.values(r.breakdown.inputs).filter((v): v is number => typeof v === 'number'),
      ...r.breakdown.terms.map((t) => t.value),
      ...(r.status === 'scored' ? [r.value] : []),
    ];
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const full = scoreIssue(inputs, settings);
        for (const model of ['rice', 'wsjf', 'ice', 'valueEffort', 'weighted'] as ScoreModelId[]) {
          for (const n of numbersIn(full[model])) expect(Number.isFinite(n)).toBe(true);
        }
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it.each<[string, ScoringInputs, ScoreModelId, Record<string, number | string | null>, string[]]>([
    [
      // 1e308 x 3 overflows: the term and the result would be Infinity.
      'RICE with a reach too large to multiply',
      { rice: { reach: 1e308, impact: 3, confidence: 100, effort: 1 } },
      'rice',
      { reach: 1e308, impact: 3, confidence: 100, effort: 1 },
      ['Confidence share', 'Effort (person-months)'],
    ],
    [
      'WSJF loose scales with a cost of delay too large to add',
      { wsjf: { userBusinessValue: 1.7e308, timeCriticality: 1.7e308, riskReduction: 1, jobSize: 1 } },
      'wsjf',
      { userBusinessValue: 1.7e308, timeCriticality: 1.7e308, riskReduction: 1, jobSize: 1 },
      ['Job size'],
    ],
    [
      'NaN and Infinity inputs are shown in words',
      { rice: { reach: NaN, impact: Infinity, confidence: -Infinity, effort: 1 } },
      'rice',
      { reach: 'not a number', impact: 'infinite', confidence: 'minus infinite', effort: 1 },
      [],
    ],
  ])('%s', (_name, inputs, model, shownInputs, termNames) => {
    const r = scoreIssue(inputs, { ...settings, strictScales: model !== 'wsjf' })[model];
    expect(r.status).toBe('not-scored');
    expect(r.breakdown.inputs).toEqual(shownInputs);
    expect(r.breakdown.terms.map((t) => t.name)).toEqual(termNames);
    expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity|null/);
  });
});
