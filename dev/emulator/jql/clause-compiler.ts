/**
 * Compiles a WHERE clause once into a predicate. NOT is pushed down to the clauses the way Jira does
 * it (De Morgan over AND/OR, then the operator negated: = becomes !=, IN becomes NOT IN, < becomes >=,
 * ~ becomes !~, IS becomes IS NOT), so `NOT assignee = x` behaves exactly like `assignee != x`: like
 * every negative operator in Jira it does not match issues where the field is empty.
 */
import { displayOperand, type Clause, type Operand, type Operator } from './ast';
import type { CompileEnv, FieldDef, IssuePredicate, RelationalOperator } from './field-kinds';
import { resolveField } from './field-registry';
import { validationErrors } from './jql-error';
import { atomsOf } from './operand-values';

const NEGATED: Record<Operator, Operator> = {
  '=': '!=',
  '!=': '=',
  in: 'not in',
  'not in': 'in',
  is: 'is not',
  'is not': 'is',
  '~': '!~',
  '!~': '~',
  '<': '>=',
  '>=': '<',
  '>': '<=',
  '<=': '>',
};

const RELATIONAL = new Set<Operator>(['<', '>', '<=', '>=']);

function containsEmpty(operand: Operand): boolean {
  return operand.kind === 'empty' || (operand.kind === 'list' && operand.items.some((item) => item.kind === 'empty'));
}

/** Jira's checks, in Jira's order: operand shape for the operator, operator for the field, EMPTY for the field. */
function validate(field: FieldDef, operator: Operator, operand: Operand): void {
  const shown = () => displayOperand(operand);
  if (operator === 'in' || operator === 'not in') {
    if (operand.kind !== 'list' && operand.kind !== 'function')
      throw validationErrors.nonListNotSupported(operator, shown(), field.display);
  } else if (operator === 'is' || operator === 'is not') {
    if (operand.kind !== 'empty') throw validationErrors.isNeedsEmpty(operator, shown(), field.display);
  } else if (operand.kind === 'list') {
    throw validationErrors.listNotSupported(operator, shown(), field.display);
  }
  if (operand.kind === 'list') {
    const nested = operand.items.find((item) => item.kind === 'list');
    if (nested) throw validationErrors.listNotSupported(operator, displayOperand(nested), field.display);
  }
  if (!field.operators.has(operator)) throw validationErrors.operatorNotSupported(operator, field.display);
  if (containsEmpty(operand)) {
    if (RELATIONAL.has(operator) || operator === '~' || operator === '!~')
      throw validationErrors.operatorEmptyNotSupported(operator);
    if (!field.operators.has('is')) throw validationErrors.emptyNotSupported(field.display);
  }
}

function build(field: FieldDef, operator: Operator, operand: Operand): IssuePredicate {
  const has = field.hasValue;
  switch (operator) {
    case 'is':
      return (issue) => !has(issue);
    case 'is not':
      return has;
    case '~':
    case '!~': {
      if (operand.kind === 'empty' || operand.kind === 'list' || !field.contains)
        throw validationErrors.operatorNotSupported(operator, field.display);
      const contains = field.contains(operand);
      return operator === '~' ? (issue) => has(issue) && contains(issue) : (issue) => has(issue) && !contains(issue);
    }
    case '<':
    case '>':
    case '<=':
    case '>=': {
      if (operand.kind === 'empty' || operand.kind === 'list' || !field.compare)
        throw validationErrors.operatorNotSupported(operator, field.display);
      return field.compare(operator as RelationalOperator, operand);
    }
    case '=':
    case 'in':
    case '!=':
    case 'not in': {
      const { atoms, hasEmpty } = atomsOf(operand);
      if (!field.equals) throw validationErrors.operatorNotSupported(operator, field.display);
      const match = atoms.length > 0 ? field.equals(atoms) : () => false;
      if (operator === '!=' || operator === 'not in') return (issue) => has(issue) && !match(issue);
      return hasEmpty ? (issue) => !has(issue) || match(issue) : match;
    }
  }
}

export function compileClause(clause: Clause, env: CompileEnv, negated = false): IssuePredicate {
  switch (clause.kind) {
    case 'not':
      return compileClause(clause.clause, env, !negated);
    case 'and':
    case 'or': {
      const parts = clause.clauses.map((c) => compileClause(c, env, negated));
      // NOT (a AND b) = NOT a OR NOT b, and the other way round.
      const all = (clause.kind === 'and') !== negated;
      return all ? (issue) => parts.every((p) => p(issue)) : (issue) => parts.some((p) => p(issue));
    }
    case 'terminal': {
      const field = resolveField(clause.field, env);
      validate(field, clause.operator, clause.operand);
      return build(field, negated ? NEGATED[clause.operator] : clause.operator, clause.operand);
    }
  }
}
