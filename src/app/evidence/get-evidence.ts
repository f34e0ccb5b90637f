import { EVIDENCE_PROPERTY_KEY, evidencePropertySchema, type EvidenceProperty } from '../../contract/evidence-property';
import type { EvidenceView } from '../../contract/views-evidence';
import type { JiraIssue } from '../../ports/jira-gateway';
import { loadConfig } from '../config/config-repository';
import { notFound } from '../shared/app-error';
import type { AppDeps } from '../shared/app-deps';
import type { StoredVersion } from '../shared/versioned-property';
import { buildEvidenceView } from './evidence-view';

/** The evidence behind the issue in the context, read as the caller (nothing they cannot browse is named). */
export async function getEvidence(deps: AppDeps, issueKey: string): Promise<EvidenceView> {
  const record = await deps.jira.getIssue(issueKey, { as: 'user' });
  if (!record) throw notFound('This issue does not exist or you cannot see it.');
  const { config } = await loadConfig(deps.store, deps.logger);
  const { stored, raw } = await readEvidence(deps, record);
  return buildEvidenceView(deps, record, config, stored, raw);
}

/** The stored evidence document, parsed with its schema; `raw` tells an unreadable one from none. */
export async function readEvidence(
  deps: AppDeps,
  record: JiraIssue,
): Promise<{ stored: StoredVersion<EvidenceProperty>; raw: unknown }> {
  const raw = await deps.jira.getIssueProperty(record.issue.key, EVIDENCE_PROPERTY_KEY, { as: 'user' });
  if (raw === undefined) return { stored: { version: 0 }, raw };
  const parsed = evidencePropertySchema.safeParse(raw);
  if (parsed.success) return { stored: { version: parsed.data.version, document: parsed.data }, raw };
  deps.logger.warn('the stored evidence document does not match its schema', { issue: record.issue.key });
  const version = (raw as { version?: unknown } | null)?.version;
  return {
    stored: { version: typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0 },
    raw,
  };
}
