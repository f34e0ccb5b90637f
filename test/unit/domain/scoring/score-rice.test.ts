import { scoreRice, riceValue, riceWarnings } from '../../../../src/domain';

describe('scoreRice', () => {
  // Intercom's published example (Sean McBride, "RICE: Simple prioritization for product managers"):
  // project 1: 450 reach x 3 impact x 100 % / 2 person-months = 675;
  // project 2: 2000 x 1 x 80 % / 4 = 400; project 3: 800 x 2 x 50 % / 1 = 800.
  it.each([
    ['Intercom project 1', { reach: 450, impact: 3, confidence: 100, effort: 2 }, 675],
    ['Intercom project 2', { reach: 2000, impact: 1, confidence: 80, effort: 4 }, 400],
    ['Intercom project 3', { reach: 800, impact: 2, confidence: 50, effort: 1 }, 800],
    ['minimal impact', { reach: 100, impact: 0.25, confidence: 50, effort: 0.5 }, 25],
    ['zero reach is a real answer', { reach: 0, impact: 1, confidence: 100, effort: 1 }, 0],
  ])('%s', (_name, inputs, expected) => {
    const r = scoreRice(inputs);
    expect(r.status).toBe('scored');
    if (r.status === 'scored') expect(r.value).toBeCloseTo(expected, 10);
    expect(riceValue(inputs)).toBeCloseTo(expected, 10);
  });

  it('explains the score with inputs, terms and formula', () => {
    const r = scoreRice({ reach: 2000, impact: 1, confidence: 80, effort: 4 });
    expect(r.breakdown.formula).toBe('Reach x Impact x (Confidence / 100) / Effort');
    expect(r.breakdown.inputs).toEqual({ reach: 2000, impact: 1, confidence: 80, effort: 4 });
    expect(r.breakdown.terms.map((t) => t.name)).toEqual([
      'Reach x Impact',
      'Confidence share',
      'Reach x Impact x Confidence',
      'Effort (person-months)',
    ]);
    expect(r.breakdown.terms[2]?.value).toBeCloseTo(1600);
  });

  it.each([
    ['missing everything', undefined, ['reach:missing', 'impact:missing', 'confidence:missing', 'effort:missing']],
    ['null effort', { reach: 1, impact: 1, confidence: 100, effort: null }, ['effort:missing']],
    ['zero effort (would be Infinity)', { reach: 1, impact: 1, confidence: 100, effort: 0 }, ['effort:out-of-range']],
    ['negative effort', { reach: 1, impact: 1, confidence: 100, effort: -2 }, ['effort:out-of-range']],
    ['NaN reach', { reach: NaN, impact: 1, confidence: 100, effort: 1 }, ['reach:not-a-number']],
    ['Infinity reach', { reach: Infinity, impact: 1, confidence: 100, effort: 1 }, ['reach:not-a-number']],
    ['negative reach', { reach: -1, impact: 1, confidence: 100, effort: 1 }, ['reach:out-of-range']],
    ['impact off the scale', { reach: 1, impact: 4, confidence: 100, effort: 1 }, ['impact:off-scale']],
    [
      'confidence as a share instead of a percentage',
      { reach: 1, impact: 1, confidence: 0.8, effort: 1 },
      ['confidence:off-scale'],
    ],
    [
      'string smuggled in',
      { reach: '5' as unknown as number, impact: 1, confidence: 100, effort: 1 },
      ['reach:not-a-number'],
    ],
  ])('not scored: %s', (_name, inputs, expected) => {
    const r = scoreRice(inputs);
    expect(r.status).toBe('not-scored');
    if (r.status === 'not-scored') expect(r.reasons.map((p) => `${p.field}:${p.code}`)).toEqual(expected);
    expect(riceValue(inputs)).toBeNull();
  });

  it.each([
    [{ reach: 10, impact: 1.5, confidence: 70, effort: 1 }, 10.5],
    [{ reach: 10, impact: 1, confidence: 100, effort: 1 }, 10],
  ])('loose scales accept calibrated values %#', (inputs, expected) => {
    const r = scoreRice(inputs, { strictScales: false });
    expect(r.status === 'scored' && r.value).toBeCloseTo(expected);
  });

  it.each([
    [{ reach: 10, impact: 0, confidence: 70, effort: 1 }, 'impact'],
    [{ reach: 10, impact: 1, confidence: 101, effort: 1 }, 'confidence'],
    [{ reach: 10, impact: 1, confidence: 0, effort: 1 }, 'confidence'],
  ])('loose scales still reject out-of-range values %#', (inputs, field) => {
    const r = scoreRice(inputs, { strictScales: false });
    expect(r.status === 'not-scored' && r.reasons.map((p) => p.field)).toEqual([field]);
  });
});

describe('RICE inputs that look like the wrong unit are flagged, never silently accepted', () => {
  // Confidence is a percentage: 0.8 typed for 80 % would be read as 0.8 %, a score 100 times too small.
  const typedAsShare = { reach: 2000, impact: 1, confidence: 0.8, effort: 4 };

  it('loose scales: scored as entered (0.8 %), with a warning that says what was probably meant', () => {
    const r = scoreRice(typedAsShare, { strictScales: false });
    expect(r.status === 'scored' && r.value).toBeCloseTo(4); // 2000 x 1 x 0.008 / 4, against 400 at 80 %
    expect(r.warnings).toEqual([
      {
        field: 'confidence',
        code: 'looks-like-a-share',
        message: 'confidence 0.8 looks like a share: RICE confidence is a percentage, did you mean 80?',
        suggested: 80,
      },
    ]);
  });

  it('strict scales: off the scale, and the same warning', () => {
    const r = scoreRice(typedAsShare);
    expect(r.status === 'not-scored' && r.reasons.map((p) => p.code)).toEqual(['off-scale']);
    expect(r.warnings.map((w) => w.field)).toEqual(['confidence']);
  });

  it.each([
    ['0.5 (50 %)', 0.5, 'did you mean 50?'],
    ['1 (100 %)', 1, 'did you mean 100?'],
    ['0.05 (5 %)', 0.05, 'did you mean 5?'],
    ['0.333 (33.3 %)', 0.333, 'did you mean 33.3?'],
  ])('a share of %s is flagged', (_name, confidence, hint) => {
    expect(riceWarnings({ confidence })[0]?.message).toContain(hint);
  });

  it.each([
    ['a percentage', 80],
    ['a small but real percentage', 1.5],
    ['zero (rejected as out of range, not a unit question)', 0],
    ['missing', null],
  ])('no warning for %s', (_name, confidence) => {
    expect(riceWarnings({ confidence })).toEqual([]);
    expect(scoreRice({ reach: 1, impact: 1, confidence, effort: 1 }, { strictScales: false }).warnings).toEqual([]);
  });
});
