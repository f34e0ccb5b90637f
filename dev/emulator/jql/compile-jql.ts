/**
 * compileJql: parse and validate a JQL query once, then match and sort issues cheaply.
 * Anything the emulator does not support, or that Jira would reject, throws a JqlError whose message
 * reads like Jira's; the engine never guesses.
 */
import { compileClause } from './clause-compiler';
import { createEnv } from './field-kinds';
import { narrowingOf } from './narrowing';
import { compileOrderBy } from './order-by';
import { parseJql } from './parser';
import type { CompiledJql, JqlContext } from './types';

export function compileJql(jql: string, ctx: JqlContext): CompiledJql {
  const query = parseJql(jql);
  const env = createEnv(ctx);
  const matches = query.where === undefined ? () => true : compileClause(query.where, env);
  const { orderBy, compare } = compileOrderBy(query.orderBy, env);
  const narrowing = query.where === undefined ? undefined : narrowingOf(query.where, env);
  return { bounded: query.where !== undefined, matches, compare, orderBy, ...(narrowing ? { narrowing } : {}) };
}
