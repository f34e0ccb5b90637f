import type { PmProperty } from '../../contract/pm-property';
import type { PmIssue } from '../../domain/issue/pm-issue';
import { modelValue } from '../../domain/scoring/score-issue';
import { isScoreStale } from '../../domain/scoring/score-staleness';
import { resolvePhase } from '../../domain/workflow/resolve-phase';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import { readinessViewOf, type UpstreamLookup } from '../views/readiness-view';

/**
 * The values copied into the document's `index` so `jira:entityProperty`
 * makes them searchable (pmPhase, pmScore, pmReadiness, pmStale). Recomputed
 * on every save so JQL never sorts by a stale copy. They are shared by every
 * user, so `lookup` must be the app's view of the linked items (asApp), never
 * the saver's: otherwise a saver who cannot see one lowers readiness for all. `stale` is the string
 * "true" / "false" because the manifest indexes it as a `string`.
 */
export function indexValues(issue: PmIssue, config: WorkflowConfig, lookup: UpstreamLookup, now: Date): PmProperty['index'] {
  const phase = resolvePhase(issue, config);
  const score = modelValue(config.scoring.primaryModel, issue.pm?.scores, config.scoring);
  const readiness = readinessViewOf(issue, config, lookup).percent;
  return {
    ...(phase !== null ? { phase } : {}),
    ...(score !== null ? { score } : {}),
    readiness,
    stale: isScoreStale(issue.pm, config.scoring.staleAfterDays, now.getTime()) ? 'true' : 'false',
  };
}
