import { Button, ProgressBar } from '../shared/native';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RollupJob, ScoreModel } from '../../../src/contract/api';
import { PORTFOLIO_PAGE_SIZE } from '../../../src/contract/portfolio-page-size';
import { invoke, type ResultError } from '../shared/api';
import { useMutation } from '../shared/useMutation';
import { usePagedResolver, type Paging } from '../shared/usePagedResolver';
import { pollWithBackoff } from '../shared/poll-with-backoff';
import { CoverageWarning, ErrorPanel } from '../shared/ErrorPanel';
import { EmptyState, Loading, downloadText } from '../shared/ui';
import { ProductsTable } from './ProductsTable';
import { MODEL_LABELS, NUMERIC_SCORE_MODELS } from '../../../src/contract/ui-runtime-shared';
import { formatNumber, relativeTime } from '../shared/format';
import { RoadmapPanel } from '../roadmap/RoadmapPanel';

function Rollup({ onDone }: { onDone: () => void }) {
  const [job, setJob] = useState<RollupJob>();
  const [error, setError] = useState<ResultError>();
  const stopPolling = useRef<() => void>();
  useEffect(() => () => stopPolling.current?.(), []);

  const poll = useCallback(
    (jobId: string) => {
      stopPolling.current?.();
      stopPolling.current = pollWithBackoff(async () => {
        const res = await invoke('getRollupProgress', { jobId });
        if (!res.ok) {
          setError(res.error);
          return false;
        }
        setJob(res.data);
        if (res.data.state === 'done') onDone();
        return res.data.state === 'queued' || res.data.state === 'running';
      });
    },
    [onDone],
  );

  const starting = useMutation('startRollup');
  const start = async () => {
    setError(undefined);
    const res = await starting.run({});
    if (!res.ok) return;
    setJob(res.data);
    poll(res.data.jobId);
  };

  const shownError = starting.error ?? error;
  const running = job && (job.state === 'queued' || job.state === 'running');
  const share = job?.total ? job.processed / job.total : undefined;
  return (
    <div className="pm-stack-sm" style={{ minWidth: 240 }}>
      <Button onClick={() => void start()} isDisabled={!!running || starting.busy}>
        {running ? 'Recomputing…' : 'Recompute roll-up'}
      </Button>
      {job ? (
        <div role="status" aria-live="polite" className="pm-stack-sm" data-testid="rollup-status">
          {running ? (
            <ProgressBar value={share} isIndeterminate={share === undefined} ariaLabel="Roll-up progress" />
          ) : null}
          <span className="pm-small pm-muted">
            {job.state === 'queued' && 'Queued…'}
            {job.state === 'running' &&
              `${formatNumber(job.processed)}${job.total ? ` of ${formatNumber(job.total)}` : ''} projects rolled up`}
            {job.state === 'done' &&
              `Roll-up finished: ${formatNumber(job.processed)} ${job.processed === 1 ? 'project' : 'projects'}. The table shows the new figures.`}
            {job.state === 'failed' && `The roll-up failed${job.message ? `: ${job.message}` : ''}. Try again.`}
          </span>
          {job.notReadable ? (
            <span className="pm-small" data-testid="rollup-not-readable">
              The app may not browse {job.notReadable.join(', ')}, so{' '}
              {job.notReadable.length === 1 ? 'its figures are' : 'their figures are'} read live as you instead of from
              the stored roll-up. A Jira admin can grant the app Browse projects in the permission scheme.
            </span>
          ) : null}
        </div>
      ) : null}
      {shownError ? <ErrorPanel error={shownError} compact /> : null}
    </div>
  );
}

/** The portfolio's pages: products appended, coverage complete only when every page was. */
const PORTFOLIO_PAGING: Paging<'getPortfolio'> = {
  cursorOf: (page) => page.nextCursor,
  withCursor: (payload, cursor) => ({ ...payload, cursor }),
  merge: (pages, next) => ({
    ...next,
    products: [...pages.products, ...next.products],
    coverage: {
      complete: pages.coverage.complete && next.coverage.complete,
      issuesRead: pages.coverage.issuesRead + next.coverage.issuesRead,
      note: next.coverage.note ?? pages.coverage.note,
    },
  }),
};

export function PortfolioApp() {
  const [model, setModel] = useState<ScoreModel | undefined>();
  const pages = usePagedResolver(
    'getPortfolio',
    { pageSize: PORTFOLIO_PAGE_SIZE, ...(model ? { model } : {}) },
    PORTFOLIO_PAGING,
  );
  const { data: page, loading, loadingMore, reload: loadFirst } = pages;
  const exporting = useMutation('exportPortfolioCsv');
  const [exportNote, setExportNote] = useState<string>();
  const error = exporting.error ?? pages.error;

  const exportCsv = async () => {
    setExportNote(undefined);
    const res = await exporting.run(model ? { model } : {});
    if (!res.ok) return;
    downloadText(res.data.filename, res.data.csv);
    setExportNote(
      `${formatNumber(res.data.rows)} ${res.data.rows === 1 ? 'product' : 'products'} exported${res.data.coverage.complete ? '' : ' (incomplete)'}`,
    );
  };

  if (!page) {
    return (
      <main className="pm-page">
        {error ? (
          <ErrorPanel error={error} onRetry={loadFirst} />
        ) : (
          <Loading label="Rolling up the portfolio" rows={6} />
        )}
      </main>
    );
  }
  const activeModel = model ?? page.model;
  return (
    <main className="pm-page pm-stack" aria-busy={loading}>
      <header className="pm-toolbar" style={{ alignItems: 'flex-start' }}>
        <div>
          <h1 className="pm-h2" style={{ fontSize: 20, lineHeight: '24px' }}>
            PM portfolio
          </h1>
          <p className="pm-small pm-subtlest">
            Every product you can browse · updated {relativeTime(page.generatedAt) || 'now'}
          </p>
        </div>
        <div className="pm-row" style={{ alignItems: 'flex-start' }}>
          <label className="pm-row">
            <span className="pm-label">Top requirement by</span>
            <select
              className="pm-select"
              style={{ width: 150 }}
              value={activeModel}
              onChange={(e) => setModel(e.target.value as ScoreModel)}
            >
              {NUMERIC_SCORE_MODELS.map((m) => (
                <option key={m} value={m}>
                  {MODEL_LABELS[m]}
                </option>
              ))}
            </select>
          </label>
          <span className="pm-stack-sm">
            <Button onClick={() => void exportCsv()} isLoading={exporting.busy}>
              Export CSV
            </Button>
            <span role="status" className="pm-small pm-muted" style={{ display: 'block' }}>
              {exportNote}
            </span>
          </span>
          <Rollup onDone={loadFirst} />
        </div>
      </header>
      {error ? <ErrorPanel error={error} onRetry={loadFirst} /> : null}
      <CoverageWarning coverage={page.coverage} />
      {page.products.length ? (
        <>
          <ProductsTable products={page.products} model={activeModel} />
          <div className="pm-row" style={{ justifyContent: 'center' }}>
            {page.nextCursor ? (
              <Button onClick={pages.loadMore} isLoading={loadingMore}>
                Load more products
              </Button>
            ) : (
              <span className="pm-small pm-subtlest">
                All {page.products.length} product{page.products.length === 1 ? '' : 's'} shown
              </span>
            )}
          </div>
        </>
      ) : (
        <EmptyState title="No products to show">
          You can see products (Jira projects) you have permission to browse that use the PM workflow. Ask a Jira admin
          for access, or map issue types to phases in the PM Workflow configuration.
        </EmptyState>
      )}
      <RoadmapPanel scope="portfolio" />
    </main>
  );
}
