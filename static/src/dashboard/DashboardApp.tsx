import { Button, SectionMessage, ProgressBar } from '../shared/native';
import { Suspense, lazy, useCallback, useEffect, useState } from 'react';
import type { BacklogFilter, DashboardBuilding, DashboardView, ScoreModel } from '../../../src/contract/api';
import { pollWithBackoff } from '../shared/poll-with-backoff';
import { invoke } from '../shared/api';
import { useResolver } from '../shared/useResolver';
import { useMutation } from '../shared/useMutation';
import { CoverageWarning, ErrorPanel } from '../shared/ErrorPanel';
import { EmptyState, KpiCard, KpiStatusLozenge, Loading, downloadText } from '../shared/ui';
import { MODEL_LABELS, NUMERIC_SCORE_MODELS } from '../../../src/contract/ui-runtime-shared';
import { formatNumber, formatPercent, relativeTime } from '../shared/format';
import { WorkflowSections } from './WorkflowSections';
import { CheckDecisions } from './CheckDecisions';
import { LaunchReadiness } from './launch/LaunchReadiness';
import { RoadmapPanel } from '../roadmap/RoadmapPanel';
import { useBacklogFilter } from './useBacklogFilter';
import { DashboardCharts } from './DashboardCharts';
// The backlog table is the one Atlaskit component left (dynamic-table, with its tooltip,
// pagination and feature-gate client): a chunk of its own, fetched from the first line of
// this module, in parallel with the dashboard data, so the tiles paint without waiting for it.
const backlogTableChunk = import('./BacklogTable');
const BacklogTable = lazy(() => backlogTableChunk.then((m) => ({ default: m.BacklogTable })));

/** The filter with this phase (or none). */
function withPhase({ phase: _old, ...rest }: BacklogFilter, phase: string | undefined): BacklogFilter {
  return phase ? { ...rest, phase } : rest;
}

/** Shares may come as 0..1 or 0..100; show them as percentages (formatPercent: never 100% unless exact). */
const pct = (v: number) => formatPercent(v <= 1 ? v : v / 100);

function Tile({
  label,
  value,
  hint,
  children,
}: {
  label: string;
  value: React.ReactNode;
  hint?: string;
  children?: React.ReactNode;
}) {
  return (
    <div
      className="pm-card"
      role="group"
      aria-label={label}
      style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
    >
      <span className="pm-tile-label">{label}</span>
      <span className="pm-tile-value pm-num">{value}</span>
      {hint ? <span className="pm-small pm-subtlest">{hint}</span> : null}
      {children}
    </div>
  );
}

function Tiles({ view }: { view: DashboardView }) {
  const t = view.totals;
  const readyShare = formatPercent(t.ready, t.requirements || 1);
  const progress = view.progress.total ? view.progress.done / view.progress.total : 0;
  return (
    <section aria-label="Headline figures" className="pm-tiles">
      <Tile
        label="Requirements"
        value={formatNumber(t.requirements)}
        hint={`of ${formatNumber(t.issues)} issues in the project`}
      />
      <Tile
        label="Ready"
        value={readyShare}
        hint={`${formatNumber(t.ready)} with problem, persona, scenario and KPI done`}
      />
      <Tile
        label="Stale scores"
        value={formatNumber(t.stale)}
        hint={t.stale ? 'inputs older than the staleness age' : 'all scores are current'}
      />
      <Tile label="Not scored" value={formatNumber(t.notScored)} hint={`missing ${MODEL_LABELS[view.model]} inputs`} />
      <Tile
        label="Delivery progress"
        value={formatPercent(progress)}
        hint={`${formatNumber(view.progress.done)} of ${formatNumber(view.progress.total)} done`}
      >
        <ProgressBar
          value={progress}
          ariaLabel={`Delivery progress ${formatPercent(progress)}`}
          appearance={progress >= 1 ? 'success' : 'default'}
        />
      </Tile>
      <Tile
        label="KPI status"
        value={<KpiStatusLozenge status={view.kpiStatus} />}
        hint={`${view.kpis.length} KPI${view.kpis.length === 1 ? '' : 's'}, worst status shown`}
      />
    </section>
  );
}

function Warnings({ view }: { view: DashboardView }) {
  const guard = view.moscowGuard;
  const dis = view.disagreement;
  if (!(guard?.exceeded || dis)) return null;
  return (
    <div className="pm-stack-sm">
      {guard?.exceeded ? (
        <div role="status" data-testid="moscow-guard">
          <SectionMessage appearance="warning" title="Too many Must-haves">
            <p>
              Must-have requirements take {pct(guard.mustShare)} of the estimated effort; the limit is{' '}
              {pct(guard.limit)}. With no slack for Should and Could items, any slip puts the release at risk. Move some
              Musts to Should.
            </p>
          </SectionMessage>
        </div>
      ) : null}
      {dis ? (
        <div role="status" data-testid="model-disagreement">
          <SectionMessage
            appearance="information"
            title={`${MODEL_LABELS[dis.models[0]]} and ${MODEL_LABELS[dis.models[1]]} disagree`}
          >
            <p>
              The two models rank this backlog very differently (rank correlation {formatNumber(dis.correlation)}, below{' '}
              {formatNumber(dis.threshold)}). Check the inputs of the top items before committing to an order.
            </p>
          </SectionMessage>
        </div>
      ) : null}
    </div>
  );
}

function ModelSwitcher({
  model,
  onChange,
  busy,
}: {
  model: ScoreModel;
  onChange: (m: ScoreModel) => void;
  busy: boolean;
}) {
  return (
    <div className="pm-row">
      <span id="pm-model-label" className="pm-label">
        Rank by
      </span>
      <div className="pm-seg" role="group" aria-labelledby="pm-model-label">
        {NUMERIC_SCORE_MODELS.map((m) => (
          <Button
            key={m}
            appearance={m === model ? 'primary' : 'default'}
            aria-pressed={m === model}
            isDisabled={busy && m !== model}
            onClick={() => onChange(m)}
          >
            {MODEL_LABELS[m]}
          </Button>
        ))}
      </div>
    </div>
  );
}

function ExportButton({ model, filter }: { model: ScoreModel; filter: BacklogFilter }) {
  const exporting = useMutation('exportBacklogCsv');
  const error = exporting.error;
  // The note is about the newest export only: none while one runs or after one failed.
  const done = exporting.busy || error ? undefined : exporting.data;
  const note = done
    ? `${formatNumber(done.rows)} rows exported${done.coverage.complete ? '' : ' (incomplete: not every issue could be read)'}`
    : undefined;
  const run = async () => {
    const res = await exporting.run({ model, filter });
    if (res.ok) downloadText(res.data.filename, res.data.csv);
  };
  return (
    <span className="pm-row">
      <Button onClick={() => void run()} isLoading={exporting.busy}>
        Export CSV
      </Button>
      <span role="status" className="pm-small pm-muted">
        {note}
      </span>
      {error ? <ErrorPanel error={error} compact onRetry={() => void run()} /> : null}
    </span>
  );
}

/**
 * A large project's first full read runs in the background: say so, with what is known (its size
 * and how long it has run), and ask again with backoff until the figures are there.
 */
function Building({ building, onReady }: { building: DashboardBuilding; onReady: () => void }) {
  useEffect(
    () =>
      pollWithBackoff(async () => {
        const answer = await invoke('getDashboard', {});
        if (answer.ok && !('status' in answer.data)) {
          onReady();
          return false;
        }
        return true;
      }),
    [onReady],
  );
  return (
    <main className="pm-page pm-stack">
      <h1 className="pm-h2" style={{ fontSize: 20, lineHeight: '24px' }}>
        {building.project.name}{' '}
        <span className="pm-muted" style={{ fontWeight: 400 }}>
          · PM Workflow
        </span>
      </h1>
      <div role="status" data-testid="dashboard-building">
        <SectionMessage appearance="information" title="Reading this project for the first time">
          <p>
            {formatNumber(building.issuesTotal)} issues are being read in the background (started{' '}
            {relativeTime(building.startedAt) || 'just now'}). The page opens by itself when the figures are ready;
            after that it opens at once and stays current as issues change.
          </p>
        </SectionMessage>
      </div>
      <Loading label="Reading the project" rows={4} />
    </main>
  );
}

export function DashboardApp() {
  const [model, setModel] = useState<ScoreModel | undefined>();
  const [filter, setFilter] = useBacklogFilter();
  const { data, error, loading, reload } = useResolver('getDashboard', model ? { model } : {});
  const phases = data && !('status' in data) ? data.phases.map((p) => p.phase) : [];
  // Refresh reloads the backlog's first page too; the backlog loads on its own, page by page.
  const [refreshes, setRefreshes] = useState(0);
  const refresh = () => {
    reload();
    setRefreshes((n) => n + 1);
  };
  // The panels below the backlog (roadmap, charts, decisions) each read Jira or the stored state:
  // they start once the backlog's first page has answered, so the rows a person came for are not
  // queued behind them (time to rows is a benchmark figure, issue 9).
  const [backlogAnswered, setBacklogAnswered] = useState(false);
  const onFirstPage = useCallback(() => setBacklogAnswered(true), []);
  const backlog = (
    // Keyed, so it stays mounted (its pages kept) when the rest of the page arrives around it.
    <Suspense key="backlog" fallback={<Loading label="Loading the backlog" rows={3} />}>
      <BacklogTable
        model={model}
        refresh={refreshes}
        filter={filter}
        onFilter={setFilter}
        phases={phases}
        onFirstPage={onFirstPage}
      />
    </Suspense>
  );

  if (!data) {
    return (
      <main className="pm-page pm-stack">
        {error ? (
          <ErrorPanel error={error} onRetry={refresh} />
        ) : (
          <Loading label="Loading the project workflow" rows={6} />
        )}
        {error?.code === 'not-found' || error?.code === 'forbidden' ? null : backlog}
      </main>
    );
  }
  if ('status' in data) return <Building building={data} onReady={reload} />;
  const view = data;
  const activeModel = model ?? view.model;
  return (
    <main className="pm-page pm-stack" aria-busy={loading}>
      <header className="pm-toolbar">
        <div>
          <h1 className="pm-h2" style={{ fontSize: 20, lineHeight: '24px' }}>
            {view.project.name}{' '}
            <span className="pm-muted" style={{ fontWeight: 400 }}>
              · PM Workflow
            </span>
          </h1>
          <p className="pm-small pm-subtlest">
            {view.project.key} ·{' '}
            {view.source.kind === 'stored'
              ? `figures as of ${relativeTime(view.source.updatedAt) || 'now'}`
              : `read ${relativeTime(view.generatedAt) || 'now'}`}{' '}
            <Button appearance="subtle" spacing="compact" onClick={refresh} isDisabled={loading}>
              Refresh
            </Button>
          </p>
        </div>
        <div className="pm-row">
          <ModelSwitcher model={activeModel} onChange={setModel} busy={loading} />
          <ExportButton model={activeModel} filter={filter} />
        </div>
      </header>
      {error ? <ErrorPanel error={error} onRetry={refresh} /> : null}
      <CoverageWarning coverage={view.coverage} />
      <Tiles view={view} />
      <Warnings view={view} />
      {view.phases.length ? (
        <WorkflowSections
          phases={view.phases}
          unmapped={view.unmapped}
          selectedPhase={filter.phase}
          onPhase={(phase) => setFilter(withPhase(filter, phase))}
        />
      ) : (
        <EmptyState title="No phases yet">
          A Jira admin can set up the workflow in the PM Workflow configuration (Apps → Manage apps).
        </EmptyState>
      )}
      {backlog}
      {backlogAnswered ? (
        <>
          <RoadmapPanel scope="project" />
          <DashboardCharts kpis={view.kpis} refresh={refreshes} />
        </>
      ) : (
        <Loading label="Loading the roadmap and charts" rows={2} />
      )}
      <section aria-labelledby="pm-kpi-h" className="pm-stack-sm">
        <h2 id="pm-kpi-h" className="pm-h2">
          KPIs
        </h2>
        {view.kpis.length ? (
          <div className="pm-grid-kpi">
            {view.kpis.map((k) => (
              <KpiCard key={k.key} kpi={k} />
            ))}
          </div>
        ) : (
          <EmptyState title="No KPIs yet">
            Create an issue in the “Check: KPIs” phase and define its target in the PM requirement panel; requirements
            linked to it become measurable.
          </EmptyState>
        )}
      </section>
      {backlogAnswered ? <CheckDecisions /> : null}
      {backlogAnswered ? <LaunchReadiness /> : null}
    </main>
  );
}
