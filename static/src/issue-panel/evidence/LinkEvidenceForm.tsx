import { useEffect, useRef } from 'react';
import type { EvidenceView } from '../../../../src/contract/api';
import { ErrorPanel, fieldErrors, messagesFor } from '../../shared/ErrorPanel';
import { SelectField, TextField } from '../../shared/fields';
import { Button } from '../../shared/native';
import { useMutation } from '../../shared/useMutation';
import { STRENGTH_LABEL } from './evidence-words';

export interface EvidenceDraft {
  key: string;
  strength: 1 | 2 | 3;
  sourceKind: 'customer' | 'segment';
  source: string;
  observedOn: string;
  note: string;
}

const today = () => new Date().toISOString().slice(0, 10);

export const emptyDraft = (key = ''): EvidenceDraft => ({
  key,
  strength: 2,
  sourceKind: 'segment',
  source: '',
  observedOn: today(),
  note: '',
});

/**
 * Links an evidence issue (or re-rates one already linked) with its strength, its
 * source customer or segment and the day it was heard. A conflict loads the newer
 * version instead of retrying over it.
 */
export function LinkEvidenceForm({
  view,
  draft,
  onDraft,
  onSaved,
  onReload,
}: {
  view: EvidenceView;
  draft: EvidenceDraft;
  onDraft: (d: EvidenceDraft) => void;
  onSaved: (v: EvidenceView) => void;
  onReload: () => void;
}) {
  const saving = useMutation('saveEvidence');
  const error = saving.error;
  const formRef = useRef<HTMLFormElement>(null);
  const errs = fieldErrors(error, 'change');
  const relinking = view.entries.some((e) => e.key === draft.key.trim().toUpperCase());

  // A "Rate" or "Re-rate" click fills the form: move the focus there so keyboard users follow.
  useEffect(() => {
    if (draft.key) formRef.current?.querySelector<HTMLElement>('select, input')?.focus();
  }, [draft.key]);

  const submit = async () => {
    const note = draft.note.trim();
    const res = await saving.run({
      version: view.version,
      change: {
        action: 'link',
        key: draft.key.trim().toUpperCase(),
        strength: draft.strength,
        sourceKind: draft.sourceKind,
        source: draft.source,
        observedOn: draft.observedOn,
        ...(note ? { note } : {}),
      },
    });
    if (!res.ok) return;
    onSaved(res.data);
    onDraft(emptyDraft());
  };

  const phases = view.evidencePhases.join(' or ') || 'an evidence phase';
  return (
    <form
      ref={formRef}
      className="pm-stack-sm"
      aria-labelledby="pm-evidence-form-h"
      data-testid="evidence-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id="pm-evidence-form-h" className="pm-h3">
        {relinking ? `Re-rate ${draft.key.trim().toUpperCase()}` : 'Link evidence'}
      </h3>
      {error ? (
        <ErrorPanel error={error} compact {...(error.code === 'conflict' ? { onRetry: onReload } : {})} />
      ) : null}
      <div className="pm-form-grid">
        <TextField
          label="Evidence issue"
          placeholder="ABC-123"
          hint={`An issue in ${phases}: interview notes, a support ticket, sales feedback.`}
          value={draft.key}
          onChange={(key) => onDraft({ ...draft, key })}
          errors={messagesFor(errs, 'key')}
        />
        <SelectField
          label="Strength"
          value={draft.strength}
          options={([1, 2, 3] as const).map((v) => ({ value: v, label: STRENGTH_LABEL[v] }))}
          onChange={(v) => v && onDraft({ ...draft, strength: v })}
          errors={messagesFor(errs, 'strength')}
        />
        <SelectField
          label="Source is a"
          value={draft.sourceKind}
          options={[
            { value: 'segment', label: 'Segment' },
            { value: 'customer', label: 'Customer' },
          ]}
          onChange={(v) => v && onDraft({ ...draft, sourceKind: v })}
        />
        <TextField
          label={draft.sourceKind === 'segment' ? 'Segment' : 'Customer'}
          placeholder={draft.sourceKind === 'segment' ? 'SMB retail' : 'Acme Ltd'}
          value={draft.source}
          onChange={(source) => onDraft({ ...draft, source })}
          errors={messagesFor(errs, 'source')}
        />
        <TextField
          label="Heard on"
          type="date"
          value={draft.observedOn}
          onChange={(observedOn) => onDraft({ ...draft, observedOn })}
          errors={messagesFor(errs, 'observedOn')}
        />
        <TextField
          label="Note (optional)"
          value={draft.note}
          onChange={(note) => onDraft({ ...draft, note })}
          errors={messagesFor(errs, 'note')}
        />
      </div>
      <div className="pm-row">
        <Button
          type="submit"
          appearance="primary"
          isLoading={saving.busy}
          isDisabled={!draft.key.trim() || !draft.source.trim()}
        >
          {relinking ? 'Save rating' : 'Link evidence'}
        </Button>
        {draft.key || draft.source ? (
          <Button appearance="subtle" onClick={() => onDraft(emptyDraft())}>
            Clear
          </Button>
        ) : null}
      </div>
    </form>
  );
}
