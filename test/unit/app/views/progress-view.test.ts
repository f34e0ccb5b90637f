import { progressViewOf } from '../../../../src/app/views/progress-view';
import { defaultWorkflowConfig, rollUpPortfolio } from '../../../../src/domain';
import { makeIssue, NOW } from '../../domain/support/make-issue';

describe('progressViewOf', () => {
  it('done / total count units of work: an in-progress epic with two done stories is 2/2, 100 %', () => {
    const rollup = rollUpPortfolio(
      [
        makeIssue({ id: '1', issueType: 'Epic', statusCategory: 'indeterminate' }),
        makeIssue({ id: '2', parentId: '1', statusCategory: 'done' }),
        makeIssue({ id: '3', parentId: '1', statusCategory: 'done' }),
      ],
      defaultWorkflowConfig,
      NOW,
    );
    // Before: 2/3, 67 % (the epic counted as one of its own units of work).
    expect(progressViewOf(rollup.nodes['1']?.agg)).toEqual({ done: 2, total: 2, percentByCount: 100 });
  });

  it('effort on a story and its sub-tasks counts once', () => {
    const rollup = rollUpPortfolio(
      [
        makeIssue({ id: '1', effort: 5 }),
        makeIssue({ id: '2', issueType: 'Sub-task', parentId: '1', effort: 2, statusCategory: 'done' }),
        makeIssue({ id: '3', issueType: 'Sub-task', parentId: '1', effort: 2 }),
      ],
      defaultWorkflowConfig,
      NOW,
    );
    // Before: 2 of 9 = 22 %.
    expect(progressViewOf(rollup.nodes['1']?.agg)).toEqual({
      done: 1,
      total: 2,
      percentByCount: 50,
      percentByEffort: 50,
    });
  });

  it('one done of three open stories is 33.3 %, not rounded to a whole percent', () => {
    const rollup = rollUpPortfolio(
      [
        makeIssue({ id: '1', issueType: 'Epic', statusCategory: 'indeterminate' }),
        makeIssue({ id: '2', parentId: '1', statusCategory: 'done', effort: 1 }),
        makeIssue({ id: '3', parentId: '1', effort: 1 }),
        makeIssue({ id: '4', parentId: '1', effort: 1 }),
      ],
      defaultWorkflowConfig,
      NOW,
    );
    // Before: 33 (Math.round); 199 of 200 read 100 the same way.
    expect(progressViewOf(rollup.nodes['1']?.agg)).toEqual({
      done: 1,
      total: 3,
      percentByCount: 33.3,
      percentByEffort: 33.3,
    });
  });
});
