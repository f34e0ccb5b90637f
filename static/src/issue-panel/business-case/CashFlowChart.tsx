import { token } from '@atlaskit/tokens';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { ScenarioFigures } from '../../../../src/contract/views-business-case';
import { formatMoney, periodWord } from './money';

const W = 480;
const H = 160;
const PAD = { left: 8, right: 8, top: 10, bottom: 20 };

/**
 * Cumulative cash flow of both scenarios by period (SVG, themed with tokens): where a line
 * crosses zero the case has paid back. The numbers are in the figures beside it; this is the
 * picture, with a text alternative.
 */
export function CashFlowChart({
  planned,
  current,
  currency,
  periodMonths,
}: {
  planned: ScenarioFigures;
  current: ScenarioFigures;
  currency: string;
  periodMonths: number;
}) {
  const all = [...planned.cumulative, ...current.cumulative, 0];
  const n = Math.max(1, planned.cumulative.length - 1);
  const x = scaleLinear([0, n], [PAD.left, W - PAD.right]);
  // Zero is always in the domain (`all` holds it), so the payback line is drawn.
  const y = scaleLinear([Math.min(...all), Math.max(...all)], [H - PAD.bottom, PAD.top]);
  const path = (values: number[]) =>
    line<number>(
      (_, i) => x(i),
      (v) => y(v),
    )(values) ?? '';
  const plannedColor = token('color.chart.brand', '#1D7AFC');
  const currentColor = token('color.chart.neutral', '#8590A2');
  const last = planned.cumulative.length - 1;
  const label = `Cumulative cash flow over ${last} ${periodWord(periodMonths, last)}: planned from ${formatMoney(planned.cumulative[0] ?? 0, currency)} to ${formatMoney(
    planned.cumulative[last] ?? 0,
    currency,
  )}, at today's KPI levels to ${formatMoney(current.cumulative[last] ?? 0, currency)}.`;
  return (
    <figure className="pm-stack-sm" style={{ margin: 0 }}>
      <svg
        width="100%"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={label}
        style={{ maxWidth: W }}
        data-testid="cash-flow-chart"
      >
        <line
          x1={PAD.left}
          x2={W - PAD.right}
          y1={y(0)}
          y2={y(0)}
          stroke={token('color.border.bold', '#758195')}
          strokeWidth={1}
        />
        <text x={PAD.left} y={y(0) - 4} fontSize={10} fill={token('color.text.subtlest', '#626F86')}>
          0
        </text>
        <path d={path(current.cumulative)} fill="none" stroke={currentColor} strokeWidth={2} strokeDasharray="4 3" />
        <path d={path(planned.cumulative)} fill="none" stroke={plannedColor} strokeWidth={2} />
        <text x={PAD.left} y={H - 6} fontSize={10} fill={token('color.text.subtlest', '#626F86')}>
          start
        </text>
        <text x={W - PAD.right} y={H - 6} fontSize={10} textAnchor="end" fill={token('color.text.subtlest', '#626F86')}>
          {last} {periodWord(periodMonths, last)}
        </text>
      </svg>
      <figcaption className="pm-legend pm-small pm-muted">
        <span>
          <i style={{ background: plannedColor }} />
          Planned (KPIs at target)
        </span>
        <span>
          <i style={{ background: currentColor }} />
          At today's KPI levels
        </span>
      </figcaption>
    </figure>
  );
}
