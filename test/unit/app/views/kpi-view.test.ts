import { kpiViewOf } from '../../../../src/app/views/kpi-view';
import type { KpiProperty } from '../../../../src/contract/pm-property';
import { defaultWorkflowConfig, type KpiDefinition } from '../../../../src/domain';
import type { JiraIssue } from '../../../../src/ports/jira-gateway';
import { makeKpi } from '../../domain/support/make-issue';

function kpiRecord(overrides: Partial<KpiDefinition> = {}): JiraIssue {
  const definition = makeKpi({
    actuals: [
      { date: '2026-01-01', value: 20 },
      { date: '2026-04-01', value: 25 },
    ],
    ...overrides,
  });
  const doc: KpiProperty = { schemaVersion: 1, version: 3, ...definition };
  return {
    issue: {
      id: '10',
      key: 'APP-10',
      projectKey: 'APP',
      issueType: 'KPI',
      summary: 'Activation',
      status: 'To Do',
      statusCategory: 'new',
      links: [],
      labels: [],
      components: [],
      updated: '2026-01-01T00:00:00.000Z',
      kpi: definition,
    },
    projectId: '1',
    kpiDocument: doc,
    invalidProperties: [],
    linkedIssues: [],
  };
}

describe('kpiViewOf', () => {
  const now = new Date('2026-07-01T00:00:00Z');

  it('carries the forecast of where the trend lands at the due date', () => {
    const view = kpiViewOf(kpiRecord(), now, defaultWorkflowConfig)!;
    // 20 on day 0, 25 on day 90; the due date is day 364: 22.5 + 5/90 x 319 = 40.2 >= 40.
    expect(view.forecast).toEqual({ date: '2026-12-31', value: expect.closeTo(40.2222, 3), reachesTarget: true });
    expect(view).not.toHaveProperty('outcome');
  });

  it('past the due date: the outcome and no forecast', () => {
    const view = kpiViewOf(kpiRecord({ dueDate: '2026-05-01' }), now, defaultWorkflowConfig)!;
    expect(view).toMatchObject({ status: 'off-track', outcome: 'missed' });
    expect(view).not.toHaveProperty('forecast');
  });

  it('a maintain KPI (baseline = target) has a status and no pace', () => {
    const view = kpiViewOf(
      kpiRecord({ baseline: 30, target: 30, actuals: [{ date: '2026-06-01', value: 31 }] }),
      now,
      defaultWorkflowConfig,
    )!;
    expect(view.status).toBe('on-track');
    expect(view).not.toHaveProperty('pace');
  });

  it("due dates end in the site's time zone when one is given", () => {
    // Noon UTC on the due date: still running in UTC, over in Auckland (UTC+13).
    const record = kpiRecord({ actuals: [{ date: '2026-12-30', value: 39 }] });
    const noon = new Date('2026-12-31T12:00:00Z');
    expect(kpiViewOf(record, noon, defaultWorkflowConfig)).not.toHaveProperty('outcome');
    expect(kpiViewOf(record, noon, defaultWorkflowConfig, 'Pacific/Auckland')).toMatchObject({
      outcome: 'missed',
      status: 'off-track',
    });
  });
});
