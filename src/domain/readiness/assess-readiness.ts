import type { StatusCategory } from '../issue/pm-issue';
import type { ReadinessState } from './readiness-states';

/**
 * Readiness of a requirement: the method's main claim is that priorities
 * churn when the strategic work upstream of a requirement is incomplete. A
 * requirement is ready when each required upstream item (by default its
 * problem, persona, scenario and at least one KPI) is linked, exists and is
 * done. The level is the share of satisfied items (0..100) and `missing`
 * says, item by item, what is lacking, so the dashboard can point at it.
 *
 * @example
 * assessReadiness({ problemKey: 'APP-1', kpiKeys: [] }, (k) => facts.get(k), defaultWorkflowConfig.readiness.requires)
 * // { level: 25, state: 'partial', missing: [{ item: 'persona', reason: 'not-linked', key: null }, ...] }
 */
export type ReadinessItem = 'problem' | 'persona' | 'scenario' | 'kpi';

export interface ReadinessRule {
  item: ReadinessItem;
  mustBeDone: boolean;
}

export interface UpstreamRefs {
  problemKey?: string | null;
  personaKey?: string | null;
  scenarioKey?: string | null;
  kpiKeys: readonly string[];
}

/** What readiness needs to know about a referenced issue. */
export interface UpstreamFacts {
  statusCategory: StatusCategory;
}

export type ReadinessGapReason = 'not-linked' | 'not-found' | 'not-done';

export interface ReadinessGap {
  item: ReadinessItem;
  reason: ReadinessGapReason;
  /** The referenced key, or null when nothing is linked. */
  key: string | null;
}

export type { ReadinessState };

export interface ReadinessResult {
  /** Share of satisfied items, 0..100 (an integer, so it can be indexed for JQL). */
  level: number;
  state: ReadinessState;
  satisfied: number;
  required: number;
  missing: ReadinessGap[];
}

/** Shared (frozen) empty list for ready issues: the roll-up assesses every requirement. */
const NOTHING_MISSING: ReadinessGap[] = Object.freeze([]) as unknown as ReadinessGap[];

/** Reused by every call (single-threaded; only copies escape): holds this call's gaps. */
const scratch: ReadinessGap[] = [];

export function assessReadiness(
  refs: UpstreamRefs,
  lookup: (key: string) => UpstreamFacts | undefined,
  rules: readonly ReadinessRule[],
): ReadinessResult {
  // Gaps go to a scratch list first, so `missing` is allocated once at its exact size.
  let gaps = 0;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r] as ReadinessRule;
    const gap =
      rule.item === 'kpi'
        ? kpiGap(refs.kpiKeys, lookup, rule.mustBeDone)
        : singleGap(rule.item, keyOf(refs, rule.item), lookup, rule.mustBeDone);
    if (gap !== null) scratch[gaps++] = gap;
  }
  const missing = gaps === 0 ? NOTHING_MISSING : scratch.slice(0, gaps);
  const required = rules.length;
  const satisfied = required - gaps;
  const level = required === 0 ? 100 : Math.round((100 * satisfied) / required);
  const state: ReadinessState = satisfied === required ? 'ready' : satisfied === 0 ? 'not-ready' : 'partial';
  return { level, state, satisfied, required, missing };
}

function keyOf(refs: UpstreamRefs, item: Exclude<ReadinessItem, 'kpi'>): string | null {
  const k = item === 'problem' ? refs.problemKey : item === 'persona' ? refs.personaKey : refs.scenarioKey;
  return k === undefined || k === null || k === '' ? null : k;
}

/** Shared (frozen) "not linked" gaps: the most common gap, and the same for every requirement. */
const NOT_LINKED: Readonly<Record<ReadinessItem, ReadinessGap>> = {
  problem: Object.freeze({ item: 'problem', reason: 'not-linked', key: null }),
  persona: Object.freeze({ item: 'persona', reason: 'not-linked', key: null }),
  scenario: Object.freeze({ item: 'scenario', reason: 'not-linked', key: null }),
  kpi: Object.freeze({ item: 'kpi', reason: 'not-linked', key: null }),
};

function singleGap(
  item: ReadinessItem,
  key: string | null,
  lookup: (key: string) => UpstreamFacts | undefined,
  mustBeDone: boolean,
): ReadinessGap | null {
  if (key === null) return NOT_LINKED[item];
  const facts = lookup(key);
  if (facts === undefined) return { item, reason: 'not-found', key };
  if (mustBeDone && facts.statusCategory !== 'done') return { item, reason: 'not-done', key };
  return null;
}

/** At least one linked KPI must exist (and be done): the best candidate decides. */
function kpiGap(
  keys: readonly string[],
  lookup: (key: string) => UpstreamFacts | undefined,
  mustBeDone: boolean,
): ReadinessGap | null {
  if (keys.length === 0) return NOT_LINKED.kpi;
  let firstFound: string | null = null;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const facts = lookup(key);
    if (facts === undefined) continue;
    if (!mustBeDone || facts.statusCategory === 'done') return null;
    if (firstFound === null) firstFound = key;
  }
  return firstFound === null
    ? { item: 'kpi', reason: 'not-found', key: keys[0] ?? null }
    : { item: 'kpi', reason: 'not-done', key: firstFound };
}
