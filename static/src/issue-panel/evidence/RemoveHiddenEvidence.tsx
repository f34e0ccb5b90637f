import { useEffect, useRef, useState } from 'react';
import type { EvidenceView, ResultError } from '../../../../src/contract/api';
import { invoke } from '../../shared/api';
import { ErrorPanel } from '../../shared/ErrorPanel';
import { Button } from '../../shared/native';
import { HIDDEN_ITEM_TEXT } from '../../shared/hidden-item';

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
  const [step, setStep] = useState<'idle' | 'confirming' | 'removing'>('idle');
  const [error, setError] = useState<ResultError>();
  const groupRef = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (step === 'confirming') groupRef.current?.querySelector('button')?.focus();
  }, [step]);
  if (view.hiddenCount === 0) return null;
  const n = view.hiddenCount;
  const what = n === 1 ? `1 link to ${HIDDEN_ITEM_TEXT}` : `${n} links to items you cannot see`;
  const remove = async () => {
    setStep('removing');
    setError(undefined);
    const res = await invoke('saveEvidence', { version: view.version, change: { action: 'removeHidden' } });
    setStep('idle');
    if (res.ok) onSaved(res.data);
    else setError(res.error);
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
      {view.canEdit && step === 'idle' ? (
        <div>
          <Button spacing="compact" appearance="subtle" onClick={() => setStep('confirming')}>
            Remove {n === 1 ? 'that link' : 'those links'}
          </Button>
        </div>
      ) : null}
      {step !== 'idle' ? (
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
          <Button spacing="compact" appearance="primary" isLoading={step === 'removing'} onClick={() => void remove()}>
            Remove
          </Button>
          <Button
            spacing="compact"
            appearance="subtle"
            isDisabled={step === 'removing'}
            onClick={() => setStep('idle')}
          >
            Cancel
          </Button>
        </span>
      ) : null}
    </div>
  );
}
