import { useState } from 'react';
import type { EvidenceView } from '../../../../src/contract/api';
import { ErrorPanel } from '../../shared/ErrorPanel';
import { Button, SectionMessage } from '../../shared/native';
import { EmptyState, IssueLink, Loading } from '../../shared/ui';
import { useEvidence } from './EvidenceContext';
import { EvidenceList } from './EvidenceList';
import { EvidenceSummary } from './EvidenceSummary';
import { LinkEvidenceForm, emptyDraft, type EvidenceDraft } from './LinkEvidenceForm';
import { RemoveHiddenEvidence } from './RemoveHiddenEvidence';

/** The Evidence tab: what customer evidence stands behind this problem or requirement, and linking more. */
export function EvidenceTab({ isRequirement }: { isRequirement: boolean }) {
  const evidence = useEvidence();
  const [draft, setDraft] = useState<EvidenceDraft>(emptyDraft());
  if (!evidence) return null;
  const { data: view, error, reload, setData } = evidence;
  if (!view)
    return error ? <ErrorPanel error={error} onRetry={reload} /> : <Loading label="Loading the evidence" rows={3} />;
  if (!view.applies) {
    return (
      <EmptyState title="Evidence belongs to problems and requirements">
        {view.isEvidenceItem
          ? 'This issue is itself evidence: open the problem or requirement it supports and link it there.'
          : 'Open a problem or a requirement to see the customer evidence behind it and link more.'}
      </EmptyState>
    );
  }
  const saved = (next: EvidenceView) => setData(next);
  return (
    <div className="pm-stack" data-testid="evidence-tab">
      {error ? <ErrorPanel error={error} onRetry={reload} /> : null}
      {view.unreadable ? (
        <SectionMessage appearance="warning" title="The stored evidence could not be read">
          The evidence saved on this issue does not have the shape this app writes. It is shown as empty; linking
          evidence replaces it.
        </SectionMessage>
      ) : null}
      <EvidenceSummary view={view} />
      {isRequirement ? (
        <p className="pm-small" data-testid="evidence-suggestion-line">
          Suggested RICE confidence: <strong>{view.suggestion.confidence} %</strong>.{' '}
          <span className="pm-muted">{view.suggestion.reason}</span> Apply it beside the confidence input on the edit
          tab.
        </p>
      ) : null}
      {view.entries.length === 0 && view.hiddenCount === 0 ? (
        <EmptyState title="No evidence linked yet">
          {view.canEdit
            ? 'Link an interview, a support ticket or sales feedback below, with how strongly it supports this issue.'
            : 'Nobody has linked customer evidence to this issue yet.'}
        </EmptyState>
      ) : null}
      <EvidenceList
        view={view}
        onSaved={saved}
        onReload={reload}
        onEdit={(e) =>
          setDraft({
            key: e.key,
            strength: e.strength,
            sourceKind: e.sourceKind,
            source: e.source,
            observedOn: e.observedOn,
            note: e.note ?? '',
          })
        }
      />
      <RemoveHiddenEvidence view={view} onSaved={saved} onReload={reload} />
      {view.unrated.length > 0 ? (
        <section aria-labelledby="pm-unrated-h" className="pm-stack-sm" data-testid="evidence-unrated">
          <h3 id="pm-unrated-h" className="pm-h3">
            Linked in Jira, not rated yet
          </h3>
          <p className="pm-small pm-muted">
            These evidence issues are linked to this one in Jira. Rate them to count them.
          </p>
          <ul className="pm-stack-sm" style={{ margin: 0, paddingLeft: 18 }}>
            {view.unrated.map((u) => (
              <li key={u.key}>
                <IssueLink issueKey={u.key} inText /> <span className="pm-small">{u.summary}</span>{' '}
                {view.canEdit ? (
                  <Button
                    spacing="compact"
                    appearance="subtle"
                    aria-label={`Rate ${u.key}`}
                    onClick={() => setDraft({ ...emptyDraft(u.key) })}
                  >
                    Rate
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {view.canEdit ? (
        <LinkEvidenceForm view={view} draft={draft} onDraft={setDraft} onSaved={saved} onReload={reload} />
      ) : (
        <p className="pm-small pm-muted">
          You can see this evidence but not change it (Jira does not let you edit this issue).
        </p>
      )}
    </div>
  );
}
