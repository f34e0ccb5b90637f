import { scoreValueEffort } from '../../../../src/domain';

describe('scoreValueEffort', () => {
  it.each([
    [{ value: 8, effort: 2 }, 4],
    [{ value: 0, effort: 3 }, 0],
    [{ value: 1, effort: 0.5 }, 2],
  ])('scores %j', (inputs, expected) => {
    const r = scoreValueEffort(inputs);
    expect(r.status === 'scored' && r.value).toBe(expected);
    expect(r.breakdown.formula).toBe('Value / Effort');
  });

  it.each([
    [{ value: 8, effort: 0 }, ['effort:out-of-range']],
    [{ value: -1, effort: 1 }, ['value:out-of-range']],
    [{}, ['value:missing', 'effort:missing']],
    [undefined, ['value:missing', 'effort:missing']],
  ])('not scored %#', (inputs, expected) => {
    const r = scoreValueEffort(inputs);
    expect(r.status === 'not-scored' && r.reasons.map((p) => `${p.field}:${p.code}`)).toEqual(expected);
  });
});
