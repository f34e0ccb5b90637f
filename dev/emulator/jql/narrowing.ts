/**
 * Which issues a query can match at most, from its identity clauses (`project = X`, `parent in
 * (...)`, `key in (...)`), so a search looks them up in an index instead of testing every issue
 * of the site, as Jira's index does. A plan only ever narrows to a superset of the matches: the
 * compiled predicate still decides each candidate. Anything else (negations, ranges, text, EMPTY)
 * gives no plan, and the search tests every issue as before.
 */
import type { Clause, Operator } from './ast';
import type { CompileEnv } from './field-kinds';
import { resolveField } from './field-registry';
import { atomsOf } from './operand-values';
import type { JqlIssueView } from './types';

export type NarrowPlan =
  | {
      kind: 'lookup';
      field: string;
      tokens: Set<string>;
      tokensOf(issue: JqlIssueView): readonly (string | undefined)[];
    }
  | { kind: 'all' | 'any'; plans: NarrowPlan[] };

const NEGATED_EQUALITY: Partial<Record<Operator, Operator>> = { '!=': '=', 'not in': 'in', '=': '!=', in: 'not in' };

/** Call after `compileClause` validated the clause (this resolves the same fields without checking again). */
export function narrowingOf(clause: Clause, env: CompileEnv, negated = false): NarrowPlan | undefined {
  switch (clause.kind) {
    case 'not':
      return narrowingOf(clause.clause, env, !negated);
    case 'and':
    case 'or': {
      const plans = clause.clauses.map((c) => narrowingOf(c, env, negated));
      const defined = plans.filter((p): p is NarrowPlan => p !== undefined);
      // NOT (a AND b) = NOT a OR NOT b, as the predicate compiles it.
      if ((clause.kind === 'and') !== negated)
        return defined.length === 0 ? undefined : { kind: 'all', plans: defined };
      return defined.length === plans.length ? { kind: 'any', plans: defined } : undefined;
    }
    case 'terminal': {
      const operator = negated ? NEGATED_EQUALITY[clause.operator] : clause.operator;
      if (operator !== '=' && operator !== 'in') return undefined;
      const field = resolveField(clause.field, env);
      const { atoms, hasEmpty } = atomsOf(clause.operand);
      if (!field.lookup || hasEmpty) return undefined;
      return {
        kind: 'lookup',
        field: field.canonical,
        tokens: field.lookup.tokens(atoms),
        tokensOf: field.lookup.tokensOf,
      };
    }
  }
}
