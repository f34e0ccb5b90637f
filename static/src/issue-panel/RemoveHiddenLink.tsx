import { useEffect, useReducer, useRef } from 'react';
import type { LinkField, RequirementContextView, ResultError } from '../../../src/contract/api';
import { invoke } from '../shared/api';
import { ErrorPanel } from '../shared/ErrorPanel';
import { Button } from '../shared/native';
import { HIDDEN_ITEM_TEXT } from '../shared/hidden-item';

type State = { step: 'idle' } | { step: 'confirming' } | { step: 'removing' } | { step: 'failed'; error: ResultError };
type Action = { type: 'ask' } | { type: 'cancel' } | { type: 'send' } | { type: 'fail'; error: ResultError };

function reduce(state: State, action: Action): State {
  switch (action.type) {
    case 'ask':
      return { step: 'confirming' };
    case 'cancel':
      return { step: 'idle' };
    case 'send':
      return { step: 'removing' };
    case 'fail':
      return { step: 'failed', error: action.error };
  }
}

const WHAT: Record<LinkField, string> = { problem: 'problem', persona: 'persona', scenario: 'scenario', kpi: 'KPI' };

/**
 * "Remove link" for a link whose item the user cannot see. Saves never touch such
 * a link (someone who can see it made it), so removing it is an explicit act:
 * a confirm, then a save naming only `removeHiddenLinks: [field]`. For KPIs every
 * hidden KPI link goes (the user cannot tell them apart).
 */
export function RemoveHiddenLink({
  field,
  view,
  onSaved,
  onReload,
}: {
  field: LinkField;
  view: RequirementContextView;
  onSaved: (v: RequirementContextView) => void;
  /** Loads the stored version again (after a conflict). */
  onReload: () => void;
}) {
  const [state, dispatch] = useReducer(reduce, { step: 'idle' });
  const groupRef = useRef<HTMLSpanElement>(null);
  const what = WHAT[field];
  const plural = field === 'kpi' ? 'links' : 'link';

  // Keyboard users land on the confirm button, not back at the top of the panel.
  useEffect(() => {
    if (state.step === 'confirming') groupRef.current?.querySelector('button')?.focus();
  }, [state.step]);

  const remove = async () => {
    dispatch({ type: 'send' });
    const res = await invoke('saveRequirement', { version: view.pm.version, changes: { removeHiddenLinks: [field] } });
    if (res.ok) onSaved(res.data);
    else dispatch({ type: 'fail', error: res.error });
  };

  if (state.step === 'idle') {
    return (
      <Button
        spacing="compact"
        appearance="subtle"
        aria-label={`Remove the ${what} ${plural} to ${HIDDEN_ITEM_TEXT}`}
        onClick={() => dispatch({ type: 'ask' })}
      >
        Remove link
      </Button>
    );
  }
  if (state.step === 'failed') {
    // A conflict means the version shown is old: load the new one rather than retry blindly.
    const retry = state.error.code === 'conflict' ? onReload : () => void remove();
    return <ErrorPanel error={state.error} onRetry={retry} compact />;
  }
  return (
    <span
      ref={groupRef}
      role="group"
      aria-label={`Confirm removing the ${what} ${plural}`}
      className="pm-row"
      style={{ flexWrap: 'wrap' }}
      data-testid={`confirm-remove-${field}`}
    >
      <span className="pm-small">
        Remove the {what} {plural} to {HIDDEN_ITEM_TEXT}? Someone who can see it linked it, and you cannot link it
        again.
      </span>
      <Button
        spacing="compact"
        appearance="primary"
        isLoading={state.step === 'removing'}
        onClick={() => void remove()}
      >
        Remove
      </Button>
      <Button
        spacing="compact"
        appearance="subtle"
        isDisabled={state.step === 'removing'}
        onClick={() => dispatch({ type: 'cancel' })}
      >
        Cancel
      </Button>
    </span>
  );
}
