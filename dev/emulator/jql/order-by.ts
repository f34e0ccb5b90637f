/**
 * ORDER BY. Empty values count as greater than any value: last in ascending order, first in
 * descending order. Ties end with the issue id, ascending, so the order is total and stable.
 * Without ORDER BY, issues come by key descending (newest first), as Jira orders a query with no
 * ORDER BY.
 *
 * The comparator remembers each issue object's sort keys for the life of the compiled query: build
 * fresh views (or compile again) after an issue changes.
 */
import type { SortItem } from './ast';
import type { CompileEnv, SortKey, SortSpec } from './field-kinds';
import { resolveField } from './field-registry';
import { compareIds, issueKeySortKey } from './issue-key';
import { validationErrors } from './jql-error';
import type { JqlIssueView, JqlOrderByItem } from './types';

interface CompiledSort {
  spec: SortSpec;
  descending: boolean;
  /** Sort keys by issue object, so a sort computes each issue's key once, not once per comparison. */
  keys: WeakMap<JqlIssueView, { key: SortKey | undefined }>;
}

function keyOf(sort: CompiledSort, issue: JqlIssueView): SortKey | undefined {
  let cached = sort.keys.get(issue);
  if (cached === undefined) {
    cached = { key: sort.spec.key(issue) };
    sort.keys.set(issue, cached);
  }
  return cached.key;
}

function compareBy(sort: CompiledSort, a: JqlIssueView, b: JqlIssueView): number {
  const ka = keyOf(sort, a);
  const kb = keyOf(sort, b);
  if (ka === undefined || kb === undefined) {
    if (ka === kb) return 0;
    const emptyLast = ka === undefined ? 1 : -1;
    return sort.descending ? -emptyLast : emptyLast;
  }
  const c = sort.spec.compare(ka, kb);
  return sort.descending ? -c : c;
}

const DEFAULT_ORDER: SortSpec = {
  key: (issue) => issueKeySortKey(issue.key),
  compare: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
};

export function compileOrderBy(
  items: SortItem[],
  env: CompileEnv,
): { orderBy: JqlOrderByItem[]; compare(a: JqlIssueView, b: JqlIssueView): number } {
  const orderBy: JqlOrderByItem[] = [];
  const sorts: CompiledSort[] = [];
  for (const item of items) {
    const field = resolveField(item.field, env);
    if (!field.sort) throw validationErrors.notSortable(item.field.display);
    const direction = item.direction ?? field.defaultDirection;
    orderBy.push({ field: field.canonical, direction });
    sorts.push({ spec: field.sort, descending: direction === 'DESC', keys: new WeakMap() });
  }
  const effective = sorts.length > 0 ? sorts : [{ spec: DEFAULT_ORDER, descending: true, keys: new WeakMap() }];
  return {
    orderBy,
    compare(a, b) {
      for (const sort of effective) {
        const c = compareBy(sort, a, b);
        if (c !== 0) return c;
      }
      return compareIds(a.id, b.id);
    },
  };
}
