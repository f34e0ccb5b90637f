import { token } from '@atlaskit/tokens';
import type { Horizon, RoadmapItem } from '../../../src/contract/api';
import { formatDate, formatPercent } from '../shared/format';
import { ProgressBar } from '../shared/native';
import { IssueLink, KpiStatusLozenge, StatusLozenge } from '../shared/ui';
import { groupByTheme } from '../../../src/contract/ui-runtime-shared';
import { HORIZON_LABEL, dueText, progressText } from './roadmap-words';

function Card({ item, showProject, sharedReason }: { item: RoadmapItem; showProject: boolean; sharedReason?: string }) {
  const p = item.progress;
  return (
    <li className="pm-card pm-stack-sm" data-testid="roadmap-card" data-key={item.key} style={{ listStyle: 'none' }}>
      {/* An epic's theme is the heading of its group; an initiative is its own theme. */}
      {showProject ? <div className="pm-small pm-subtlest">{item.projectKey}</div> : null}
      <div>
        <IssueLink issueKey={item.key} inText /> {item.summary}
      </div>
      <div className="pm-row pm-small">
        <StatusLozenge status={item.status} category={item.statusCategory} />
        <span className="pm-subtlest">KPIs</span>
        <KpiStatusLozenge status={item.kpiStatus} />
        {item.overdue ? (
          <span style={{ color: token('color.text.danger', '#AE2E24'), fontWeight: 600 }}>Overdue</span>
        ) : null}
      </div>
      <div className="pm-small pm-subtlest">
        {item.startDate ? `Start ${formatDate(item.startDate)}` : 'No start date'} ·{' '}
        <span data-testid="roadmap-due">{dueText(item)}</span> · {item.horizonReason}
      </div>
      {p.state === 'available' ? (
        <div className="pm-stack-sm">
          <ProgressBar
            value={p.done / p.total}
            ariaLabel={`${item.key} delivery: ${p.done} of ${p.total} children done`}
            appearance={p.done >= p.total ? 'success' : 'default'}
          />
          <span className="pm-small pm-subtlest pm-num">
            {progressText(p)} · {formatPercent(p.done, p.total)}
          </span>
        </div>
      ) : (
        <div className="pm-small pm-subtlest" data-testid="roadmap-progress-note">
          {p.state === 'unavailable' && p.reason === sharedReason ? 'Progress: see the note above' : progressText(p)}
        </div>
      )}
    </li>
  );
}

/** Now / next / later columns (and done when it is shown), each its cards grouped by theme (no theme last). */
/** `sharedReason`: why no item has a progress figure, said once above the board instead of on every card. */
export function RoadmapBoard({
  items,
  horizons,
  showProject,
  byTheme,
  sharedReason,
}: {
  items: RoadmapItem[];
  horizons: Horizon[];
  showProject: boolean;
  /** Group the cards by theme: for epics (an initiative is its own theme, so a group of one each). */
  byTheme: boolean;
  sharedReason?: string;
}) {
  const card = (i: RoadmapItem) => (
    <Card key={i.key} item={i} showProject={showProject} {...(sharedReason ? { sharedReason } : {})} />
  );
  return (
    <div
      className="pm-roadmap-board"
      style={{
        display: 'grid',
        gridTemplateColumns: `repeat(${horizons.length}, minmax(200px, 1fr))`,
        gap: 12,
        overflowX: 'auto',
      }}
    >
      {horizons.map((h) => {
        const column = items.filter((i) => i.horizon === h);
        return (
          <section
            key={h}
            aria-labelledby={`pm-roadmap-col-${h}`}
            data-testid={`roadmap-column-${h}`}
            className="pm-stack-sm"
            style={{ minWidth: 0 }}
          >
            <h3 id={`pm-roadmap-col-${h}`} className="pm-label" style={{ fontSize: 14 }}>
              {HORIZON_LABEL[h]} <span className="pm-subtlest pm-num">({column.length})</span>
            </h3>
            {column.length === 0 ? (
              <p className="pm-small pm-subtlest">Nothing here with these filters.</p>
            ) : !byTheme ? (
              <ul className="pm-stack-sm" style={{ margin: 0, padding: 0 }}>
                {column.map(card)}
              </ul>
            ) : (
              groupByTheme(column).map((g, n) => (
                <section
                  key={g.key}
                  aria-labelledby={`pm-roadmap-${h}-theme-${n}`}
                  data-testid="roadmap-theme-group"
                  data-theme={g.key}
                  className="pm-stack-sm"
                >
                  <h4 id={`pm-roadmap-${h}-theme-${n}`} className="pm-small pm-label" style={{ margin: 0 }}>
                    {g.key ? (
                      <>
                        <IssueLink issueKey={g.key} inText />{' '}
                      </>
                    ) : null}
                    {g.name} <span className="pm-subtlest pm-num">({g.items.length})</span>
                  </h4>
                  <ul className="pm-stack-sm" style={{ margin: 0, padding: 0 }}>
                    {g.items.map(card)}
                  </ul>
                </section>
              ))
            )}
          </section>
        );
      })}
    </div>
  );
}
