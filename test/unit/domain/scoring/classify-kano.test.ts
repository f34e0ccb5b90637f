import { classifyKano, KANO_ANSWERS, type KanoCategory } from '../../../../src/domain';

// The standard Kano evaluation table, written out cell by cell (functional answer, dysfunctional answer).
const TABLE: [string, string, KanoCategory][] = [
  ['like', 'like', 'questionable'],
  ['like', 'expect', 'attractive'],
  ['like', 'neutral', 'attractive'],
  ['like', 'tolerate', 'attractive'],
  ['like', 'dislike', 'one-dimensional'],
  ['expect', 'like', 'reverse'],
  ['expect', 'expect', 'indifferent'],
  ['expect', 'neutral', 'indifferent'],
  ['expect', 'tolerate', 'indifferent'],
  ['expect', 'dislike', 'must-be'],
  ['neutral', 'like', 'reverse'],
  ['neutral', 'expect', 'indifferent'],
  ['neutral', 'neutral', 'indifferent'],
  ['neutral', 'tolerate', 'indifferent'],
  ['neutral', 'dislike', 'must-be'],
  ['tolerate', 'like', 'reverse'],
  ['tolerate', 'expect', 'indifferent'],
  ['tolerate', 'neutral', 'indifferent'],
  ['tolerate', 'tolerate', 'indifferent'],
  ['tolerate', 'dislike', 'must-be'],
  ['dislike', 'like', 'reverse'],
  ['dislike', 'expect', 'reverse'],
  ['dislike', 'neutral', 'reverse'],
  ['dislike', 'tolerate', 'reverse'],
  ['dislike', 'dislike', 'questionable'],
];

describe('classifyKano', () => {
  it('covers all 25 answer pairs', () => expect(TABLE).toHaveLength(KANO_ANSWERS.length ** 2));

  it.each(TABLE)('functional %s / dysfunctional %s -> %s', (functional, dysfunctional, category) => {
    expect(classifyKano(functional, dysfunctional)).toEqual({
      status: 'classified',
      category,
      functional,
      dysfunctional,
    });
  });

  it.each([
    ['love', 'dislike', 1],
    ['like', null, 1],
    [undefined, 42, 2],
  ])('does not classify invalid answers (%s, %s)', (f, d, reasons) => {
    const r = classifyKano(f, d);
    expect(r.status).toBe('not-classified');
    if (r.status === 'not-classified') expect(r.reasons).toHaveLength(reasons);
  });
});
