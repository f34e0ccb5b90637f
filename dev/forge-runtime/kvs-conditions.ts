import { KvsApiError } from './kvs-errors';

/** A filter or range clause as @forge/kvs sends it. */
export interface Clause {
  condition: string;
  values: unknown[];
  property?: string;
}

export type ClauseGroup = { and?: Clause[]; or?: Clause[] };

const VALUE_COUNT: Record<string, number> = {
  BEGINS_WITH: 1,
  BETWEEN: 2,
  CONTAINS: 1,
  NOT_CONTAINS: 1,
  EQUAL_TO: 1,
  NOT_EQUAL_TO: 1,
  EXISTS: 1,
  NOT_EXISTS: 1,
  GREATER_THAN: 1,
  GREATER_THAN_EQUAL_TO: 1,
  LESS_THAN: 1,
  LESS_THAN_EQUAL_TO: 1,
};

export const RANGE_CONDITIONS = new Set([
  'BEGINS_WITH',
  'BETWEEN',
  'EQUAL_TO',
  'GREATER_THAN',
  'GREATER_THAN_EQUAL_TO',
  'LESS_THAN',
  'LESS_THAN_EQUAL_TO',
]);

/** Orders numbers numerically and strings by code unit; other types after, by type name. */
export function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const ta = typeof a;
  const tb = typeof b;
  return ta < tb ? -1 : ta > tb ? 1 : 0;
}

export function validateClause(clause: Clause, allowed?: Set<string>): void {
  const expected = VALUE_COUNT[clause.condition];
  if (expected === undefined || (allowed && !allowed.has(clause.condition))) {
    throw new KvsApiError(
      400,
      'INVALID_FILTER_CONDITION',
      `The condition ${String(clause.condition)} is not supported here.`,
    );
  }
  if (!Array.isArray(clause.values) || clause.values.length !== expected) {
    throw new KvsApiError(400, 'INVALID_FILTER_VALUES', `${clause.condition} takes ${expected} value(s).`);
  }
}

export function matchesClause(value: unknown, clause: Clause): boolean {
  const [first, second] = clause.values;
  switch (clause.condition) {
    case 'EXISTS':
      return value !== undefined && value !== null;
    case 'NOT_EXISTS':
      return value === undefined || value === null;
    case 'BEGINS_WITH':
      return typeof value === 'string' && value.startsWith(String(first));
    case 'CONTAINS':
      return (
        (typeof value === 'string' && value.includes(String(first))) || (Array.isArray(value) && value.includes(first))
      );
    case 'NOT_CONTAINS':
      return !(
        (typeof value === 'string' && value.includes(String(first))) ||
        (Array.isArray(value) && value.includes(first))
      );
    case 'EQUAL_TO':
      return value === first;
    case 'NOT_EQUAL_TO':
      return value !== first;
    default:
      break;
  }
  if (value === undefined || value === null || typeof value !== typeof first) return false;
  const c = compareValues(value, first);
  switch (clause.condition) {
    case 'GREATER_THAN':
      return c > 0;
    case 'GREATER_THAN_EQUAL_TO':
      return c >= 0;
    case 'LESS_THAN':
      return c < 0;
    case 'LESS_THAN_EQUAL_TO':
      return c <= 0;
    case 'BETWEEN':
      return c >= 0 && compareValues(value, second) <= 0;
    default:
      return false;
  }
}

/** `{and:[...]}` or `{or:[...]}` against an entity value (a record of attributes). */
export function matchesGroup(item: Record<string, unknown>, group: ClauseGroup | undefined): boolean {
  if (!group) return true;
  const and = group.and ?? [];
  const or = group.or ?? [];
  for (const clause of [...and, ...or]) {
    if (typeof clause.property !== 'string') {
      throw new KvsApiError(400, 'INVALID_FILTER_CONDITION', 'A filter clause has no property.');
    }
    validateClause(clause);
  }
  if (and.length > 0 && or.length > 0) {
    throw new KvsApiError(
      400,
      'INVALID_FILTER_OPERATOR',
      'Filters combine clauses with either "and" or "or", not both.',
    );
  }
  if (and.length > 0) return and.every((c) => matchesClause(item[c.property as string], c));
  if (or.length > 0) return or.some((c) => matchesClause(item[c.property as string], c));
  return true;
}
