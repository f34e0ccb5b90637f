import { analyseIssues } from '../../../src/app/views/analyse-issues';
import { defaultWorkflowConfig } from '../../../src/domain/workflow/default-workflow';
import type { JiraIssue } from '../../../src/ports/jira-gateway';
import { fakeIssue } from '../../fixtures/backend/fake-jira';

/**
 * A row's parent is named only when the caller's lookup (issues read as them)
 * holds it: a Jira that still returns the parent field of a hidden parent gets
 * `parentHidden`, never the key.
 */
describe('analyseIssues: parents the caller cannot see', () => {
  const record = (key: string, parentKey?: string): JiraIssue => ({
    issue: fakeIssue(key, { pm: { phase: 'requirements', kpiKeys: [], scores: { moscow: 'must' } } } as never),
    ...(parentKey ? { parentKey } : {}),
    projectId: '1',
    invalidProperties: [],
    linkedIssues: [],
  });
  const records = [record('APP-1'), record('APP-2', 'APP-1'), record('APP-3', 'SECRET-12')];
  const byKey = new Map(records.map((r) => [r.issue.key, r.issue]));
  const rows = analyseIssues(records, {
    config: defaultWorkflowConfig,
    model: 'rice',
    now: new Date('2026-11-01T00:00:00Z'),
    lookup: (key) => byKey.get(key),
  }).rows;

  it('names a visible parent and withholds a hidden one', () => {
    const row = (key: string) => rows.find((r) => r.key === key);
    expect(row('APP-2')).toMatchObject({ parentKey: 'APP-1' });
    expect(row('APP-3')).toMatchObject({ parentHidden: true });
    expect(JSON.stringify(rows)).not.toContain('SECRET');
    expect(row('APP-1')).not.toHaveProperty('parentHidden');
  });
});
