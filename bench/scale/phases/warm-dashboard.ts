import { ADMIN } from '../../../dev/demo-data/users';
import type { ScoreModel } from '../../../src/contract/payloads';
import { emptyMeasured, type Measured } from '../bench-fields';
import { BIG_PROJECT } from '../generate-scale-site';
import { median } from '../percentile';
import { projectPage, type PhaseContext } from './phase-context';
import { p95OrReason, timedInvocations } from './timed-invocations';

/** "Another sort model" of the backlog: the models a user switches between. */
const OTHER_MODELS: readonly ScoreModel[] = ['wsjf', 'ice', 'valueEffort', 'weighted'];

/**
 * The big project's page as a Jira admin, from the stored state the cold
 * roll-up left: `getDashboard` `dashboardCalls` times (p95, answer size, Jira
 * calls per open), then the backlog in another sort model as many times
 * (the app has no backlog paging today; a model switch is its next page).
 */
export async function warmDashboard({ side, sizes }: PhaseContext): Promise<Measured> {
  const out = emptyMeasured();
  const page = projectPage(BIG_PROJECT);
  const dashboard = await timedInvocations(side, sizes.dashboardCalls, () => side.invoke('pm-dashboard', 'getDashboard', {}, ADMIN.accountId, page));
  const p95 = p95OrReason(dashboard, sizes.dashboardCalls);
  out.values.warm_dashboard_p95_ms = p95.value;
  if (p95.note) out.notes.warm_dashboard_p95_ms = p95.note;
  out.values.warm_dashboard_bytes = dashboard.okBytes.length > 0 ? median(dashboard.okBytes) : null;
  if (dashboard.okBytes.length === 0) out.notes.warm_dashboard_bytes = 'no answer reached the UI';
  out.values.warm_dashboard_jira_calls = dashboard.jiraCalls.length > 0 ? Math.max(...dashboard.jiraCalls) : null;
  if (dashboard.failures.length > 0) out.notes.warm_dashboard_jira_calls = 'most calls of one open, refused opens included (calls made before the platform stopped them)';
  out.profile.push(`dashboard: ms per open ${dashboard.okMs.map((ms) => ms.toFixed(0)).join(', ') || '-'}; Jira calls per open ${dashboard.jiraCalls.join(', ')}`);

  const backlog = await timedInvocations(side, sizes.dashboardCalls, (i) =>
    side.invoke('pm-dashboard', 'getDashboard', { model: OTHER_MODELS[i % OTHER_MODELS.length] }, ADMIN.accountId, page),
  );
  const backlogP95 = p95OrReason(backlog, sizes.dashboardCalls);
  out.values.backlog_page_p95_ms = backlogP95.value;
  out.notes.backlog_page_p95_ms = `getDashboard with another model (no backlog paging exists today)${backlogP95.note ? `; ${backlogP95.note}` : ''}`;
  out.profile.push(`backlog (another model): ms ${backlog.okMs.map((ms) => ms.toFixed(0)).join(', ') || '-'}; Jira calls ${backlog.jiraCalls.join(', ')}`);
  return out;
}
