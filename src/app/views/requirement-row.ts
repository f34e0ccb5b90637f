import type { KpiStatus, PhaseRef, ProgressView, ReadinessView, RequirementRow, ScoreView } from '../../contract/views';
import type { PmIssue } from '../../domain/issue/pm-issue';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import { combinedKpiStatus } from './kpi-view';
import type { UpstreamLookup } from './readiness-view';

/** One requirement's figures, as the dashboard's analysis and the backlog page compute them. */
export interface RequirementFigures {
  issue: PmIssue;
  /** The parent's key as Jira gave it (absent: no parent). */
  parentKey: string | undefined;
  phaseId: string | null;
  mainScore: ScoreView;
  rank: number | null;
  readiness: ReadinessView;
  stale: boolean;
  progress: ProgressView;
}

export interface RowContext {
  config: WorkflowConfig;
  phases: ReadonlyMap<string, PhaseRef>;
  /** Read as the caller, so it holds only issues they can see: any other parent is withheld. */
  lookup: UpstreamLookup;
  kpiStatusByKey: ReadonlyMap<string, KpiStatus>;
}

/** The backlog row of one requirement (the one shape of RequirementRow, for every reader). */
export function requirementRowOf(f: RequirementFigures, ctx: RowContext): RequirementRow {
  const linked = (f.issue.pm?.kpiKeys ?? []).map((key) => ({
    key,
    status: ctx.kpiStatusByKey.get(key) ?? ('no-data' as const),
  }));
  const phase = f.phaseId ? ctx.phases.get(f.phaseId) : undefined;
  const parent =
    f.parentKey === undefined
      ? {}
      : ctx.lookup(f.parentKey)
        ? { parentKey: f.parentKey }
        : { parentHidden: true as const };
  return {
    id: f.issue.id,
    key: f.issue.key,
    summary: f.issue.summary,
    issueType: f.issue.issueType,
    status: f.issue.status,
    statusCategory: f.issue.statusCategory,
    ...(phase ? { phase } : {}),
    ...parent,
    mainScore: f.mainScore,
    ...(f.rank !== null ? { rank: f.rank } : {}),
    readiness: f.readiness,
    kpiStatus: combinedKpiStatus(linked, ctx.config),
    stale: f.stale,
    progress: f.progress,
    updated: f.issue.updated,
  };
}
