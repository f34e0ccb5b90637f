import type { HistoryEntry } from '../../../src/contract/api';
import { describeValue, formatDateTime, relativeTime } from '../shared/format';
import { EmptyState } from '../shared/ui';
import { fieldName } from './scales';

export function History({ entries }: { entries: HistoryEntry[] }) {
  if (!entries.length) return <EmptyState title="No changes yet">Every change to the phase, links and scoring inputs is recorded here: who, when, old and new value.</EmptyState>;
  const sorted = [...entries].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <ol className="pm-stack-sm" aria-label="Change history">
      {sorted.map((h, i) => (
        <li key={i} style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', gap: 8 }}>
          <span>
            <strong>{h.displayName ?? 'Someone'}</strong> changed <strong>{fieldName(h.field)}</strong> from <span className="pm-mono">{describeValue(h.from)}</span> to{' '}
            <span className="pm-mono">{describeValue(h.to)}</span>
          </span>
          <time dateTime={h.at} title={formatDateTime(h.at)} className="pm-small pm-subtlest" style={{ whiteSpace: 'nowrap' }}>
            {relativeTime(h.at)}
          </time>
        </li>
      ))}
    </ol>
  );
}
