import { Button, Lozenge } from '../shared/native';
import { useMemo, useState } from 'react';
import DynamicTable from '@atlaskit/dynamic-table';
import type { BacklogStatusFilter, RequirementRow, ScoreModel } from '../../../src/contract/api';
import { ErrorPanel } from '../shared/ErrorPanel';
import { IssueLink, KpiStatusLozenge, PhaseBadge, Progress, ReadinessLozenge, ScoreCell, EmptyState } from '../shared/ui';
import { KPI_STATUS_LABEL, MODEL_LABEL } from '../shared/format';
import { useBacklogPages } from './useBacklogPages';

/** Narrows the rows loaded so far (Jira pages the backlog; these never ask the server). */
type Filter = 'all' | 'ready' | 'not-ready' | 'stale';

const FILTERS: { id: Filter; label: string; test: (r: RequirementRow) => boolean }[] = [
  { id: 'all', label: 'All', test: () => true },
  { id: 'ready', label: 'Ready', test: (r) => r.readiness.level === 'ready' },
  { id: 'not-ready', label: 'Not ready', test: (r) => r.readiness.level !== 'ready' },
  { id: 'stale', label: 'Stale', test: (r) => r.stale },
];

const STATUS_FILTERS: { id: BacklogStatusFilter; label: string }[] = [
  { id: 'open', label: 'Open' },
  { id: 'all', label: 'All' },
];

const KPI_ORDER = { 'off-track': 0, 'at-risk': 1, 'no-data': 2, 'on-track': 3 } as const;
const READY_ORDER = { 'not-ready': 0, partial: 1, ready: 2 } as const;

function keyNumber(key: string): number {
  const n = Number(key.split('-').pop());
  return Number.isFinite(n) ? n : 0;
}

/**
 * The ranked backlog, one page at a time from getBacklogPage (Jira orders it by the model's
 * indexed score): the first page on open and whenever the model or Open / All changes, the
 * next page appended by "Show more".
 */
export function BacklogTable({ model, refresh }: { model: ScoreModel | undefined; refresh: number }) {
  const [status, setStatus] = useState<BacklogStatusFilter>('open');
  const pages = useBacklogPages(model, status, refresh);
  const shownModel = model ?? pages.model;
  const modelLabel = shownModel ? MODEL_LABEL[shownModel] : 'score';
  const { rows, loading } = pages;
  const [filter, setFilter] = useState<Filter>('all');
  const [query, setQuery] = useState('');
  const counts = useMemo(() => Object.fromEntries(FILTERS.map((f) => [f.id, rows.filter(f.test).length])) as Record<Filter, number>, [rows]);
  const visible = useMemo(() => {
    const q = query.trim().toLowerCase();
    const test = FILTERS.find((f) => f.id === filter)!.test;
    return rows.filter((r) => test(r) && (!q || r.key.toLowerCase().includes(q) || r.summary.toLowerCase().includes(q)));
  }, [rows, filter, query]);

  const head = {
    cells: [
      { key: 'rank', content: 'Rank', isSortable: true, width: 7 },
      { key: 'key', content: 'Key', isSortable: true, width: 8 },
      { key: 'summary', content: 'Summary', isSortable: true, width: 25 },
      { key: 'phase', content: 'Phase', isSortable: true, width: 12 },
      { key: 'score', content: modelLabel, isSortable: true, width: 8 },
      { key: 'readiness', content: 'Readiness', isSortable: true, width: 16 },
      { key: 'kpi', content: 'KPI', isSortable: true, width: 8 },
      { key: 'stale', content: 'Stale', isSortable: true, width: 7 },
      { key: 'progress', content: 'Progress', isSortable: true, width: 10 },
    ],
  };

  const tableRows = visible.map((r) => ({
    key: r.id || r.key,
    testId: `row-${r.key}`,
    cells: [
      { key: r.rank ?? Number.MAX_SAFE_INTEGER, content: <span className="pm-num">{r.rank ?? '—'}</span> },
      { key: keyNumber(r.key), content: <span className="pm-nowrap"><IssueLink issueKey={r.key} /></span> },
      {
        key: r.summary.toLowerCase(),
        content: (
          <span className="pm-row-summary" title={r.summary}>
            {r.summary}
            <span className="pm-small pm-subtlest" style={{ display: 'block' }}>
              {r.issueType} · {r.status}
            </span>
          </span>
        ),
      },
      { key: r.phase ? `${r.phase.section}-${r.phase.name}` : 'zzz', content: <PhaseBadge phase={r.phase} /> },
      { key: r.mainScore.scored ? -(r.mainScore.value ?? 0) : Number.MAX_SAFE_INTEGER, content: <ScoreCell score={r.mainScore} /> },
      { key: READY_ORDER[r.readiness.level] * 1000 + r.readiness.percent, content: <ReadinessLozenge readiness={r.readiness} /> },
      { key: KPI_ORDER[r.kpiStatus], content: <KpiStatusLozenge status={r.kpiStatus} /> },
      {
        key: r.stale ? 0 : 1,
        content: r.stale ? <Lozenge appearance="moved">Stale</Lozenge> : <span className="pm-subtlest" aria-label="Not stale">—</span>,
      },
      {
        key: r.progress.total ? r.progress.done / r.progress.total : -1,
        content: r.progress.total ? <Progress done={r.progress.done} total={r.progress.total} label={`${r.key} progress`} /> : <span className="pm-subtlest">No work items</span>,
      },
    ],
  }));

  return (
    <section aria-labelledby="pm-backlog-h" className="pm-stack-sm">
      <div className="pm-toolbar">
        <h2 id="pm-backlog-h" className="pm-h2">
          Backlog{' '}
          <span className="pm-muted pm-num" style={{ fontWeight: 400 }}>
            ({visible.length}
            {pages.hasMore ? ' shown, more to load' : ''})
          </span>
        </h2>
        <div className="pm-row">
          <span className="pm-small pm-subtlest" aria-hidden>
            Status
          </span>
          <div className="pm-seg" role="group" aria-label="Issues by status">
            {STATUS_FILTERS.map((f) => (
              <Button key={f.id} spacing="compact" appearance="subtle" isSelected={status === f.id} aria-pressed={status === f.id} onClick={() => setStatus(f.id)}>
                {f.label}
              </Button>
            ))}
          </div>
          <span className="pm-small pm-subtlest" aria-hidden>
            Of those shown
          </span>
          <div className="pm-seg" role="group" aria-label="Filter the rows shown">
            {FILTERS.map((f) => (
              <Button key={f.id} spacing="compact" appearance="subtle" isSelected={filter === f.id} aria-pressed={filter === f.id} onClick={() => setFilter(f.id)}>
                {f.label} <span className="pm-num">{counts[f.id]}</span>
              </Button>
            ))}
          </div>
          <label className="pm-sr-only" htmlFor="pm-backlog-search">
            Search the backlog
          </label>
          <input
            id="pm-backlog-search"
            className="pm-input"
            style={{ width: 200, minHeight: 32 }}
            type="search"
            placeholder="Search key or summary"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
      </div>
      {pages.error && pages.errorOn === 'first' ? <ErrorPanel error={pages.error} onRetry={pages.reload} /> : null}
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
          <EmptyState title={rows.length ? 'Nothing matches this filter' : status === 'open' ? `No open requirements scored by ${modelLabel}` : `No requirements scored by ${modelLabel}`}>
            {rows.length
              ? 'Clear the search or pick another filter.'
              : 'Score a requirement in its “PM requirement” panel; the backlog lists the issues scored by the model chosen above.'}
          </EmptyState>
        }
      />
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
