import { restrictWorkflowConfig } from '../../domain/workflow/restrict-workflow-config';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { AppDeps } from '../shared/app-deps';
import { mapBounded } from '../shared/map-bounded';

/** Projects looked up at once when deciding which per-project rules a caller may read. */
const PROJECT_LOOKUPS = 4;
const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-[1-9][0-9]*$/;

/**
 * The configuration as one caller may read it. Jira admins (ADMINISTER) get
 * all of it, for the admin page. Everyone else gets the rules of projects Jira
 * shows them (browse or administer, as Jira's project "view") and the KPI
 * weights of issues they can browse - both checked as the caller, so the
 * rules and weights of hidden projects and issues never reach them.
 */
export async function configForCaller(
  deps: AppDeps,
  config: WorkflowConfig,
  isAdmin: boolean,
): Promise<WorkflowConfig> {
  if (isAdmin) return config;
  const projectKeys = Object.keys(config.mapping.projects);
  const shown = await mapBounded(projectKeys, PROJECT_LOOKUPS, (key) => deps.jira.getProject(key, { as: 'user' }));
  const projects = new Set(projectKeys.filter((_, i) => shown[i]?.key === projectKeys[i]));
  const weightKeys = Object.keys(config.kpi.weights).filter((key) => ISSUE_KEY.test(key));
  const seen = weightKeys.length > 0 ? await deps.jira.bulkFetch(weightKeys, { as: 'user' }) : [];
  return restrictWorkflowConfig(config, { projects, issueKeys: new Set(seen.map((r) => r.issue.key)) });
}
