import {
  applyChangeToIssues,
  applyIssueChange,
  defaultWorkflowConfig,
  listRollupProblems,
  rollUpPortfolio,
  type PmIssue,
} from '../../../../src/domain';
import { makeIssue, makePm, NOW } from '../support/make-issue';

const issues: PmIssue[] = [
  makeIssue({ id: '1', issueType: 'Initiative' }),
  makeIssue({ id: '2', issueType: 'Epic', parentId: '1' }),
  makeIssue({ id: '3', parentId: '2', effort: 3 }),
  makeIssue({ id: '4', issueType: 'Sub-task', parentId: '3', effort: 1 }),
  makeIssue({ id: '5', issueType: 'Epic', parentId: '1' }),
  makeIssue({ id: '6', parentId: '5', pm: makePm({ problemKey: 'APP-9' }) }),
  makeIssue({ id: '9', issueType: 'Problem' }),
];
const fresh = () => rollUpPortfolio(issues, defaultWorkflowConfig, NOW);

describe('applyIssueChange (examples)', () => {
  it.each<[string, Parameters<typeof applyIssueChange>[1], string[]]>([
    [
      'a sub-task is done: its ancestors only',
      {
        kind: 'upsert',
        issue: makeIssue({ id: '4', issueType: 'Sub-task', parentId: '3', effort: 1, statusCategory: 'done' }),
      },
      ['1', '2', '3', '4'],
    ],
    [
      'a story moves to another epic: old and new ancestors',
      { kind: 'upsert', issue: makeIssue({ id: '3', parentId: '5', effort: 3 }) },
      ['1', '2', '3', '5'],
    ],
    [
      'a problem is done: the requirement that refers to it too',
      { kind: 'upsert', issue: makeIssue({ id: '9', issueType: 'Problem', statusCategory: 'done' }) },
      ['1', '5', '6', '9'],
    ],
    ['an epic is deleted: its children move under the project', { kind: 'delete', issueId: '2' }, ['1', '3']],
    ['a new issue', { kind: 'upsert', issue: makeIssue({ id: '7', parentId: '6' }) }, ['1', '5', '6', '7']],
    ['deleting an unknown issue touches nothing', { kind: 'delete', issueId: '404' }, []],
  ])('%s', (_name, change, touched) => {
    const result = applyIssueChange(fresh(), change, defaultWorkflowConfig, NOW);
    expect(result.status).toBe('applied');
    if (result.status !== 'applied') return;
    expect(result.touchedNodeIds).toEqual(touched);
    expect(result.rollup).toEqual(rollUpPortfolio(applyChangeToIssues(issues, change), defaultWorkflowConfig, NOW));
  });

  it('reports the orphans of a deleted epic as missing parents', () => {
    const result = applyIssueChange(fresh(), { kind: 'delete', issueId: '2' }, defaultWorkflowConfig, NOW);
    expect(result.status === 'applied' && listRollupProblems(result.rollup)).toEqual([
      { kind: 'missing-parent', issueId: '3', key: 'APP-3', parentId: '2' },
    ]);
  });

  it('re-attaches orphans when their parent appears', () => {
    const withoutEpic = rollUpPortfolio(
      applyChangeToIssues(issues, { kind: 'delete', issueId: '2' }),
      defaultWorkflowConfig,
      NOW,
    );
    const result = applyIssueChange(withoutEpic, { kind: 'upsert', issue: issues[1]! }, defaultWorkflowConfig, NOW);
    expect(result.status === 'applied' && result.rollup).toEqual(fresh());
  });
});
