import { useState } from 'react';
import type { DecisionInput } from '../../../../src/contract/business-case-property';
import type { BusinessCaseView } from '../../../../src/contract/views-business-case';
import type { ResultOf } from '../../shared/api';
import { ErrorPanel } from '../../shared/ErrorPanel';
import { useAction } from '../../shared/useMutation';
import { NumberField, TextField } from '../../shared/fields';
import { formatDateTime, formatNumber } from '../../shared/format';
import { Button, Lozenge } from '../../shared/native';
import { decisionDraftOf, decisionInputOf, newId, type DecisionDraft } from './decision-draft';

/**
 * The Check phase's Build / Buy / Partner record: options, weighted criteria, ratings 0-10,
 * the weighted result (computed by the app when read), the choice and why; who chose and
 * when come from Jira, not from this form.
 */
export function DecisionForm({
  view,
  onSave,
}: {
  view: BusinessCaseView;
  onSave: (input: DecisionInput) => Promise<ResultOf<'saveDecision'>>;
}) {
  const [draft, setDraft] = useState<DecisionDraft>(() => decisionDraftOf(view.decision));
  const set = (change: Partial<DecisionDraft>) => setDraft((d) => ({ ...d, ...change }));
  const checked = decisionInputOf(draft);
  const result = view.decision?.result;
  const scoreOf = (id: string) => result?.scores.find((s) => s.optionId === id);
  const rate = (option: string, criterion: string, v: number | null) =>
    set({ ratings: { ...draft.ratings, [option]: { ...(draft.ratings[option] ?? {}), [criterion]: v } } });
  const saving = useAction(onSave);
  const save = async () => {
    if ('input' in checked) await saving.run(checked.input);
  };
  return (
    <form
      className="pm-stack-sm"
      aria-labelledby="bbp-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="pm-row" style={{ justifyContent: 'space-between' }}>
        <h3 id="bbp-title" className="pm-h3">
          Build, buy or partner
        </h3>
        <span data-testid="bbp-status">
          {view.decision?.decidedAt ? (
            <Lozenge appearance="success">Decided</Lozenge>
          ) : (
            <Lozenge appearance="moved">{view.decision ? 'No choice yet' : 'Not recorded'}</Lozenge>
          )}
        </span>
      </div>
      {view.decision?.decidedAt ? (
        <p className="pm-small pm-muted" data-testid="bbp-decided">
          {view.decision.input.options.find((o) => o.id === view.decision?.input.choice)?.name} chosen by{' '}
          {view.decision.decidedBy?.displayName || 'someone'} on {formatDateTime(view.decision.decidedAt)}.
        </p>
      ) : null}
      <div style={{ overflowX: 'auto' }}>
        <table className="pm-table">
          <caption className="pm-sr-only">
            Ratings from 0 to 10 of each option on each criterion, and the weighted result
          </caption>
          <thead>
            <tr>
              <th scope="col">Option</th>
              {draft.criteria.map((c, i) => (
                <th scope="col" key={c.id} style={{ minWidth: 120 }}>
                  <TextField
                    label={`Criterion ${i + 1}`}
                    hideLabel
                    value={c.name}
                    onChange={(v) => set({ criteria: draft.criteria.map((x, j) => (j === i ? { ...x, name: v } : x)) })}
                  />
                  <NumberField
                    label={`Weight of ${c.name || `criterion ${i + 1}`}`}
                    value={c.weight}
                    min={0}
                    step={1}
                    onChange={(v) =>
                      set({ criteria: draft.criteria.map((x, j) => (j === i ? { ...x, weight: v } : x)) })
                    }
                  />
                </th>
              ))}
              <th scope="col">Weighted (as saved)</th>
              <th scope="col">Choice</th>
            </tr>
          </thead>
          <tbody>
            {draft.options.map((o, i) => {
              const score = scoreOf(o.id);
              return (
                <tr key={o.id}>
                  <th scope="row" style={{ minWidth: 140 }}>
                    <TextField
                      label={`Option ${i + 1}`}
                      hideLabel
                      value={o.name}
                      onChange={(v) => set({ options: draft.options.map((x, j) => (j === i ? { ...x, name: v } : x)) })}
                    />
                  </th>
                  {draft.criteria.map((c) => (
                    <td key={c.id}>
                      <NumberField
                        label={`${o.name}: ${c.name}`}
                        hideLabel
                        value={draft.ratings[o.id]?.[c.id] ?? null}
                        min={0}
                        max={10}
                        step={1}
                        onChange={(v) => rate(o.id, c.id, v)}
                      />
                    </td>
                  ))}
                  <td className="pm-num" data-testid={`bbp-score-${o.id}`}>
                    {score?.score !== null && score?.score !== undefined
                      ? formatNumber(score.score)
                      : score && score.missing.length > 0
                        ? 'not rated on every criterion'
                        : '—'}
                    {result?.recommended.includes(o.id) ? ' (best)' : ''}
                  </td>
                  <td>
                    <label>
                      <input
                        type="radio"
                        name="bbp-choice"
                        checked={draft.choice === o.id}
                        onChange={() => set({ choice: o.id })}
                      />{' '}
                      <span className="pm-sr-only">Choose {o.name}</span>
                    </label>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="pm-row">
        <Button
          onClick={() =>
            set({
              options: [
                ...draft.options,
                {
                  id: newId(
                    `option ${draft.options.length + 1}`,
                    draft.options.map((o) => o.id),
                  ),
                  name: '',
                },
              ],
            })
          }
          isDisabled={draft.options.length >= 8}
        >
          Add an option
        </Button>
        <Button
          onClick={() =>
            set({
              criteria: [
                ...draft.criteria,
                {
                  id: newId(
                    `criterion ${draft.criteria.length + 1}`,
                    draft.criteria.map((c) => c.id),
                  ),
                  name: '',
                  weight: 1,
                },
              ],
            })
          }
          isDisabled={draft.criteria.length >= 15}
        >
          Add a criterion
        </Button>
        <Button appearance="subtle" onClick={() => set({ choice: '' })} isDisabled={draft.choice === ''}>
          Clear the choice
        </Button>
      </div>
      <label className="pm-field">
        <span className="pm-label">Why this choice</span>
        <textarea
          className="pm-input"
          rows={3}
          value={draft.rationale}
          onChange={(e) => set({ rationale: e.target.value })}
        />
      </label>
      {saving.error ? <ErrorPanel error={saving.error} compact /> : null}
      <div className="pm-save-bar">
        <span className="pm-small pm-muted" role="status">
          {'problems' in checked ? checked.problems.join(' ') : 'The weighted result is recomputed when you save.'}
        </span>
        <Button type="submit" appearance="primary" isLoading={saving.busy} isDisabled={'problems' in checked}>
          Save decision
        </Button>
      </div>
    </form>
  );
}
