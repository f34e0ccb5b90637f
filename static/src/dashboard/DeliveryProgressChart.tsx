import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { token } from '@atlaskit/tokens';
import { ErrorPanel } from '../shared/ErrorPanel';
import { Button } from '../shared/native';
import { labelAnchor } from '../shared/chart-scale';
import { Loading } from '../shared/ui';
import { useResolver } from '../shared/useResolver';
import { burnUpSeries, dayText, nearestDay, type BurnUpMeasure } from './burn-up-series';

const BOX = { width: 560, height: 240, margin: { top: 16, right: 16, bottom: 32, left: 48 } };
const { width: W, height: H, margin: M } = BOX;

/**
 * Delivery progress over time: a burn-up of the project's units of work (issues without
 * children) done against their total, by count or by estimated effort, one point per daily
 * snapshot. The chart is one focusable group: the arrow keys (Home / End) move between days,
 * the pointer picks the nearest day, and the status line says the day's figures.
 */
export function DeliveryProgressChart({ refresh }: { refresh: number }) {
  const { data, error, loading, reload } = useResolver('getDeliveryProgress', {});
  const [measure, setMeasure] = useState<BurnUpMeasure>('count');
  const [active, setActive] = useState<number>();
  // The page's Refresh reloads the history too (not on mount: useResolver has just loaded it).
  const seen = useRef(refresh);
  useEffect(() => {
    if (seen.current === refresh) return;
    seen.current = refresh;
    reload();
  }, [refresh, reload]);
  if (loading && !data) return <Loading label="Loading delivery progress" rows={2} />;
  if (error && !data) return <ErrorPanel error={error} onRetry={reload} />;
  if (!data) return null;

  const shown = measure === 'effort' && !data.hasEffort ? 'count' : measure;
  const heading = (
    <figcaption className="pm-toolbar">
      <span className="pm-h3">Delivery progress over time</span>
      {data.hasEffort ? (
        <div className="pm-seg" role="group" aria-label="Burn-up measure">
          {(['count', 'effort'] as const).map((m) => (
            <Button
              key={m}
              spacing="compact"
              appearance={m === shown ? 'primary' : 'default'}
              aria-pressed={m === shown}
              onClick={() => setMeasure(m)}
            >
              {m === 'count' ? 'By count' : 'By effort'}
            </Button>
          ))}
        </div>
      ) : null}
    </figcaption>
  );
  if (!data.points.length)
    return (
      <figure className="pm-card pm-stack-sm" style={{ margin: 0 }} data-testid="delivery-progress">
        {heading}
        <p className="pm-small pm-muted" data-testid="delivery-progress-empty">
          No delivery history yet: the first point appears after tonight's snapshot, and one more each day.
        </p>
      </figure>
    );

  const series = burnUpSeries(data.points, shown, BOX);
  const { days } = series;
  const last = days.length - 1;
  const day = active !== undefined ? days[Math.min(active, last)] : undefined;
  const axis = token('color.border', '#091E4224');
  const text = token('color.text.subtlest', '#626F86');
  const doneColor = token('color.chart.success.bold', '#1F845A');
  const totalColor = token('color.chart.neutral', '#8590A2');
  const unit = shown === 'count' ? 'units of work' : 'effort';
  const latest = days[last];
  const summary = `Burn-up of ${unit} over ${days.length} day${days.length === 1 ? '' : 's'}${
    latest ? `; latest ${dayText(latest, shown)}` : ''
  }. Use the arrow keys to move between days.`;

  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    const moves: Record<string, number> = {
      ArrowLeft: (active ?? last + 1) - 1,
      ArrowRight: (active ?? -1) + 1,
      Home: 0,
      End: last,
    };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    setActive(Math.max(0, Math.min(last, to)));
  };
  const onPointer = (e: MouseEvent<SVGSVGElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    if (rect.width <= 0) return;
    setActive(nearestDay(days, ((e.clientX - rect.left) / rect.width) * W));
  };

  return (
    <figure className="pm-card pm-stack-sm" style={{ margin: 0, minWidth: 0 }} data-testid="delivery-progress">
      {heading}
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        style={{ maxWidth: W, display: 'block' }}
        role="group"
        tabIndex={0}
        aria-label={summary}
        aria-describedby="pm-burnup-status"
        data-testid="delivery-progress-chart"
        onKeyDown={onKey}
        onFocus={() => setActive((a) => a ?? last)}
        onBlur={() => setActive(undefined)}
        onMouseMove={onPointer}
        onMouseLeave={() => setActive(undefined)}
      >
        {series.yAxis.ticks.map((t) => (
          <g key={`y${t.value}`}>
            <line x1={M.left} x2={W - M.right} y1={t.at} y2={t.at} stroke={axis} />
            <text x={M.left - 6} y={t.at} dy="0.32em" textAnchor="end" fontSize={10} fill={text}>
              {t.label}
            </text>
          </g>
        ))}
        <line x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} stroke={text} />
        {series.xAxis.ticks.map((t) => (
          <g key={`x${t.value}`}>
            <line x1={t.at} x2={t.at} y1={H - M.bottom} y2={H - M.bottom + 4} stroke={text} />
            <text
              x={t.at}
              y={H - M.bottom + 16}
              fontSize={10}
              fill={text}
              textAnchor={labelAnchor(t.at, [M.left, W - M.right])}
            >
              {t.label}
            </text>
          </g>
        ))}
        <path d={series.doneArea} fill={doneColor} fillOpacity={0.15} />
        <path
          d={series.totalPath}
          fill="none"
          stroke={totalColor}
          strokeWidth={2}
          strokeDasharray="6 3"
          data-testid="burnup-total"
        />
        <path d={series.donePath} fill="none" stroke={doneColor} strokeWidth={2} data-testid="burnup-done" />
        {days.length === 1 && latest ? (
          <>
            <circle cx={latest.x} cy={latest.yTotal} r={3.5} fill={totalColor} />
            <circle cx={latest.x} cy={latest.yDone} r={3.5} fill={doneColor} />
          </>
        ) : null}
        {day ? (
          <g data-testid="burnup-active" data-date={day.date}>
            <line x1={day.x} x2={day.x} y1={M.top} y2={H - M.bottom} stroke={text} strokeDasharray="2 3" />
            <circle cx={day.x} cy={day.yTotal} r={5} fill={totalColor} stroke={token('elevation.surface', '#FFFFFF')} />
            <circle cx={day.x} cy={day.yDone} r={5} fill={doneColor} stroke={token('elevation.surface', '#FFFFFF')} />
          </g>
        ) : null}
      </svg>
      <div className="pm-legend pm-small pm-muted">
        <span>
          <i style={{ background: doneColor }} />
          Done
        </span>
        <span>
          <i style={{ background: totalColor }} />
          Total (scope)
        </span>
      </div>
      <p
        id="pm-burnup-status"
        className="pm-small pm-muted"
        role="status"
        style={{ minHeight: 16 }}
        data-testid="delivery-progress-status"
      >
        {day ? dayText(day, shown) : latest ? `Latest ${dayText(latest, shown)}` : ''}
      </p>
    </figure>
  );
}
