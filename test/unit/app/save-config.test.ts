import { getConfig } from '../../../src/app/config/get-config';
import { saveConfig } from '../../../src/app/config/save-config';
import { defaultWorkflowConfig } from '../../../src/domain/workflow/default-workflow';
import { fakeDeps } from '../../fixtures/backend/app-deps';
import { FakeJira } from '../../fixtures/backend/fake-jira';

const projects = [{ id: '1', key: 'APP', name: 'App' }];

describe('saveConfig / getConfig', () => {
  it('a Jira admin saves the site config with optimistic concurrency', async () => {
    const jira = new FakeJira(projects);
    jira.permissions.ADMINISTER = true;
    const deps = fakeDeps(jira);
    expect((await getConfig(deps)).version).toBe(0);
    const saved = await saveConfig(deps, { caller: { accountId: 'a' }, version: 0, config: defaultWorkflowConfig });
    expect(saved).toMatchObject({ version: 1, canEdit: true });
    await expect(
      saveConfig(deps, { caller: { accountId: 'a' }, version: 0, config: defaultWorkflowConfig }),
    ).rejects.toMatchObject({
      code: 'conflict',
      details: { current: { version: 1 } },
    });
  });

  it('non-admins are refused server-side; project admins may change only their project rules', async () => {
    const jira = new FakeJira(projects);
    const deps = fakeDeps(jira);
    await expect(
      saveConfig(deps, { caller: { accountId: 'a' }, version: 0, config: defaultWorkflowConfig }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      saveConfig(deps, { caller: { accountId: 'a' }, version: 0, config: [], projectKey: 'APP' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    jira.permissions.ADMINISTER_PROJECTS = true;
    const saved = await saveConfig(deps, {
      caller: { accountId: 'a' },
      version: 0,
      config: [{ phaseId: 'requirements', issueType: 'Task' }],
      projectKey: 'APP',
    });
    expect((saved.config as typeof defaultWorkflowConfig).mapping.projects['APP']).toEqual([
      { phaseId: 'requirements', issueType: 'Task' },
    ]);
    expect(saved.canEdit).toBe(false);
  });

  it('validation errors name the path of the bad value', async () => {
    const jira = new FakeJira(projects);
    jira.permissions.ADMINISTER = true;
    const bad = { ...defaultWorkflowConfig, scoring: { ...defaultWorkflowConfig.scoring, staleAfterDays: 0 } };
    await expect(
      saveConfig(fakeDeps(jira), { caller: { accountId: 'a' }, version: 0, config: bad }),
    ).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringContaining('config.scoring.staleAfterDays'),
    });
  });
});
