import type { CheckDecisionRow } from '../../../src/contract/views-business-case';
import { ErrorPanel } from '../shared/ErrorPanel';
import { formatDate } from '../shared/format';
import { Lozenge } from '../shared/native';
import { EmptyState, IssueLink, Loading } from '../shared/ui';
import { useResolver } from '../shared/useResolver';

const STATUS: Record<CheckDecisionRow['status'], { label: string; appearance: 'success' | 'moved' | 'removed' }> = {
  decided: { label: 'Decided', appearance: 'success' },
  open: { label: 'No choice yet', appearance: 'moved' },
  missing: { label: 'Missing', appearance: 'removed' },
};

/**
 * The Check phase at a glance: each initiative (and the Consolidation item) with its
 * Build / Buy / Partner decision decided, open or missing; the record itself is in the
 * item's issue panel (Business case tab).
 */
export function CheckDecisions() {
  const { data, error, loading, reload } = useResolver('getCheckDecisions', {});
  const missing = data?.rows.filter((r) => r.status !== 'decided').length ?? 0;
  return (
    <section aria-labelledby="pm-bbp-h" className="pm-stack-sm" aria-busy={loading} data-testid="check-decisions">
      <h2 id="pm-bbp-h" className="pm-h2">
        Build, buy or partner decisions
      </h2>
      {error ? <ErrorPanel error={error} onRetry={reload} compact /> : null}
      {!data ? (
        error ? null : (
          <Loading label="Loading the Check phase decisions" rows={2} />
        )
      ) : data.rows.length === 0 ? (
        <EmptyState title="No initiatives yet">
          Initiatives and the Consolidation item carry a business case and a Build / Buy / Partner decision.
        </EmptyState>
      ) : (
        <>
          <p className="pm-small pm-muted">
            {missing === 0
              ? 'Every initiative has its decision recorded.'
              : `${missing} of ${data.rows.length} without a decision. Record it in the item's Business case tab.`}
            {data.note ? ` ${data.note}` : ''}
          </p>
          <table className="pm-table">
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Decision</th>
                <th scope="col">Choice</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">
                    <IssueLink issueKey={r.key} inText />{' '}
                    <span className="pm-row-summary" style={{ display: 'inline' }}>
                      {r.summary}
                    </span>
                  </th>
                  <td>
                    <Lozenge appearance={STATUS[r.status].appearance}>{STATUS[r.status].label}</Lozenge>
                  </td>
                  <td>{r.choice ? `${r.choice}${r.decidedAt ? ` (${formatDate(r.decidedAt)})` : ''}` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
