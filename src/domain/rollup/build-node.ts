import type { PmIssue } from '../issue/pm-issue';
import { kpiStatus } from '../kpi/kpi-status';
import { assessReadiness } from '../readiness/assess-readiness';
import { modelValue } from '../scoring/score-issue';
import type { ScoreModelId } from '../scoring/score-result';
import { isScoreStale } from '../scoring/score-staleness';
import { insertSorted } from '../shared/sorted-ids';
import { hierarchyLevel } from '../workflow/hierarchy-level';
import { emptyAggregate } from './aggregate';
import { requestedParentId } from './requested-parent';
import { resolveKey } from './resolve-key';
import type { RollupContext } from './rollup-context';
import type { NodeProblems, NodeRefs, PortfolioRollup, RollupNode } from './rollup-types';

/**
 * Shared empty child list for leaves (most nodes). Never mutated: code that
 * adds a child replaces it with a new array (see `addChildId`).
 */
export const NO_CHILDREN: string[] = Object.freeze([]) as unknown as string[];

/** Adds a child id to a node, keeping the list sorted and never touching the shared empty list. */
export function addChildId(node: RollupNode, childId: string, sorted: boolean): void {
  if (node.childIds === NO_CHILDREN) node.childIds = [childId];
  else if (sorted) insertSorted(node.childIds, childId);
  else node.childIds.push(childId);
}

const NO_REFS: NodeRefs = Object.freeze({
  problemKey: null,
  personaKey: null,
  scenarioKey: null,
  kpiKeys: Object.freeze([]) as unknown as string[],
});

/**
 * A roll-up node with the issue's own figures. Structure (parent, children),
 * readiness (needs the other issues) and the aggregate are filled in later.
 */
export function buildNode(issue: PmIssue, ctx: RollupContext): RollupNode {
  const pm = issue.pm;
  const settings = ctx.config.scoring;
  // Most issues (sub-tasks, strategic items) carry no scores: share one all-null row.
  let scores = ctx.noScores;
  const inputs = pm?.scores;
  if (inputs !== undefined) {
    for (let m = 0; m < ctx.models.length; m++) {
      const model = ctx.models[m] as ScoreModelId;
      if (inputs[model] === undefined) continue;
      if (scores === ctx.noScores) scores = scores.slice();
      scores[m] = modelValue(model, inputs, settings) ?? 'not-scored';
    }
  }
  const phase = ctx.phaseOf(issue);
  const effort =
    typeof issue.effort === 'number' && Number.isFinite(issue.effort) && issue.effort >= 0 ? issue.effort : null;
  return {
    id: issue.id,
    key: issue.key,
    projectKey: issue.projectKey,
    issueType: issue.issueType,
    level: hierarchyLevel(issue.issueType, ctx.config),
    phase,
    statusCategory: issue.statusCategory,
    effort,
    requestedParentId: requestedParentId(issue, ctx.config),
    parentId: null,
    childIds: NO_CHILDREN,
    refs: pm === undefined ? NO_REFS : refsOf(pm),
    scores,
    stale: isScoreStale(pm, settings.staleAfterDays, ctx.nowMs),
    kpiStatus:
      issue.kpi === undefined
        ? null
        : kpiStatus(issue.kpi, new Date(ctx.nowMs), ctx.config.kpi.trendWindow, ctx.timeZone).status,
    readiness: null,
    problems: phase === null ? { unmapped: true } : null,
    agg: EMPTY_PLACEHOLDER,
  };
}

/** Placeholder until the aggregate is computed; never left in a finished roll-up. */
const EMPTY_PLACEHOLDER = emptyAggregate(0, 0);

function refsOf(pm: NonNullable<PmIssue['pm']>): NodeRefs {
  const kpiKeys = pm.kpiKeys ?? [];
  if (
    pm.problemKey === undefined &&
    pm.personaKey === undefined &&
    pm.scenarioKey === undefined &&
    kpiKeys.length === 0
  )
    return NO_REFS;
  return {
    problemKey: pm.problemKey ?? null,
    personaKey: pm.personaKey ?? null,
    scenarioKey: pm.scenarioKey ?? null,
    kpiKeys: kpiKeys.length === 0 ? (NO_REFS.kpiKeys as string[]) : [...kpiKeys],
  };
}

/** The distinct keys a node refers to (for the `referencedBy` index). */
export function referencedKeys(refs: NodeRefs): string[] {
  const keys: string[] = [];
  addKey(keys, refs.problemKey);
  addKey(keys, refs.personaKey);
  addKey(keys, refs.scenarioKey);
  for (let i = 0; i < refs.kpiKeys.length; i++) addKey(keys, refs.kpiKeys[i] as string);
  return keys;
}

function addKey(keys: string[], k: string | null): void {
  if (k !== null && k !== '' && !keys.includes(k)) keys.push(k);
}

/**
 * Appends `id` to the referrer list of each distinct key the node refers to,
 * without building the key list (the full roll-up calls this per issue). A
 * list already ending with `id` got it from this node: the key repeats.
 */
export function indexReferrer(referencedBy: Record<string, string[]>, refs: NodeRefs, id: string): void {
  addReferrer(referencedBy, refs.problemKey, id);
  addReferrer(referencedBy, refs.personaKey, id);
  addReferrer(referencedBy, refs.scenarioKey, id);
  for (let i = 0; i < refs.kpiKeys.length; i++) addReferrer(referencedBy, refs.kpiKeys[i] as string, id);
}

function addReferrer(referencedBy: Record<string, string[]>, key: string | null, id: string): void {
  if (key === null || key === '') return;
  const ids = referencedBy[key];
  if (ids === undefined) referencedBy[key] = [id];
  else if (ids[ids.length - 1] !== id) ids.push(id);
}

/** One key lookup closure per roll-up, not one per assessed issue. */
const lookups = new WeakMap<PortfolioRollup, (key: string) => RollupNode | undefined>();
function lookupFor(rollup: PortfolioRollup): (key: string) => RollupNode | undefined {
  let f = lookups.get(rollup);
  if (f === undefined) {
    f = (key) => resolveKey(rollup, key);
    lookups.set(rollup, f);
  }
  return f;
}

/** Readiness of a node against the issues currently in the roll-up (null when its phase is not assessed). */
export function nodeReadiness(node: RollupNode, rollup: PortfolioRollup, ctx: RollupContext): RollupNode['readiness'] {
  if (node.phase === null || !ctx.readinessPhases.has(node.phase)) return null;
  return assessReadiness(node.refs, lookupFor(rollup), ctx.config.readiness.requires);
}

/** A problems object, or null when there is nothing to report (keeps nodes small). */
export function withProblems(
  base: NodeProblems | null,
  patch: Partial<Record<keyof NodeProblems, unknown>>,
): NodeProblems | null {
  const next: NodeProblems = { ...(base ?? {}) };
  for (const k of Object.keys(patch) as (keyof NodeProblems)[]) {
    const v = patch[k];
    if (v === undefined) delete next[k];
    else (next as Record<string, unknown>)[k] = v;
  }
  return Object.keys(next).length === 0 ? null : next;
}
