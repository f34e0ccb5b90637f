import type { KpiStatus, ReadinessView, RequirementContextView } from '../../../src/contract/api';
import { isHiddenItem } from '../shared/hidden-item';
import { useResolver } from '../shared/useResolver';
import { IssueLink, LiteError, LiteLoading, Pill, type PillTone } from '../shared/lite';
import { KPI_STATUS_LABEL, READINESS_LABEL, formatNumber } from '../shared/format';
import { scoreText, sectionColor } from '../shared/ui';
import { ChainItem } from './ChainItem';

const KPI_TONE: Record<KpiStatus, PillTone> = {
  'on-track': 'success',
  'at-risk': 'warning',
  'off-track': 'danger',
  'no-data': 'neutral',
};
const READY: Record<ReadinessView['level'], { tone: PillTone; label: string }> = {
  ready: { tone: 'success', label: READINESS_LABEL.ready },
  partial: { tone: 'warning', label: READINESS_LABEL.partial },
  'not-ready': { tone: 'danger', label: READINESS_LABEL['not-ready'] },
};

function Glance({ view }: { view: RequirementContextView }) {
  const inherited = view.chain.inheritedFrom;
  // Delivery work (a sub-task, a bug) nobody scores gets no "Not scored", and no
  // readiness verdict unless it inherits one: neither applies to it.
  const scored = view.scores.find((s) => s.model === view.mainModel);
  const main = scored && (scored.scored || view.isRequirement) ? scored : undefined;
  const showReadiness = view.isRequirement || !!inherited;
  const kpiStatus: KpiStatus = view.kpi?.status ?? worst(view.kpis.map((k) => k.status));
  const ready = READY[view.readiness.level];
  const missing = showReadiness
    ? view.readiness.missing.map((m) => (m.reason === 'not-done' ? `${m.label} not done` : m.label)).join(', ')
    : '';
  return (
    <div className="pm-stack-sm">
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, justifyContent: 'space-between' }}>
        {view.phase ? (
          <span
            data-testid="phase"
            style={{
              display: 'inline-flex',
              alignItems: 'center',
              gap: 6,
              borderLeft: `3px solid ${sectionColor(view.phase.section, view.phase.color)}`,
              paddingLeft: 6,
              fontWeight: 600,
            }}
          >
            {view.phase.name}
          </span>
        ) : (
          <span className="pm-subtlest">No PM phase</span>
        )}
        {main ? (
          <span
            data-testid="main-score"
            title={`${main.formula}${main.terms.length ? ` — ${main.terms.map((t) => `${t.name} ${t.value}`).join(', ')}` : ''}`}
          >
            <span className="pm-small pm-muted">{main.label} </span>
            <strong className="pm-num">{scoreText(main)}</strong>
          </span>
        ) : null}
      </div>
      <section aria-label="Why this ticket exists">
        {inherited ? (
          <p className="pm-small pm-muted" data-testid="inherited-from">
            Inherited from <IssueLink issueKey={inherited.key} inText /> ({inherited.issueType}): this{' '}
            {view.issue.issueType.toLowerCase()} links no problem, persona, scenario or KPI of its own.
          </p>
        ) : null}
        <ul style={{ marginTop: 4, display: 'grid', gap: 4 }}>
          <ChainItem label="Problem" item={view.chain.problem} />
          <ChainItem label="Persona" item={view.chain.persona} />
          <ChainItem label="Scenario" item={view.chain.scenario} />
          {view.chain.parents.slice(0, 2).map((p, i) => (
            <ChainItem
              key={isHiddenItem(p) ? `hidden-${i}` : p.key}
              label={i === 0 || isHiddenItem(p) ? 'Parent' : p.issueType}
              item={p}
            />
          ))}
        </ul>
      </section>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center' }}>
        {showReadiness ? (
          <Pill
            tone={ready.tone}
            title={`${missing ? `Needs: ${missing}` : 'Upstream work is done'}${inherited ? ` (readiness of ${inherited.key})` : ''}`}
          >
            {ready.label}
            {inherited ? ` · from ${inherited.key}` : ''}
          </Pill>
        ) : null}
        <Pill tone={KPI_TONE[kpiStatus]} title="KPI status">
          KPI {KPI_STATUS_LABEL[kpiStatus]}
        </Pill>
        {view.stale ? <Pill tone="warning">Stale score</Pill> : null}
      </div>
      {missing ? <p className="pm-small pm-muted">Needs: {missing}</p> : null}
      {view.kpis.length ? (
        <p className="pm-small pm-muted">
          Moves{' '}
          {view.kpis.slice(0, 2).map((k, i) => (
            <span key={k.key}>
              {i ? ', ' : ''}
              <IssueLink issueKey={k.key} inText>
                {k.name}
              </IssueLink>{' '}
              ({k.latest ? formatNumber(k.latest.value) : '—'} → {formatNumber(k.target)}
              {k.unit ? ` ${k.unit}` : ''})
            </span>
          ))}
        </p>
      ) : null}
      {main ? (
        <details className="pm-small">
          <summary style={{ cursor: 'pointer' }} className="pm-muted">
            How is {main.label} computed?
          </summary>
          <p style={{ marginTop: 4 }}>{main.formula}</p>
          {main.terms.length ? (
            <p className="pm-subtlest">
              {main.terms
                .map((t) => `${t.name} = ${typeof t.value === 'number' ? formatNumber(t.value) : t.value}`)
                .join(' · ')}
            </p>
          ) : null}
          {main.reasons.length ? <p className="pm-subtlest">Not scored: {main.reasons.join('; ')}</p> : null}
        </details>
      ) : null}
    </div>
  );
}

function worst(list: KpiStatus[]): KpiStatus {
  for (const s of ['off-track', 'at-risk', 'on-track'] as const) if (list.includes(s)) return s;
  return 'no-data';
}

export function IssueContextApp() {
  const { data, error, reload } = useResolver('getRequirementContext', {});
  return (
    <main className="pm-page pm-page--compact">
      {data ? (
        <>
          {error ? <LiteError error={error} onRetry={reload} /> : null}
          <Glance view={data} />
        </>
      ) : error ? (
        <LiteError error={error} onRetry={reload} />
      ) : (
        <LiteLoading label="Loading why this ticket exists" />
      )}
    </main>
  );
}
