import type { MissingItem, ReadinessView } from '../../contract/views';
import type { PmIssue } from '../../domain/issue/pm-issue';
import { assessReadiness, type ReadinessGapReason, type UpstreamFacts } from '../../domain/readiness/assess-readiness';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';

/** What the caller can see of an upstream issue key: the issue, or undefined (absent or not visible). */
export type UpstreamLookup = (key: string) => PmIssue | undefined;

const LABELS = { problem: 'Problem', persona: 'Persona', scenario: 'Scenario', kpi: 'KPI' } as const;

/**
 * The domain's readiness, in the view's words. An upstream key the caller
 * cannot see reads as "not visible" and is not given - a key is data (that
 * SECRET-12 exists and is this requirement's problem); Jira does not tell
 * apart an issue that does not exist and one the user may not browse, and
 * neither do we.
 */
const REASONS: Record<ReadinessGapReason, MissingItem['reason']> = {
  'not-linked': 'missing',
  'not-found': 'not-visible',
  'not-done': 'not-done',
};

export function readinessViewOf(
  issue: PmIssue,
  config: WorkflowConfig,
  lookup: (key: string) => UpstreamFacts | undefined,
): ReadinessView {
  const pm = issue.pm;
  const result = assessReadiness(
    {
      problemKey: pm?.problemKey ?? null,
      personaKey: pm?.personaKey ?? null,
      scenarioKey: pm?.scenarioKey ?? null,
      kpiKeys: pm?.kpiKeys ?? [],
    },
    lookup,
    config.readiness.requires,
  );
  return {
    level: result.state,
    percent: result.level,
    missing: result.missing.map((gap) => ({
      item: gap.item,
      label: LABELS[gap.item],
      reason: REASONS[gap.reason],
      ...(gap.key !== null && gap.reason !== 'not-found' ? { key: gap.key } : {}),
    })),
  };
}
