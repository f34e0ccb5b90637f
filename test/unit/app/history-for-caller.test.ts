import { getRequirementContext } from '../../../src/app/requirement/get-requirement-context';
import { appendHistory, historyKey, readHistory } from '../../../src/app/requirement/history-repository';
import { PM_PROPERTY_KEY } from '../../../src/contract/pm-property';
import type { HistoryEntry } from '../../../src/contract/views';
import { fakeDeps } from '../../fixtures/backend/app-deps';
import { FakeJira, fakeIssue } from '../../fixtures/backend/fake-jira';

const at = '2026-10-01T09:00:00.000Z';
const entry = (field: string, from: unknown, to: unknown): HistoryEntry => ({
  at,
  accountId: 'acc-other',
  displayName: 'Other',
  field,
  from,
  to,
});

/** APP-1 links a problem in SEC, which the caller (browsing APP only) cannot see; its history names SEC items. */
async function setup() {
  const jira = new FakeJira([
    { id: '1', key: 'APP', name: 'App' },
    { id: '2', key: 'SEC', name: 'Secret' },
  ]).add(
    {
      issue: fakeIssue('APP-1'),
      properties: {
        [PM_PROPERTY_KEY]: {
          schemaVersion: 1,
          version: 3,
          problemKey: 'SEC-1',
          kpiKeys: ['APP-3', 'SEC-4', 'SEC-5'],
          scores: {},
          index: {},
        },
      },
    },
    { issue: fakeIssue('APP-2', { issueType: 'Problem' }) },
    { issue: fakeIssue('APP-3', { issueType: 'KPI' }) },
    { issue: fakeIssue('SEC-1', { issueType: 'Problem' }) },
    { issue: fakeIssue('SEC-7', { issueType: 'Problem' }) },
    { issue: fakeIssue('SEC-4', { issueType: 'KPI' }) },
    { issue: fakeIssue('SEC-5', { issueType: 'KPI' }) },
  );
  const deps = fakeDeps(jira);
  const issueId = fakeIssue('APP-1').id;
  await appendHistory(
    deps.store,
    issueId,
    3,
    [
      entry('problemKey', 'APP-2', 'SEC-1'),
      // Linked earlier, since unlinked: still hidden from this caller.
      entry('personaKey', 'SEC-7', null),
      entry('kpiKeys', ['APP-3'], ['APP-3', 'SEC-4', 'SEC-5']),
      entry('scores.moscow', null, 'must'),
    ],
    'save-1',
  );
  jira.browse = new Set(['APP']);
  return { jira, deps, issueId };
}

describe('history as the caller may read it', () => {
  it('names no key the caller cannot browse: each becomes "an item you cannot see", a KPI list holds at most one', async () => {
    const { deps } = await setup();
    const view = await getRequirementContext(deps, { issueKey: 'APP-1' });
    expect(JSON.stringify(view)).not.toMatch(/SEC/);
    const byField = new Map(view.history.map((h) => [h.field, h]));
    expect(byField.get('problemKey')).toMatchObject({ from: 'APP-2', to: { hidden: true } });
    expect(byField.get('personaKey')).toMatchObject({ from: { hidden: true }, to: null });
    expect(byField.get('kpiKeys')).toMatchObject({ from: ['APP-3'], to: ['APP-3', { hidden: true }] });
    expect(byField.get('scores.moscow')).toMatchObject({ from: null, to: 'must', displayName: 'Other' });
  });

  it('a caller who can see the items reads the keys', async () => {
    const { jira, deps } = await setup();
    jira.browse = '*';
    const view = await getRequirementContext(deps, { issueKey: 'APP-1' });
    const byField = new Map(view.history.map((h) => [h.field, h]));
    expect(byField.get('problemKey')).toMatchObject({ from: 'APP-2', to: 'SEC-1' });
    expect(byField.get('personaKey')).toMatchObject({ from: 'SEC-7', to: null });
    expect(byField.get('kpiKeys')).toMatchObject({ to: ['APP-3', 'SEC-4', 'SEC-5'] });
  });

  it('a stored record that does not parse is left out (and logged), the others are read', async () => {
    const { deps, issueId } = await setup();
    await deps.store.set(historyKey(issueId, 4, 0, 'bad'), [
      { at, field: 'phase', from: null, to: 'x', extra: 'SEC-1' },
    ]);
    const warnings: string[] = [];
    const history = await readHistory(deps.store, issueId, 50, {
      ...deps.logger,
      warn: (message) => void warnings.push(message),
    });
    expect(history.map((h) => h.field)).toEqual(['scores.moscow', 'kpiKeys', 'personaKey', 'problemKey']);
    expect(warnings).toHaveLength(1);
  });
});
