import type { PmIssue } from '../issue/pm-issue';
import type { MappingRule, WorkflowConfig } from './workflow-config-schema';

/**
 * The phase an issue belongs to, or null when it maps to no phase.
 *
 * Order of precedence, and why:
 * 1. `pm.phase` when it names a known phase: a person chose it explicitly.
 * 2. The project's rules, then the site-wide default rules: projects refine
 *    the site default rather than copy it.
 * 3. Within one rule list, a rule narrowed by label or component beats a plain
 *    issue-type rule (a "Persona" labelled "user" is a user persona, not a
 *    buyer persona); among equals, the first rule wins.
 *
 * @example
 * resolvePhase({ ...issue, issueType: 'Persona', labels: ['user'] }, defaultWorkflowConfig) // 'user-personas'
 */
export function resolvePhase(
  issue: Pick<PmIssue, 'projectKey' | 'issueType' | 'labels' | 'components' | 'pm'>,
  config: WorkflowConfig,
  phaseIds: ReadonlySet<string> = phaseIdSet(config),
): string | null {
  const override = issue.pm?.phase;
  if (override !== undefined && phaseIds.has(override)) return override;
  const projectRules = config.mapping.projects[issue.projectKey];
  return (projectRules && matchRules(projectRules, issue)) ?? matchRules(config.mapping.default, issue);
}

/** The set of configured phase ids; pass it in when resolving many issues. */
export function phaseIdSet(config: WorkflowConfig): ReadonlySet<string> {
  return new Set(config.phases.map((p) => p.id));
}

function matchRules(
  rules: readonly MappingRule[],
  issue: Pick<PmIssue, 'issueType' | 'labels' | 'components'>,
): string | null {
  let plain: string | null = null;
  for (const r of rules) {
    if (r.issueType !== issue.issueType) continue;
    const narrowed = r.labels !== undefined || r.components !== undefined;
    if (!narrowed) {
      if (plain === null) plain = r.phaseId;
      continue;
    }
    const labelOk = r.labels === undefined || r.labels.some((l) => issue.labels.includes(l));
    const componentOk = r.components === undefined || r.components.some((c) => issue.components.includes(c));
    if (labelOk && componentOk) return r.phaseId;
  }
  return plain;
}
