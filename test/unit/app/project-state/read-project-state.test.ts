import { readProjectState } from '../../../../src/app/project-state/read-project-state';
import { readProjectIssues } from '../../../../src/app/shared/read-all-issues';
import { PM_PROPERTY_KEY } from '../../../../src/contract/pm-property';
import { buildProjectState } from '../../../../src/domain/project-state/build-project-state';
import { defaultWorkflowConfig } from '../../../../src/domain';
import { fakeDeps } from '../../../fixtures/backend/app-deps';
import { FakeJira, fakeIssue } from '../../../fixtures/backend/fake-jira';

const PROJECT = { id: '1', key: 'APP', name: 'App' };

describe('readProjectState: facts taken from each page as it arrives', () => {
  it('builds the state a full build of the same issues gives, and shows each issue to onIssue once', async () => {
    const jira = new FakeJira([PROJECT]);
    for (let i = 1; i <= 450; i++) {
      const doc = {
        schemaVersion: 1,
        version: 1,
        kpiKeys: [],
        scores: { rice: { reach: i, impact: 1, confidence: 80, effort: 2 } },
        index: {},
      };
      jira.add({
        issue: fakeIssue(`APP-${i}`, { statusCategory: i % 4 === 0 ? 'done' : 'new' }),
        properties: { [PM_PROPERTY_KEY]: doc },
      });
    }
    const deps = fakeDeps(jira);
    const seen: string[] = [];
    const { read, state } = await readProjectState(deps, PROJECT, defaultWorkflowConfig, 'app', {
      onIssue: (record) => seen.push(record.issue.id),
    });
    expect(read).toEqual({ complete: true, issues: 450 });
    expect(new Set(seen).size).toBe(450);
    expect(seen).toHaveLength(450);

    const all = await readProjectIssues(deps.jira, 'APP', 'app');
    expect(state).toEqual(
      buildProjectState(
        all.issues.map((r) => r.issue),
        defaultWorkflowConfig,
        deps.clock.now(),
      ),
    );
  });
});
