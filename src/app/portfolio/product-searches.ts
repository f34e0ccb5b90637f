import type { ProductSearches } from '../../contract/views';
import { ALL_SCORE_MODELS } from '../../contract/score-models';
import { scoreIndexAlias } from '../../contract/score-index';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import { phaseItemsClause } from '../shared/phase-items-jql';
import { jqlString } from '../shared/read-all-issues';

/**
 * The Jira searches behind a portfolio row's counts, so each count links to its issues. Which
 * issues are requirements is the app's rule (a phase readiness applies to, or scoring inputs):
 * in JQL that is those phases' issue types or pmPhase, or any indexed model score. Readiness is
 * indexed as a percent (pmReadiness); a requirement no one has saved has no index and is not
 * ready, hence IS EMPTY there.
 *
 * @example
 * productSearches('CHK', [{ id: 'requirements', section: 'technical' }], defaultWorkflowConfig).readiness.ready
 * // 'project = "CHK" AND ((issuetype in ("Story") OR pmPhase in ("requirements")) OR pmRiceScore IS NOT EMPTY OR ...) AND pmReadiness = 100 ORDER BY key ASC'
 */
export function productSearches(
  projectKey: string,
  phases: readonly { id: string; section: string }[],
  config: WorkflowConfig,
): ProductSearches {
  const project = `project = ${jqlString(projectKey)}`;
  const order = ' ORDER BY key ASC';
  const scored = ALL_SCORE_MODELS.map((m) => `${scoreIndexAlias(m)} IS NOT EMPTY`);
  const requirementPhases = config.readiness.appliesToPhases;
  const requirement = `(${[
    ...(requirementPhases.length > 0 ? [phaseItemsClause(projectKey, requirementPhases, config)] : []),
    ...scored,
  ].join(' OR ')})`;
  const requirements = `${project} AND ${requirement}`;
  return {
    issues: `${project}${order}`,
    requirements: `${requirements}${order}`,
    sections: Object.fromEntries(
      [...new Set(phases.map((p) => p.section))].map((section) => {
        const ids = phases.filter((p) => p.section === section).map((p) => p.id);
        return [section, `${project} AND ${phaseItemsClause(projectKey, ids, config)}${order}`];
      }),
    ),
    readiness: {
      ready: `${requirements} AND pmReadiness = 100${order}`,
      partial: `${requirements} AND pmReadiness > 0 AND pmReadiness < 100${order}`,
      notReady: `${requirements} AND (pmReadiness = 0 OR pmReadiness IS EMPTY)${order}`,
    },
    stale: `${project} AND pmStale = "true"${order}`,
  };
}
