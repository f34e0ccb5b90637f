import { indexValues } from '../../../src/app/requirement/index-values';
import { takeProjectSnapshot } from '../../../src/app/rollup/take-daily-snapshot';
import { pmDataOf } from '../../../src/app/shared/pm-documents';
import { PM_PROPERTY_KEY, type PmProperty } from '../../../src/contract/pm-property';
import { defaultWorkflowConfig } from '../../../src/domain';
import { fakeDeps } from '../../fixtures/backend/app-deps';
import { FakeJira, fakeIssue } from '../../fixtures/backend/fake-jira';

const DAY = 86_400_000;

describe('the daily snapshot re-indexes requirements whose JQL values went out of date', () => {
  it('rewrites only those (as the app, version kept), from what is stored then', async () => {
    const jira = new FakeJira([{ id: '1', key: 'APP', name: 'App' }]);
    const deps = fakeDeps(jira);
    const now = deps.clock.now();
    const doc = (n: number, scoredDaysAgo: number): PmProperty => ({
      schemaVersion: 1,
      version: 4,
      kpiKeys: [],
      scores: { rice: { reach: n, impact: 1, confidence: 80, effort: 2 } },
      scoredAt: new Date(now.getTime() - scoredDaysAgo * DAY).toISOString(),
      index: {},
    });
    const issues = [1, 2, 3].map((n) => fakeIssue(`APP-${n}`));
    // APP-1 was indexed when fresh and has since gone stale (scored 100 days ago, stale after 90);
    // APP-2's index is current; APP-3 carries no index at all (an older app version wrote it).
    const indexed = (n: number, document: PmProperty, at: Date) => ({
      ...document,
      index: indexValues({ ...issues[n - 1]!, pm: pmDataOf(document) }, defaultWorkflowConfig, () => undefined, at),
    });
    const first = indexed(1, doc(1, 100), new Date(now.getTime() - 20 * DAY));
    const second = indexed(2, doc(2, 5), now);
    expect(first.index.stale).toBe('false');
    jira.add({ issue: issues[0]!, properties: { [PM_PROPERTY_KEY]: first } });
    jira.add({ issue: issues[1]!, properties: { [PM_PROPERTY_KEY]: second } });
    jira.add({ issue: issues[2]!, properties: { [PM_PROPERTY_KEY]: doc(3, 5) } });

    await takeProjectSnapshot(deps, { projectKey: 'APP', date: '2026-11-01' });

    expect(jira.writes.map((w) => w.key).sort()).toEqual(['APP-1', 'APP-3']);
    const stored = (key: string) => jira.writes.find((w) => w.key === key)?.value as PmProperty;
    expect(stored('APP-1')).toEqual({ ...first, index: { ...first.index, stale: 'true' } });
    expect(stored('APP-3').version).toBe(4);
    expect(stored('APP-3').index).toEqual(
      indexValues({ ...issues[2]!, pm: pmDataOf(doc(3, 5)) }, defaultWorkflowConfig, () => undefined, now),
    );

    // The next day's run finds nothing to do.
    jira.writes.length = 0;
    await takeProjectSnapshot(deps, { projectKey: 'APP', date: '2026-11-02' });
    expect(jira.writes).toEqual([]);
  });
});
