import type { EvidenceEntryView, EvidenceView } from '../../../../src/contract/api';
import { invoke } from '../../shared/api';
import { useAction } from '../../shared/useMutation';
import { ErrorPanel } from '../../shared/ErrorPanel';
import { Button } from '../../shared/native';
import { IssueLink, StatusLozenge } from '../../shared/ui';
import { STRENGTH_LABEL, ageWords } from './evidence-words';

/** The linked evidence the viewer can see, newest first, each with its rating; unlink and re-rate when they may edit. */
export function EvidenceList({
  view,
  onSaved,
  onEdit,
  onReload,
}: {
  view: EvidenceView;
  onSaved: (v: EvidenceView) => void;
  onEdit: (entry: EvidenceEntryView) => void;
  /** Loads the stored version again (after a conflict). */
  onReload: () => void;
}) {
  // The argument is the row's key, so only that row's button is busy.
  const unlinking = useAction((key: string) =>
    invoke('saveEvidence', { version: view.version, change: { action: 'unlink', key } }),
  );
  const error = unlinking.error;
  if (view.entries.length === 0) return null;
  const unlink = async (key: string) => {
    const res = await unlinking.run(key);
    if (res.ok) onSaved(res.data);
  };
  return (
    <div className="pm-stack-sm">
      {/* A conflict means the version shown is old: load the new one rather than retry over it. */}
      {error ? (
        <ErrorPanel error={error} compact {...(error.code === 'conflict' ? { onRetry: onReload } : {})} />
      ) : null}
      <table className="pm-table" data-testid="evidence-table">
        <caption className="pm-sr-only">Linked evidence</caption>
        <thead>
          <tr>
            <th scope="col">Evidence</th>
            <th scope="col">Strength</th>
            <th scope="col">Source</th>
            <th scope="col">Heard</th>
            {view.canEdit ? (
              <th scope="col">
                <span className="pm-sr-only">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {view.entries.map((e) => (
            <tr key={e.key} data-evidence-key={e.key}>
              <td style={{ minWidth: 0 }}>
                <IssueLink issueKey={e.key} inText /> <span className="pm-small">{e.summary}</span>{' '}
                <StatusLozenge status={e.status} category={e.statusCategory} />
                {e.note ? <div className="pm-small pm-muted">{e.note}</div> : null}
              </td>
              <td className="pm-nowrap">{STRENGTH_LABEL[e.strength]}</td>
              <td style={{ minWidth: '10ch' }}>
                <span className="pm-small pm-muted">{e.sourceKind === 'segment' ? 'Segment' : 'Customer'}: </span>
                {e.source}
              </td>
              <td className="pm-nowrap" title={e.observedOn}>
                {ageWords(e.ageDays)}
              </td>
              {view.canEdit ? (
                <td className="pm-nowrap">
                  <Button
                    spacing="compact"
                    appearance="subtle"
                    aria-label={`Re-rate ${e.key}`}
                    onClick={() => onEdit(e)}
                  >
                    Re-rate
                  </Button>
                  <Button
                    spacing="compact"
                    appearance="subtle"
                    aria-label={`Unlink ${e.key}`}
                    isLoading={unlinking.busy && unlinking.arg === e.key}
                    onClick={() => void unlink(e.key)}
                  >
                    Unlink
                  </Button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
