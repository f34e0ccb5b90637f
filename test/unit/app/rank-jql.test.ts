import { jqlNumber, rankJql } from '../../../src/app/requirement/rank-jql';

describe('rank JQL (where a score ranks in its project)', () => {
  it.each([
    ['CHK', 'rice', 42, 'CHK-7', 'project = "CHK" AND pmRiceScore > 42 AND statusCategory != Done AND key != "CHK-7"'],
    [
      'CHK',
      'valueEffort',
      2.5,
      'CHK-1',
      'project = "CHK" AND pmValueEffortScore > 2.5 AND statusCategory != Done AND key != "CHK-1"',
    ],
    [
      'CHK',
      'moscow',
      4,
      'CHK-9',
      'project = "CHK" AND pmMoscowScore > 4 AND statusCategory != Done AND key != "CHK-9"',
    ],
  ] as const)('%s %s %d for %s', (project, model, value, key, expected) => {
    expect(rankJql(project, model, value, key)).toBe(expected);
  });

  it.each([
    [12963, '12963'],
    [0.003, '0.003'],
    [1e-7, '0.0000001'],
    [-0.5, '-0.5'],
    [1e21, '1000000000000000000000'],
  ])('writes %d as %s (never an exponent)', (value, text) => {
    expect(jqlNumber(value)).toBe(text);
  });
});
