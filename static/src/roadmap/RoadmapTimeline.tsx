import { token } from '@atlaskit/tokens';
import { forwardRef } from 'react';
import type { RoadmapItem, RoadmapRelease } from '../../../src/contract/api';
import { KPI_STATUS_LABEL, formatDate } from '../shared/format';
import { HORIZON_LABEL, KPI_COLOR, dueText, progressText } from './roadmap-words';
import { dayMs, releaseMarks, timelineScale, timelineX } from './timeline-scale';

const WIDTH = 960;
const LABEL_W = 280;
const ROW_H = 28;
const AXIS_H = 36;
const PAD = 12;
/** The band under the rows that names the release markers. */
const RELEASE_H = 18;

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

const releaseWords = (r: RoadmapRelease) =>
  `${r.projectKey} ${r.name}, ${r.released ? 'released' : 'unreleased'}, ${formatDate(r.releaseDate)}`;

function describe(i: RoadmapItem): string {
  const dates = `${i.startDate ? `start ${formatDate(i.startDate)}` : 'no start date'}, ${dueText(i)}`;
  return `${i.key} ${i.summary}: ${HORIZON_LABEL[i.horizon]} (${i.horizonReason}), ${dates}${i.overdue ? ', overdue' : ''}; ${progressText(i.progress)}; KPIs ${KPI_STATUS_LABEL[i.kpiStatus].toLowerCase()}`;
}

/**
 * The timeline as one SVG (themed with tokens; its colours are resolved when it is
 * downloaded): a row per scheduled item, a bar from start to due day filled to its
 * delivery progress, a diamond for an item with only a due day, a dashed open end for
 * one with no due day, the KPI status as a dot, a line at today, and a marker per release
 * (solid once released, dashed before), named in a band under the rows.
 */
export const RoadmapTimeline = forwardRef<
  SVGSVGElement,
  { items: RoadmapItem[]; today: string; title: string; releases?: RoadmapRelease[] }
>(function RoadmapTimeline({ items, today, title, releases = [] }, ref) {
  const scale = timelineScale(items, today);
  const marks = releaseMarks(scale, releases);
  const rowsH = Math.max(1, scale.bars.length) * ROW_H;
  const height = AXIS_H + rowsH + (marks.length ? RELEASE_H : 0) + PAD;
  const chartW = WIDTH - LABEL_W - PAD;
  const x = timelineX(scale, [LABEL_W, LABEL_W + chartW]);
  const text = token('color.text', '#172B4D');
  const subtle = token('color.text.subtlest', '#626F86');
  const grid = token('color.border', '#091E4224');
  const track = token('color.background.neutral', '#091E420F');
  const fill = token('color.background.brand.bold', '#0C66E4');
  const done = token('color.background.success.bold', '#1F845A');
  const todayX = x(dayMs(today));
  return (
    <div className="pm-stack-sm">
      <svg
        ref={ref}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby="pm-roadmap-tl-title"
        data-testid="roadmap-timeline"
        style={{ maxWidth: WIDTH, display: 'block', fontFamily: 'ui-sans-serif, system-ui, sans-serif' }}
      >
        <title id="pm-roadmap-tl-title">{title}</title>
        <rect x={0} y={0} width={WIDTH} height={height} fill={token('elevation.surface', '#FFFFFF')} />
        {scale.ticks.map((t) => (
          <g key={t.at}>
            <line x1={x(t.at)} x2={x(t.at)} y1={AXIS_H - 6} y2={height - PAD} stroke={grid} />
            <text x={x(t.at) + 3} y={AXIS_H - 8} fontSize={11} fill={subtle}>
              {t.label}
            </text>
          </g>
        ))}
        {marks.map(({ release: r, at }) => {
          const mx = x(at);
          const colour = r.released
            ? token('color.border.success', '#22A06B')
            : token('color.border.discovery', '#8270DB');
          return (
            <g key={`${r.projectKey}-${r.name}`} data-testid="roadmap-release" data-released={r.released}>
              <title>{`Release ${releaseWords(r)}`}</title>
              <line
                x1={mx}
                x2={mx}
                y1={AXIS_H - 6}
                y2={AXIS_H + rowsH + 4}
                stroke={colour}
                strokeWidth={2}
                strokeDasharray={r.released ? undefined : '5 3'}
              />
              <text x={mx + 3} y={AXIS_H + rowsH + 15} fontSize={10} fill={text}>
                {r.released ? '✓ ' : ''}
                {r.name}
              </text>
            </g>
          );
        })}
        {scale.bars.map((b, row) => {
          const y = AXIS_H + row * ROW_H;
          const x1 = x(b.from);
          const x2 = Math.max(x(b.to), x1 + 2);
          const p = b.item.progress;
          const share = p.state === 'available' ? p.done / p.total : 0;
          return (
            <g key={b.item.key} data-testid="roadmap-bar" data-key={b.item.key}>
              <title>{describe(b.item)}</title>
              <circle cx={8} cy={y + ROW_H / 2} r={5} fill={KPI_COLOR[b.item.kpiStatus]} />
              <text x={18} y={y + ROW_H / 2 + 4} fontSize={12} fill={text}>
                <tspan fontWeight={600}>{b.item.key}</tspan> {clip(b.item.summary, 30)}
              </text>
              {b.milestone ? (
                <rect
                  x={x1 - 6}
                  y={y + ROW_H / 2 - 6}
                  width={12}
                  height={12}
                  transform={`rotate(45 ${x1} ${y + ROW_H / 2})`}
                  fill={b.item.statusCategory === 'done' ? done : fill}
                />
              ) : (
                <g>
                  <rect
                    x={x1}
                    y={y + 6}
                    width={x2 - x1}
                    height={ROW_H - 12}
                    rx={3}
                    fill={track}
                    stroke={b.item.overdue ? token('color.border.danger', '#E2483D') : grid}
                    strokeDasharray={b.openEnd ? '4 3' : undefined}
                  />
                  <rect
                    x={x1}
                    y={y + 6}
                    width={(x2 - x1) * share}
                    height={ROW_H - 12}
                    rx={3}
                    fill={share >= 1 ? done : fill}
                  />
                </g>
              )}
            </g>
          );
        })}
        <line
          x1={todayX}
          x2={todayX}
          y1={AXIS_H - 14}
          y2={height - PAD}
          stroke={token('color.border.brand', '#0C66E4')}
          strokeWidth={2}
        />
        <text x={todayX + 3} y={11} fontSize={11} fontWeight={600} fill={token('color.text.brand', '#0C66E4')}>
          Today
        </text>
      </svg>
      {scale.bars.length === 0 ? (
        <p className="pm-small pm-subtlest">No item with these filters has a start or due date.</p>
      ) : null}
      {releases.length ? (
        <p className="pm-small pm-subtlest" data-testid="roadmap-releases">
          Releases (solid line: released, dashed: not yet): {releases.map(releaseWords).join(' · ')}
        </p>
      ) : null}
      {scale.unscheduled.length ? (
        <p className="pm-small pm-subtlest" data-testid="roadmap-unscheduled">
          Not on the timeline (no start or due date): {scale.unscheduled.map((i) => i.key).join(', ')}
        </p>
      ) : null}
    </div>
  );
});
