import { useState } from 'react';
import { token } from '@atlaskit/tokens';
import type { KpiView } from '../../../src/contract/api';
import { line as linePath } from 'd3-shape';
import { formatNumber } from '../shared/format';
import { dayAxis, labelAnchor, valueAxis } from '../shared/chart-scale';

const W = 360;
const H = 180;
const M = { top: 12, right: 16, bottom: 30, left: 48 };

const STATUS_STROKE = {
  'off-track': token('color.chart.danger', '#E2483D'),
  'at-risk': token('color.chart.warning', '#E2B203'),
  'on-track': token('color.chart.success', '#22A06B'),
  'no-data': token('color.chart.neutral', '#8590A2'),
} as const;

const shortDate = (d: string) =>
  new Date(`${d}T12:00:00Z`).toLocaleDateString(undefined, {
    month: 'short',
    day: 'numeric',
    year: '2-digit',
    timeZone: 'UTC',
  });

/**
 * One KPI over its measuring period: the actuals as a line, the baseline, the target as a dashed
 * line, the due date as a vertical line and the trend's forecast (dotted) to it. Each actual is a
 * focusable point; hovering or focusing it shows its date and value.
 */
export function KpiTrendChart({ kpi }: { kpi: KpiView }) {
  const [active, setActive] = useState<number>();
  const points = [...kpi.actuals].sort((a, b) => a.date.localeCompare(b.date));
  const dates = [
    kpi.periodStart,
    kpi.dueDate,
    ...points.map((p) => p.date),
    ...(kpi.forecast ? [kpi.forecast.date] : []),
  ];
  const values = [
    kpi.baseline,
    kpi.target,
    ...points.map((p) => p.value),
    ...(kpi.forecast ? [kpi.forecast.value] : []),
  ];
  const yAxis = valueAxis(values, [H - M.bottom, M.top], 4);
  const xRange = [M.left, W - M.right] as const;
  // A small chart: ticks at least 90 px apart, so a centred label never meets one set against an end.
  const xAxis = dayAxis(dates, xRange, 3, 90);
  const y = yAxis.at;
  const xOf = xAxis.at;
  const line = linePath<KpiView['actuals'][number]>(
    (p) => xOf(p.date),
    (p) => y(p.value),
  )(points);
  const stroke = STATUS_STROKE[kpi.status];
  const axis = token('color.border', '#091E4224');
  const text = token('color.text.subtlest', '#626F86');
  const last = points[points.length - 1];
  const shown = active !== undefined ? points[active] : undefined;
  const unit = kpi.unit ? ` ${kpi.unit}` : '';
  const summary = `${kpi.name}: ${points.length} actuals${last ? `, latest ${formatNumber(last.value)}${unit} on ${last.date}` : ''}; baseline ${formatNumber(kpi.baseline)}, target ${formatNumber(kpi.target)}${unit} by ${kpi.dueDate}${
    kpi.forecast ? `; at this rate ${formatNumber(kpi.forecast.value)}${unit} by then` : ''
  }`;
  return (
    <figure className="pm-card" style={{ margin: 0, minWidth: 0 }} data-testid={`kpi-trend-${kpi.key}`}>
      <figcaption className="pm-h3" style={{ marginBottom: 4 }}>
        {kpi.name} <span className="pm-small pm-subtlest">({kpi.key})</span>
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        style={{ maxWidth: W, display: 'block' }}
        role="group"
        aria-label={summary}
      >
        {yAxis.ticks.map((t) => (
          <g key={`y${t.value}`}>
            <line x1={M.left} x2={W - M.right} y1={t.at} y2={t.at} stroke={axis} />
            <text x={M.left - 6} y={t.at} dy="0.32em" textAnchor="end" fontSize={10} fill={text}>
              {t.label}
            </text>
          </g>
        ))}
        <line x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} stroke={text} />
        {xAxis.ticks.map((t) => (
          <g key={`x${t.value}`}>
            <line x1={t.at} x2={t.at} y1={H - M.bottom} y2={H - M.bottom + 4} stroke={text} />
            <text x={t.at} y={H - M.bottom + 15} fontSize={10} fill={text} textAnchor={labelAnchor(t.at, xRange)}>
              {t.label}
            </text>
          </g>
        ))}
        <text
          x={xOf(kpi.dueDate) - 3}
          y={M.top + 8}
          fontSize={10}
          fill={text}
          textAnchor="end"
          data-testid="kpi-due-label"
        >
          due {shortDate(kpi.dueDate)}
        </text>
        <line
          x1={xOf(kpi.dueDate)}
          x2={xOf(kpi.dueDate)}
          y1={M.top}
          y2={H - M.bottom}
          stroke={text}
          strokeDasharray="2 3"
          data-testid="kpi-due-line"
        />
        <line
          x1={M.left}
          x2={W - M.right}
          y1={y(kpi.target)}
          y2={y(kpi.target)}
          stroke={token('color.chart.success.bold', '#1F845A')}
          strokeDasharray="6 4"
          strokeWidth={1.5}
          data-testid="kpi-target-line"
        />
        <text
          x={W - M.right}
          y={y(kpi.target) - 4}
          fontSize={10}
          fill={token('color.text.success', '#216E4E')}
          textAnchor="end"
        >
          target {formatNumber(kpi.target)}
        </text>
        {last && kpi.forecast ? (
          <line
            x1={xOf(last.date)}
            y1={y(last.value)}
            x2={xOf(kpi.forecast.date)}
            y2={y(kpi.forecast.value)}
            stroke={stroke}
            strokeDasharray="1 4"
            strokeWidth={2}
            strokeLinecap="round"
          />
        ) : null}
        {line ? <path d={line} fill="none" stroke={stroke} strokeWidth={2} strokeLinejoin="round" /> : null}
        {points.map((p, i) => (
          <circle
            key={p.date}
            cx={xOf(p.date)}
            cy={y(p.value)}
            r={active === i ? 5 : 3.5}
            fill={stroke}
            stroke={token('elevation.surface', '#FFFFFF')}
            tabIndex={0}
            role="img"
            aria-label={`${p.date}: ${formatNumber(p.value)}${unit}`}
            onMouseEnter={() => setActive(i)}
            onMouseLeave={() => setActive(undefined)}
            onFocus={() => setActive(i)}
            onBlur={() => setActive(undefined)}
          />
        ))}
      </svg>
      <p className="pm-small pm-muted" role="status" style={{ minHeight: 16 }}>
        {shown
          ? `${shown.date}: ${formatNumber(shown.value)}${unit}`
          : points.length
            ? `Latest ${formatNumber(last!.value)}${unit} · target ${formatNumber(kpi.target)}${unit} by ${kpi.dueDate}`
            : 'No actuals yet: record one in the KPI’s panel.'}
      </p>
    </figure>
  );
}
