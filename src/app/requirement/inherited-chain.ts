import type { LinkedItem } from '../../contract/views';
import type { PmIssue } from '../../domain/issue/pm-issue';
import { resolvePhase } from '../../domain/workflow/resolve-phase';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { JiraIssue } from '../../ports/jira-gateway';
import type { AppDeps } from '../shared/app-deps';
import { upstreamKeys } from '../shared/upstream';
import { linkedItemOf } from '../views/linked-item';

/** Ancestors looked at for an inherited chain (sub-task -> story -> epic -> initiative, with room). */
export const MAX_INHERIT_DEPTH = 6;

export interface ChainSource {
  /** The issue whose problem / persona / scenario / KPIs explain this one. */
  issue: PmIssue;
  /** Set when that is an ancestor, not the issue itself. */
  inheritedFrom?: LinkedItem;
}

/**
 * Where an issue's "why" comes from. A requirement (a phase readiness applies
 * to) or an issue with links of its own answers for itself; delivery work
 * (bugs, tasks, sub-tasks) usually links nothing and serves its parent story,
 * so it inherits the chain of the nearest ancestor that has one. Parents are
 * read as the caller and the walk stops at one they cannot see, so nothing
 * hidden is inherited or named.
 */
export async function chainSource(deps: AppDeps, record: JiraIssue, config: WorkflowConfig): Promise<ChainSource> {
  const own = { issue: record.issue };
  if (upstreamKeys(record.issue).length > 0) return own;
  const phase = resolvePhase(record.issue, config);
  if (phase !== null && config.readiness.appliesToPhases.includes(phase)) return own;
  const seen = new Set([record.issue.key]);
  let parentKey = record.parentKey;
  for (let depth = 0; parentKey && !seen.has(parentKey) && depth < MAX_INHERIT_DEPTH; depth++) {
    seen.add(parentKey);
    const parent = await deps.jira.getIssue(parentKey, { as: 'user' });
    if (!parent) break;
    if (upstreamKeys(parent.issue).length > 0)
      return { issue: parent.issue, inheritedFrom: linkedItemOf(parent.issue) };
    parentKey = parent.parentKey;
  }
  return own;
}
