import { modelsInUse } from '../../../static/src/issue-panel/scoring-inputs';

describe('models the editor shows open', () => {
  it.each<[string, Parameters<typeof modelsInUse>[0], Parameters<typeof modelsInUse>[1], string[]]>([
    ['a site that ranks by WSJF alone opens only WSJF', { primaryModel: 'wsjf', rollupModels: [] }, {}, ['wsjf']],
    ['the roll-up models are in use too', { primaryModel: 'rice', rollupModels: ['rice', 'ice'] }, {}, ['rice', 'ice']],
    [
      'a model the issue already has inputs for stays open',
      { primaryModel: 'wsjf', rollupModels: [] },
      { moscow: 'must', kano: { functional: 'like', dysfunctional: 'dislike' } },
      ['wsjf', 'moscow', 'kano'],
    ],
    [
      'an input set that is all empty does not count',
      { primaryModel: 'wsjf', rollupModels: [] },
      { rice: { reach: null } } as never,
      ['wsjf'],
    ],
  ])('%s', (_name, settings, saved, expected) => {
    expect([...modelsInUse(settings, saved)]).toEqual(expected);
  });
});
