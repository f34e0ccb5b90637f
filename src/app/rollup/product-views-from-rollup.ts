import type { ScoreModel } from '../../contract/payloads';
import type { PhaseCount, ProductRollupView } from '../../contract/views';
import type { PortfolioRollup, RollupNode } from '../../domain/rollup/rollup-types';
import type { ScoreModelId } from '../../domain/scoring/score-result';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { ProjectSummary } from '../../ports/jira-gateway';
import { phaseRefs } from '../views/phase-views';
import { progressViewOf } from '../views/progress-view';
import { ALL_SCORE_MODELS } from '../../contract/score-views';

/**
 * The portfolio row of one project, for every score model, from the domain's
 * roll-up of that project. Computed whenever the roll-up is (live or cached)
 * so a cached row needs no issue data to be served. It holds keys and numbers only: a
 * summary in app storage could reach someone who may not see that issue.
 */
export type StoredProductView = Omit<ProductRollupView, 'topScore'> & { topScore?: { key: string; value: number } };
export type ProductViews = Partial<Record<ScoreModel, StoredProductView>>;

export function productViewsFromRollup(rollup: PortfolioRollup, project: ProjectSummary, config: WorkflowConfig): ProductViews {
  const projectRollup = rollup.projects[project.key];
  const agg = projectRollup?.agg;
  const members = Object.values(rollup.nodes).filter((n) => n.projectKey === project.key);
  const requirementPhases = new Set(config.readiness.appliesToPhases);
  const requirements = members.filter((n) => (n.phase !== null && requirementPhases.has(n.phase)) || n.scores.some((s) => s !== null));

  const phases: PhaseCount[] = phaseRefs(config).map((phase) => ({ phase, total: 0, byStatusCategory: { new: 0, indeterminate: 0, done: 0 } }));
  const phaseIndex = new Map(phases.map((p, i) => [p.phase.id, i]));
  for (const node of members) {
    const count = node.phase === null ? undefined : phases[phaseIndex.get(node.phase) ?? -1];
    if (!count) continue;
    count.total += 1;
    count.byStatusCategory[node.statusCategory] += 1;
  }

  const base = {
    projectKey: project.key,
    projectName: project.name,
    issues: agg?.issues ?? 0,
    requirements: requirements.length,
    progress: progressViewOf(agg),
    phases,
    kpiStatus: !agg || agg.kpi.status === 'none' ? ('no-data' as const) : agg.kpi.status,
    readiness: { ready: agg?.readiness.ready ?? 0, partial: agg?.readiness.partial ?? 0, notReady: agg?.readiness.notReady ?? 0 },
    stale: agg?.stale ?? 0,
  };

  const views: ProductViews = {};
  for (const model of ALL_SCORE_MODELS) {
    const index = rollup.scoreModels.indexOf(model as ScoreModelId);
    const scoreAgg = index >= 0 ? agg?.scores[index] : undefined;
    const top = index >= 0 ? topNode(members, index) : undefined;
    views[model] = {
      ...base,
      ...(top ? { topScore: { key: top.node.key, value: top.value } } : {}),
      scoreSum: scoreAgg?.sum ?? 0,
    };
  }
  return views;
}

function topNode(nodes: readonly RollupNode[], modelIndex: number): { node: RollupNode; value: number } | undefined {
  let best: { node: RollupNode; value: number } | undefined;
  for (const node of nodes) {
    const value = node.scores[modelIndex];
    if (typeof value !== 'number') continue;
    if (!best || value > best.value || (value === best.value && node.key < best.node.key)) best = { node, value };
  }
  return best;
}
