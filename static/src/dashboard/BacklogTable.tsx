import { useEffect } from 'react';
import { Button, Lozenge } from '../shared/native';
import DynamicTable from '@atlaskit/dynamic-table';
import type { BacklogFilter, PhaseRef, ScoreModel } from '../../../src/contract/api';
import { ErrorPanel } from '../shared/ErrorPanel';
import { IssueLink, KpiStatusLozenge, PhaseBadge, Progress, ReadinessLozenge, EmptyState } from '../shared/ui';
import { MODEL_LABELS } from '../../../src/contract/ui-runtime-shared';
import { KPI_STATUS_LABEL } from '../shared/format';
import { useBacklogPages } from './useBacklogPages';
import { PriorityInversionFlag } from './PriorityInversionFlag';
import { NormalisedLegend, NormalisedScore } from './NormalisedScore';
import { InlineScoreCell } from './InlineScoreCell';
import { BacklogFilters } from './BacklogFilters';
import { activeFilterCount } from './backlog-filter-url';
import { JqlLink } from '../shared/JqlLink';

/** The summary wraps (even a word longer than the column), so it never widens the table or hides its end. */
const SUMMARY_WRAPS = { whiteSpace: 'normal', overflowWrap: 'anywhere', maxWidth: 'none' } as const;

const KPI_ORDER = { 'off-track': 0, 'at-risk': 1, 'no-data': 2, 'on-track': 3 } as const;
const READY_ORDER = { 'not-ready': 0, partial: 1, ready: 2 } as const;

function keyNumber(key: string): number {
  const n = Number(key.split('-').pop());
  return Number.isFinite(n) ? n : 0;
}

/**
 * The ranked backlog, one page at a time from getBacklogPage (Jira orders it by the model's
 * indexed score and applies the filter): the first page on open and whenever the model or the
 * filter changes, the next page appended by "Show more". What is listed is what the CSV exports.
 */
export function BacklogTable({
  model,
  refresh,
  filter,
  onFilter,
  phases,
  onFirstPage,
}: {
  model: ScoreModel | undefined;
  refresh: number;
  filter: BacklogFilter;
  onFilter: (f: BacklogFilter) => void;
  phases: readonly PhaseRef[];
  /** Called once the first page has answered (rows, empty or an error). */
  onFirstPage?: () => void;
}) {
  const pages = useBacklogPages(model, filter, refresh);
  useEffect(() => {
    if (!pages.loading) onFirstPage?.();
  }, [pages.loading, onFirstPage]);
  const shownModel = model ?? pages.model;
  const modelLabel = shownModel ? MODEL_LABELS[shownModel] : 'score';
  const { rows, loading } = pages;
  const visible = rows;
  const narrowed = activeFilterCount(filter) > 0 || filter.status !== 'open';

  // Header words never break mid-word ("Ran k"): each label keeps to one line. The table lays out
  // by content: short columns take what their words need, the summary wraps in what is left.
  const label = (text: string) => <span className="pm-nowrap">{text}</span>;
  const head = {
    cells: [
      { key: 'rank', content: label('Rank'), isSortable: true },
      { key: 'key', content: label('Key'), isSortable: true },
      { key: 'summary', content: label('Summary'), isSortable: true, width: 30 },
      { key: 'phase', content: label('Phase'), isSortable: true },
      { key: 'score', content: label(modelLabel), isSortable: true },
      { key: 'readiness', content: label('Readiness'), isSortable: true },
      { key: 'kpi', content: label('KPI'), isSortable: true },
      { key: 'stale', content: label('Stale'), isSortable: true },
      { key: 'progress', content: label('Progress'), isSortable: true },
    ],
  };

  const tableRows = visible.map((r) => ({
    key: r.id || r.key,
    testId: `row-${r.key}`,
    cells: [
      { key: r.rank ?? Number.MAX_SAFE_INTEGER, content: <span className="pm-num">{r.rank ?? '—'}</span> },
      {
        key: keyNumber(r.key),
        content: (
          <span className="pm-nowrap">
            <IssueLink issueKey={r.key} />
          </span>
        ),
      },
      {
        key: r.summary.toLowerCase(),
        content: (
          <span className="pm-row-summary" title={r.summary} style={SUMMARY_WRAPS}>
            {r.summary}
            <span className="pm-small pm-subtlest" style={{ display: 'block' }}>
              {r.issueType} · {r.status}
            </span>
            <PriorityInversionFlag
              inversion={r.inversion}
              modelLabel={r.mainScore.label}
              issueKey={r.key}
              model={r.mainScore.model}
            />
          </span>
        ),
      },
      { key: r.phase ? `${r.phase.section}-${r.phase.name}` : 'zzz', content: <PhaseBadge phase={r.phase} /> },
      {
        key: r.mainScore.scored ? -(r.mainScore.value ?? 0) : Number.MAX_SAFE_INTEGER,
        content: (
          <>
            <InlineScoreCell row={r} model={shownModel} onSaved={pages.reload} />
            <NormalisedScore row={r} />
          </>
        ),
      },
      {
        key: READY_ORDER[r.readiness.level] * 1000 + r.readiness.percent,
        content: <ReadinessLozenge readiness={r.readiness} />,
      },
      { key: KPI_ORDER[r.kpiStatus], content: <KpiStatusLozenge status={r.kpiStatus} /> },
      {
        key: r.stale ? 0 : 1,
        content: r.stale ? (
          <Lozenge appearance="moved">Stale</Lozenge>
        ) : (
          <span className="pm-subtlest" aria-label="Not stale">
            —
          </span>
        ),
      },
      {
        key: r.progress.total ? r.progress.done / r.progress.total : -1,
        content: r.progress.total ? (
          <Progress done={r.progress.done} total={r.progress.total} label={`${r.key} progress`} />
        ) : (
          <span className="pm-subtlest">No work items</span>
        ),
      },
    ],
  }));

  return (
    <section aria-labelledby="pm-backlog-h" className="pm-stack-sm" aria-busy={loading || pages.loadingMore}>
      <div className="pm-toolbar">
        <h2 id="pm-backlog-h" className="pm-h2">
          Backlog{' '}
          <span className="pm-muted pm-num" style={{ fontWeight: 400 }}>
            ({visible.length}
            {pages.hasMore ? ' shown, more to load' : ''})
          </span>
        </h2>
        {pages.jql ? (
          <JqlLink jql={pages.jql}>
            <span className="pm-small">Open in Jira search</span>
          </JqlLink>
        ) : null}
      </div>
      <BacklogFilters filter={filter} phases={phases} onChange={onFilter} />
      <NormalisedLegend rows={visible} />
      {pages.error && pages.errorOn === 'first' ? <ErrorPanel error={pages.error} onRetry={pages.reload} /> : null}
      {/* Below ~900 px the columns cannot all fit whole: the table scrolls in its own region (keyboard focusable) rather than clip a column or widen the page. */}
      <div role="region" aria-label="Backlog table" tabIndex={0} style={{ overflowX: 'auto' }}>
        <DynamicTable
          head={head}
          rows={tableRows}
          defaultSortKey="rank"
          defaultSortOrder="ASC"
          isLoading={loading}
          loadingLabel="Ranking the backlog"
          label={`Backlog ranked by ${modelLabel}`}
          testId="backlog"
          emptyView={
            <EmptyState
              title={
                narrowed
                  ? `Nothing scored by ${modelLabel} matches these filters`
                  : `No open requirements scored by ${modelLabel}`
              }
              action={
                narrowed ? <Button onClick={() => onFilter({ status: 'open' })}>Clear filters</Button> : undefined
              }
            >
              {narrowed
                ? 'Widen a filter (or clear them all) to see more of the backlog.'
                : 'Score a requirement in its “PM requirement” panel; the backlog lists the issues scored by the model chosen above.'}
            </EmptyState>
          }
        />
      </div>
      {pages.error && pages.errorOn === 'more' ? (
        <div className="pm-stack-sm">
          <ErrorPanel error={pages.error} compact onRetry={pages.more} />
          {pages.error.code === 'validation' ? (
            <Button onClick={pages.reload}>Load the backlog from the top</Button>
          ) : null}
        </div>
      ) : null}
      {pages.hasMore ? (
        <div className="pm-row">
          <Button onClick={pages.more} isLoading={pages.loadingMore} data-testid="backlog-show-more">
            Show more
          </Button>
        </div>
      ) : null}
      <p className="pm-small pm-subtlest">
        Hover or focus a score to see its formula and terms. KPI statuses: {Object.values(KPI_STATUS_LABEL).join(', ')}.
      </p>
    </section>
  );
}
