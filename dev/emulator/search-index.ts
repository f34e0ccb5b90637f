import type { JqlIssueView, NarrowPlan } from './jql';

/**
 * Token -> items, per identity field a query looked up (project, parent, key...), built on the
 * first search that needs it and dropped when the data changes (as the issue views are). Jira
 * answers `project = X ORDER BY ...` from its index without reading the rest of the site; the
 * emulator testing all 200,000 issues of a large site for every new query cost seconds a call.
 */
export class SearchIndex<T> {
  private byField = new Map<string, Map<string, T[]>>();
  private seenVersion = -1;

  constructor(
    private readonly items: () => Iterable<T>,
    private readonly viewOf: (item: T) => JqlIssueView,
    /** Changes whenever any item does. */
    private readonly version: () => number,
  ) {}

  /** The items the plan allows (a superset of the query's matches), or undefined for all of them. */
  candidates(plan: NarrowPlan | undefined): Set<T> | undefined {
    if (plan === undefined) return undefined;
    if (this.seenVersion !== this.version()) {
      this.byField = new Map();
      this.seenVersion = this.version();
    }
    return this.evaluate(plan);
  }

  private evaluate(plan: NarrowPlan): Set<T> {
    if (plan.kind === 'lookup') {
      const index = this.fieldIndex(plan);
      const out = new Set<T>();
      for (const token of plan.tokens) for (const item of index.get(token) ?? []) out.add(item);
      return out;
    }
    const sets = plan.plans.map((p) => this.evaluate(p));
    if (plan.kind === 'all') return sets.reduce((smallest, s) => (s.size < smallest.size ? s : smallest));
    const union = new Set<T>();
    for (const s of sets) for (const item of s) union.add(item);
    return union;
  }

  private fieldIndex(plan: Extract<NarrowPlan, { kind: 'lookup' }>): Map<string, T[]> {
    let index = this.byField.get(plan.field);
    if (index === undefined) {
      index = new Map();
      for (const item of this.items()) {
        for (const token of plan.tokensOf(this.viewOf(item))) {
          if (token === undefined) continue;
          const list = index.get(token);
          if (list === undefined) index.set(token, [item]);
          else if (list[list.length - 1] !== item) list.push(item);
        }
      }
      this.byField.set(plan.field, index);
    }
    return index;
  }
}
