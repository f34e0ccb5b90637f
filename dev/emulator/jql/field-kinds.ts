/**
 * The kinds of searchable field the engine knows and their shared behaviour:
 * - identity fields (project, status, labels, users, ...): an issue matches when one of its values is
 *   one of the operand values;
 * - ordered fields (dates, numbers): =, IN and comparisons on numbers (dates as epoch ms);
 * - text fields: `~` word search (see text-search.ts).
 * A FieldDef compiles operands once (validating them like Jira) into cheap per-issue predicates.
 */
import type { Operator } from './ast';
import { evaluateDateFunction, parseInstant, parseJqlDate } from './date-values';
import { isNumericId, parseIssueKey } from './issue-key';
import { validationErrors } from './jql-error';
import { checkFunction, type Atom } from './operand-values';
import { compileTextQuery, words } from './text-search';
import type { JqlCheckedField, JqlContext, JqlIssueView } from './types';

export type IssuePredicate = (issue: JqlIssueView) => boolean;
export type RelationalOperator = '<' | '>' | '<=' | '>=';
export type SortKey = string | number;

export interface SortSpec {
  /** The issue's sort key; undefined = no value (sorts last in ascending order). */
  key(issue: JqlIssueView): SortKey | undefined;
  compare(a: SortKey, b: SortKey): number;
}

export interface FieldDef {
  /** The name ORDER BY reports ("key", "created", an alias, "issue.property[k].p"). */
  canonical: string;
  /** The name as written in the query, for messages. */
  display: string;
  operators: ReadonlySet<Operator>;
  hasValue: IssuePredicate;
  /** For = != IN NOT IN: true when one of the issue's values is one of the atoms. */
  equals?(atoms: Atom[]): IssuePredicate;
  /**
   * Identity fields: the tokens `equals` looks for, and each issue's, so a search can look issues
   * up in an index by token instead of testing every issue (narrowing.ts).
   */
  lookup?: { tokens(atoms: Atom[]): Set<string>; tokensOf(issue: JqlIssueView): readonly (string | undefined)[] };
  compare?(op: RelationalOperator, atom: Atom): IssuePredicate;
  contains?(atom: Atom): IssuePredicate;
  sort?: SortSpec;
  defaultDirection: 'ASC' | 'DESC';
}

/** Per-compilation state: the context and caches shared by all clauses of one query. */
export interface CompileEnv {
  ctx: JqlContext;
  instants: Map<string, number | undefined>;
  words: Map<string, string[]>;
}

export function createEnv(ctx: JqlContext): CompileEnv {
  return { ctx, instants: new Map(), words: new Map() };
}

export function cachedInstant(env: CompileEnv, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!env.instants.has(value)) env.instants.set(value, parseInstant(value));
  return env.instants.get(value);
}

export function cachedWords(env: CompileEnv, value: string): string[] {
  let found = env.words.get(value);
  if (found === undefined) {
    found = words(value);
    env.words.set(value, found);
  }
  return found;
}

export const ops = (...list: Operator[]): ReadonlySet<Operator> => new Set(list);
export const EQUALITY: Operator[] = ['=', '!=', 'in', 'not in'];
export const EMPTINESS: Operator[] = ['is', 'is not'];
export const RELATIONAL: Operator[] = ['<', '>', '<=', '>='];

export const compareText = (a: SortKey, b: SortKey): number => (a < b ? -1 : a > b ? 1 : 0);
export const compareNumbers = (a: SortKey, b: SortKey): number => (a as number) - (b as number);
export const testRelational = (op: RelationalOperator, value: number, target: number): boolean =>
  op === '<' ? value < target : op === '>' ? value > target : op === '<=' ? value <= target : value >= target;

/** The text of a value atom; a function here is an error (only user and date fields take functions). */
export function plainValue(atom: Atom, display: string): string {
  if (atom.kind === 'function') {
    checkFunction(atom, undefined, display);
    throw validationErrors.functionNotSupportedHere(atom.name, display);
  }
  return atom.value;
}

export function checkExists(env: CompileEnv, field: JqlCheckedField, value: string, display: string): void {
  if (env.ctx.valueExists && !env.ctx.valueExists(field, value))
    throw validationErrors.valueDoesNotExist(value, display);
}

/**
 * A field compared by identity: each atom resolves to zero or more normalized tokens and an issue
 * matches when one of its own tokens is among them.
 */
export function identityField(spec: {
  canonical: string;
  display: string;
  operators: ReadonlySet<Operator>;
  resolve(atom: Atom): string[];
  tokens(issue: JqlIssueView): readonly (string | undefined)[];
  sort?: SortSpec;
}): FieldDef {
  return {
    canonical: spec.canonical,
    display: spec.display,
    operators: spec.operators,
    hasValue: (issue) => spec.tokens(issue).some((t) => t !== undefined),
    equals(atoms) {
      const wanted = new Set(atoms.flatMap((atom) => spec.resolve(atom)));
      return (issue) => spec.tokens(issue).some((t) => t !== undefined && wanted.has(t));
    },
    lookup: { tokens: (atoms) => new Set(atoms.flatMap((atom) => spec.resolve(atom))), tokensOf: spec.tokens },
    ...(spec.sort ? { sort: spec.sort } : {}),
    defaultDirection: 'ASC',
  };
}

/** A field with ordered values (dates, numbers): =, IN and comparisons work on numbers. */
export function orderedField(spec: {
  canonical: string;
  display: string;
  operators: ReadonlySet<Operator>;
  values(issue: JqlIssueView): number[];
  atomValue(atom: Atom): number | undefined;
  defaultDirection?: 'ASC' | 'DESC';
}): FieldDef {
  return {
    canonical: spec.canonical,
    display: spec.display,
    operators: spec.operators,
    hasValue: (issue) => spec.values(issue).length > 0,
    equals(atoms) {
      const wanted = new Set(atoms.map((a) => spec.atomValue(a)).filter((v): v is number => v !== undefined));
      return (issue) => spec.values(issue).some((v) => wanted.has(v));
    },
    compare(op, atom) {
      const target = spec.atomValue(atom);
      if (target === undefined) return () => false;
      return (issue) => spec.values(issue).some((v) => testRelational(op, v, target));
    },
    sort: {
      // Several values (a property array): sort by the smallest.
      key: (issue) => {
        const values = spec.values(issue);
        return values.length === 0 ? undefined : Math.min(...values);
      },
      compare: compareNumbers,
    },
    defaultDirection: spec.defaultDirection ?? 'ASC',
  };
}

/** A text field searched with `~`. */
export function textField(spec: {
  canonical: string;
  display: string;
  operators: ReadonlySet<Operator>;
  env: CompileEnv;
  values(issue: JqlIssueView): string[];
  sortable: boolean;
}): FieldDef {
  const { env } = spec;
  return {
    canonical: spec.canonical,
    display: spec.display,
    operators: spec.operators,
    hasValue: (issue) => spec.values(issue).some((v) => v.trim() !== ''),
    contains(atom) {
      const test = compileTextQuery(plainValue(atom, spec.display), spec.display);
      return (issue) => {
        const values = spec.values(issue);
        if (values.length === 1) return test(cachedWords(env, values[0] as string));
        // Several values are one Lucene field: a phrase must not run from one value into the next.
        return test(values.flatMap((v) => [...cachedWords(env, v), '']));
      };
    },
    ...(spec.sortable
      ? {
          sort: {
            key: (issue: JqlIssueView) => {
              const first = spec.values(issue)[0];
              return first === undefined ? undefined : first.toLowerCase();
            },
            compare: compareText,
          },
        }
      : {}),
    defaultDirection: 'ASC',
  };
}

export function dateAtomValue(env: CompileEnv, display: string) {
  return (atom: Atom): number => {
    if (atom.kind === 'function') {
      checkFunction(atom, 'date', display);
      return evaluateDateFunction(atom.name, atom.args, env.ctx.now);
    }
    const ms = parseJqlDate(atom.value, env.ctx.now);
    if (ms === undefined) throw validationErrors.invalidDate(atom.value, display);
    return ms;
  };
}

export function userAtomTokens(env: CompileEnv, field: JqlCheckedField, display: string) {
  return (atom: Atom): string[] => {
    if (atom.kind === 'function') {
      checkFunction(atom, 'user', display);
      return env.ctx.currentAccountId === undefined ? [] : [env.ctx.currentAccountId];
    }
    checkExists(env, field, atom.value, display);
    return [atom.value];
  };
}

/** Key or id of an issue, for `key` and `parent`: validated like Jira, resolved to the issue id. */
export function issueIdOf(env: CompileEnv, atom: Atom, display: string): string {
  const value = plainValue(atom, display).trim();
  if (isNumericId(value)) {
    const id = env.ctx.resolveIssueId(value);
    if (id === undefined) throw validationErrors.issueDoesNotExist(value, display);
    return id;
  }
  const key = parseIssueKey(value);
  if (!key || !env.ctx.projectExists(key.project)) throw validationErrors.invalidIssueKey(value, display);
  const normalized = `${key.project}-${key.number}`;
  const id = env.ctx.resolveIssueId(normalized);
  if (id === undefined) throw validationErrors.issueDoesNotExist(value, display);
  return id;
}

/** Several values as one sort key: lower-cased, sorted, joined. */
export function lowerJoined(values: string[]): string | undefined {
  return values.length === 0
    ? undefined
    : values
        .map((v) => v.toLowerCase())
        .sort()
        .join('\u0000');
}
