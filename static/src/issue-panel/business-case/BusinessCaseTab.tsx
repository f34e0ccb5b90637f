import type { BusinessCaseInput, DecisionInput } from '../../../../src/contract/business-case-property';
import type { BusinessCaseView } from '../../../../src/contract/views-business-case';
import { invoke, type ResultError } from '../../shared/api';
import { ErrorPanel } from '../../shared/ErrorPanel';
import type { ResolverState } from '../../shared/useResolver';
import { Loading } from '../../shared/ui';
import { formatDateTime, formatNumber } from '../../shared/format';
import { CaseFigures } from './CaseFigures';
import { CaseForm } from './CaseForm';
import { DecisionForm } from './DecisionForm';

/**
 * The Check and Consolidation tab of an initiative (or the Consolidation item): the business
 * case's figures as computed now, its inputs and the Build / Buy / Partner decision. A save
 * answers the fresh view; a conflict says someone saved first and offers to reload.
 */
export function BusinessCaseTab({ state }: { state: ResolverState<'getBusinessCase'> }) {
  const { data: view, error, reload, setData } = state;
  if (!view)
    return error ? <ErrorPanel error={error} onRetry={reload} /> : <Loading label="Loading the business case" />;
  // The form shows the answer's error; a success (or a partial read) brings the fresh view here.
  const afterSave = <R extends { ok: true; data: BusinessCaseView } | { ok: false; error: ResultError }>(
    result: R,
  ): R => {
    if (result.ok) setData(result.data);
    else if (result.error.code === 'incomplete') reload();
    return result;
  };
  const saveCase = async (input: BusinessCaseInput, removeHiddenBenefits: boolean) =>
    afterSave(
      await invoke('saveBusinessCase', {
        version: view.version,
        case: input,
        ...(removeHiddenBenefits ? { removeHiddenBenefits } : {}),
      }),
    );
  const saveDecision = async (input: DecisionInput) =>
    afterSave(await invoke('saveDecision', { version: view.version, decision: input }));
  // Forms restart from the stored inputs after each save or reload (the key is the version).
  return (
    <div className="pm-stack" data-testid="business-case">
      {error ? <ErrorPanel error={error} onRetry={reload} /> : null}
      <CaseFigures view={view} />
      {view.canEdit ? (
        <>
          <CaseForm key={`case-${view.version}`} view={view} onSave={saveCase} />
          <DecisionForm key={`decision-${view.version}`} view={view} onSave={saveDecision} />
        </>
      ) : (
        <>
          <p className="pm-small pm-muted">You can read this business case; Jira does not let you edit this issue.</p>
          <DecisionSummary view={view} />
        </>
      )}
      {view.case && view.case.assumptions.length > 0 && !view.canEdit ? (
        <section aria-labelledby="bc-assumptions">
          <h3 id="bc-assumptions" className="pm-h3">
            Assumptions
          </h3>
          <ul style={{ paddingLeft: 18, listStyle: 'disc' }}>
            {view.case.assumptions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** The decision as read (for people who may not edit it). */
function DecisionSummary({ view }: { view: BusinessCaseView }) {
  const d = view.decision;
  if (!d) return <p data-testid="bbp-decided">No Build / Buy / Partner decision is recorded yet.</p>;
  const chosen = d.input.options.find((o) => o.id === d.input.choice)?.name;
  return (
    <section aria-labelledby="bbp-summary" className="pm-stack-sm">
      <h3 id="bbp-summary" className="pm-h3">
        Build, buy or partner
      </h3>
      <p data-testid="bbp-decided">
        {chosen && d.decidedAt
          ? `${chosen}, chosen by ${d.decidedBy?.displayName || 'someone'} on ${formatDateTime(d.decidedAt)}.`
          : 'Options are rated; no choice yet.'}
      </p>
      <ul style={{ paddingLeft: 18, listStyle: 'disc' }}>
        {d.result.scores.map((s) => (
          <li key={s.optionId}>
            {d.input.options.find((o) => o.id === s.optionId)?.name}:{' '}
            {s.score === null ? 'not rated on every criterion' : formatNumber(s.score)}
          </li>
        ))}
      </ul>
      {d.input.rationale ? <p className="pm-muted">{d.input.rationale}</p> : null}
    </section>
  );
}
