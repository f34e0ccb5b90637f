/**
 * The `pm-workflow.requirement` document on epics and stories: links to the
 * strategic items (problem, persona, scenario, KPIs) of the same product and
 * the scoring inputs for every prioritisation method. A few documents are
 * left incomplete or invalid on purpose so the app has "not scored" and
 * readiness gaps to show. The `index` the app copies for JQL is filled in
 * afterwards by the app's own function (index-requirements.ts).
 */
import type { PmProperty, ScoringInputs } from '../../src/contract/pm-property';
import { PM_PROPERTY_SCHEMA_VERSION } from '../../src/contract/pm-property';
import type { Draft } from './drafts';
import type { Rng } from './rng';
import { DAY, isoDateTime } from './timeline';

const STALE_AFTER_DAYS = 90;
const FIBONACCI = [1, 2, 3, 5, 8, 13, 20] as const;
const WEIGHTED_CRITERIA = ['strategic-fit', 'customer-value', 'revenue', 'risk'] as const;

export interface RequirementLinks {
  problem?: Draft;
  persona?: Draft;
  scenario?: Draft;
  kpis: Draft[];
}

export interface RequirementDraft extends RequirementLinks {
  version: number;
  scores: ScoringInputs;
  scoredAt?: number;
  updatedAt: number;
  updatedBy: string;
}

/** Deliberate defects, so "not scored" with a reason shows up in the app. */
const DEFECTS = [
  'rice-effort-zero',
  'rice-effort-null',
  'rice-effort-missing',
  'rice-reach-missing',
  'rice-confidence-off-scale',
  'wsjf-job-size-zero',
  'ice-ease-out-of-range',
  'weighted-criterion-missing',
] as const;
type Defect = (typeof DEFECTS)[number];

type KanoAnswer = NonNullable<ScoringInputs['kano']>['functional'];

const KANO_PAIRS: readonly (readonly [readonly [KanoAnswer, KanoAnswer], number])[] = [
  [['like', 'dislike'], 4], // one-dimensional
  [['like', 'neutral'], 3], // attractive
  [['like', 'tolerate'], 2],
  [['expect', 'dislike'], 3], // must-be
  [['neutral', 'dislike'], 2],
  [['neutral', 'neutral'], 2], // indifferent
  [['tolerate', 'neutral'], 1],
  [['dislike', 'like'], 0.5], // reverse
  [['like', 'like'], 0.5], // questionable
];

const IMPACT_WEIGHTS = [
  [3, 1],
  [2, 2],
  [1, 3],
  [0.5, 2],
  [0.25, 1],
] as const;
const CONFIDENCE_WEIGHTS = [
  [100, 2],
  [80, 3],
  [50, 2],
] as const;
const MOSCOW_WEIGHTS = [
  ['must', 25],
  ['should', 35],
  ['could', 30],
  ['wont', 10],
] as const;
const EPIC_EFFORT = [2, 3, 4, 5, 6, 8, 10, 12] as const;
const STORY_EFFORT = [0.5, 0.5, 1, 1, 1.5, 2, 3] as const;

function reach(rng: Rng, epic: boolean): number {
  const low = Math.log(epic ? 1000 : 100);
  const high = Math.log(20000);
  return Math.max(100, Math.round(Math.exp(rng.real(low, high)) / 10) * 10);
}

function riceEffort(rng: Rng, epic: boolean): number {
  return epic ? rng.pick(EPIC_EFFORT) : rng.pick(STORY_EFFORT);
}

export function makeScores(rng: Rng, epic: boolean, defect?: Defect): ScoringInputs {
  const scores: ScoringInputs = {};
  const effort = riceEffort(rng, epic);
  scores.rice = {
    reach: reach(rng, epic),
    impact: rng.weighted(IMPACT_WEIGHTS),
    confidence: rng.weighted(CONFIDENCE_WEIGHTS),
    effort,
  };
  if (rng.chance(0.75)) {
    const size = FIBONACCI.find((f) => f >= effort * (epic ? 1.6 : 4)) ?? 20;
    scores.wsjf = {
      userBusinessValue: rng.pick(FIBONACCI),
      timeCriticality: rng.pick(FIBONACCI),
      riskReduction: rng.pick(FIBONACCI.slice(0, 5)),
      jobSize: size,
    };
  }
  if (rng.chance(0.6)) scores.ice = { impact: rng.int(1, 10), confidence: rng.int(1, 10), ease: rng.int(1, 10) };
  if (rng.chance(0.6)) scores.valueEffort = { value: rng.int(1, 10), effort: rng.int(1, 10) };
  if (rng.chance(0.55)) {
    scores.weighted = Object.fromEntries(WEIGHTED_CRITERIA.map((c) => [c, rng.int(1, 5)]));
  }
  if (rng.chance(0.75)) scores.moscow = rng.weighted(MOSCOW_WEIGHTS);
  if (rng.chance(0.4)) {
    const [functional, dysfunctional] = rng.weighted(KANO_PAIRS);
    scores.kano = { functional, dysfunctional };
  }
  if (defect) applyDefect(rng, scores, defect);
  return scores;
}

function applyDefect(rng: Rng, scores: ScoringInputs, defect: Defect): void {
  const rice = scores.rice ?? {};
  switch (defect) {
    case 'rice-effort-zero':
      scores.rice = { ...rice, effort: 0 };
      break;
    case 'rice-effort-null':
      scores.rice = { ...rice, effort: null };
      break;
    case 'rice-effort-missing': {
      const { effort: _effort, ...rest } = rice;
      scores.rice = rest;
      break;
    }
    case 'rice-reach-missing': {
      const { reach: _reach, ...rest } = rice;
      scores.rice = rest;
      break;
    }
    case 'rice-confidence-off-scale':
      scores.rice = { ...rice, confidence: rng.pick([30, 120]) };
      break;
    case 'wsjf-job-size-zero':
      scores.wsjf = { userBusinessValue: 8, timeCriticality: 5, riskReduction: 3, ...scores.wsjf, jobSize: 0 };
      break;
    case 'ice-ease-out-of-range':
      scores.ice = { impact: 6, confidence: 5, ...scores.ice, ease: rng.pick([0, 14]) };
      break;
    case 'weighted-criterion-missing':
      scores.weighted = Object.fromEntries(WEIGHTED_CRITERIA.slice(0, 3).map((c) => [c, rng.int(1, 5)]));
      break;
  }
}

export interface RequirementContext {
  rng: Rng;
  now: number;
  epic: boolean;
  created: number;
  editors: readonly string[];
}

/** The requirement document for one epic or story (links chosen by the caller). */
export function makeRequirement(ctx: RequirementContext, links: RequirementLinks): RequirementDraft {
  const { rng, now, created } = ctx;
  const unscored = rng.chance(0.04);
  const defect = !unscored && rng.chance(0.07) ? rng.pick(DEFECTS) : undefined;
  const scores = unscored ? {} : makeScores(rng, ctx.epic, defect);

  let scoredAt: number | undefined;
  if (!unscored) {
    const earliest = Math.max(created, now - 365 * DAY);
    const staleEnd = now - (STALE_AFTER_DAYS + 1) * DAY;
    scoredAt =
      rng.chance(0.3) && staleEnd > earliest
        ? rng.real(earliest, staleEnd)
        : rng.real(Math.max(earliest, now - STALE_AFTER_DAYS * DAY), now);
    scoredAt = Math.floor(scoredAt / 1000) * 1000;
  }
  const base = scoredAt ?? created;
  const updatedAt = Math.floor((base + (now - base) * rng.real(0, 0.3)) / 1000) * 1000;
  return {
    ...links,
    version: rng.int(1, 7),
    scores,
    ...(scoredAt !== undefined ? { scoredAt } : {}),
    updatedAt,
    updatedBy: rng.pick(ctx.editors),
  };
}

/** Turns draft references into issue keys (after the drafts are numbered). */
export function materializeRequirement(req: RequirementDraft, keyOf: (d: Draft) => string): PmProperty {
  // Built field by field in the schema's order (no conditional spreads): this runs for every epic and story.
  const out: Record<string, unknown> = { schemaVersion: PM_PROPERTY_SCHEMA_VERSION, version: req.version };
  if (req.problem) out['problemKey'] = keyOf(req.problem);
  if (req.persona) out['personaKey'] = keyOf(req.persona);
  if (req.scenario) out['scenarioKey'] = keyOf(req.scenario);
  out['kpiKeys'] = req.kpis.map(keyOf);
  out['scores'] = req.scores;
  if (req.scoredAt !== undefined) out['scoredAt'] = isoDateTime(req.scoredAt);
  out['updatedAt'] = isoDateTime(req.updatedAt);
  out['updatedBy'] = req.updatedBy;
  // Filled in by indexRequirements once every linked item exists.
  out['index'] = {};
  return out as PmProperty;
}
