import type { CheckDecisionRow, CheckDecisionsView } from '../../contract/views-business-case';
import { businessCaseSettings } from '../../domain/workflow/business-case-settings';
import { resolvePhase } from '../../domain/workflow/resolve-phase';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { JiraIssue } from '../../ports/jira-gateway';
import { loadConfig } from '../config/config-repository';
import type { AppDeps } from '../shared/app-deps';
import { notFound } from '../shared/app-error';
import { mapBounded } from '../shared/map-bounded';
import { completeOrIncomplete, readAllIssues } from '../shared/read-all-issues';
import { phaseItemsJql } from '../shared/phase-items-jql';
import { readBusinessCase } from './business-case-view';

/** At most this many items are checked per page (one property read each). */
export const CHECK_DECISIONS_MAX = 50;
const READS_IN_FLIGHT = 5;

/**
 * For the project page: each initiative (item of the business case phases) the caller can
 * see, and whether its Build / Buy / Partner decision is recorded (`decided`), started
 * without a choice (`open`) or absent (`missing`). Read as the caller; more items than
 * `CHECK_DECISIONS_MAX`, or a read cut short, answers `incomplete` with what was checked.
 */
export async function getCheckDecisions(deps: AppDeps, input: { projectKey: string }): Promise<CheckDecisionsView> {
  // Jira refuses JQL naming a project the caller cannot browse: say not-found, naming nothing.
  const [project, { config }] = await Promise.all([
    deps.jira.getBrowsableProject(input.projectKey, { as: 'user' }),
    loadConfig(deps.store, deps.logger),
  ]);
  if (!project) throw notFound('This project does not exist or you cannot see it.');
  const jql = checkItemsJql(input.projectKey, config);
  if (!jql) return { rows: [], total: 0, complete: true };
  const read = await readAllIssues(deps.jira, jql, 'user');
  const phases = new Set(businessCaseSettings(config).phases);
  const items = read.issues.filter((r) => {
    const phase = resolvePhase(r.issue, config);
    return phase !== null && phases.has(phase);
  });
  items.sort((a, b) => a.issue.key.localeCompare(b.issue.key, 'en', { numeric: true }));
  const checked = items.slice(0, CHECK_DECISIONS_MAX);
  const rows = await mapBounded(checked, READS_IN_FLIGHT, (record) => rowOf(deps, record));
  const tooMany = items.length > checked.length;
  const note = !read.complete
    ? read.note
    : tooMany
      ? `Showing the first ${checked.length} of ${items.length} initiatives.`
      : undefined;
  const view: CheckDecisionsView = {
    rows,
    total: items.length,
    complete: read.complete && !tooMany,
    ...(note ? { note } : {}),
  };
  return completeOrIncomplete(view, {
    complete: view.complete,
    ...(note ? { note } : {}),
    ...(read.retryAfterSeconds !== undefined ? { retryAfterSeconds: read.retryAfterSeconds } : {}),
  });
}

async function rowOf(deps: AppDeps, record: JiraIssue): Promise<CheckDecisionRow> {
  const stored = await readBusinessCase(deps, record.issue.key);
  const decision = stored.document?.decision;
  const base = { key: record.issue.key, summary: record.issue.summary };
  if (!decision) return { ...base, status: 'missing' };
  const choice = decision.input.options.find((o) => o.id === decision.input.choice);
  if (!choice) return { ...base, status: 'open' };
  return {
    ...base,
    status: 'decided',
    choice: choice.name,
    ...(decision.decidedAt ? { decidedAt: decision.decidedAt } : {}),
  };
}

/**
 * The project's issues of the issue types mapped to the business case phases, or with one
 * of those phases set on them (pmPhase); resolvePhase then decides (labels, project rules).
 */
export function checkItemsJql(projectKey: string, config: WorkflowConfig): string | null {
  return phaseItemsJql(projectKey, businessCaseSettings(config).phases, config);
}
