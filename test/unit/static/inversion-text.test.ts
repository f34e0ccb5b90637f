import type { PriorityInversionView } from '../../../src/contract/api';
import { inversionText } from '../../../static/src/dashboard/inversion-text';

describe('inversionText: the priority inversion flag says what waits, the action, and that it is a suggestion', () => {
  it.each<[string, PriorityInversionView, string]>([
    [
      'blocks one issue on the page',
      {
        dependants: [{ key: 'CHK-81', value: 5230, rank: 3, direct: true }],
        liftTo: { key: 'CHK-81', value: 5230, rank: 3 },
      },
      'Blocks CHK-81 (#3), scored higher. Suggestion, nothing is changed: do it before CHK-81 (#3); in Jira, rank it above CHK-81 on the board. This backlog ranks by RICE score: a score of 5,230 would rank it with CHK-81 (#3).',
    ],
    [
      'blocks one directly and, through it, another on an earlier page (no rank)',
      {
        dependants: [
          { key: 'CHK-9', value: 900, direct: false },
          { key: 'CHK-81', value: 500, rank: 3, direct: true },
        ],
        liftTo: { key: 'CHK-9', value: 900 },
      },
      'Blocks CHK-81 (#3), scored higher. Through those, CHK-9 waits on it too. Suggestion, nothing is changed: do it before CHK-9; in Jira, rank it above CHK-9 on the board. This backlog ranks by RICE score: a score of 900 would rank it with CHK-9.',
    ],
    [
      'only through a chain (what it blocks directly is scored lower)',
      {
        dependants: [
          { key: 'MOB-2', value: 40, rank: 1, direct: false },
          { key: 'MOB-7', value: 30, rank: 2, direct: false },
        ],
        liftTo: { key: 'MOB-2', value: 40, rank: 1 },
      },
      'Through the issues it blocks, MOB-2 (#1), MOB-7 (#2), scored higher, wait on it. Suggestion, nothing is changed: do it before MOB-2 (#1); in Jira, rank it above MOB-2 on the board. This backlog ranks by RICE score: a score of 40 would rank it with MOB-2 (#1).',
    ],
  ])('%s', (_name, inversion, expected) => {
    expect(inversionText(inversion, 'RICE')).toBe(expected);
  });
});
