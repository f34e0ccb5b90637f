import type { MoscowCategory, RawNumber } from '../issue/pm-issue';
import { atMost } from '../shared/tolerance';
import { violates } from './number-rule';

/**
 * MoSCoW capacity guard (DSDM): the effort of the Must items should not exceed
 * a share of the capacity (default 60 %), so the Should and Could items leave
 * room to absorb surprises. Capacity defaults to the planned effort of all
 * Must, Should and Could items (Won't items are out of this timebox).
 * Items without a usable effort are listed: the share is then a lower bound.
 * The share is compared with a tolerance for floating-point error (`atMost`):
 * exactly at the limit is within it, also when decimal efforts add up to it.
 *
 * @example
 * checkMoscowCapacity([{ id: 'a', moscow: 'must', effort: 7 }, { id: 'b', moscow: 'could', effort: 3 }])
 * // { status: 'checked', mustShare: 0.7, exceeded: true, ... }
 */
export interface MoscowItem {
  id: string;
  moscow?: MoscowCategory | null;
  effort?: RawNumber;
}

export interface MoscowCategoryTotal {
  count: number;
  effort: number;
}

export type MoscowCapacityResult =
  | {
      status: 'checked';
      formula: string;
      mustEffort: number;
      capacity: number;
      capacitySource: 'given' | 'planned-effort';
      mustShare: number;
      limitShare: number;
      exceeded: boolean;
      /** True when some Must items have no usable effort, so mustShare is a lower bound. */
      lowerBound: boolean;
      byCategory: Record<MoscowCategory, MoscowCategoryTotal>;
      unestimated: string[];
      uncategorised: string[];
    }
  | { status: 'not-checked'; reasons: string[] };

export const DEFAULT_MUST_SHARE_LIMIT = 0.6;

export function checkMoscowCapacity(
  items: readonly MoscowItem[],
  options: { capacity?: RawNumber; limitShare?: number } = {},
): MoscowCapacityResult {
  const limitShare = options.limitShare ?? DEFAULT_MUST_SHARE_LIMIT;
  const reasons: string[] = [];
  if (!(typeof limitShare === 'number' && limitShare > 0 && limitShare <= 1))
    reasons.push(`limit share must be in (0, 1] (got ${String(limitShare)})`);
  const byCategory: Record<MoscowCategory, MoscowCategoryTotal> = {
    must: { count: 0, effort: 0 },
    should: { count: 0, effort: 0 },
    could: { count: 0, effort: 0 },
    wont: { count: 0, effort: 0 },
  };
  const unestimated: string[] = [];
  const uncategorised: string[] = [];
  let mustUnestimated = false;
  for (const it of items) {
    const cat = it.moscow;
    if (cat !== 'must' && cat !== 'should' && cat !== 'could' && cat !== 'wont') {
      uncategorised.push(it.id);
      continue;
    }
    const total = byCategory[cat];
    total.count++;
    if (violates(it.effort, { min: 0 }) !== null) {
      unestimated.push(it.id);
      if (cat === 'must') mustUnestimated = true;
      continue;
    }
    total.effort += it.effort as number;
  }
  const given = options.capacity;
  let capacity: number;
  let capacitySource: 'given' | 'planned-effort';
  if (given !== undefined && given !== null) {
    if (violates(given, { gt: 0 }) !== null)
      reasons.push(`capacity must be a number greater than 0 (got ${String(given)})`);
    capacity = given;
    capacitySource = 'given';
  } else {
    capacity = byCategory.must.effort + byCategory.should.effort + byCategory.could.effort;
    capacitySource = 'planned-effort';
    if (capacity <= 0) reasons.push('no capacity given and no planned effort to derive it from');
  }
  if (reasons.length > 0) return { status: 'not-checked', reasons };
  const mustShare = byCategory.must.effort / capacity;
  return {
    status: 'checked',
    formula: 'Must effort / capacity <= limit',
    mustEffort: byCategory.must.effort,
    capacity,
    capacitySource,
    mustShare,
    limitShare,
    exceeded: !atMost(mustShare, limitShare),
    lowerBound: mustUnestimated,
    byCategory,
    unestimated,
    uncategorised,
  };
}
