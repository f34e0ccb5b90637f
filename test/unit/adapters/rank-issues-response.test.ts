import { rankEntriesSchema, rankResultOf } from '../../../src/adapters/rank-issues-response';

describe("rankResultOf: Jira Software's 207 answer to a rank call", () => {
  it('moved are the 2xx entries Jira named; the others fail with their status, unnamed when Jira named nothing', () => {
    const body = rankEntriesSchema.parse({
      entries: [
        { issueId: 10001, issueKey: 'CHK-1', status: 200 },
        { issueId: 10002, issueKey: 'CHK-2', status: 403, errors: ['You do not have permission to edit this issue.'] },
        { status: 404, errors: ['Issue does not exist or you do not have permission to see it.'] },
      ],
    });
    expect(rankResultOf(['CHK-1', 'CHK-2', 'PLAT-9'], body)).toEqual({
      ranked: ['CHK-1'],
      failed: [{ key: 'CHK-2', status: 403 }, { status: 404 }],
    });
  });

  it('a 2xx entry for a key that was not asked for is not counted as moved', () => {
    const body = rankEntriesSchema.parse({ entries: [{ issueKey: 'CHK-7', status: 200 }] });
    expect(rankResultOf(['CHK-1'], body)).toEqual({ ranked: [], failed: [{ key: 'CHK-7', status: 200 }] });
  });
});
