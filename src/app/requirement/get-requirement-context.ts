import { siteTimeZone } from '../shared/site-time-zone';
import type { KpiView, LinkedRef, RequirementContextView } from '../../contract/views';
import { hasScoringInput } from '../../domain/scoring/has-scoring-input';
import { isScoreStale } from '../../domain/scoring/score-staleness';
import { resolvePhase } from '../../domain/workflow/resolve-phase';
import { PHASE_IDS } from '../../domain/workflow/phase-ids';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { JiraIssue } from '../../ports/jira-gateway';
import { loadConfig } from '../config/config-repository';
import { notFound } from '../shared/app-error';
import type { AppDeps } from '../shared/app-deps';
import { resolveUpstream } from '../shared/upstream';
import { kpiViewOf } from '../views/kpi-view';
import { readinessViewOf } from '../views/readiness-view';
import { HIDDEN_ITEM, linkedItemOf } from '../views/linked-item';
import { phaseRefIndex, phaseRefs } from '../views/phase-views';
import { pmViewOf } from '../views/pm-view';
import { scoreViews } from '../../contract/score-views';
import { historyForCaller } from './history-for-caller';
import { readHistory } from './history-repository';
import { chainSource } from './inherited-chain';

/** Parents walked up from an issue (Story -> Epic -> Initiative ...). */
const MAX_PARENT_DEPTH = 6;

export interface RequirementContextInput {
  /** From the Forge context (the issue the panel is on). */
  issueKey: string;
}

/**
 * Why a ticket exists: its parent chain, the problem / persona / scenario it
 * serves, its scores with breakdowns, KPIs, readiness and history - all read
 * as the caller, so an upstream item they cannot see shows as "not visible".
 */
export async function getRequirementContext(
  deps: AppDeps,
  input: RequirementContextInput,
): Promise<RequirementContextView> {
  const record = await deps.jira.getIssue(input.issueKey, { as: 'user' });
  if (!record) throw notFound('This issue does not exist or you cannot see it.');
  const { config } = await loadConfig(deps.store, deps.logger);
  return buildRequirementContext(deps, record, config);
}

/** Also used after a save, to answer with the fresh view. */
export async function buildRequirementContext(
  deps: AppDeps,
  record: JiraIssue,
  config: WorkflowConfig,
): Promise<RequirementContextView> {
  const now = deps.clock.now();
  const timeZone = await siteTimeZone(deps);
  const issue = record.issue;
  // A bug or sub-task that links nothing explains itself by its nearest ancestor's chain.
  const source = await chainSource(deps, record, config);
  const why = source.issue;
  const [parents, upstream, stored, permissions] = await Promise.all([
    readParents(deps, record),
    resolveUpstream(deps.jira, [why], new Map([[issue.key, record]]), 'user'),
    readHistory(deps.store, issue.id, 50, deps.logger),
    deps.jira.myPermissions(['EDIT_ISSUES'], { issueKey: issue.key }),
  ]);

  // A stored key the caller cannot see is an "item you cannot see": its key never leaves.
  const linked = (key: string | undefined): LinkedRef | undefined => {
    if (!key) return undefined;
    const found = upstream.records.get(key);
    return found ? linkedItemOf(found.issue) : HIDDEN_ITEM;
  };
  // Past links may name items the caller cannot see (now): those become "an item you cannot see".
  const history = await historyForCaller(deps.jira, stored, upstream.records);
  const kpis: KpiView[] = (why.pm?.kpiKeys ?? [])
    .map((key) => upstream.records.get(key))
    .map((r) => (r ? kpiViewOf(r, now, config, timeZone) : undefined))
    .filter((k): k is KpiView => k !== undefined);

  const stale = isScoreStale(issue.pm, config.scoring.staleAfterDays, now.getTime());
  const phaseId = resolvePhase(issue, config);
  const phase = phaseId ? phaseRefIndex(config).get(phaseId) : undefined;
  const problem = linked(why.pm?.problemKey);
  const persona = linked(why.pm?.personaKey);
  const scenario = linked(why.pm?.scenarioKey);
  const ownKpi = kpiViewOf(record, now, config, timeZone);
  const pm = record.requirement;

  return {
    issue: { ...linkedItemOf(issue), id: issue.id, projectKey: issue.projectKey },
    ...(phase ? { phase } : {}),
    chain: {
      parents,
      ...(problem ? { problem } : {}),
      ...(persona ? { persona } : {}),
      ...(scenario ? { scenario } : {}),
      ...(source.inheritedFrom ? { inheritedFrom: source.inheritedFrom } : {}),
    },
    scores: scoreViews(issue.pm?.scores ?? {}, config.scoring, stale),
    mainModel: config.scoring.primaryModel,
    isRequirement:
      (phaseId !== null && config.readiness.appliesToPhases.includes(phaseId)) || hasScoringInput(issue.pm?.scores),
    isKpi: ownKpi !== undefined || phaseId === PHASE_IDS.kpis,
    kpis,
    readiness: readinessViewOf(why, config, upstream.lookup),
    stale,
    // Keys the caller cannot see are withheld; `hiddenLinks` says which links they are.
    pm: pmViewOf(pm, (key) => upstream.records.has(key)),
    ...(ownKpi ? { kpi: ownKpi } : {}),
    history,
    options: {
      phases: phaseRefs(config),
      weightedCriteria: config.scoring.weightedCriteria.map((c) => ({ id: c.id, name: c.label, weight: c.weight })),
      scoring: config.scoring,
    },
    canEdit: permissions.EDIT_ISSUES,
  };
}

async function readParents(deps: AppDeps, record: JiraIssue): Promise<LinkedRef[]> {
  const parents: LinkedRef[] = [];
  const seen = new Set<string>([record.issue.key]);
  let parentKey = record.parentKey;
  while (parentKey && !seen.has(parentKey) && parents.length < MAX_PARENT_DEPTH) {
    seen.add(parentKey);
    const parent = await deps.jira.getIssue(parentKey, { as: 'user' });
    if (!parent) {
      // Not visible to the caller: the chain stops at "an item you cannot see", naming nothing.
      parents.push(HIDDEN_ITEM);
      break;
    }
    parents.push(linkedItemOf(parent.issue));
    parentKey = parent.parentKey;
  }
  return parents;
}
