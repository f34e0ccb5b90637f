import type { MappingRule } from '../../domain/workflow/workflow-config-schema';
import { jqlString } from '../shared/read-all-issues';

export type RuleJql = { jql: string } | { shadowedBy: number };

/**
 * The JQL of the issues one site-wide mapping rule maps, following
 * `resolvePhase`'s precedence: a narrowed rule (labels / components) beats a
 * plain one, the first of equals wins, and a project with its own plain rule
 * for the type keeps its issues. Not expressible in JQL, so not counted: a
 * phase a person set on the issue itself (`pm.phase`) and projects whose own
 * rules for the type are all narrowed.
 *
 * @example
 * mappingRuleJql([{ phaseId: 'requirements', issueType: 'Story' }], 0, ['CHK'])
 * // { jql: 'issuetype = "Story" AND project NOT IN ("CHK")' }
 */
export function mappingRuleJql(
  rules: readonly MappingRule[],
  index: number,
  projectsWithOwnRule: readonly string[],
): RuleJql {
  const rule = rules[index];
  if (!rule) throw new RangeError(`no rule at ${index}`);
  const sameType = rules.map((r, i) => ({ r, i })).filter(({ r, i }) => i !== index && r.issueType === rule.issueType);
  const clauses = [`issuetype = ${jqlString(rule.issueType)}`];
  if (isNarrowed(rule)) {
    clauses.push(narrowing(rule));
    // An earlier narrowed rule of the type takes the issues both match.
    for (const { r } of sameType.filter(({ r, i }) => i < index && isNarrowed(r))) clauses.push(notMatching(r));
  } else {
    const earlierPlain = sameType.find(({ r, i }) => i < index && !isNarrowed(r));
    if (earlierPlain) return { shadowedBy: earlierPlain.i };
    for (const { r } of sameType.filter(({ r }) => isNarrowed(r))) clauses.push(notMatching(r));
  }
  if (projectsWithOwnRule.length > 0) clauses.push(`project NOT IN (${projectsWithOwnRule.map(jqlString).join(', ')})`);
  return { jql: clauses.join(' AND ') };
}

const isNarrowed = (r: MappingRule) => r.labels !== undefined || r.components !== undefined;

function narrowing(r: MappingRule): string {
  const parts: string[] = [];
  if (r.labels) parts.push(`labels IN (${r.labels.map(jqlString).join(', ')})`);
  if (r.components) parts.push(`component IN (${r.components.map(jqlString).join(', ')})`);
  return parts.join(' AND ');
}

/** NOT of a rule's narrowing. `x NOT IN (...)` leaves out issues where x is empty in Jira, hence IS EMPTY. */
function notMatching(r: MappingRule): string {
  const parts: string[] = [];
  if (r.labels) parts.push(`labels IS EMPTY OR labels NOT IN (${r.labels.map(jqlString).join(', ')})`);
  if (r.components) parts.push(`component IS EMPTY OR component NOT IN (${r.components.map(jqlString).join(', ')})`);
  return `(${parts.join(' OR ')})`;
}
