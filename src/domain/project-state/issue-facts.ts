import type { MoscowCategory, PmIssue, StatusCategory } from '../issue/pm-issue';
import type { KpiStatusValue } from '../kpi/kpi-status';
import { assessReadiness, type ReadinessState, type UpstreamFacts } from '../readiness/assess-readiness';
import { buildNode } from '../rollup/build-node';
import type { RollupContext } from '../rollup/rollup-context';
import type { NodeRefs, OwnScore } from '../rollup/rollup-types';
import { hasScoringInput } from '../scoring/has-scoring-input';

/**
 * What a project's stored state keeps about one issue: numbers, keys and
 * ids only (no summaries: stored state could reach someone who may not see
 * an issue's text). Readiness is derived from the referenced issues' facts
 * and kept here, so a shard's totals are a function of its own records.
 */
export interface IssueFacts {
  id: string;
  key: string;
  /** Phase id, or null when unmapped. */
  phase: string | null;
  status: StatusCategory;
  effort: number | null;
  /** Requested parent id (`parent`, else a configured link), for finding sub-tasks of a deleted issue. */
  parentId: string | null;
  /** Aligned with the context's score models. */
  scores: OwnScore[];
  moscow: MoscowCategory | null;
  stale: boolean;
  /** Status of the KPI this issue defines, or null. */
  kpiStatus: KpiStatusValue | null;
  refs: NodeRefs;
  /** In a readiness phase or carrying scoring inputs: a row of the ranked backlog. */
  requirement: boolean;
  /**
   * Some issue of the project asks for this one as its parent: then it is not a unit of work
   * (progress by count counts issues without children, as the tree roll-up does).
   */
  hasChildren: boolean;
  /**
   * Some issue below this one in the project (a child, its children, ...) carries effort: then its
   * own effort is not counted in the effort totals (`countsOwnEffort`, the tree roll-up's rule).
   */
  effortBelow: boolean;
  /** Readiness when the phase is assessed, from the referenced issues in the same project. */
  readiness: { state: ReadinessState; level: number } | null;
}

/** The issue's own facts, before readiness, `hasChildren` and `effortBelow` (which need the other issues). */
export function issueFacts(issue: PmIssue, ctx: RollupContext): IssueFacts {
  const node = buildNode(issue, ctx);
  const requirement = (node.phase !== null && ctx.readinessPhases.has(node.phase)) || hasScoringInput(issue.pm?.scores);
  return {
    id: node.id,
    key: node.key,
    phase: node.phase,
    status: node.statusCategory,
    effort: node.effort,
    parentId: node.requestedParentId,
    scores: node.scores,
    moscow: issue.pm?.scores.moscow ?? null,
    stale: node.stale,
    kpiStatus: node.kpiStatus,
    refs: node.refs,
    requirement,
    hasChildren: false,
    effortBelow: false,
    readiness: null,
  };
}

/** Readiness of an issue against the facts of the issues its keys name (null when its phase is not assessed). */
export function factsReadiness(
  facts: IssueFacts,
  lookup: (key: string) => UpstreamFacts | undefined,
  ctx: RollupContext,
): IssueFacts['readiness'] {
  if (facts.phase === null || !ctx.readinessPhases.has(facts.phase)) return null;
  const { state, level } = assessReadiness(facts.refs, lookup, ctx.config.readiness.requires);
  return { state, level };
}
