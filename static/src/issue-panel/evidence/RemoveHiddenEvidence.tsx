import { useEffect, useRef, useState } from 'react';
import type { EvidenceView } from '../../../../src/contract/api';
import { ErrorPanel } from '../../shared/ErrorPanel';
import { Button } from '../../shared/native';
import { HIDDEN_ITEM_TEXT } from '../../shared/hidden-item';
import { useMutation } from '../../shared/useMutation';

/**
 * Links to evidence the viewer cannot see: counted, never named (as RemoveHiddenLink does for
 * requirement links). Other changes keep them; removing them is an explicit, confirmed act.
 */
export function RemoveHiddenEvidence({
  view,
  onSaved,
  onReload,
}: {
  view: EvidenceView;
  onSaved: (v: EvidenceView) => void;
  onReload: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const removing = useMutation('saveEvidence');
  const error = removing.error;
  const groupRef = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (confirming) groupRef.current?.querySelector('button')?.focus();
  }, [confirming]);
  if (view.hiddenCount === 0) return null;
  const n = view.hiddenCount;
  const what = n === 1 ? `1 link to ${HIDDEN_ITEM_TEXT}` : `${n} links to items you cannot see`;
  const remove = async () => {
    const res = await removing.run({ version: view.version, change: { action: 'removeHidden' } });
    setConfirming(false);
    if (res.ok) onSaved(res.data);
  };
  return (
    <div className="pm-stack-sm" data-testid="hidden-evidence">
      <p className="pm-small pm-muted">
        This issue has {what} as evidence. Someone who can see {n === 1 ? 'it' : 'them'} linked{' '}
        {n === 1 ? 'it' : 'them'}; {n === 1 ? 'it is' : 'they are'} left out of the figures above.
      </p>
      {error ? (
        <ErrorPanel error={error} onRetry={error.code === 'conflict' ? onReload : () => void remove()} compact />
      ) : null}
      {view.canEdit && !confirming && !removing.busy ? (
        <div>
          <Button spacing="compact" appearance="subtle" onClick={() => setConfirming(true)}>
            Remove {n === 1 ? 'that link' : 'those links'}
          </Button>
        </div>
      ) : null}
      {confirming || removing.busy ? (
        <span
          ref={groupRef}
          role="group"
          aria-label="Confirm removing evidence you cannot see"
          className="pm-row"
          style={{ flexWrap: 'wrap' }}
        >
          <span className="pm-small">
            Remove {what}? You cannot link {n === 1 ? 'it' : 'them'} again.
          </span>
          <Button spacing="compact" appearance="primary" isLoading={removing.busy} onClick={() => void remove()}>
            Remove
          </Button>
          <Button spacing="compact" appearance="subtle" isDisabled={removing.busy} onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </span>
      ) : null}
    </div>
  );
}
