import type { PmIssue } from '../../domain/issue/pm-issue';
import { evidenceSettings } from '../../domain/workflow/evidence-settings';
import { phaseIdSet, resolvePhase } from '../../domain/workflow/resolve-phase';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { JiraIssue } from '../../ports/jira-gateway';

export interface EvidenceRoles {
  /** The issue is an evidence item (its phase is one of the evidence phases). */
  isItem(issue: PmIssue): boolean;
  /** Evidence may be linked to the issue (a problem or requirement by default). */
  isTarget(issue: PmIssue): boolean;
  /** Issue types some rule maps to an evidence phase (a cheap first filter of Jira's links). */
  itemIssueTypes: ReadonlySet<string>;
  itemPhaseNames: string[];
}

/** What evidence means under this configuration (evidence-settings.ts). */
export function evidenceRoles(config: WorkflowConfig): EvidenceRoles {
  const settings = evidenceSettings(config);
  const phaseIds = phaseIdSet(config);
  const items = new Set(settings.itemPhases);
  const targets = new Set(settings.targetPhases);
  const rules = [...config.mapping.default, ...Object.values(config.mapping.projects).flat()];
  return {
    isItem: (issue) => items.has(resolvePhase(issue, config, phaseIds) ?? ''),
    isTarget: (issue) => targets.has(resolvePhase(issue, config, phaseIds) ?? ''),
    itemIssueTypes: new Set(rules.filter((r) => items.has(r.phaseId)).map((r) => r.issueType)),
    itemPhaseNames: config.phases.filter((p) => items.has(p.id)).map((p) => p.name),
  };
}

/** At most this many Jira-linked issues are considered as unrated evidence (one bulk read). */
export const LINKED_CANDIDATES_MAX = 50;

/** Keys of issues linked to `record` in Jira whose type may make them evidence (their phase is checked once read). */
export function linkedEvidenceCandidates(record: JiraIssue, roles: EvidenceRoles): string[] {
  const keys = record.linkedIssues
    .filter((l) => roles.itemIssueTypes.has(l.issueType) && l.key !== record.issue.key)
    .map((l) => l.key);
  return [...new Set(keys)].slice(0, LINKED_CANDIDATES_MAX);
}
