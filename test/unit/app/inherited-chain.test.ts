import { getRequirementContext } from '../../../src/app/requirement/get-requirement-context';
import { MAX_INHERIT_DEPTH } from '../../../src/app/requirement/inherited-chain';
import { PM_PROPERTY_KEY } from '../../../src/contract/pm-property';
import { fakeDeps } from '../../fixtures/backend/app-deps';
import { FakeJira, fakeIssue, type FakeIssue } from '../../fixtures/backend/fake-jira';

const pm = (extra: Record<string, unknown> = {}) => ({
  [PM_PROPERTY_KEY]: { schemaVersion: 1, version: 1, kpiKeys: [], scores: {}, ...extra },
});
const done = { statusCategory: 'done' as const, status: 'Done' };

/** APP-1..4 the story's upstream items (done); APP-10 the story; APP-11 a sub-task; APP-12 a bug under the epic. */
function setup(extra: FakeIssue[] = []) {
  const jira = new FakeJira([
    { id: '1', key: 'APP', name: 'App' },
    { id: '2', key: 'SEC', name: 'Secret' },
  ]).add(
    { issue: fakeIssue('APP-1', { issueType: 'Problem', ...done }) },
    { issue: fakeIssue('APP-2', { issueType: 'Persona', ...done }) },
    { issue: fakeIssue('APP-3', { issueType: 'Scenario', ...done }) },
    { issue: fakeIssue('APP-4', { issueType: 'KPI', ...done }) },
    { issue: fakeIssue('APP-9', { issueType: 'Epic' }) },
    {
      issue: fakeIssue('APP-10', { issueType: 'Story' }),
      parentKey: 'APP-9',
      properties: pm({ problemKey: 'APP-1', personaKey: 'APP-2', scenarioKey: 'APP-3', kpiKeys: ['APP-4'] }),
    },
    { issue: fakeIssue('APP-11', { issueType: 'Sub-task' }), parentKey: 'APP-10' },
    ...extra,
  );
  return { jira, deps: fakeDeps(jira) };
}

describe('the glance of delivery work inherits the chain of its nearest ancestor that has one', () => {
  it('a sub-task under a story with problem, persona, scenario and KPI shows them, ready, "from" the story', async () => {
    const { deps } = setup();
    const view = await getRequirementContext(deps, { issueKey: 'APP-11' });
    expect(view.chain.inheritedFrom).toMatchObject({ key: 'APP-10', issueType: 'Story' });
    expect(view.chain.problem).toMatchObject({ key: 'APP-1' });
    expect(view.chain.persona).toMatchObject({ key: 'APP-2' });
    expect(view.chain.scenario).toMatchObject({ key: 'APP-3' });
    expect(view.kpis.map((k) => k.key)).toEqual([]); // APP-4 carries no KPI document: not a KPI view
    expect(view.readiness).toMatchObject({ level: 'ready', missing: [] });
    // The sub-task's own PM data stays its own (nothing to save was inherited).
    expect(view.pm).toMatchObject({ version: 0, kpiKeys: [] });
  });

  it('walks past ancestors without a chain (task under an epic under an initiative)', async () => {
    const { deps } = setup([
      { issue: fakeIssue('APP-20', { issueType: 'Initiative' }), properties: pm({ problemKey: 'APP-1' }) },
      { issue: fakeIssue('APP-21', { issueType: 'Epic' }), parentKey: 'APP-20' },
      { issue: fakeIssue('APP-22', { issueType: 'Task' }), parentKey: 'APP-21' },
    ]);
    const view = await getRequirementContext(deps, { issueKey: 'APP-22' });
    expect(view.chain.inheritedFrom).toMatchObject({ key: 'APP-20' });
    expect(view.chain.problem).toMatchObject({ key: 'APP-1' });
    expect(view.chain.persona).toBeUndefined();
  });

  it('a requirement (a readiness phase) or an issue with links of its own is not inherited', async () => {
    const { deps } = setup([
      { issue: fakeIssue('APP-30', { issueType: 'Story' }), parentKey: 'APP-10' },
      {
        issue: fakeIssue('APP-31', { issueType: 'Bug' }),
        parentKey: 'APP-10',
        properties: pm({ personaKey: 'APP-2' }),
      },
    ]);
    const story = await getRequirementContext(deps, { issueKey: 'APP-30' });
    expect(story.chain.inheritedFrom).toBeUndefined();
    expect(story.chain.problem).toBeUndefined();
    expect(story.readiness.level).toBe('not-ready');
    const bug = await getRequirementContext(deps, { issueKey: 'APP-31' });
    expect(bug.chain.inheritedFrom).toBeUndefined();
    expect(bug.chain.persona).toMatchObject({ key: 'APP-2' });
    expect(bug.chain.problem).toBeUndefined();
  });

  it('stops at a parent the caller cannot see: nothing hidden is inherited or named', async () => {
    const { jira, deps } = setup([
      { issue: fakeIssue('SEC-1', { issueType: 'Story', projectKey: 'SEC' }), properties: pm({ problemKey: 'APP-1' }) },
      { issue: fakeIssue('APP-40', { issueType: 'Sub-task' }), parentKey: 'SEC-1' },
    ]);
    jira.browse = new Set(['APP']);
    const view = await getRequirementContext(deps, { issueKey: 'APP-40' });
    expect(view.chain.inheritedFrom).toBeUndefined();
    expect(view.chain.problem).toBeUndefined();
    expect(JSON.stringify(view)).not.toContain('SEC-1');
  });

  it(`looks at most ${MAX_INHERIT_DEPTH} ancestors up, and survives a parent cycle`, async () => {
    const deep: FakeIssue[] = [
      { issue: fakeIssue('APP-50', { issueType: 'Initiative' }), properties: pm({ problemKey: 'APP-1' }) },
    ];
    for (let i = 1; i <= MAX_INHERIT_DEPTH + 1; i++)
      deep.push({ issue: fakeIssue(`APP-${50 + i}`, { issueType: 'Task' }), parentKey: `APP-${49 + i}` });
    deep.push(
      { issue: fakeIssue('APP-70', { issueType: 'Task' }), parentKey: 'APP-71' },
      { issue: fakeIssue('APP-71', { issueType: 'Task' }), parentKey: 'APP-70' },
    );
    const { deps } = setup(deep);
    expect(
      (await getRequirementContext(deps, { issueKey: `APP-${50 + MAX_INHERIT_DEPTH}` })).chain.inheritedFrom,
    ).toMatchObject({ key: 'APP-50' });
    expect(
      (await getRequirementContext(deps, { issueKey: `APP-${51 + MAX_INHERIT_DEPTH}` })).chain.inheritedFrom,
    ).toBeUndefined();
    expect((await getRequirementContext(deps, { issueKey: 'APP-70' })).chain.inheritedFrom).toBeUndefined();
  });
});
