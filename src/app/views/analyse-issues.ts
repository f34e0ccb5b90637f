import { DEFAULT_TIME_ZONE } from '../../domain/shared/day-in-zone';
import type { ScoreModel } from '../../contract/payloads';
import type { KpiStatus, KpiView, PhaseCount, ReadinessView, RequirementRow, ScoreView } from '../../contract/views';
import type { PmIssue } from '../../domain/issue/pm-issue';
import { rankByScore } from '../../domain/ranking/rank-by-score';
import { hasScoringInput } from '../../domain/scoring/has-scoring-input';
import { scoreIssue } from '../../domain/scoring/score-issue';
import { isScoreStale } from '../../domain/scoring/score-staleness';
import { phaseIdSet, resolvePhase } from '../../domain/workflow/resolve-phase';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { JiraIssue } from '../../ports/jira-gateway';
import { rollUpPortfolio } from '../../domain/rollup/roll-up-portfolio';
import type { PortfolioRollup } from '../../domain/rollup/rollup-types';
import { progressViewOf } from './progress-view';
import { kpiViewOf } from './kpi-view';
import { readinessViewOf, type UpstreamLookup } from './readiness-view';
import { phaseRefIndex, phaseRefs } from './phase-views';
import { requirementRowOf } from './requirement-row';
import { rankValue, scoreViewOf } from '../../contract/score-views';

/**
 * Everything the dashboard, portfolio and CSV exports show about a set of
 * issues, computed once. The maths is the domain's; this joins its answers
 * into the contract's view shapes.
 */
export interface IssueAnalysis {
  rows: RequirementRow[];
  phases: PhaseCount[];
  unmapped: number;
  kpis: KpiView[];
  /** KPI status by KPI issue key, for requirements that link KPIs. */
  kpiStatusByKey: Map<string, KpiStatus>;
  /** The domain's roll-up of the same issues (progress of every subtree). */
  rollup: PortfolioRollup;
}

export interface AnalyseOptions {
  config: WorkflowConfig;
  model: ScoreModel;
  now: Date;
  /** The site's time zone (siteTimeZone); default UTC. */
  timeZone?: string;
  lookup: UpstreamLookup;
  /** KPI issues outside `records` that requirements link to (by key). */
  extraKpis?: readonly JiraIssue[];
}

export function analyseIssues(records: readonly JiraIssue[], options: AnalyseOptions): IssueAnalysis {
  const { config, model, now } = options;
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const phaseIds = phaseIdSet(config);
  const refs = phaseRefIndex(config);
  const rollup = rollUpPortfolio(
    records.map((r) => r.issue),
    config,
    now,
    timeZone,
  );
  const requirementPhases = new Set(config.readiness.appliesToPhases);

  const kpis: KpiView[] = [];
  const kpiStatusByKey = new Map<string, KpiStatus>();
  for (const record of [...records, ...(options.extraKpis ?? [])]) {
    const view = kpiViewOf(record, now, config, timeZone);
    if (!view || kpiStatusByKey.has(view.key)) continue;
    kpiStatusByKey.set(view.key, view.status);
    if (records.includes(record)) kpis.push(view);
  }

  const counts = new Map<string, PhaseCount>(
    phaseRefs(config).map((phase) => [
      phase.id,
      { phase, total: 0, byStatusCategory: { new: 0, indeterminate: 0, done: 0 } },
    ]),
  );
  let unmapped = 0;
  const candidates: {
    issue: PmIssue;
    phaseId: string | null;
    mainScore: ScoreView;
    readiness: ReadinessView;
    stale: boolean;
  }[] = [];

  for (const { issue } of records) {
    const phaseId = resolvePhase(issue, config, phaseIds);
    const count = phaseId ? counts.get(phaseId) : undefined;
    if (count) {
      count.total += 1;
      count.byStatusCategory[issue.statusCategory] += 1;
    } else {
      unmapped += 1;
    }
    const isRequirement = (phaseId !== null && requirementPhases.has(phaseId)) || hasScoringInput(issue.pm?.scores);
    if (!isRequirement) continue;
    const stale = isScoreStale(issue.pm, config.scoring.staleAfterDays, now.getTime());
    const mainScore = scoreViewOf(
      model,
      scoreIssue(issue.pm?.scores ?? {}, config.scoring),
      stale,
      config.scoring.weightedCriteria,
    );
    const readiness = readinessViewOf(issue, config, options.lookup);
    candidates.push({ issue, phaseId, mainScore, readiness, stale });
  }

  const ranked = rankByScore(
    candidates.map((c) => ({ id: c.issue.id, key: c.issue.key, value: rankValue(c.mainScore) ?? null })),
  );
  const byId = new Map(candidates.map((c) => [c.issue.id, c]));
  const parentKeys = new Map(records.map((r) => [r.issue.id, r.parentKey]));
  const rowContext = { config, phases: refs, lookup: options.lookup, kpiStatusByKey };
  const rows: RequirementRow[] = ranked.map((position) => {
    const c = byId.get(position.id) as (typeof candidates)[number];
    return requirementRowOf(
      {
        ...c,
        parentKey: parentKeys.get(c.issue.id),
        rank: position.rank,
        progress: progressViewOf(rollup.nodes[c.issue.id]?.agg),
      },
      rowContext,
    );
  });

  return { rows, phases: [...counts.values()], unmapped, kpis, kpiStatusByKey, rollup };
}
