import { useMemo, useState } from 'react';
import { token } from '@atlaskit/tokens';
import type { RequirementRow } from '../../../src/contract/api';
import { openIssue } from '../shared/context';
import { formatNumber } from '../shared/format';
import { ErrorPanel } from '../shared/ErrorPanel';
import { Loading } from '../shared/ui';
import { Button } from '../shared/native';
import { valueAxis } from '../shared/chart-scale';
import { useBacklogPages } from './useBacklogPages';

const W = 560;
const H = 300;
const M = { top: 16, right: 16, bottom: 36, left: 48 };
const PAGE = 50;

interface Point {
  key: string;
  summary: string;
  value: number;
  effort: number;
}

/**
 * The Value / Effort score's own inputs, in the order the contract lists them (score-views.ts
 * puts a model's inputs first, value then effort); rows missing either are left out.
 */
function pointOf(r: RequirementRow): Point | undefined {
  const [value, effort] = r.mainScore.terms;
  if (typeof value?.value !== 'number' || typeof effort?.value !== 'number') return undefined;
  return { key: r.key, summary: r.summary, value: value.value, effort: effort.value };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

/**
 * The open requirements scored by Value / Effort, value up, effort across, split at the medians
 * into quick wins, big bets, fill-ins and time sinks. Jira picks the rows (the best by value /
 * effort first, open work only); each point is focusable, shows its item on hover or focus and
 * opens it on click or Enter.
 */
export function ValueEffortMatrix({ refresh }: { refresh: number }) {
  const pages = useBacklogPages('valueEffort', { status: 'open' }, refresh, PAGE);
  // What the status line names: the point last hovered or focused. The focused point is kept
  // apart so that the pointer leaving a point (also when the layout moves under a resting
  // pointer, e.g. a section above finishing loading) falls back to it instead of clearing what
  // keyboard focus chose.
  const [active, setActive] = useState<Point>();
  const [focused, setFocused] = useState<Point>();
  const points = useMemo(() => pages.rows.map(pointOf).filter((p): p is Point => p !== undefined), [pages.rows]);
  if (pages.loading) return <Loading label="Loading the value / effort matrix" rows={3} />;
  if (pages.error) return <ErrorPanel error={pages.error} onRetry={pages.reload} />;
  if (!points.length)
    return (
      <p className="pm-small pm-muted">
        No open requirement has both a value and an effort yet: score one with Value / Effort in its panel.
      </p>
    );

  // Both axes start at zero: a ratio chart read from a cut axis exaggerates.
  const xAxis = valueAxis([0, ...points.map((p) => p.effort)], [M.left, W - M.right], 5);
  const yAxis = valueAxis([0, ...points.map((p) => p.value)], [H - M.bottom, M.top], 4);
  const x = xAxis.at;
  const y = yAxis.at;
  const mx = x(median(points.map((p) => p.effort)));
  const my = y(median(points.map((p) => p.value)));
  const axis = token('color.border', '#091E4224');
  const text = token('color.text.subtlest', '#626F86');
  const dot = token('color.chart.brand', '#1D7AFC');
  const quadrant = (label: string, qx: number, qy: number, anchor: 'start' | 'end') => (
    <text x={qx} y={qy} fontSize={11} fill={text} textAnchor={anchor} fontWeight={600}>
      {label}
    </text>
  );
  return (
    <figure className="pm-card" style={{ margin: 0, minWidth: 0 }} data-testid="value-effort-matrix">
      <figcaption className="pm-h3">
        Value / effort of open requirements{' '}
        <span className="pm-small pm-subtlest">
          ({points.length} shown{pages.hasMore ? `, the best ${PAGE} by value / effort; more exist` : ''})
        </span>
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        style={{ maxWidth: W, display: 'block' }}
        role="group"
        aria-label={`Value against effort for ${points.length} open requirements, split at the medians`}
      >
        {yAxis.ticks.map((t) => (
          <g key={`y${t.value}`}>
            <line x1={M.left} x2={W - M.right} y1={t.at} y2={t.at} stroke={axis} />
            <text x={M.left - 6} y={t.at} dy="0.32em" textAnchor="end" fontSize={10} fill={text}>
              {t.label}
            </text>
          </g>
        ))}
        {xAxis.ticks.map((t) => (
          <text key={`x${t.value}`} x={t.at} y={H - M.bottom + 14} textAnchor="middle" fontSize={10} fill={text}>
            {t.label}
          </text>
        ))}
        <text x={(M.left + W - M.right) / 2} y={H - 4} textAnchor="middle" fontSize={11} fill={text}>
          Effort →
        </text>
        <text
          x={12}
          y={(M.top + H - M.bottom) / 2}
          textAnchor="middle"
          fontSize={11}
          fill={text}
          transform={`rotate(-90 12 ${(M.top + H - M.bottom) / 2})`}
        >
          Value →
        </text>
        <line x1={mx} x2={mx} y1={M.top} y2={H - M.bottom} stroke={text} strokeDasharray="4 4" />
        <line x1={M.left} x2={W - M.right} y1={my} y2={my} stroke={text} strokeDasharray="4 4" />
        {quadrant('Quick wins', M.left + 4, M.top + 10, 'start')}
        {quadrant('Big bets', W - M.right - 4, M.top + 10, 'end')}
        {quadrant('Fill-ins', M.left + 4, H - M.bottom - 6, 'start')}
        {quadrant('Time sinks', W - M.right - 4, H - M.bottom - 6, 'end')}
        {points.map((p) => (
          <circle
            key={p.key}
            cx={x(p.effort)}
            cy={y(p.value)}
            r={active?.key === p.key ? 7 : 5}
            fill={dot}
            fillOpacity={0.75}
            stroke={token('elevation.surface', '#FFFFFF')}
            tabIndex={0}
            role="link"
            aria-label={`${p.key} ${p.summary}: value ${formatNumber(p.value)}, effort ${formatNumber(p.effort)}`}
            data-key={p.key}
            style={{ cursor: 'pointer' }}
            onMouseEnter={() => setActive(p)}
            onMouseLeave={() => setActive((a) => (a?.key === p.key ? focused : a))}
            onFocus={() => {
              setFocused(p);
              setActive(p);
            }}
            onBlur={() => {
              setFocused(undefined);
              setActive((a) => (a?.key === p.key ? undefined : a));
            }}
            onClick={(e) => openIssue(p.key, e)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') openIssue(p.key);
            }}
          />
        ))}
      </svg>
      <p className="pm-small pm-muted" role="status" style={{ minHeight: 16 }} data-testid="value-effort-active">
        {active
          ? `${active.key} · ${active.summary} · value ${formatNumber(active.value)}, effort ${formatNumber(active.effort)}`
          : 'Hover or focus a point to see the requirement; click or press Enter to open it.'}
      </p>
      {pages.hasMore ? (
        <Button appearance="subtle" spacing="compact" onClick={pages.more} isLoading={pages.loadingMore}>
          Show {PAGE} more
        </Button>
      ) : null}
    </figure>
  );
}
