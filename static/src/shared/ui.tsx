/**
 * Small shared building blocks: loading skeletons, empty states, status lozenges,
 * score explanation, sparkline, progress, issue links, CSV download.
 */
import { Spinner, Lozenge, type LozengeAppearance as ThemeAppearance, ProgressBar, Tooltip } from './native';
import { type ReactNode } from 'react';
import { token } from '@atlaskit/tokens';
import type { KpiStatus, KpiView, PhaseRef, ReadinessView, ScoreView, StatusCategory } from '../../../src/contract/api';
import { MODEL_LABELS } from '../../../src/contract/ui-runtime-shared';
import { KPI_STATUS_LABEL, READINESS_LABEL, STATUS_CATEGORY_LABEL, formatNumber, formatPercent } from './format';
import { IssueLink } from './lite';
import { HIDDEN_ITEM_TEXT } from './hidden-item';

/** A section's colour as configured (views carry it on every phase); a neutral border when it is not a colour. No section's colour is hard-coded here. */
export function sectionColor(_section: string, color?: string): string {
  return color && /^#[0-9a-f]{3,8}$/i.test(color) ? color : token('color.border.bold', '#758195');
}

export { sectionName, sectionsOf } from './section-names';

export function Loading({ label = 'Loading', rows = 4 }: { label?: string; rows?: number }) {
  return (
    <div role="status" aria-live="polite" aria-busy="true" className="pm-stack-sm">
      <span className="pm-sr-only">{label}…</span>
      <div className="pm-row">
        <Spinner size="small" label={label} />
        <span className="pm-muted">{label}…</span>
      </div>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="pm-skeleton" style={{ height: i === 0 ? 28 : 16, width: `${90 - i * 12}%` }} />
      ))}
    </div>
  );
}

export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div
      style={{
        textAlign: 'center',
        padding: `${token('space.400', '32px')} ${token('space.200', '16px')}`,
        border: `1px dashed ${token('color.border', '#091E4224')}`,
        borderRadius: 8,
      }}
    >
      <p className="pm-h3" style={{ marginBottom: 6 }}>
        {title}
      </p>
      {children ? (
        <p className="pm-muted" style={{ maxWidth: 520, margin: '0 auto' }}>
          {children}
        </p>
      ) : null}
      {action ? <div style={{ marginTop: 12 }}>{action}</div> : null}
    </div>
  );
}

const KPI_APPEARANCE: Record<KpiStatus, ThemeAppearance> = {
  'on-track': 'success',
  'at-risk': 'moved',
  'off-track': 'removed',
  'no-data': 'default',
};

export function KpiStatusLozenge({ status }: { status: KpiStatus }) {
  return <Lozenge appearance={KPI_APPEARANCE[status]}>{KPI_STATUS_LABEL[status]}</Lozenge>;
}

const READINESS: Record<ReadinessView['level'], { label: string; appearance: ThemeAppearance }> = {
  ready: { label: READINESS_LABEL.ready, appearance: 'success' },
  partial: { label: READINESS_LABEL.partial, appearance: 'moved' },
  'not-ready': { label: READINESS_LABEL['not-ready'], appearance: 'removed' },
};

/** Full sentence: "Problem CHK-18 is not done; no scenario". */
function missingText(readiness: ReadinessView): string {
  return readiness.missing
    .map((m) => {
      const what = m.label || m.item;
      if (m.reason === 'not-done') return `${what}${m.key ? ` ${m.key}` : ''} is not done`;
      if (m.reason === 'not-visible') return `${what} is ${HIDDEN_ITEM_TEXT}`;
      return `no ${what.toLowerCase() === 'kpi' ? 'KPI' : what.toLowerCase()} linked`;
    })
    .join('; ');
}

/** Short form for tables: the labels, not-done ones marked. */
function missingShort(readiness: ReadinessView): string {
  return readiness.missing
    .map((m) => (m.reason === 'missing' ? m.label || m.item : `${m.label || m.item} (open)`))
    .join(', ');
}

export function ReadinessLozenge({
  readiness,
  showMissing = true,
}: {
  readiness: ReadinessView;
  showMissing?: boolean;
}) {
  const r = READINESS[readiness.level];
  const missing = missingShort(readiness);
  return (
    <span
      style={{ display: 'inline-flex', flexDirection: 'column', gap: 2, minWidth: 0 }}
      title={readiness.missing.length ? missingText(readiness) : undefined}
    >
      <span>
        <Lozenge appearance={r.appearance}>{r.label}</Lozenge>
      </span>
      {showMissing && missing ? <span className="pm-small pm-subtlest">Needs {missing}</span> : null}
    </span>
  );
}

const CATEGORY_APPEARANCE: Record<StatusCategory, ThemeAppearance> = {
  new: 'default',
  indeterminate: 'inprogress',
  done: 'success',
};

export function StatusLozenge({ status, category }: { status: string; category: StatusCategory }) {
  return <Lozenge appearance={CATEGORY_APPEARANCE[category]}>{status || STATUS_CATEGORY_LABEL[category]}</Lozenge>;
}

export function PhaseBadge({ phase }: { phase?: PhaseRef }) {
  if (!phase) return <span className="pm-subtlest">No phase</span>;
  const color = sectionColor(phase.section, phase.color);
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6, minWidth: 0 }}>
      <span aria-hidden style={{ width: 8, height: 8, borderRadius: 8, background: color, flex: 'none' }} />
      <span className="pm-ellipsis">{phase.name}</span>
    </span>
  );
}

export function scoreText(score: ScoreView): string {
  if (!score.scored) return 'Not scored';
  if (score.display) return score.display;
  return formatNumber(score.value);
}

/** The formula and its terms, for tooltips and the panel breakdown. */
export function ScoreExplanation({
  score,
  hideTitle = false,
  hideStale = false,
}: {
  score: ScoreView;
  hideTitle?: boolean;
  hideStale?: boolean;
}) {
  return (
    <span style={{ display: 'block', maxWidth: 320 }}>
      {hideTitle ? null : <strong>{score.label || MODEL_LABELS[score.model]}</strong>}
      {score.formula ? <span style={{ display: 'block' }}>{score.formula}</span> : null}
      {score.terms.length ? (
        <span style={{ display: 'block', marginTop: 4 }}>
          {score.terms
            .map((t) => `${t.name} = ${typeof t.value === 'number' ? formatNumber(t.value) : t.value}`)
            .join(' · ')}
        </span>
      ) : null}
      {!score.scored && score.reasons.length ? (
        <span style={{ display: 'block', marginTop: 4 }}>Not scored: {score.reasons.join('; ')}</span>
      ) : null}
      {score.warnings?.length ? (
        <span style={{ display: 'block', marginTop: 4 }}>Check: {score.warnings.join('; ')}</span>
      ) : null}
      {score.stale && !hideStale ? (
        <span style={{ display: 'block', marginTop: 4 }}>Inputs are stale: re-check them.</span>
      ) : null}
    </span>
  );
}

/** A score with its formula on hover and keyboard focus. */
export function ScoreCell({ score }: { score: ScoreView }) {
  const text = scoreText(score);
  return (
    <Tooltip content={<ScoreExplanation score={score} />}>
      {(props) => (
        <button
          type="button"
          {...props}
          className="pm-score-btn"
          aria-label={`${score.label || MODEL_LABELS[score.model]} score ${text}. ${score.formula}`}
          style={score.scored ? undefined : { fontWeight: 400, color: token('color.text.subtlest', '#626F86') }}
        >
          {text}
        </button>
      )}
    </Tooltip>
  );
}

export { IssueLink };

export function Progress({ done, total, label }: { done: number; total: number; label: string }) {
  const value = total > 0 ? Math.max(0, Math.min(1, done / total)) : 0;
  return (
    <span style={{ display: 'inline-flex', flexDirection: 'column', gap: 3, minWidth: 90 }}>
      <ProgressBar
        value={value}
        ariaLabel={`${label}: ${done} of ${total} done`}
        appearance={value >= 1 ? 'success' : 'default'}
      />
      <span className="pm-small pm-subtlest pm-num">
        {done}/{total} · {formatPercent(done, total || 1)}
      </span>
    </span>
  );
}

export function Sparkline({ kpi, width = 120, height = 32 }: { kpi: KpiView; width?: number; height?: number }) {
  const pts = kpi.actuals;
  if (pts.length < 2)
    return <span className="pm-small pm-subtlest">{pts.length ? 'One actual so far' : 'No actuals yet'}</span>;
  const values = pts.map((p) => p.value).concat([kpi.target, kpi.baseline]);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const x = (i: number) => 2 + (i / (pts.length - 1)) * (width - 4);
  const y = (v: number) => height - 2 - ((v - min) / span) * (height - 4);
  const d = pts.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const stroke =
    kpi.status === 'off-track'
      ? token('color.icon.danger', '#C9372C')
      : kpi.status === 'at-risk'
        ? token('color.icon.warning', '#E2B203')
        : token('color.icon.success', '#22A06B');
  const last = pts[pts.length - 1]!;
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${kpi.name}: ${pts.length} actuals, latest ${formatNumber(last.value)} ${kpi.unit}, target ${formatNumber(kpi.target)}`}
    >
      <line
        x1={0}
        x2={width}
        y1={y(kpi.target)}
        y2={y(kpi.target)}
        stroke={token('color.border', '#091E4224')}
        strokeDasharray="3 3"
      />
      <path d={d} fill="none" stroke={stroke} strokeWidth={2} strokeLinejoin="round" strokeLinecap="round" />
      <circle cx={x(pts.length - 1)} cy={y(last.value)} r={2.5} fill={stroke} />
    </svg>
  );
}

const TREND: Record<KpiView['trend'], string> = {
  improving: '↗ improving',
  worsening: '↘ worsening',
  flat: '→ flat',
  unknown: 'trend unknown',
};

export function KpiCard({ kpi }: { kpi: KpiView }) {
  return (
    <article
      className="pm-card"
      aria-label={`KPI ${kpi.name}`}
      style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'flex-start' }}>
        <div style={{ minWidth: 0 }}>
          <p className="pm-h3 pm-ellipsis" title={kpi.name}>
            {kpi.name}
          </p>
          <p className="pm-small">
            <IssueLink issueKey={kpi.key} />
          </p>
        </div>
        <span style={{ flex: 'none' }}>
          <KpiStatusLozenge status={kpi.status} />
        </span>
      </div>
      <div style={{ display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between', gap: 8 }}>
        <div>
          <span className="pm-tile-value pm-num" style={{ fontSize: 20 }}>
            {kpi.latest ? formatNumber(kpi.latest.value) : '—'}
          </span>{' '}
          <span className="pm-muted">{kpi.unit}</span>
          <p className="pm-small pm-subtlest pm-num">
            target {formatNumber(kpi.target)} {kpi.unit} · from {formatNumber(kpi.baseline)}
          </p>
        </div>
        <Sparkline kpi={kpi} />
      </div>
      <p className="pm-small pm-muted">
        {kpi.outcome === 'missed' ? 'Missed its target · ' : kpi.outcome === 'met' ? 'Target met · ' : ''}
        {kpi.pace !== undefined && kpi.outcome === undefined ? `Pace ${formatNumber(kpi.pace)}× · ` : ''}
        {TREND[kpi.trend]} · due {kpi.dueDate}
        {kpi.forecast
          ? ` · at this rate ${formatNumber(kpi.forecast.value)} ${kpi.unit} by then (${kpi.forecast.reachesTarget ? 'reaches' : 'misses'} the target)`
          : ''}
      </p>
    </article>
  );
}

/** Saves text as a file through a Blob link (no server round trip, no inline script). */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
