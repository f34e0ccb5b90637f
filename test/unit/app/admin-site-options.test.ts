import { getSiteOptions } from '../../../src/app/config/get-site-options';
import { mappingRuleJql } from '../../../src/app/config/mapping-rule-jql';
import { previewMapping } from '../../../src/app/config/preview-mapping';
import { CONFIG_KEY } from '../../../src/app/config/config-repository';
import { defaultWorkflowConfig } from '../../../src/domain/workflow/default-workflow';
import { JiraBadRequestError } from '../../../src/ports/jira-errors';
import { fakeDeps } from '../../fixtures/backend/app-deps';
import { FakeJira, fakeIssue } from '../../fixtures/backend/fake-jira';

const projects = [
  { id: '1', key: 'APP', name: 'App' },
  { id: '2', key: 'OPS', name: 'Ops' },
];

describe('mappingRuleJql: the issues a rule maps, with resolvePhase precedence', () => {
  it.each([
    ['a plain rule', [{ phaseId: 'requirements', issueType: 'Story' }], 0, [], 'issuetype = "Story"'],
    [
      'a plain rule leaves narrowed rules of its type their issues (IS EMPTY: NOT IN skips empty fields)',
      [
        { phaseId: 'analysis', issueType: 'Analysis' },
        { phaseId: 'innovation', issueType: 'Analysis', labels: ['innovation'] },
      ],
      0,
      [],
      'issuetype = "Analysis" AND (labels IS EMPTY OR labels NOT IN ("innovation"))',
    ],
    [
      'a narrowed rule after another narrowed one of its type loses what both match',
      [
        { phaseId: 'a', issueType: 'Task', components: ['web'] },
        { phaseId: 'b', issueType: 'Task', labels: ['x', 'y'] },
      ],
      1,
      [],
      'issuetype = "Task" AND labels IN ("x", "y") AND (component IS EMPTY OR component NOT IN ("web"))',
    ],
    [
      'projects with their own plain rule keep their issues',
      [{ phaseId: 'requirements', issueType: 'Story' }],
      0,
      ['APP', 'OPS'],
      'issuetype = "Story" AND project NOT IN ("APP", "OPS")',
    ],
    [
      'quotes and backslashes are escaped',
      [{ phaseId: 'p', issueType: 'Say "hi" \\ now' }],
      0,
      [],
      'issuetype = "Say \\"hi\\" \\\\ now"',
    ],
  ])('%s', (_name, rules, index, projects, jql) => {
    expect(mappingRuleJql(rules, index, projects)).toEqual({ jql });
  });

  it('a second plain rule for a type maps nothing: the first one wins', () => {
    expect(
      mappingRuleJql(
        [
          { phaseId: 'a', issueType: 'Bug' },
          { phaseId: 'b', issueType: 'Bug' },
        ],
        1,
        [],
      ),
    ).toEqual({ shadowedBy: 0 });
  });
});

describe('getSiteOptions', () => {
  it('lists issue types, statuses and link types by name, once each, sorted, and the projects the user may browse', async () => {
    const jira = new FakeJira(projects);
    jira.browse = new Set(['APP']);
    jira.siteIssueTypes = [
      { id: '3', name: 'Story', subtask: false, hierarchyLevel: 0 },
      { id: '9', name: 'Bug', subtask: false },
      { id: '12', name: 'Story', subtask: false, hierarchyLevel: 0 },
      { id: '5', name: 'Sub-task', subtask: true, hierarchyLevel: -1 },
    ];
    jira.siteStatuses = [
      { id: '1', name: 'To Do', category: 'new' },
      { id: '3', name: 'Done', category: 'done' },
    ];
    jira.siteLinkTypes = [{ id: '1', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' }];
    expect(await getSiteOptions(fakeDeps(jira))).toEqual({
      issueTypes: [
        { name: 'Bug', subtask: false },
        { name: 'Story', subtask: false, hierarchyLevel: 0 },
        { name: 'Sub-task', subtask: true, hierarchyLevel: -1 },
      ],
      statuses: [
        { name: 'Done', category: 'done' },
        { name: 'To Do', category: 'new' },
      ],
      linkTypes: [{ name: 'Blocks', inward: 'is blocked by', outward: 'blocks' }],
      projects: [{ key: 'APP', name: 'App' }],
    });
  });
});

describe('previewMapping', () => {
  const setUp = () => {
    const jira = new FakeJira(projects);
    jira.permissions.ADMINISTER = true;
    jira.add(
      { issue: fakeIssue('APP-1', { issueType: 'Story' }) },
      { issue: fakeIssue('APP-2', { issueType: 'Story' }) },
      { issue: fakeIssue('OPS-1', { issueType: 'Story', projectKey: 'OPS' }) },
      { issue: fakeIssue('APP-3', { issueType: 'Bug' }) },
    );
    return { jira, deps: fakeDeps(jira) };
  };

  it('counts the draft rule’s issues as the user, leaving out projects with their own rule (from the saved config)', async () => {
    const { jira, deps } = setUp();
    await deps.store.set(CONFIG_KEY, {
      version: 1,
      config: {
        ...defaultWorkflowConfig,
        mapping: {
          ...defaultWorkflowConfig.mapping,
          projects: { OPS: [{ phaseId: 'requirements', issueType: 'Story' }] },
        },
      },
    });
    const preview = await previewMapping(deps, { rules: [{ phaseId: 'requirements', issueType: 'Story' }], index: 0 });
    expect(preview).toMatchObject({ jql: 'issuetype = "Story" AND project NOT IN ("OPS")' });
    expect(jira.counts).toEqual([
      { jql: 'issuetype = "Story" AND project NOT IN ("OPS")', as: 'user' },
      { jql: 'issuetype = "Story" AND project NOT IN ("OPS") AND statusCategory != Done', as: 'user' },
    ]);
    expect(preview.count).toBe(3); // the fake counts by type only
  });

  it('only Jira admins may preview; a rule shadowed by an earlier one counts nothing without asking Jira', async () => {
    const { jira, deps } = setUp();
    const rules = [
      { phaseId: 'a', issueType: 'Bug' },
      { phaseId: 'b', issueType: 'Bug' },
    ];
    expect(await previewMapping(deps, { rules, index: 1 })).toEqual({ jql: '', count: 0, open: 0, shadowedBy: 0 });
    expect(jira.counts).toEqual([]);
    jira.permissions.ADMINISTER = false;
    await expect(previewMapping(deps, { rules, index: 0 })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('Jira’s words for an unknown value become a validation error on that rule', async () => {
    const { jira, deps } = setUp();
    jira.countIssues = async () => {
      throw new JiraBadRequestError('400', ["The value 'Storyy' does not exist for the field 'issuetype'."]);
    };
    await expect(
      previewMapping(deps, { rules: [{ phaseId: 'a', issueType: 'Storyy' }], index: 0 }),
    ).rejects.toMatchObject({
      code: 'validation',
      message: "The value 'Storyy' does not exist for the field 'issuetype'.",
      details: {
        issues: [{ path: ['rules', '0'], message: "The value 'Storyy' does not exist for the field 'issuetype'." }],
      },
    });
  });
});
