import {
  EVIDENCE_MAX_ENTRIES,
  EVIDENCE_PROPERTY_KEY,
  evidencePropertySchema,
  type EvidenceEntry,
  type EvidenceProperty,
} from '../../contract/evidence-property';
import type { EvidenceChange } from '../../contract/payloads-evidence';
import type { EvidenceView } from '../../contract/views-evidence';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { JiraIssue } from '../../ports/jira-gateway';
import { loadConfig } from '../config/config-repository';
import { AppError, forbidden, invalid, notFound } from '../shared/app-error';
import type { AppDeps, Caller } from '../shared/app-deps';
import { withIssueLease } from '../shared/issue-lease';
import { writeVersioned } from '../shared/versioned-property';
import { buildEvidenceView } from './evidence-view';
import { evidenceRoles } from './evidence-roles';
import { readEvidence } from './get-evidence';

export interface SaveEvidenceInput {
  /** The problem or requirement, from the Forge context. */
  issueKey: string;
  caller: Caller;
  /** The version the client read. */
  version: number;
  change: EvidenceChange;
}

const STALE = 'Someone changed the evidence of this issue after you opened it. Review their changes and try again.';
const BUSY = 'Someone is saving this issue right now. Review their changes and try again.';

/**
 * Links, re-rates or unlinks one evidence item on a problem or requirement. Like
 * the requirement save, the version check and the write run under the issue's KVS
 * lease (Jira has no compare-and-set for properties): of two saves at once one wins
 * and the other answers `conflict` with the current evidence as the caller may see
 * it, so no save overwrites another silently. Links to evidence the caller cannot
 * see are kept by every change except `removeHidden`.
 */
export async function saveEvidence(deps: AppDeps, input: SaveEvidenceInput): Promise<EvidenceView> {
  const record = await deps.jira.getIssue(input.issueKey, { as: 'user' });
  if (!record) throw notFound('This issue does not exist or you cannot see it.');
  const permissions = await deps.jira.myPermissions(['EDIT_ISSUES'], { issueKey: record.issue.key });
  if (!permissions.EDIT_ISSUES) throw forbidden('You cannot edit this issue.');
  const { config } = await loadConfig(deps.store, deps.logger);
  const roles = evidenceRoles(config);
  if (!roles.isTarget(record.issue))
    throw invalid('Evidence is linked to problems and requirements; this issue is neither.');

  const conflict = async (message: string) => {
    const { stored, raw } = await readEvidence(deps, record);
    return new AppError('conflict', message, {
      current: await buildEvidenceView(deps, record, config, stored, raw),
      currentVersion: stored.version,
    });
  };
  await withIssueLease(
    deps,
    record.issue.id,
    async () => {
      const { stored } = await readEvidence(deps, record);
      if (stored.version !== input.version) throw await conflict(STALE);
      const entries = await applyChange(deps, record, config, stored.document?.entries ?? [], input);
      const next: EvidenceProperty = { schemaVersion: 1, version: stored.version + 1, entries };
      await writeVersioned(
        deps.jira,
        record.issue.key,
        EVIDENCE_PROPERTY_KEY,
        evidencePropertySchema,
        next,
        'evidence',
      );
    },
    { onBusy: async () => Promise.reject(await conflict(BUSY)) },
  );
  const { stored, raw } = await readEvidence(deps, record);
  return buildEvidenceView(deps, record, config, stored, raw);
}

async function applyChange(
  deps: AppDeps,
  record: JiraIssue,
  config: WorkflowConfig,
  entries: EvidenceEntry[],
  input: SaveEvidenceInput,
): Promise<EvidenceEntry[]> {
  const change = input.change;
  if (change.action === 'removeHidden') {
    const visible = new Set(
      (
        await deps.jira.bulkFetch(
          entries.map((e) => e.key),
          { as: 'user' },
        )
      ).map((r) => r.issue.key),
    );
    return entries.filter((e) => visible.has(e.key));
  }
  // Only the key the caller typed is ever named in an error.
  const item = await deps.jira.getIssue(change.key, { as: 'user' });
  if (!item)
    throw invalid(`Issue ${change.key} does not exist or you cannot see it.`, {
      issues: [{ path: ['change', 'key'], message: 'not found' }],
    });
  if (change.action === 'unlink') {
    if (!entries.some((e) => e.key === item.issue.key))
      throw invalid(`${item.issue.key} is not linked as evidence here.`, {
        issues: [{ path: ['change', 'key'], message: 'not linked' }],
      });
    return entries.filter((e) => e.key !== item.issue.key);
  }
  const roles = evidenceRoles(config);
  if (item.issue.id === record.issue.id)
    throw invalid('An issue cannot be evidence for itself.', {
      issues: [{ path: ['change', 'key'], message: 'is this issue' }],
    });
  if (!roles.isItem(item.issue)) {
    const phases = roles.itemPhaseNames.join(' or ') || 'an evidence phase';
    throw invalid(`${item.issue.key} is not an evidence item: evidence is an issue in ${phases}.`, {
      issues: [{ path: ['change', 'key'], message: 'not an evidence item' }],
    });
  }
  const others = entries.filter((e) => e.key !== item.issue.key);
  if (others.length >= EVIDENCE_MAX_ENTRIES)
    throw invalid(`An issue takes at most ${EVIDENCE_MAX_ENTRIES} evidence links; unlink one first.`);
  const { action: _action, key: _key, ...rating } = change;
  const entry: EvidenceEntry = {
    key: item.issue.key,
    ...rating,
    linkedBy: input.caller.accountId,
    linkedAt: deps.clock.now().toISOString(),
  };
  // Re-rating keeps the entry's place; a new link goes last.
  const at = entries.findIndex((e) => e.key === item.issue.key);
  return at === -1 ? [...entries, entry] : entries.map((e, i) => (i === at ? entry : e));
}
