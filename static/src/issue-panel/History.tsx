import type { HistoryEntry, RequirementContextView } from '../../../src/contract/api';
import { describeValue, formatDateTime, formatNumber, relativeTime } from '../shared/format';
import { EmptyState } from '../shared/ui';
import { groupBySave, historyChange, type HistoryChange } from './history-changes';

function Change({ change }: { change: HistoryChange }) {
  const { score } = change;
  const single = change.lines.length === 1 && change.lines[0]!.label === change.title;
  return (
    <div data-testid="history-change">
      <strong>{change.title}</strong>
      {score ? (
        <span className="pm-small pm-muted" data-testid="history-score">
          {' '}
          score{' '}
          {score.from === score.to ? (
            <>{score.to} (unchanged)</>
          ) : (
            <>
              <span className="pm-change-from">{score.from}</span> → <span className="pm-change-to">{score.to}</span>
            </>
          )}
          {score.delta !== undefined && score.delta !== 0 ? (
            <span className="pm-delta" data-testid="history-delta">
              {' '}
              ({score.delta > 0 ? '+' : '−'}
              {formatNumber(Math.abs(score.delta))})
            </span>
          ) : null}
        </span>
      ) : null}
      <ul className="pm-small" style={{ listStyle: 'none', padding: 0, margin: '2px 0 0' }}>
        {change.lines.map((l) => (
          <li key={l.label}>
            {single ? null : <span className="pm-muted">{l.label}: </span>}
            <span className="pm-change-from">{describeValue(l.from)}</span> →{' '}
            <span className="pm-change-to">{describeValue(l.to)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Who changed what, one save at a time: the values that moved stand out, and each model's score shows its delta. */
export function History({
  entries,
  scoring,
}: {
  entries: HistoryEntry[];
  scoring: RequirementContextView['options']['scoring'];
}) {
  if (!entries.length)
    return (
      <EmptyState title="No changes yet">
        Every change to the phase, links and scoring inputs is recorded here: who, when, old and new value.
      </EmptyState>
    );
  return (
    <ol className="pm-stack-sm" aria-label="Change history" style={{ listStyle: 'none', padding: 0 }}>
      {groupBySave(entries).map((save) => {
        const first = save[0]!;
        return (
          <li
            key={`${first.at}|${first.accountId}`}
            style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', gap: 8 }}
          >
            <div className="pm-stack-sm">
              <span>
                <strong>{first.displayName ?? 'Someone'}</strong> changed{' '}
                {save.length === 1 ? '1 field' : `${save.length} fields`}
              </span>
              {save.map((e) => (
                <Change key={e.field} change={historyChange(e, scoring)} />
              ))}
            </div>
            <time
              dateTime={first.at}
              title={formatDateTime(first.at)}
              className="pm-small pm-subtlest"
              style={{ whiteSpace: 'nowrap' }}
            >
              {relativeTime(first.at)}
            </time>
          </li>
        );
      })}
    </ol>
  );
}
