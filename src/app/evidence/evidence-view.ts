import type { EvidenceEntry, EvidenceProperty } from '../../contract/evidence-property';
import type { EvidenceEntryView, EvidenceView, UnratedEvidenceView } from '../../contract/views-evidence';
import { evidenceAgeDays } from '../../domain/evidence/evidence-age';
import { suggestRiceConfidence } from '../../domain/evidence/suggest-rice-confidence';
import { summariseEvidence } from '../../domain/evidence/summarise-evidence';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { JiraIssue } from '../../ports/jira-gateway';
import type { AppDeps } from '../shared/app-deps';
import type { StoredVersion } from '../shared/versioned-property';
import { evidenceRoles, linkedEvidenceCandidates, type EvidenceRoles } from './evidence-roles';

/**
 * The issue's evidence as the caller may see it. Every linked evidence issue is
 * read as the caller in one bulk read; an entry whose issue they cannot browse is
 * only counted (`hiddenCount`), never named, rated or summed, and the suggestion's
 * reason says it was left out. Jira issue links from evidence issues that nobody
 * rated yet are listed as `unrated` (they count nowhere until rated).
 */
export async function buildEvidenceView(
  deps: AppDeps,
  record: JiraIssue,
  config: WorkflowConfig,
  stored: StoredVersion<EvidenceProperty>,
  raw: unknown,
): Promise<EvidenceView> {
  const roles = evidenceRoles(config);
  const entries = stored.document?.entries ?? [];
  const applies = roles.isTarget(record.issue);
  // Most panels are on issues that take no evidence: answer those without reading Jira again.
  if (!applies && entries.length === 0)
    return emptyView(
      record,
      roles,
      stored.version,
      raw !== undefined && stored.document === undefined,
      deps.clock.now(),
    );
  const candidates = linkedEvidenceCandidates(record, roles).filter((key) => !entries.some((e) => e.key === key));
  const [visible, permissions] = await Promise.all([
    deps.jira.bulkFetch([...entries.map((e) => e.key), ...candidates], { as: 'user' }),
    deps.jira.myPermissions(['EDIT_ISSUES'], { issueKey: record.issue.key }),
  ]);
  const byKey = new Map(visible.map((r) => [r.issue.key, r]));
  const now = deps.clock.now();
  const shown: EvidenceEntryView[] = [];
  for (const entry of entries) {
    const issue = byKey.get(entry.key);
    if (issue) shown.push(entryView(entry, issue, now));
  }
  const unrated: UnratedEvidenceView[] = candidates.flatMap((key) => {
    const r = byKey.get(key);
    return r && roles.isItem(r.issue) ? [{ key, summary: r.issue.summary, status: r.issue.status }] : [];
  });
  const hiddenCount = entries.length - shown.length;
  const suggestion = suggestRiceConfidence(shown, now);
  const hiddenNote =
    hiddenCount > 0
      ? ` ${hiddenCount} linked evidence ${hiddenCount === 1 ? 'item' : 'items'} you cannot see ${hiddenCount === 1 ? 'is' : 'are'} not counted.`
      : '';
  const unratedNote =
    unrated.length > 0
      ? ` ${unrated.length} evidence ${unrated.length === 1 ? 'issue' : 'issues'} linked in Jira but not rated ${unrated.length === 1 ? 'does' : 'do'} not count.`
      : '';
  return {
    issueKey: record.issue.key,
    version: stored.version,
    applies,
    isEvidenceItem: roles.isItem(record.issue),
    evidencePhases: roles.itemPhaseNames,
    canEdit: permissions.EDIT_ISSUES,
    entries: shown.sort((a, b) => b.observedOn.localeCompare(a.observedOn) || a.key.localeCompare(b.key)),
    unrated,
    hiddenCount,
    summary: summariseEvidence(shown, now),
    suggestion: {
      confidence: suggestion.confidence,
      weight: suggestion.weight,
      reason: `${suggestion.reason}${hiddenNote}${unratedNote}`,
    },
    unreadable: raw !== undefined && stored.document === undefined,
  };
}

function emptyView(
  record: JiraIssue,
  roles: EvidenceRoles,
  version: number,
  unreadable: boolean,
  now: Date,
): EvidenceView {
  const suggestion = suggestRiceConfidence([], now);
  return {
    issueKey: record.issue.key,
    version,
    applies: false,
    isEvidenceItem: roles.isItem(record.issue),
    evidencePhases: roles.itemPhaseNames,
    canEdit: false,
    entries: [],
    unrated: [],
    hiddenCount: 0,
    summary: summariseEvidence([], now),
    suggestion: { confidence: suggestion.confidence, weight: suggestion.weight, reason: suggestion.reason },
    unreadable,
  };
}

function entryView(entry: EvidenceEntry, record: JiraIssue, now: Date): EvidenceEntryView {
  const { linkedBy: _linkedBy, ...rest } = entry;
  const ageDays = evidenceAgeDays(entry.observedOn, now);
  return {
    ...rest,
    summary: record.issue.summary,
    status: record.issue.status,
    statusCategory: record.issue.statusCategory,
    ...(ageDays !== null ? { ageDays } : {}),
  };
}
