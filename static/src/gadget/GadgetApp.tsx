/**
 * The dashboard gadget (`pm-health-gadget`): one product's health in a small frame. Light
 * parts only (no Atlaskit component), so a dashboard with several gadgets stays quick.
 */
import { useEffect } from 'react';
import type { GadgetBuilding, GadgetNotConfigured, GadgetView } from '../../../src/contract/api';
import { CoverageWarning } from '../shared/ErrorPanel';
import { KPI_STATUS_LABEL, formatNumber, formatPercent, relativeTime } from '../shared/format';
import { IssueLink, LiteError, LiteLoading, Pill, type PillTone } from '../shared/lite';
import { ProgressBar } from '../shared/native';
import { pollWithBackoff } from '../shared/poll-with-backoff';
import { invoke } from '../shared/api';
import { ScoreCell, KpiStatusLozenge, ReadinessLozenge } from '../shared/ui';
import { useResolver } from '../shared/useResolver';

const KPI_TONE: Record<GadgetView['kpiStatus'], PillTone> = {
  'on-track': 'success',
  'at-risk': 'warning',
  'off-track': 'danger',
  'no-data': 'neutral',
};

function Figure({ label, value, children }: { label: string; value: string; children?: React.ReactNode }) {
  return (
    <div className="pm-gadget-figure" role="group" aria-label={label}>
      <span className="pm-small pm-subtlest">{label}</span>
      <span className="pm-gadget-value pm-num">{value}</span>
      {children}
    </div>
  );
}

function Figures({ view }: { view: GadgetView }) {
  const { ready, requirements } = view.readiness;
  const progress = view.progress.total ? view.progress.done / view.progress.total : 0;
  return (
    <div className="pm-gadget-figures">
      <Figure label="Ready" value={requirements ? formatPercent(ready, requirements) : '—'}>
        <span className="pm-small pm-subtlest pm-num">
          {formatNumber(ready)} of {formatNumber(requirements)} requirements
        </span>
      </Figure>
      <Figure label="Delivery" value={view.progress.total ? formatPercent(progress) : '—'}>
        <ProgressBar
          value={progress}
          ariaLabel={`Delivery progress ${formatPercent(progress)}`}
          appearance={progress >= 1 ? 'success' : 'default'}
        />
        <span className="pm-small pm-subtlest pm-num">
          {formatNumber(view.progress.done)} of {formatNumber(view.progress.total)} done
        </span>
      </Figure>
      <div className="pm-gadget-figure" role="group" aria-label="KPI status">
        <span className="pm-small pm-subtlest">KPIs</span>
        <span>
          <KpiStatusLozenge status={view.kpiStatus} />
        </span>
        <span className="pm-small pm-subtlest">
          {view.kpisTotal ? `${view.kpisTotal} KPI${view.kpisTotal === 1 ? '' : 's'}, worst shown` : 'No KPI defined'}
        </span>
      </div>
    </div>
  );
}

function TopRequirements({ view }: { view: GadgetView }) {
  if (view.top.length === 0) {
    return (
      <p className="pm-muted" data-testid="gadget-no-requirements">
        No open requirement is scored with {view.modelLabel} yet.
      </p>
    );
  }
  return (
    <ol className="pm-gadget-list" aria-label={`Top requirements by ${view.modelLabel}`} data-testid="gadget-top">
      {view.top.map((row) => (
        <li key={row.id} className="pm-gadget-row">
          <span className="pm-gadget-rank pm-num" aria-label={`Rank ${row.rank ?? 'none'}`}>
            {row.rank ?? '–'}
          </span>
          <span className="pm-gadget-summary">
            <IssueLink issueKey={row.key} /> <span title={row.summary}>{row.summary}</span>
          </span>
          <ScoreCell score={row.mainScore} />
          <ReadinessLozenge readiness={row.readiness} showMissing={false} />
        </li>
      ))}
    </ol>
  );
}

function Kpis({ view }: { view: GadgetView }) {
  if (view.kpis.length === 0) return null;
  return (
    <ul className="pm-gadget-list" aria-label="KPIs, worst first" data-testid="gadget-kpis">
      {view.kpis.map((k) => (
        <li key={k.key} className="pm-gadget-row">
          <span className="pm-gadget-summary">
            <IssueLink issueKey={k.key}>{k.name}</IssueLink>
          </span>
          <Pill tone={KPI_TONE[k.status]}>
            {k.outcome === 'missed' ? 'Missed' : k.outcome === 'met' ? 'Met' : KPI_STATUS_LABEL[k.status]}
          </Pill>
        </li>
      ))}
    </ul>
  );
}

function Health({ view }: { view: GadgetView }) {
  const when = view.source.kind === 'stored' ? `Updated ${relativeTime(view.source.updatedAt)}` : 'Read just now';
  return (
    <div className="pm-stack-sm" data-testid="gadget-health">
      <header className="pm-gadget-head">
        <strong>{view.project.name}</strong>
        <span className="pm-small pm-subtlest">
          {view.project.key} · ranked by {view.modelLabel}
        </span>
      </header>
      <CoverageWarning coverage={view.coverage} />
      <Figures view={view} />
      <h2 className="pm-gadget-h">Top open requirements</h2>
      <TopRequirements view={view} />
      {view.moreRequirements || view.notScored ? (
        <p className="pm-small pm-subtlest">
          {view.moreRequirements ? 'More on the project page. ' : ''}
          {view.notScored
            ? `${formatNumber(view.notScored)} requirement${view.notScored === 1 ? ' is' : 's are'} not scored with ${view.modelLabel}.`
            : ''}
        </p>
      ) : null}
      {view.kpis.length ? <h2 className="pm-gadget-h">KPIs</h2> : null}
      <Kpis view={view} />
      <p className="pm-small pm-subtlest">{when}</p>
    </div>
  );
}

function NotConfigured({ answer }: { answer: GadgetNotConfigured }) {
  return (
    <div role="status" className="pm-gadget-empty" data-testid="gadget-not-configured">
      <p>
        <strong>Choose a product</strong>
      </p>
      <p className="pm-muted">{answer.reason}</p>
    </div>
  );
}

function Building({ answer, onDone }: { answer: GadgetBuilding; onDone: () => void }) {
  useEffect(
    () =>
      pollWithBackoff(async () => {
        const res = await invoke('getGadget', {});
        if (res.ok && res.data.status !== 'building') {
          onDone();
          return true;
        }
        return false;
      }),
    [onDone],
  );
  return (
    <div role="status" data-testid="gadget-building" className="pm-stack-sm">
      <strong>{answer.project.name}</strong>
      <p className="pm-muted">
        Reading its {formatNumber(answer.issuesTotal)} issues for the first time; the figures appear here when that is
        done.
      </p>
      <ProgressBar isIndeterminate ariaLabel="Reading the project" />
    </div>
  );
}

export function GadgetApp() {
  const { data, error, loading, reload } = useResolver('getGadget', {});
  return (
    <div className="pm-page pm-page--compact pm-gadget">
      {loading && !data ? <LiteLoading label="Loading product health" /> : null}
      {error ? <LiteError error={error} onRetry={reload} /> : null}
      {data?.status === 'ready' ? <Health view={data} /> : null}
      {data?.status === 'not-configured' ? <NotConfigured answer={data} /> : null}
      {data?.status === 'building' ? <Building answer={data} onDone={reload} /> : null}
    </div>
  );
}
