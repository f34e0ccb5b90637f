import type { BacklogFilter } from '../../../src/contract/api';
import { MOSCOW_CATEGORIES, READINESS_STATES } from '../../../src/contract/ui-runtime-shared';

/**
 * The backlog filter in the page's URL (`?status=all&phase=requirements&moscow=must`), so a view
 * can be shared. Only values the server would accept are read back: anything else in the URL is
 * dropped, never sent (the server validates again). Open work is the default and not written.
 *
 * @example
 * filterFromSearch('?status=all&moscow=must&epic=CHK-7') // { status: 'all', moscow: 'must', epic: 'CHK-7' }
 * searchOfFilter({ status: 'open', phase: 'requirements' }) // '?phase=requirements'
 */
const STATUS = ['open', 'all'] as const;
const CATEGORY = ['new', 'indeterminate', 'done'] as const;
const ISSUE_KEY = /^[A-Z][A-Z0-9_]{1,9}-\d+$/;
const PHASE_ID = /^[A-Za-z0-9_-]{1,64}$/;

const oneOf = <T extends string>(values: readonly T[], v: string | null): T | undefined =>
  (values as readonly string[]).includes(v ?? '') ? (v as T) : undefined;
const matching = (re: RegExp, v: string | null): string | undefined => (v !== null && re.test(v) ? v : undefined);

export function filterFromSearch(search: string): BacklogFilter {
  const q = new URLSearchParams(search);
  const picked = {
    statusCategory: oneOf(CATEGORY, q.get('category')),
    phase: matching(PHASE_ID, q.get('phase')),
    moscow: oneOf(MOSCOW_CATEGORIES, q.get('moscow')),
    readiness: oneOf(READINESS_STATES, q.get('readiness')),
    epic: matching(ISSUE_KEY, q.get('epic')),
    persona: matching(ISSUE_KEY, q.get('persona')),
  };
  const filter: BacklogFilter = { status: oneOf(STATUS, q.get('status')) ?? 'open' };
  for (const [k, v] of Object.entries(picked)) if (v !== undefined) (filter as Record<string, string>)[k] = v;
  return filter;
}

export function searchOfFilter(filter: BacklogFilter): string {
  const q = new URLSearchParams();
  if (filter.status !== 'open') q.set('status', filter.status);
  if (filter.statusCategory) q.set('category', filter.statusCategory);
  if (filter.phase) q.set('phase', filter.phase);
  if (filter.moscow) q.set('moscow', filter.moscow);
  if (filter.readiness) q.set('readiness', filter.readiness);
  if (filter.epic) q.set('epic', filter.epic);
  if (filter.persona) q.set('persona', filter.persona);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** How many filters narrow the backlog beyond open work (for "Clear filters"). */
export function activeFilterCount(filter: BacklogFilter): number {
  return (
    (filter.status === 'open' ? 0 : 1) +
    ['statusCategory', 'phase', 'moscow', 'readiness', 'epic', 'persona'].filter(
      (k) => (filter as Record<string, unknown>)[k] !== undefined,
    ).length
  );
}
