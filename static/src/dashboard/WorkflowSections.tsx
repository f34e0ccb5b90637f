import { token } from '@atlaskit/tokens';
import type { PhaseCount } from '../../../src/contract/api';
import { sectionsOf } from '../shared/section-names';
import { sectionColor } from '../shared/ui';
import { formatNumber, formatPercent } from '../shared/format';

const CATEGORY_COLOR = {
  new: token('color.chart.neutral', '#8590A2'),
  indeterminate: token('color.chart.blue.bold', '#388BFF'),
  done: token('color.chart.green.bold', '#22A06B'),
};

function StatusBar({ counts, total, label }: { counts: PhaseCount['byStatusCategory']; total: number; label: string }) {
  const pct = (n: number) => (total ? (n / total) * 100 : 0);
  return (
    <div
      className="pm-bar"
      role="img"
      aria-label={`${label}: ${counts.new} to do, ${counts.indeterminate} in progress, ${counts.done} done`}
    >
      <span style={{ width: `${pct(counts.done)}%`, background: CATEGORY_COLOR.done }} />
      <span style={{ width: `${pct(counts.indeterminate)}%`, background: CATEGORY_COLOR.indeterminate }} />
      <span style={{ width: `${pct(counts.new)}%`, background: CATEGORY_COLOR.new }} />
    </div>
  );
}

function Legend() {
  return (
    <p className="pm-legend pm-small pm-muted" aria-hidden>
      <span>
        <i style={{ background: CATEGORY_COLOR.done }} />
        Done
      </span>
      <span>
        <i style={{ background: CATEGORY_COLOR.indeterminate }} />
        In progress
      </span>
      <span>
        <i style={{ background: CATEGORY_COLOR.new }} />
        To do
      </span>
    </p>
  );
}

/** A phase box is a button: it filters the backlog to that phase (again: back to every phase). */
const PHASE_BUTTON = {
  display: 'grid',
  gridTemplateColumns: 'minmax(0, 1fr) 36px',
  gap: '2px 8px',
  alignItems: 'center',
  width: '100%',
  padding: '6px 4px',
  border: 0,
  borderRadius: 3,
  font: 'inherit',
  color: 'inherit',
  textAlign: 'left',
  cursor: 'pointer',
} as const;

/**
 * The project's workflow: its sections as configured (order, names), each phase with its count and
 * a status bar; choosing a phase filters the backlog to it.
 */
export function WorkflowSections({
  phases,
  unmapped,
  selectedPhase,
  onPhase,
}: {
  phases: PhaseCount[];
  unmapped: number;
  selectedPhase?: string;
  onPhase?: (phaseId: string | undefined) => void;
}) {
  const sections = sectionsOf(phases.map((p) => p.phase)).map((s) => ({
    ...s,
    phases: phases.filter((p) => p.phase.section === s.id),
  }));
  return (
    <section aria-labelledby="pm-workflow-h" className="pm-stack-sm">
      <div className="pm-toolbar">
        <h2 id="pm-workflow-h" className="pm-h2">
          Workflow
        </h2>
        <Legend />
      </div>
      <div className="pm-sections">
        {sections.map((s) => {
          const color = sectionColor(s.id, s.phases[0]?.phase.color);
          const total = s.phases.reduce((n, p) => n + p.total, 0);
          const done = s.phases.reduce((n, p) => n + p.byStatusCategory.done, 0);
          return (
            <article
              key={s.id}
              className="pm-card pm-section"
              style={{ ['--pm-section-color' as string]: color }}
              aria-label={`${s.name} section`}
              data-section={s.id}
            >
              <div
                style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', marginBottom: 6 }}
              >
                <h3 className="pm-h3 pm-row" style={{ gap: 6 }}>
                  <span aria-hidden style={{ width: 10, height: 10, borderRadius: 2, background: color }} />
                  {s.name}
                </h3>
                <span className="pm-small pm-muted pm-num">
                  {formatNumber(total)} items · {formatPercent(done, total || 1)} done
                </span>
              </div>
              <ol>
                {s.phases.map((p) => {
                  const selected = selectedPhase === p.phase.id;
                  const cells = (
                    <>
                      <span className="pm-ellipsis" title={p.phase.name}>
                        {p.phase.name}
                      </span>
                      <span className="pm-num" style={{ textAlign: 'right', fontWeight: 600 }}>
                        {formatNumber(p.total)}
                      </span>
                      <StatusBar counts={p.byStatusCategory} total={p.total} label={p.phase.name} />
                    </>
                  );
                  return (
                    <li
                      key={p.phase.id}
                      className="pm-phase-row"
                      data-phase={p.phase.id}
                      style={onPhase ? { display: 'block', padding: '2px 0' } : undefined}
                    >
                      {onPhase ? (
                        <button
                          type="button"
                          style={{
                            ...PHASE_BUTTON,
                            background: selected ? token('color.background.selected', '#E9F2FF') : 'transparent',
                          }}
                          aria-pressed={selected}
                          title={
                            selected ? `Show every phase in the backlog` : `Show only ${p.phase.name} in the backlog`
                          }
                          onClick={() => onPhase(selected ? undefined : p.phase.id)}
                        >
                          {cells}
                        </button>
                      ) : (
                        cells
                      )}
                    </li>
                  );
                })}
              </ol>
            </article>
          );
        })}
      </div>
      {unmapped > 0 ? (
        <p className="pm-small pm-muted">
          {formatNumber(unmapped)} issue{unmapped === 1 ? ' is' : 's are'} not mapped to any phase. A Jira admin can map
          their issue types in the PM Workflow configuration.
        </p>
      ) : null}
    </section>
  );
}
