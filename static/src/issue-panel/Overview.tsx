import type { ReactNode } from 'react';
import { Lozenge, ProgressBar } from '../shared/native';
import type { LinkField, LinkedRef, RequirementContextView } from '../../../src/contract/api';
import { HIDDEN_ITEM_TEXT, isHiddenItem } from '../shared/hidden-item';
import { IssueLink, KpiCard, ReadinessLozenge, ScoreExplanation, StatusLozenge, scoreText } from '../shared/ui';
import { KanoSurveyChart } from '../shared/KanoSurveyChart';
import { formatNumber } from '../shared/format';
import { RemoveHiddenLink } from './RemoveHiddenLink';

/** What the overview needs to let an editor remove a link to an item they cannot see. */
export interface LinkEditing {
  onSaved: (v: RequirementContextView) => void;
  onReload: () => void;
}

function ChainRow({
  label,
  item,
  empty,
  action,
}: {
  label: string;
  item?: LinkedRef;
  empty: string;
  action?: ReactNode;
}) {
  return (
    <>
      <dt className="pm-muted">{label}</dt>
      <dd style={{ minWidth: 0 }}>
        {item && isHiddenItem(item) ? (
          <span className="pm-row" style={{ flexWrap: 'wrap' }}>
            <span className="pm-subtlest">{HIDDEN_ITEM_TEXT}</span>
            {action}
          </span>
        ) : item ? (
          <span className="pm-row" style={{ flexWrap: 'nowrap' }}>
            <IssueLink issueKey={item.key} />
            <span className="pm-ellipsis" title={item.summary}>
              {item.summary}
            </span>
            <span style={{ flex: 'none' }}>
              <StatusLozenge status={item.status} category={item.statusCategory} />
            </span>
          </span>
        ) : (
          <span className="pm-subtlest">{empty}</span>
        )}
      </dd>
    </>
  );
}

export function Chain({ view, editing }: { view: RequirementContextView; editing?: LinkEditing }) {
  const c = view.chain;
  const hidden = new Set(view.pm.hiddenLinks ?? []);
  // Only a link stored on this issue can be removed here (not one inherited from an ancestor).
  const removable = (field: LinkField) =>
    editing && view.canEdit && hidden.has(field) ? (
      <RemoveHiddenLink field={field} view={view} onSaved={editing.onSaved} onReload={editing.onReload} />
    ) : undefined;
  return (
    <dl className="pm-chain">
      <ChainRow label="Problem" item={c.problem} empty="No problem linked yet" action={removable('problem')} />
      <ChainRow label="Persona" item={c.persona} empty="No persona linked yet" action={removable('persona')} />
      <ChainRow label="Scenario" item={c.scenario} empty="No scenario linked yet" action={removable('scenario')} />
      {hidden.has('kpi') ? <ChainRow label="KPIs" item={{ hidden: true }} empty="" action={removable('kpi')} /> : null}
      {c.parents.map((p, i) => (
        <ChainRow
          key={isHiddenItem(p) ? `hidden-${i}` : p.key}
          label={i === 0 || isHiddenItem(p) ? 'Parent' : p.issueType}
          item={p}
          empty=""
        />
      ))}
    </dl>
  );
}

export function ScoresTable({
  view,
  preview,
  compact = false,
}: {
  view: RequirementContextView;
  preview?: RequirementContextView['scores'];
  compact?: boolean;
}) {
  const rows = view.scores.map((s) => ({ saved: s, next: preview?.find((p) => p.model === s.model) }));
  return (
    // Focusable, so a keyboard user can scroll the table when a narrow panel cuts it (WCAG 2.1.1).
    <div style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label="Scores per model (scrolls sideways)">
      <table className="pm-table" aria-label="Scores per model">
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col">Score</th>
            {compact ? null : <th scope="col">How it is computed</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ saved, next }) => {
            const shown = next ?? saved;
            const changed = next && scoreText(next) !== scoreText(saved);
            return (
              <tr key={saved.model} data-model={saved.model}>
                <th scope="row">
                  {saved.label}
                  {saved.model === view.mainModel ? (
                    <span style={{ marginLeft: 6 }}>
                      <Lozenge appearance="new">main</Lozenge>
                    </span>
                  ) : null}
                </th>
                <td className="pm-num" style={{ whiteSpace: 'nowrap' }} data-testid={`score-${saved.model}`}>
                  {changed ? (
                    <>
                      <span className="pm-subtlest" style={{ textDecoration: 'line-through' }}>
                        {scoreText(saved)}
                      </span>{' '}
                      → <strong>{scoreText(shown)}</strong>
                    </>
                  ) : (
                    <strong
                      style={shown.scored ? undefined : { fontWeight: 400 }}
                      className={shown.scored ? undefined : 'pm-subtlest'}
                    >
                      {scoreText(shown)}
                    </strong>
                  )}
                </td>
                {compact ? null : (
                  <td className="pm-small pm-muted">
                    <ScoreExplanation score={shown} hideTitle hideStale />
                    {shown.kanoSurvey ? <KanoSurveyChart survey={shown.kanoSurvey} /> : null}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function Overview({ view, editing }: { view: RequirementContextView; editing?: LinkEditing }) {
  return (
    <div className="pm-stack">
      <section aria-labelledby="pm-why-h" className="pm-stack-sm">
        <h3 id="pm-why-h" className="pm-h3">
          Why this requirement exists
        </h3>
        <Chain view={view} {...(editing ? { editing } : {})} />
      </section>
      {view.isRequirement ? (
        <>
          <section aria-labelledby="pm-ready-h" className="pm-stack-sm">
            <h3 id="pm-ready-h" className="pm-h3">
              Readiness{' '}
              <span className="pm-muted pm-num" style={{ fontWeight: 400 }}>
                {formatNumber(view.readiness.percent)}%
              </span>
            </h3>
            <ProgressBar
              value={view.readiness.percent / 100}
              ariaLabel={`Readiness ${view.readiness.percent}%`}
              appearance={view.readiness.level === 'ready' ? 'success' : 'default'}
            />
            <ReadinessLozenge readiness={view.readiness} showMissing={false} />
            {view.readiness.missing.length ? (
              <ul style={{ listStyle: 'disc', paddingLeft: 18 }} aria-label="What is missing">
                {view.readiness.missing.map((m, i) => (
                  <li key={i}>
                    {m.reason === 'missing' ? (
                      <>
                        No {m.label.toLowerCase() === 'kpi' ? 'KPI' : m.label.toLowerCase()} linked: link one in “Edit
                        and score”.
                      </>
                    ) : m.reason === 'not-done' ? (
                      <>
                        {m.label} {m.key ? <IssueLink issueKey={m.key} /> : null} is not done yet.
                      </>
                    ) : (
                      <>
                        {m.label}: {HIDDEN_ITEM_TEXT}.
                      </>
                    )}
                  </li>
                ))}
              </ul>
            ) : null}
            {view.readiness.level !== 'ready' ? (
              <p className="pm-small pm-muted">
                Upstream strategic work is not finished, so this priority may still change. Link or finish the items
                above.
              </p>
            ) : null}
          </section>
          <section aria-labelledby="pm-scores-h" className="pm-stack-sm">
            <h3 id="pm-scores-h" className="pm-h3">
              Scores
            </h3>
            <ScoresTable view={view} />
          </section>
        </>
      ) : (
        <p className="pm-small pm-muted" data-testid="not-a-requirement">
          Not a requirement (its phase is not one readiness applies to and it has no scoring inputs), so it has no
          readiness or scores. Scoring it in “Edit and score” makes it one.
        </p>
      )}
      {view.kpis.length ? (
        <section aria-labelledby="pm-kpis-h" className="pm-stack-sm">
          <h3 id="pm-kpis-h" className="pm-h3">
            KPIs this requirement moves
          </h3>
          <div className="pm-grid-kpi">
            {view.kpis.map((k) => (
              <KpiCard key={k.key} kpi={k} />
            ))}
          </div>
        </section>
      ) : null}
    </div>
  );
}
