import { ADMIN } from '../../../dev/demo-data/users';
import type { ScoreModel } from '../../../src/contract/payloads';
import type { BacklogPage } from '../../../src/contract/views-backlog';
import { emptyMeasured, type Measured } from '../bench-fields';
import { spanProfile } from '../counting-jira-backend';
import { BIG_PROJECT } from '../generate-scale-site';
import { median } from '../percentile';
import { projectPage, type PhaseContext } from './phase-context';
import { p95OrReason, timedInvocations } from './timed-invocations';

/** "Another sort model" of the backlog: the models a user switches between. */
const OTHER_MODELS: readonly ScoreModel[] = ['wsjf', 'ice', 'valueEffort', 'weighted'];

/**
 * The big project's page as a Jira admin, from the stored state the cold
 * roll-up left: `getDashboard` `dashboardCalls` times (p95, answer size, Jira
 * calls per open), then as many backlog pages (`getBacklogPage`), taking turns:
 * the first page in another sort model, then that model's next page.
 */
export async function warmDashboard({ side, sizes }: PhaseContext): Promise<Measured> {
  const out = emptyMeasured();
  const page = projectPage(BIG_PROJECT);
  const dashboard = await timedInvocations(side, sizes.dashboardCalls, () =>
    side.invoke('pm-dashboard', 'getDashboard', {}, ADMIN.accountId, page),
  );
  const p95 = p95OrReason(dashboard, sizes.dashboardCalls);
  out.values.warm_dashboard_p95_ms = p95.value;
  if (p95.note) out.notes.warm_dashboard_p95_ms = p95.note;
  out.values.warm_dashboard_bytes = dashboard.okBytes.length > 0 ? median(dashboard.okBytes) : null;
  if (dashboard.okBytes.length === 0) out.notes.warm_dashboard_bytes = 'no answer reached the UI';
  out.values.warm_dashboard_jira_calls = dashboard.jiraCalls.length > 0 ? Math.max(...dashboard.jiraCalls) : null;
  if (dashboard.failures.length > 0)
    out.notes.warm_dashboard_jira_calls =
      'most calls of one open, refused opens included (calls made before the platform stopped them)';
  out.profile.push(
    `dashboard: ms per open ${dashboard.okMs.map((ms) => ms.toFixed(0)).join(', ') || '-'}; Jira calls per open ${dashboard.jiraCalls.join(', ')}`,
  );

  let model: ScoreModel = 'rice';
  let next: string | undefined;
  const backlog = await timedInvocations(side, sizes.dashboardCalls, async (i) => {
    const nextPage = i % 2 === 1 && next !== undefined;
    if (!nextPage) model = OTHER_MODELS[Math.floor(i / 2) % OTHER_MODELS.length] as ScoreModel;
    const result = await side.invoke<BacklogPage>(
      'pm-dashboard',
      'getBacklogPage',
      { model, ...(nextPage ? { pageToken: next } : {}) },
      ADMIN.accountId,
      page,
    );
    next = result.ok ? result.data.nextPageToken : undefined;
    return result;
  });
  const backlogP95 = p95OrReason(backlog, sizes.dashboardCalls);
  out.values.backlog_page_p95_ms = backlogP95.value;
  out.notes.backlog_page_p95_ms = `getBacklogPage, by turns another model's first page and its next page${backlogP95.note ? `; ${backlogP95.note}` : ''}`;
  out.profile.push(
    `backlog (another model): ms ${backlog.okMs.map((ms) => ms.toFixed(0)).join(', ') || '-'}; Jira calls ${backlog.jiraCalls.join(', ')}`,
  );
  // Where the slowest pages waited: their Jira requests one after another, or side by side.
  const slowest = backlog.jiraSpans
    .map((call, i) => ({ ...call, i }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3);
  for (const { ms, spans, i } of slowest)
    out.profile.push(`backlog call ${i + 1} (${ms.toFixed(0)} ms): ${spanProfile(spans)}`);
  return out;
}
