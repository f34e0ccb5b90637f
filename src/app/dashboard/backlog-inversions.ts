import type { ScoreModel } from '../../contract/payloads';
import { rankValue, scoreViewOf } from '../../contract/score-views';
import type { PriorityInversionView } from '../../contract/views';
import { blockedIssueIds, dependencyLinkTypes } from '../../domain/ranking/blocked-issue-ids';
import { findPriorityInversions, type DependencyItem } from '../../domain/ranking/priority-inversions';
import { scoreIssue } from '../../domain/scoring/score-issue';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { JiraIssue } from '../../ports/jira-gateway';

/**
 * Keys of the open issues the page's rows block (links of the configured dependency types, as
 * Jira embeds them for the caller: an issue they cannot see is not there). The backlog context
 * search reads them with the rest, so flagging inversions costs no Jira call of its own.
 */
export function blockedKeysOf(rows: readonly JiraIssue[], config: WorkflowConfig): string[] {
  const types = dependencyLinkTypes(config);
  const keys = rows.flatMap((r) => {
    const blocked = new Set(blockedIssueIds(r.issue, types));
    return r.linkedIssues.filter((l) => blocked.has(l.id) && l.statusCategory !== 'done').map((l) => l.key);
  });
  return [...new Set(keys)];
}

/**
 * The page's priority inversions by row id: rows and the issues they block (read with the
 * context), scored with the page's model. One link level beyond the page is known, and
 * chains between issues both read; a dependant on another page has no rank here.
 */
export function backlogInversions(
  rows: readonly { record: JiraIssue; rank: number | null; value: number | undefined }[],
  byKey: ReadonlyMap<string, JiraIssue>,
  config: WorkflowConfig,
  model: ScoreModel,
): Map<string, PriorityInversionView> {
  const types = dependencyLinkTypes(config);
  const items = new Map<string, DependencyItem>();
  const itemOf = (record: JiraIssue, rank: number | null, value: number | null): DependencyItem => ({
    id: record.issue.id,
    key: record.issue.key,
    value,
    rank,
    open: record.issue.statusCategory !== 'done',
    blocks: blockedIssueIds(record.issue, types),
  });
  for (const { record, rank, value } of rows) items.set(record.issue.id, itemOf(record, rank, value ?? null));
  for (const record of byKey.values()) {
    if (items.has(record.issue.id)) continue;
    const value = rankValue(
      scoreViewOf(
        model,
        scoreIssue(record.issue.pm?.scores ?? {}, config.scoring),
        false,
        config.scoring.weightedCriteria,
      ),
    );
    items.set(record.issue.id, itemOf(record, null, value ?? null));
  }
  const found = findPriorityInversions([...items.values()]);
  const out = new Map<string, PriorityInversionView>();
  const rowIds = new Set(rows.map((r) => r.record.issue.id));
  for (const [id, inversion] of found) {
    if (!rowIds.has(id)) continue;
    const rankOf = (rank: number | null) => (rank === null ? {} : { rank });
    out.set(id, {
      dependants: inversion.dependants.map((d) => ({
        key: d.key,
        value: d.value,
        direct: d.direct,
        ...rankOf(d.rank),
      })),
      liftTo: { key: inversion.liftTo.key, value: inversion.liftTo.value, ...rankOf(inversion.liftTo.rank) },
    });
  }
  return out;
}
