import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { BacklogScoringView, ScoreModel, ScoreView, ScoringInputs } from '../../../src/contract/api';
import { scoreInputLabel, scoreViews } from '../../../src/contract/score-views';
import { invoke, type ResultError } from '../shared/api';
import { ErrorPanel, fieldErrors } from '../shared/ErrorPanel';
import { useMutation } from '../shared/useMutation';
import { useResolver } from '../shared/useResolver';
import { savedByName } from '../issue-panel/conflict-merge';
import { MODEL_LABELS } from '../../../src/contract/ui-runtime-shared';
import { describeValue, formatDateTime } from '../shared/format';
import { Button, SectionMessage, Spinner } from '../shared/native';
import { scoreText } from '../shared/ui';
import { ModelInputs } from '../issue-panel/ModelInputs';
import { modelChanged, modelProblems, reapplyModel, withModelFrom } from './inline-scoring';

/** The stored value a `conflict` answer carries (saveRequirement's details.current). */
interface ConflictCurrent {
  version: number;
  scores: ScoringInputs;
}

function currentOf(error: ResultError): ConflictCurrent | undefined {
  const d = error.details as { current?: { scores?: unknown } | null; currentVersion?: unknown } | undefined;
  if (!d || typeof d.currentVersion !== 'number') return undefined;
  const scores =
    d.current && typeof d.current.scores === 'object' && d.current.scores !== null
      ? (d.current.scores as ScoringInputs)
      : {};
  return { version: d.currentVersion, scores };
}

/** A model's stored inputs in the user's words ("Reach (per quarter) 17,010, Effort (person-months) 7"). */
function inputsText(model: ScoreModel, value: unknown, criteria: readonly { id: string; label: string }[]): string {
  if (value === null || value === undefined) return 'not set';
  if (typeof value !== 'object') return describeValue(value);
  const parts = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([input, v]) => `${scoreInputLabel(model, input, criteria)} ${describeValue(v)}`);
  return parts.length ? parts.join(', ') : 'not set';
}

/**
 * One backlog row's inputs for the backlog's model, edited in place: the same controls and
 * validation as the issue panel, a live score, Save through saveBacklogScoring (the panel's
 * save: version check, history). When someone saved first it shows their current value and
 * offers to take it or to put only this edit on top of it.
 */
export function InlineScoreEditor({
  issueKey,
  model,
  onClose,
  onSaved,
}: {
  issueKey: string;
  model: ScoreModel;
  onClose: () => void;
  onSaved: (view: BacklogScoringView) => void;
}) {
  const titleId = useId();
  const [loaded, setLoaded] = useState<BacklogScoringView>();
  const [loadError, setLoadError] = useState<ResultError>();
  const [base, setBase] = useState<{ version: number; scores: ScoringInputs }>();
  const [draft, setDraft] = useState<ScoringInputs>({});
  const saving = useMutation('saveBacklogScoring');
  const [conflict, setConflict] = useState<ConflictCurrent>();
  const box = useRef<HTMLDivElement>(null);
  // The conflict carries their value but not who saved it: the row read again names them (once it is their version).
  const fresh = useResolver('getBacklogScoring', { issueKey }, conflict !== undefined);
  const theirSave = conflict && fresh.data?.version === conflict.version ? fresh.data : undefined;

  const load = () => {
    setLoadError(undefined);
    void invoke('getBacklogScoring', { issueKey }).then((res) => {
      if (!res.ok) return setLoadError(res.error);
      setLoaded(res.data);
      setBase({ version: res.data.version, scores: res.data.scores });
      setDraft(res.data.scores);
    });
  };
  useEffect(load, [issueKey]);
  // Focus the first control once the inputs are there (keyboard users land in the editor).
  useEffect(() => {
    if (loaded) box.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, [loaded]);

  const scoring = loaded?.options.scoring;
  const problems = useMemo(() => (scoring ? modelProblems(draft, model, scoring) : []), [draft, model, scoring]);
  const dirty = base ? modelChanged(base.scores, draft, model) : false;
  const preview: ScoreView | undefined = useMemo(
    () => (scoring ? scoreViews(draft, scoring, false).find((s) => s.model === model) : undefined),
    [draft, model, scoring],
  );
  // A conflict that carries their value is shown as the conflict message, not as an error.
  const error =
    saving.error && !(saving.error.code === 'conflict' && currentOf(saving.error)) ? saving.error : undefined;
  const errors = [...problems, ...fieldErrors(error)];

  const save = async () => {
    if (!base || !dirty || problems.length || saving.busy) return;
    const res = await saving.run({
      issueKey,
      version: base.version,
      scores: withModelFrom(base.scores, draft, model),
    });
    if (res.ok) {
      setConflict(undefined);
      onSaved(res.data);
      return;
    }
    const current = res.error.code === 'conflict' ? currentOf(res.error) : undefined;
    if (current) setConflict(current);
  };

  const useTheirs = () => {
    if (!conflict) return;
    setBase(conflict);
    setDraft(conflict.scores);
    setConflict(undefined);
  };
  // Only the inputs I changed go on top of their version; everything else keeps their values.
  const keepMine = () => {
    if (!conflict || !base) return;
    setDraft(reapplyModel(base.scores, draft, conflict.scores, model));
    setBase(conflict);
    setConflict(undefined);
  };

  const label = MODEL_LABELS[model];
  const theirScore =
    conflict && scoring ? scoreViews(conflict.scores, scoring, false).find((s) => s.model === model) : undefined;
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Escape closes the dialog from anywhere inside it (the WAI-ARIA dialog pattern)
    <div
      ref={box}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      className="pm-inline-editor"
      data-testid={`inline-editor-${issueKey}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <form
        className="pm-stack-sm"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h3 id={titleId} className="pm-h3">
          {label} inputs of {issueKey}
        </h3>
        {loadError ? <ErrorPanel error={loadError} compact onRetry={load} /> : null}
        {!loaded && !loadError ? <Spinner label={`Loading the inputs of ${issueKey}`} /> : null}
        {loaded && !loaded.canEdit ? (
          <p className="pm-small">You can see this issue but not edit it (the “Edit issues” permission is needed).</p>
        ) : null}
        {conflict ? (
          <div role="alert" data-testid="inline-conflict">
            <SectionMessage
              appearance="warning"
              title={`${(theirSave && savedByName(theirSave)) ?? 'Someone'} saved this issue since you opened it`}
            >
              <p>
                {theirSave?.pm.updatedAt ? `Saved on ${formatDateTime(theirSave.pm.updatedAt)}. ` : ''}Nothing was
                overwritten. Their {label} now:{' '}
                <strong data-testid="inline-conflict-current">
                  {inputsText(
                    model,
                    (conflict.scores as Record<string, unknown>)[model],
                    loaded?.options.scoring.weightedCriteria ?? [],
                  )}
                </strong>
                {theirScore ? ` (score ${scoreText(theirScore)})` : ''}.
              </p>
              <div className="pm-row" style={{ marginTop: 8 }}>
                <Button onClick={useTheirs}>Use theirs</Button>
                <Button onClick={keepMine}>Put mine on top</Button>
              </div>
            </SectionMessage>
          </div>
        ) : null}
        {error ? <ErrorPanel error={error} compact onRetry={() => void save()} /> : null}
        {loaded && loaded.canEdit ? (
          <>
            <div className="pm-form-grid">
              <ModelInputs
                model={model}
                value={draft}
                onChange={setDraft}
                criteria={loaded.options.weightedCriteria}
                errors={errors}
                disabled={saving.busy}
              />
            </div>
            <p className="pm-small" aria-live="polite" data-testid="inline-preview">
              {label}: <strong>{preview ? scoreText(preview) : '—'}</strong>
              {problems.length ? (
                <span className="pm-error-text"> · Cannot save: {problems.map((p) => p.message).join('; ')}</span>
              ) : null}
            </p>
            <div className="pm-row" style={{ justifyContent: 'flex-end' }}>
              <Button appearance="subtle" onClick={onClose}>
                Cancel
              </Button>
              <Button
                appearance="primary"
                type="submit"
                isLoading={saving.busy}
                isDisabled={!dirty || problems.length > 0 || !!conflict}
              >
                Save
              </Button>
            </div>
          </>
        ) : (
          <div className="pm-row" style={{ justifyContent: 'flex-end' }}>
            <Button appearance="subtle" onClick={onClose}>
              Close
            </Button>
          </div>
        )}
      </form>
    </div>
  );
}
