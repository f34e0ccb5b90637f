import { typesOfPhase } from '../../../../src/app/launch/launch-jql';
import { phaseItemsJql } from '../../../../src/app/shared/phase-items-jql';
import { launchView, type LaunchParts } from '../../../../src/app/launch/launch-view';
import type { StatusCategory } from '../../../../src/domain/issue/pm-issue';
import { defaultWorkflowConfig } from '../../../../src/domain/workflow/default-workflow';
import type { JiraIssue } from '../../../../src/ports/jira-gateway';

const record = (key: string, extra: { personaKey?: string; labels?: string[]; category?: StatusCategory } = {}) =>
  ({
    issue: {
      id: key.replace(/\D/g, ''),
      key,
      projectKey: 'CHK',
      issueType: 'Go-to-Market',
      summary: `Summary of ${key}`,
      status: extra.category === 'done' ? 'Done' : 'To Do',
      statusCategory: extra.category ?? 'new',
      links: [],
      labels: extra.labels ?? [],
      components: [],
      updated: '2026-10-01T00:00:00Z',
      ...(extra.personaKey ? { pm: { personaKey: extra.personaKey, kpiKeys: [], scores: {} } } : {}),
    },
    projectId: '1',
    invalidProperties: [],
    linkedIssues: [],
  }) satisfies JiraIssue;

describe('launchView: a persona the caller cannot browse becomes an opaque row', () => {
  const parts: LaunchParts = {
    launch: { kind: 'launch', issue: record('CHK-1').issue },
    launchDate: '2026-12-01',
    initiatives: [{ key: 'CHK-2', summary: 'Initiative' }],
    personaKeys: ['CHK-10', 'PLAT-7', 'CHK-11'],
    items: [
      { record: record('CHK-20', { personaKey: 'PLAT-7', category: 'done' }), deliverable: 'message' },
      { record: record('CHK-21', { personaKey: 'CHK-10', labels: ['segment-smb'] }), deliverable: 'sales' },
      { record: record('CHK-22', { personaKey: 'CHK-12' }), deliverable: 'message' },
    ],
  };
  const visible = new Map([
    ['CHK-10', record('CHK-10')],
    // CHK-11 is a user persona: not a buyer persona, so no row.
    ['CHK-11', record('CHK-11')],
  ]);
  const view = launchView(parts, {
    personas: visible,
    isBuyerPersona: (key) => key !== 'CHK-11' && key !== 'CHK-12',
    today: '2026-11-01',
  });

  it('names the visible buyer persona, counts the hidden one, drops the user persona', () => {
    expect(JSON.stringify(view)).not.toContain('PLAT-7');
    expect(view.hiddenPersonas).toBe(1);
    expect(view.rows.map((r) => [r.persona, r.segment, r.noMessage])).toEqual([
      [{ key: 'CHK-10', summary: 'Summary of CHK-10' }, 'smb', true],
      [{ hidden: true }, null, false],
      [null, null, false],
    ]);
    expect(view.personasWithoutMessage).toBe(1);
    expect(view.rows[1]?.cells.message).toEqual({
      status: 'done',
      items: [{ key: 'CHK-20', summary: 'Summary of CHK-20', status: 'Done', statusCategory: 'done' }],
    });
    // CHK-22 names a persona that is no buyer persona: it sits with the items naming none.
    expect(view.rows[2]?.cells.message.items.map((i) => i.key)).toEqual(['CHK-22']);
    expect(view).toMatchObject({ key: 'CHK-1', launchDate: '2026-12-01', overdue: false, doneShare: 1 / 8 });
  });
});

describe('launch JQL', () => {
  it('finds the launch phase by its mapped issue types or pmPhase', () => {
    expect(phaseItemsJql('CHK', ['launch'], defaultWorkflowConfig)).toBe(
      'project = "CHK" AND (issuetype in ("Go-to-Market", "Launch") OR pmPhase in ("launch")) ORDER BY key ASC',
    );
    expect(phaseItemsJql('CHK', [], defaultWorkflowConfig)).toBeNull();
    expect([...typesOfPhase('CHK', 'strategies', defaultWorkflowConfig)]).toEqual(['Initiative']);
  });
});
