import type { EvidenceView } from '../../../../src/contract/api';
import { Lozenge } from '../../shared/native';
import { summaryLine } from './evidence-words';

/** Count, recency and the segments and customers behind the issue's evidence. */
export function EvidenceSummary({ view }: { view: EvidenceView }) {
  const segments = view.summary.sources.filter((s) => s.kind === 'segment');
  const customers = view.summary.sources.filter((s) => s.kind === 'customer');
  return (
    <section aria-labelledby="pm-evidence-summary-h" className="pm-stack-sm" data-testid="evidence-summary">
      <h3 id="pm-evidence-summary-h" className="pm-h3">
        Evidence behind this issue
      </h3>
      <p data-testid="evidence-count">
        {summaryLine(view)}
        {view.hiddenCount > 0 ? (
          <span className="pm-muted">
            {' '}
            (and {view.hiddenCount} linked {view.hiddenCount === 1 ? 'item' : 'items'} you cannot see, not counted)
          </span>
        ) : null}
      </p>
      {view.summary.undated > 0 ? (
        <p className="pm-small pm-muted">
          {view.summary.undated} {view.summary.undated === 1 ? 'item is' : 'items are'} dated ahead of today and left
          out of the recency.
        </p>
      ) : null}
      {segments.length + customers.length > 0 ? (
        <dl className="pm-stack-sm" style={{ margin: 0 }}>
          {segments.length > 0 ? <SourceGroup title="Segments" sources={segments} testId="evidence-segments" /> : null}
          {customers.length > 0 ? (
            <SourceGroup title="Customers" sources={customers} testId="evidence-customers" />
          ) : null}
        </dl>
      ) : null}
    </section>
  );
}

function SourceGroup({
  title,
  sources,
  testId,
}: {
  title: string;
  sources: EvidenceView['summary']['sources'];
  testId: string;
}) {
  return (
    <div className="pm-row" style={{ flexWrap: 'wrap', gap: 6 }} data-testid={testId}>
      <dt className="pm-small pm-muted">{title}:</dt>
      {sources.map((s) => (
        <dd key={s.name} style={{ margin: 0 }}>
          <Lozenge title={`${s.count} ${s.count === 1 ? 'item' : 'items'}, strength +${s.strength}`}>
            {s.name} · {s.count} · +{s.strength}
          </Lozenge>
        </dd>
      ))}
    </div>
  );
}
