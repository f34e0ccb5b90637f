import { weighOptions } from '../../../../src/domain/decision/weigh-options';

const options = [{ id: 'build' }, { id: 'buy' }, { id: 'partner' }];
const criteria = [
  { id: 'cost', weight: 3 },
  { id: 'time', weight: 2 },
  { id: 'control', weight: 1 },
];

describe('weighOptions', () => {
  it.each([
    [
      // build (3x4 + 2x3 + 1x10) / 6 = 28/6; buy (3x8 + 2x9 + 1x3) / 6 = 45/6; partner (3x6 + 2x7 + 1x6) / 6 = 38/6
      'buy wins on cost and time',
      {
        build: { cost: 4, time: 3, control: 10 },
        buy: { cost: 8, time: 9, control: 3 },
        partner: { cost: 6, time: 7, control: 6 },
      },
      { build: 28 / 6, buy: 45 / 6, partner: 38 / 6 },
      ['buy'],
    ],
    [
      'a tie names both',
      {
        build: { cost: 5, time: 5, control: 5 },
        buy: { cost: 5, time: 5, control: 5 },
        partner: { cost: 1, time: 1, control: 1 },
      },
      { build: 5, buy: 5, partner: 1 },
      ['build', 'buy'],
    ],
    [
      'an option missing a rating has no score, not a lower one',
      {
        build: { cost: 10, time: 10 },
        buy: { cost: 2, time: 2, control: 2 },
        partner: { cost: 0, time: 0, control: 0 },
      },
      { build: null, buy: 2, partner: 0 },
      ['buy'],
    ],
  ])('%s', (_name, ratings, expected, recommended) => {
    const result = weighOptions(options, criteria, ratings);
    for (const s of result.scores) {
      const want = expected[s.optionId as keyof typeof expected];
      if (want === null) expect(s.score).toBeNull();
      else expect(s.score).toBeCloseTo(want, 9);
    }
    expect(result.recommended).toEqual(recommended);
  });

  it('names the missing criteria', () => {
    const result = weighOptions(options, criteria, { build: { cost: 1 } });
    expect(result.scores[0]).toEqual({ optionId: 'build', score: null, missing: ['time', 'control'] });
    expect(result.recommended).toEqual([]);
  });

  it.each([
    ['a rating above 10', 11],
    ['a negative rating', -1],
    ['NaN', NaN],
  ])('an unusable rating counts as missing: %s', (_name, rating) => {
    const result = weighOptions([{ id: 'a' }], [{ id: 'c', weight: 1 }], { a: { c: rating } });
    expect(result.scores[0]?.score).toBeNull();
  });

  it.each([
    ['no options', [], criteria, 'option'],
    ['no criteria', options, [], 'criterion'],
    ['all weights zero', options, [{ id: 'cost', weight: 0 }], 'weight above 0'],
    [
      'a negative weight',
      options,
      [
        { id: 'cost', weight: -1 },
        { id: 'x', weight: 2 },
      ],
      'at least 0',
    ],
  ])('problems instead of NaN: %s', (_name, opts, crits, mention) => {
    const result = weighOptions(opts, crits, {});
    expect(result.problems.join(' ')).toContain(mention);
    expect(result.scores.every((s) => s.score === null)).toBe(true);
  });

  it('ratings keyed by an inherited name are not ratings', () => {
    const result = weighOptions([{ id: 'constructor' }], [{ id: 'toString', weight: 1 }], {});
    expect(result.scores[0]?.score).toBeNull();
  });
});
