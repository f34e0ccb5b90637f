import type { PmIssue } from '../issue/pm-issue';
import { phaseIdSet } from './resolve-phase';
import type { MappingRule, WorkflowConfig } from './workflow-config-schema';

/**
 * `resolvePhase` prepared for many issues: rules are grouped by issue type
 * once, so each issue only looks at the few rules of its own type. Same
 * precedence as `resolvePhase` (a unit test compares them).
 *
 * @example
 * const phaseOf = compilePhaseResolver(config);
 * issues.map(phaseOf)
 */
export type PhaseResolver = (
  issue: Pick<PmIssue, 'projectKey' | 'issueType' | 'labels' | 'components' | 'pm'>,
) => string | null;

interface TypeRules {
  /** Narrowed rules in config order: the first match wins. */
  narrowed: MappingRule[];
  /** The first plain rule's phase, if any. */
  plain: string | null;
}

export function compilePhaseResolver(config: WorkflowConfig): PhaseResolver {
  const ids = phaseIdSet(config);
  const byDefault = groupByType(config.mapping.default);
  const byProject = new Map(Object.entries(config.mapping.projects).map(([key, rules]) => [key, groupByType(rules)]));
  return (issue) => {
    const override = issue.pm?.phase;
    if (override !== undefined && ids.has(override)) return override;
    // Most sites map no project specially: skip hashing every issue's project key then.
    const projectRules = byProject.size === 0 ? undefined : byProject.get(issue.projectKey)?.get(issue.issueType);
    return (projectRules && match(projectRules, issue)) ?? match(byDefault.get(issue.issueType), issue);
  };
}

function groupByType(rules: readonly MappingRule[]): Map<string, TypeRules> {
  const out = new Map<string, TypeRules>();
  for (const r of rules) {
    let group = out.get(r.issueType);
    if (group === undefined) out.set(r.issueType, (group = { narrowed: [], plain: null }));
    if (r.labels !== undefined || r.components !== undefined) group.narrowed.push(r);
    else if (group.plain === null) group.plain = r.phaseId;
  }
  return out;
}

function match(group: TypeRules | undefined, issue: Pick<PmIssue, 'labels' | 'components'>): string | null {
  if (group === undefined) return null;
  // Plain loops, no closures: this runs for every issue of a roll-up.
  for (let i = 0; i < group.narrowed.length; i++) {
    const r = group.narrowed[i] as MappingRule;
    if (r.labels !== undefined && !sharesAny(r.labels, issue.labels)) continue;
    if (r.components !== undefined && !sharesAny(r.components, issue.components)) continue;
    return r.phaseId;
  }
  return group.plain;
}

function sharesAny(wanted: readonly string[], present: readonly string[]): boolean {
  for (let i = 0; i < wanted.length; i++) if (present.includes(wanted[i] as string)) return true;
  return false;
}
