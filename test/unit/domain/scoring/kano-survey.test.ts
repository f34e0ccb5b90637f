import type { KanoAnswer } from '../../../../src/domain/issue/pm-issue';
import { summariseKanoSurvey } from '../../../../src/domain/scoring/kano-survey';

/** Answer pairs written as "functional/dysfunctional". */
const pairs = (...written: string[]) =>
  written.map((w) => {
    const [functional, dysfunctional] = w.split('/') as [KanoAnswer, KanoAnswer];
    return { functional, dysfunctional };
  });

describe('summariseKanoSurvey (worked examples)', () => {
  it.each<
    [
      string,
      ReturnType<typeof pairs>,
      { category: string; tiedWith: string[]; better?: number; worse?: number; respondents: number },
    ]
  >([
    // 3 A (like/neutral), 1 O (like/dislike), 1 I: Better (3+1)/5 = 0.8, Worse -(1+0)/5 = -0.2.
    [
      'most frequent wins',
      pairs('like/neutral', 'like/neutral', 'like/expect', 'like/dislike', 'neutral/neutral'),
      { category: 'attractive', tiedWith: [], better: 0.8, worse: -0.2, respondents: 5 },
    ],
    // M (expect/dislike) twice, O twice: tie, Must-be first. Better 2/4, Worse -4/4.
    [
      'a tie goes to Must-be over One-dimensional',
      pairs('expect/dislike', 'neutral/dislike', 'like/dislike', 'like/dislike'),
      { category: 'must-be', tiedWith: ['one-dimensional'], better: 0.5, worse: -1, respondents: 4 },
    ],
    [
      'One-dimensional over Attractive',
      pairs('like/dislike', 'like/tolerate'),
      { category: 'one-dimensional', tiedWith: ['attractive'], better: 1, worse: -0.5, respondents: 2 },
    ],
    [
      'Attractive over Indifferent',
      pairs('like/neutral', 'tolerate/neutral'),
      { category: 'attractive', tiedWith: ['indifferent'], better: 0.5, worse: 0, respondents: 2 },
    ],
    // R twice, I once: Reverse is the most frequent; Better 0/1, Worse 0/1 over the one usable answer.
    [
      'Reverse can win by frequency alone',
      pairs('dislike/like', 'dislike/neutral', 'neutral/neutral'),
      { category: 'reverse', tiedWith: [], better: 0, worse: 0, respondents: 3 },
    ],
    [
      'Indifferent beats Reverse on a tie',
      pairs('neutral/neutral', 'dislike/like'),
      { category: 'indifferent', tiedWith: ['reverse'], better: 0, worse: 0, respondents: 2 },
    ],
    // Only Q and R: no coefficients (nothing to divide by).
    [
      'only contradictory answers: no Better / Worse',
      pairs('like/like', 'dislike/dislike', 'dislike/like'),
      { category: 'questionable', tiedWith: [], respondents: 3 },
    ],
    // 1 of 3 in each of A, O, M: Better 2/3, Worse -2/3, rounded to 3 decimals.
    [
      'coefficients rounded to 3 decimals',
      pairs('like/neutral', 'like/dislike', 'expect/dislike'),
      {
        category: 'must-be',
        tiedWith: ['one-dimensional', 'attractive'],
        better: 0.667,
        worse: -0.667,
        respondents: 3,
      },
    ],
  ])('%s', (_name, responses, expected) => {
    const result = summariseKanoSurvey(responses);
    if (result.status !== 'summarised') throw new Error(result.reasons.join('; '));
    const { counts: _counts, ...rest } = result.summary;
    expect(rest).toEqual(expected);
  });

  it('counts each category', () => {
    const result = summariseKanoSurvey(pairs('like/neutral', 'like/neutral', 'expect/dislike'));
    expect(result.status === 'summarised' && result.summary.counts).toEqual({
      'must-be': 1,
      'one-dimensional': 0,
      attractive: 2,
      indifferent: 0,
      reverse: 0,
      questionable: 0,
    });
  });

  it.each([
    ['no answers', [], ['no survey answers recorded']],
    [
      'an answer off the scale names its position',
      [
        { functional: 'like', dysfunctional: 'dislike' },
        { functional: 'love', dysfunctional: 'dislike' },
      ],
      [expect.stringMatching(/^answer 2: functional answer "love"/)],
    ],
  ])('not classified: %s', (_name, responses, reasons) => {
    expect(summariseKanoSurvey(responses as { functional: unknown; dysfunctional: unknown }[])).toEqual({
      status: 'not-classified',
      reasons,
    });
  });
});
