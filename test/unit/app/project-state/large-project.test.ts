import { portfolioRow } from '../../../../src/app/portfolio/portfolio-row';
import { applyProjectChanges } from '../../../../src/app/project-state/apply-project-changes';
import { snapshotKey, takeProjectSnapshot, type ProjectSnapshot } from '../../../../src/app/rollup/take-daily-snapshot';
import { readStateMeta } from '../../../../src/app/project-state/state-records-store';
import { PM_PROPERTY_KEY } from '../../../../src/contract/pm-property';
import { defaultWorkflowConfig } from '../../../../src/domain';
import { fakeDeps } from '../../../fixtures/backend/app-deps';
import { FakeJira, fakeIssue } from '../../../fixtures/backend/fake-jira';

const ISSUES = 6000;
const riceDoc = (reach: number) => ({
  schemaVersion: 1,
  version: 1,
  kpiKeys: [],
  scores: { rice: { reach, impact: 1, confidence: 80, effort: 2 } },
  index: {},
});

function bigProject(): FakeJira {
  const jira = new FakeJira([{ id: '1', key: 'APP', name: 'App' }]);
  for (let i = 1; i <= ISSUES; i++) {
    jira.add({
      issue: fakeIssue(`APP-${i}`, { statusCategory: i % 3 === 0 ? 'done' : 'new' }),
      properties: { [PM_PROPERTY_KEY]: riceDoc(i) },
    });
  }
  return jira;
}

describe('a project of 6,000 issues (more than the former whole-roll-up cache held)', () => {
  it('gets stored state from the daily snapshot, serves its portfolio row from it and takes in a change', async () => {
    const jira = bigProject();
    const deps = fakeDeps(jira);
    const snapshot = await takeProjectSnapshot(deps, { projectKey: 'APP', date: '2026-11-01' });
    expect(snapshot).toMatchObject({ complete: true, issues: ISSUES });
    expect(await deps.store.get<ProjectSnapshot>(snapshotKey('2026-11-01', 'APP'))).toBeDefined();
    const meta = await readStateMeta(deps.store, 'APP');
    expect(meta).toMatchObject({ issues: ISSUES, shardCount: 32 });

    const project = { id: '1', key: 'APP', name: 'App' };
    const before = await portfolioRow(deps, project, { config: defaultWorkflowConfig, model: 'rice' });
    expect(before).toMatchObject({
      complete: true,
      issuesRead: 0,
      view: { issues: ISSUES, progress: { done: ISSUES / 3, total: ISSUES }, topScore: { key: `APP-${ISSUES}` } },
    });

    const edited = fakeIssue('APP-7', { statusCategory: 'done' });
    jira.add({ issue: edited, properties: { [PM_PROPERTY_KEY]: riceDoc(10_000_000) } });
    const record = await jira.getIssue(edited.id, { as: 'app' });
    expect(await applyProjectChanges(deps, 'APP', { upserted: [record!], deleted: [] })).toBe('applied');
    const after = await portfolioRow(deps, project, { config: defaultWorkflowConfig, model: 'rice' });
    expect(after.view).toMatchObject({
      issues: ISSUES,
      progress: { done: ISSUES / 3 + 1 },
      topScore: { key: 'APP-7' },
    });
  });
});
