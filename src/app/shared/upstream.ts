import type { PmIssue } from '../../domain/issue/pm-issue';
import type { Actor, JiraGateway, JiraIssue } from '../../ports/jira-gateway';
import type { UpstreamLookup } from '../views/readiness-view';

/**
 * Upstream items (problem, persona, scenario, KPIs) a set of issues refers
 * to, and any `alsoKeys` (e.g. parents in other projects). Keys found among
 * `known` are used as they are; the others are fetched (as the caller, so an
 * item in a project they cannot browse is "not visible", never revealed).
 */
export async function resolveUpstream(
  jira: JiraGateway,
  issues: readonly PmIssue[],
  known: ReadonlyMap<string, JiraIssue>,
  as: Actor,
  alsoKeys: readonly string[] = [],
): Promise<{ lookup: UpstreamLookup; records: Map<string, JiraIssue> }> {
  const records = new Map(known);
  const wanted = new Set<string>();
  for (const issue of issues) for (const key of upstreamKeys(issue)) if (!records.has(key)) wanted.add(key);
  for (const key of alsoKeys) if (!records.has(key)) wanted.add(key);
  if (wanted.size > 0) {
    for (const record of await jira.bulkFetch([...wanted], { as })) records.set(record.issue.key, record);
  }
  const lookup: UpstreamLookup = (key) => records.get(key)?.issue;
  return { lookup, records };
}

export function upstreamKeys(issue: PmIssue): string[] {
  const pm = issue.pm;
  if (!pm) return [];
  return [pm.problemKey, pm.personaKey, pm.scenarioKey, ...pm.kpiKeys].filter(
    (k): k is string => typeof k === 'string',
  );
}
