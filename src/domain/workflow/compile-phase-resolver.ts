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
export type PhaseResolver = (issue: Pick<PmIssue, 'projectKey' | 'issueType' | 'labels' | 'components' | 'pm'>) => string | null;

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
    const projectRules = byProject.get(issue.projectKey)?.get(issue.issueType);
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
  for (const r of group.narrowed) {
    if (r.labels !== undefined && !r.labels.some((l) => issue.labels.includes(l))) continue;
    if (r.components !== undefined && !r.components.some((c) => issue.components.includes(c))) continue;
    return r.phaseId;
  }
  return group.plain;
}
