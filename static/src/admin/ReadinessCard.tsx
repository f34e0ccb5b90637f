import type { ReadinessItem } from './config-model';
import { Card, ErrorText } from './Card';
import type { CardProps } from './editor-props';

const READINESS_ITEMS: { item: ReadinessItem; label: string }[] = [
  { item: 'problem', label: 'Problem' },
  { item: 'persona', label: 'Persona' },
  { item: 'scenario', label: 'Scenario' },
  { item: 'kpi', label: 'KPI' },
];

/** Which upstream items a ready requirement needs, and which phases are checked. */
export function ReadinessCard({ config, dispatch, readOnly: ro, at, exact, site, card }: CardProps) {
  const doneStatuses = (site?.statuses ?? []).filter((s) => s.category === 'done').map((s) => s.name);
  return (
    <Card
      {...card('readiness')}
      title="Readiness"
      id="pm-readiness-h"
      description="A requirement is ready when the upstream items below exist (and, where ticked, are done). Unready requirements are where priorities churn."
    >
      {doneStatuses.length ? (
        <p className="pm-small pm-muted" data-testid="done-statuses">
          “Done” means a status in Jira’s Done category; on this site: {doneStatuses.join(', ')}.
        </p>
      ) : null}
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className="pm-label">Upstream items a ready requirement needs</legend>
        <div className="pm-stack-sm" style={{ marginTop: 6 }}>
          {READINESS_ITEMS.map(({ item, label }) => {
            const rule = config.readiness.requires.find((r) => r.item === item);
            return (
              <div key={item} className="pm-row" style={{ gap: 16 }}>
                <label className="pm-row" style={{ gap: 6, minWidth: 140 }}>
                  <input
                    type="checkbox"
                    checked={!!rule}
                    disabled={ro}
                    onChange={(e) =>
                      dispatch({
                        type: 'readiness-item',
                        item,
                        required: e.target.checked,
                        mustBeDone: rule?.mustBeDone ?? true,
                      })
                    }
                  />
                  {label}
                </label>
                <label className="pm-row pm-muted" style={{ gap: 6 }}>
                  <input
                    type="checkbox"
                    checked={!!rule?.mustBeDone}
                    disabled={ro || !rule}
                    onChange={(e) =>
                      dispatch({ type: 'readiness-item', item, required: true, mustBeDone: e.target.checked })
                    }
                  />
                  {label} must be done
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
      <fieldset style={{ border: 0, padding: 0, margin: '8px 0 0' }}>
        <legend className="pm-label">Phases whose issues get a readiness check</legend>
        <div className="pm-row" style={{ marginTop: 6, gap: 12, flexWrap: 'wrap' }}>
          {config.phases.map((p) => (
            <label key={p.id} className="pm-row" style={{ gap: 6 }}>
              <input
                type="checkbox"
                disabled={ro}
                checked={config.readiness.appliesToPhases.includes(p.id)}
                onChange={(e) => dispatch({ type: 'readiness-phase', phaseId: p.id, on: e.target.checked })}
              />
              {p.name}
            </label>
          ))}
        </div>
        <ErrorText
          messages={[...exact('readiness'), ...at('readiness.appliesToPhases'), ...at('readiness.requires')]}
        />
      </fieldset>
    </Card>
  );
}
