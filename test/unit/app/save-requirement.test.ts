import { saveRequirement } from '../../../src/app/requirement/save-requirement';
import { readHistory } from '../../../src/app/requirement/history-repository';
import { AppError } from '../../../src/app/shared/app-error';
import { PM_PROPERTY_KEY } from '../../../src/contract/pm-property';
import { JiraForbiddenError } from '../../../src/ports/jira-errors';
import { fakeDeps } from '../../fixtures/backend/app-deps';
import { FakeJira, fakeIssue } from '../../fixtures/backend/fake-jira';

const doc = (version: number, extra: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  version,
  kpiKeys: [],
  scores: {},
  index: {},
  ...extra,
});

function setup() {
  const jira = new FakeJira([{ id: '1', key: 'APP', name: 'App' }]).add(
    { issue: fakeIssue('APP-1'), properties: { [PM_PROPERTY_KEY]: doc(3) } },
    { issue: fakeIssue('APP-2', { issueType: 'Problem', statusCategory: 'done', status: 'Done' }) },
  );
  return { jira, deps: fakeDeps(jira) };
}

describe('saveRequirement', () => {
  it('writes version + 1 with fresh index values and records who changed what', async () => {
    const { jira, deps } = setup();
    const view = await saveRequirement(deps, {
      issueKey: 'APP-1',
      caller: { accountId: 'acc-me' },
      version: 3,
      changes: { problemKey: 'APP-2', scores: { rice: { reach: 100, impact: 2, confidence: 50, effort: 2 } } },
    });
    expect(view.pm.version).toBe(4);
    const written = jira.writes.at(-1)!.value as { version: number; scoredAt: string; index: Record<string, unknown> };
    expect(written.version).toBe(4);
    expect(written.scoredAt).toBe('2026-11-01T09:00:00.000Z');
    expect(written.index).toEqual({
      phase: 'requirements',
      score: 50,
      readiness: 25,
      stale: 'false',
      scores: { rice: 50 },
    });
    const history = await readHistory(deps.store, fakeIssue('APP-1').id);
    expect(history.map((h) => h.field).sort()).toEqual(['problemKey', 'scores.rice']);
    expect(history[0]).toMatchObject({ accountId: 'acc-me', displayName: 'Me', at: '2026-11-01T09:00:00.000Z' });
  });

  it('answers conflict with the current value when the version read is stale, and writes nothing', async () => {
    const { jira, deps } = setup();
    const error = await saveRequirement(deps, {
      issueKey: 'APP-1',
      caller: { accountId: 'acc-me' },
      version: 2,
      changes: {},
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'conflict', details: { currentVersion: 3, current: { version: 3 } } });
    expect(jira.writes).toHaveLength(0);
  });

  it('a 403 from Jira on the write (browse but no Edit Issues) is forbidden with a clear reason, not an internal error', async () => {
    const { jira, deps } = setup();
    // The permission check can pass a moment before Jira refuses (schemes change, or they disagree).
    jira.setIssueProperty = async () => {
      throw new JiraForbiddenError('Jira refused saving pm-workflow.requirement of APP-1 (403)');
    };
    const error = await saveRequirement(deps, {
      issueKey: 'APP-1',
      caller: { accountId: 'acc-me' },
      version: 3,
      changes: {},
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'forbidden',
      message: 'Jira does not let you edit this issue, so the PM data was not saved.',
    });
    expect(await readHistory(deps.store, fakeIssue('APP-1').id)).toEqual([]);
  });

  it('refuses callers without edit permission and unknown phases', async () => {
    const { jira, deps } = setup();
    await expect(
      saveRequirement(deps, {
        issueKey: 'APP-1',
        caller: { accountId: 'acc-me' },
        version: 3,
        changes: { phase: 'no-such-phase' },
      }),
    ).rejects.toMatchObject({ code: 'validation' });
    jira.permissions.EDIT_ISSUES = false;
    await expect(
      saveRequirement(deps, { issueKey: 'APP-1', caller: { accountId: 'acc-me' }, version: 3, changes: {} }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('an issue the caller cannot browse is not-found', async () => {
    const { jira, deps } = setup();
    jira.browse = new Set(['OTHER']);
    await expect(
      saveRequirement(deps, { issueKey: 'APP-1', caller: { accountId: 'acc-me' }, version: 3, changes: {} }),
    ).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  describe('JQL index values are shared: readiness as the app sees the links, never as the saver', () => {
    /** APP-1 links a done problem in SEC (stored by someone who can see it). */
    function withHiddenProblem() {
      const jira = new FakeJira([
        { id: '1', key: 'APP', name: 'App' },
        { id: '2', key: 'SEC', name: 'Secret' },
      ]).add(
        { issue: fakeIssue('APP-1'), properties: { [PM_PROPERTY_KEY]: doc(3, { problemKey: 'SEC-1' }) } },
        { issue: fakeIssue('SEC-1', { issueType: 'Problem', statusCategory: 'done', status: 'Done' }) },
      );
      return { jira, deps: fakeDeps(jira) };
    }
    const saveScores = (deps: ReturnType<typeof fakeDeps>, version = 3) =>
      saveRequirement(deps, {
        issueKey: 'APP-1',
        caller: { accountId: 'acc-me' },
        version,
        changes: { scores: { moscow: 'must' } },
      });
    const indexOf = (jira: FakeJira) => (jira.writes.at(-1)!.value as { index: { readiness: number } }).index;

    it('a saver who cannot see the linked problem leaves the same readiness as one who can; their answer still shows it as not visible', async () => {
      const seeing = withHiddenProblem();
      await saveScores(seeing.deps);
      const blind = withHiddenProblem();
      blind.jira.browse = new Set(['APP']);
      const view = await saveScores(blind.deps);
      expect(indexOf(blind.jira).readiness).toBe(indexOf(seeing.jira).readiness);
      expect(indexOf(blind.jira).readiness).toBe(25);
      expect(view.readiness.missing).toContainEqual(expect.objectContaining({ reason: 'not-visible' }));
      expect(view.readiness.percent).toBeLessThan(25);
      expect(JSON.stringify(view)).not.toMatch(/SEC/);
    });

    it("uses the app's own grants: a project the app may not browse counts as not visible for every saver", async () => {
      const { jira, deps } = withHiddenProblem();
      jira.appBrowse = new Set(['APP']);
      const view = await saveScores(deps);
      expect(indexOf(jira).readiness).toBe(0);
      // The saver sees the problem, and their answer says so.
      expect(view.readiness.percent).toBe(25);
    });
  });
});
