import type { LinkedRef } from '../../../src/contract/api';
import { HIDDEN_ITEM_TEXT, isHiddenItem } from '../shared/hidden-item';
import { IssueLink } from '../shared/lite';

/**
 * One line of "why this ticket exists": its label and the linked issue. The summary
 * wraps (a problem statement is the point of the glance and must never be cut off).
 */
export function ChainItem({ label, item }: { label: string; item?: LinkedRef }) {
  return (
    <li style={{ display: 'grid', gridTemplateColumns: '64px minmax(0, 1fr)', gap: 6, alignItems: 'baseline' }}>
      <span className="pm-small pm-muted">{label}</span>
      {item && isHiddenItem(item) ? (
        <span className="pm-small pm-subtlest">{HIDDEN_ITEM_TEXT}</span>
      ) : item ? (
        <span
          data-testid={`chain-${label.toLowerCase()}`}
          style={{ overflowWrap: 'anywhere' }}
          title={`${item.key} ${item.summary} (${item.status})`}
        >
          <IssueLink issueKey={item.key} inText /> <span>{item.summary}</span>
        </span>
      ) : (
        <span className="pm-small pm-subtlest">not linked</span>
      )}
    </li>
  );
}
