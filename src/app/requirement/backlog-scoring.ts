import type { ScoringInputs } from '../../contract/pm-property';
import { scoreViews } from '../../contract/score-views';
import type { BacklogScoringView } from '../../contract/views-scoring';
import type { HistoryEntry, RequirementContextView } from '../../contract/views';
import { isScoreStale } from '../../domain/scoring/score-staleness';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import { loadConfig } from '../config/config-repository';
import { notFound } from '../shared/app-error';
import type { AppDeps, Caller } from '../shared/app-deps';
import { readHistory } from './history-repository';
import { saveRequirement } from './save-requirement';

export interface BacklogScoringInput {
  /** From the Forge context (the project page). */
  projectKey: string;
  /** The row's issue (payload): read as the caller, and it must belong to `projectKey`. */
  issueKey: string;
}

/** A backlog row's scoring inputs and version, for its inline editor, read as the caller. */
export async function getBacklogScoring(deps: AppDeps, input: BacklogScoringInput): Promise<BacklogScoringView> {
  const record = await readInProject(deps, input);
  const { config } = await loadConfig(deps.store, deps.logger);
  const [permissions, history] = await Promise.all([
    deps.jira.myPermissions(['EDIT_ISSUES'], { issueKey: record.issue.key }),
    readHistory(deps.store, record.issue.id, SAVERS_READ, deps.logger),
  ]);
  const stale = isScoreStale(record.issue.pm, config.scoring.staleAfterDays, deps.clock.now().getTime());
  const scores = record.requirement?.scores ?? {};
  return {
    issueKey: record.issue.key,
    summary: record.issue.summary,
    version: record.requirement?.version ?? 0,
    scores,
    scoreViews: scoreViews(scores, config.scoring, stale),
    canEdit: permissions.EDIT_ISSUES,
    pm: savedAt(record.requirement),
    history: saversOf(history),
    options: optionsOf(config),
  };
}

/**
 * Saves a row's scoring inputs through the issue panel's own save (saveRequirement): the same
 * validation, optimistic version check (`conflict` carries the current value), lease, index
 * values, history and project catch-up. Only the scores change; links and phase stay.
 */
export async function saveBacklogScoring(
  deps: AppDeps,
  input: BacklogScoringInput & { caller: Caller; version: number; scores: ScoringInputs },
): Promise<BacklogScoringView> {
  await readInProject(deps, input);
  const view = await saveRequirement(deps, {
    issueKey: input.issueKey,
    caller: input.caller,
    version: input.version,
    changes: { scores: input.scores },
  });
  return fromContext(view);
}

async function readInProject(deps: AppDeps, input: BacklogScoringInput) {
  const record = await deps.jira.getIssue(input.issueKey, { as: 'user' });
  // Another project's issue is "not found" here, as one the caller cannot see: the page only edits its own rows.
  if (!record || record.issue.projectKey !== input.projectKey)
    throw notFound('This issue is not in this project or you cannot see it.');
  return record;
}

/** A save writes one entry per changed value, all by its saver: a few entries reach the last saver. */
const SAVERS_READ = 10;

function savedAt(pm: { updatedBy?: string; updatedAt?: string } | undefined): BacklogScoringView['pm'] {
  return {
    ...(pm?.updatedBy ? { updatedBy: pm.updatedBy } : {}),
    ...(pm?.updatedAt ? { updatedAt: pm.updatedAt } : {}),
  };
}

function saversOf(history: readonly HistoryEntry[]): BacklogScoringView['history'] {
  return history.map((e) => ({ accountId: e.accountId, ...(e.displayName ? { displayName: e.displayName } : {}) }));
}

function optionsOf(config: WorkflowConfig): BacklogScoringView['options'] {
  return {
    weightedCriteria: config.scoring.weightedCriteria.map((c) => ({ id: c.id, name: c.label, weight: c.weight })),
    scoring: config.scoring,
  };
}

function fromContext(view: RequirementContextView): BacklogScoringView {
  return {
    issueKey: view.issue.key,
    summary: view.issue.summary,
    version: view.pm.version,
    scores: view.pm.scores,
    scoreViews: view.scores,
    canEdit: view.canEdit,
    pm: savedAt(view.pm),
    history: saversOf(view.history),
    options: { weightedCriteria: view.options.weightedCriteria, scoring: view.options.scoring },
  };
}
