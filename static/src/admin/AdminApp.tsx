import { Button, SectionMessage } from '../shared/native';
import { useMemo, useState, type ReactNode } from 'react';
import type { ConfigView } from '../../../src/contract/api';
import { invoke, type ResultError } from '../shared/api';
import { useResolver } from '../shared/useResolver';
import { ErrorPanel, fieldErrors, messagesFor } from '../shared/ErrorPanel';
import { NumberField, SelectField, TextField } from '../shared/fields';
import { Loading, sectionColor } from '../shared/ui';
import { MODEL_LABEL, RANKING_MODELS } from '../shared/format';
import { looksLikeConfig, removePhase, slug, splitList, uniqueId, type ReadinessItem, type WfConfig, type WfRule } from './config-model';

const READINESS_ITEMS: { item: ReadinessItem; label: string }[] = [
  { item: 'problem', label: 'Problem' },
  { item: 'persona', label: 'Persona' },
  { item: 'scenario', label: 'Scenario' },
  { item: 'kpi', label: 'KPI' },
];

function Card({ title, id, description, children }: { title: string; id: string; description?: ReactNode; children: ReactNode }) {
  return (
    <section className="pm-card pm-stack-sm" aria-labelledby={id}>
      <h2 id={id} className="pm-h2">
        {title}
      </h2>
      {description ? <p className="pm-small pm-muted">{description}</p> : null}
      {children}
    </section>
  );
}

function Editor({ view, onSaved }: { view: ConfigView; onSaved: (v: ConfigView) => void }) {
  const initial = view.config as WfConfig;
  const [config, setConfig] = useState<WfConfig>(initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ResultError>();
  const [note, setNote] = useState<string>();
  const [newPhase, setNewPhase] = useState<Record<string, string>>({});
  const ro = !view.canEdit;
  const dirty = useMemo(() => JSON.stringify(config) !== JSON.stringify(initial), [config, initial]);
  const errs = fieldErrors(error, 'config');
  const at = (path: string) => messagesFor(errs, path);
  const exact = (path: string) => errs.filter((e) => e.path === path).map((e) => e.message);

  const edit = (next: WfConfig, structural = false) => {
    setConfig(next);
    setNote(undefined);
    if (structural) setError(undefined);
  };

  const phaseOptions = config.phases.map((p) => ({ value: p.id, label: p.name }));
  const sectionOptions = config.sections.map((s) => ({ value: s.id, label: s.name }));

  const save = async () => {
    setSaving(true);
    setError(undefined);
    const res = await invoke('saveConfig', { version: view.version, config });
    setSaving(false);
    if (!res.ok) return setError(res.error);
    onSaved(res.data);
    setConfig(res.data.config as WfConfig);
    setNote(`Saved (version ${res.data.version}). Dashboards use the new workflow from their next refresh.`);
  };

  const movePhase = (index: number, dir: -1 | 1) => {
    const p = config.phases[index]!;
    let j = index + dir;
    while (j >= 0 && j < config.phases.length && config.phases[j]!.sectionId !== p.sectionId) j += dir;
    if (j < 0 || j >= config.phases.length) return;
    const phases = [...config.phases];
    phases[index] = phases[j]!;
    phases[j] = p;
    edit({ ...config, phases }, true);
  };

  const addPhase = (sectionId: string) => {
    const name = (newPhase[sectionId] ?? '').trim();
    if (!name) return;
    const id = uniqueId(slug(name), new Set(config.phases.map((p) => p.id)));
    const lastInSection = config.phases.map((p) => p.sectionId).lastIndexOf(sectionId);
    const phases = [...config.phases];
    phases.splice(lastInSection + 1, 0, { id, name, sectionId, upstream: [] });
    edit({ ...config, phases }, true);
    setNewPhase((n) => ({ ...n, [sectionId]: '' }));
    setNote(`Added phase “${name}”. Map an issue type to it below.`);
  };

  const setRule = (i: number, patch: Partial<WfRule>) => {
    const rules = config.mapping.default.map((r, k) => (k === i ? { ...r, ...patch } : r));
    edit({ ...config, mapping: { ...config.mapping, default: rules } });
  };
  const scoring = config.scoring;
  const setScoring = (patch: Partial<WfConfig['scoring']>) => edit({ ...config, scoring: { ...scoring, ...patch } });

  return (
    <form
      className="pm-stack"
      onSubmit={(e) => {
        e.preventDefault();
        if (!ro && dirty) void save();
      }}
      aria-label="PM Workflow configuration"
    >
      {ro ? (
        <SectionMessage appearance="information" title="Read-only: you are not a Jira admin">
          <p>You can see how the PM workflow is set up. Changing it needs the “Administer Jira” global permission, because it affects every project. Ask a Jira admin.</p>
        </SectionMessage>
      ) : null}
      {error ? <ErrorPanel error={error} onRetry={() => void save()} /> : null}

      <Card title="Workflow sections and phases" id="pm-phases-h" description="Phases in order, in the three sections of the Open Product Management Workflow. Use the arrow buttons to reorder within a section.">
        <div className="pm-stack">
          {config.sections.map((section, si) => {
            const color = sectionColor(section.id, section.colour);
            return (
              <div key={section.id} className="pm-stack-sm" style={{ borderLeft: `4px solid ${color}`, paddingLeft: 12 }} data-section={section.id}>
                <div style={{ maxWidth: 360 }}>
                  <TextField
                    label="Section name"
                    value={section.name}
                    disabled={ro}
                    errors={at(`sections.${si}.name`)}
                    onChange={(name) => edit({ ...config, sections: config.sections.map((s, k) => (k === si ? { ...s, name } : s)) })}
                  />
                </div>
                <ol className="pm-stack-sm" aria-label={`Phases of ${section.name}`}>
                  {config.phases.map((p, pi) =>
                    p.sectionId !== section.id ? null : (
                      <li key={p.id} style={{ display: 'grid', gridTemplateColumns: 'minmax(160px, 1fr) 180px auto', gap: 8, alignItems: 'end' }} data-phase={p.id}>
                        <TextField
                          label={`Phase name (${p.id})`}
                          value={p.name}
                          disabled={ro}
                          errors={[...at(`phases.${pi}.name`), ...at(`phases.${pi}.id`), ...at(`phases.${pi}.upstream`)]}
                          onChange={(name) => edit({ ...config, phases: config.phases.map((x, k) => (k === pi ? { ...x, name } : x)) })}
                        />
                        <SelectField
                          label="Section"
                          value={p.sectionId}
                          options={sectionOptions}
                          disabled={ro}
                          errors={at(`phases.${pi}.sectionId`)}
                          onChange={(v) => v && edit({ ...config, phases: config.phases.map((x, k) => (k === pi ? { ...x, sectionId: v } : x)) }, true)}
                        />
                        {ro ? (
                          <span />
                        ) : (
                          <span className="pm-row" style={{ gap: 4, paddingBottom: 2 }}>
                            <Button spacing="compact" aria-label={`Move ${p.name} up`} onClick={() => movePhase(pi, -1)}>
                              ↑
                            </Button>
                            <Button spacing="compact" aria-label={`Move ${p.name} down`} onClick={() => movePhase(pi, 1)}>
                              ↓
                            </Button>
                            <Button
                              spacing="compact"
                              appearance="subtle"
                              aria-label={`Remove ${p.name}`}
                              onClick={() => {
                                const r = removePhase(config, p.id);
                                edit(r.config, true);
                                setNote(`Removed “${p.name}”${r.removedRules ? ` and ${r.removedRules} mapping rule${r.removedRules === 1 ? '' : 's'} that pointed to it` : ''}. Nothing is saved until you press Save.`);
                              }}
                            >
                              Remove
                            </Button>
                          </span>
                        )}
                      </li>
                    ),
                  )}
                </ol>
                {ro ? null : (
                  <div className="pm-row" style={{ alignItems: 'end' }}>
                    <div style={{ width: 260 }}>
                      <TextField label={`New phase in ${section.name}`} value={newPhase[section.id] ?? ''} placeholder="e.g. Pricing review" onChange={(v) => setNewPhase((n) => ({ ...n, [section.id]: v }))} />
                    </div>
                    <Button onClick={() => addPhase(section.id)} isDisabled={!(newPhase[section.id] ?? '').trim()}>
                      Add phase
                    </Button>
                  </div>
                )}
              </div>
            );
          })}
        </div>
        <ErrorText messages={exact('phases')} />
      </Card>

      <Card
        title="Phase ↔ issue type mapping"
        id="pm-mapping-h"
        description="Issues of a type belong to the phase. Narrow a rule with labels or components (an issue needs one of them); narrowed rules win over plain ones."
      >
        <div style={{ overflowX: 'auto' }}>
          <table className="pm-table" aria-label="Site-wide mapping rules">
            <thead>
              <tr>
                <th scope="col">Phase</th>
                <th scope="col">Issue type</th>
                <th scope="col">Only with labels</th>
                <th scope="col">Only with components</th>
                <th scope="col">
                  <span className="pm-sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {config.mapping.default.map((r, i) => (
                <tr key={i}>
                  <td style={{ minWidth: 180 }}>
                    <SelectField hideLabel label="Phase" value={r.phaseId} options={phaseOptions} disabled={ro} errors={at(`mapping.default.${i}.phaseId`)} onChange={(v) => v && setRule(i, { phaseId: v })} />
                  </td>
                  <td>
                    <TextField hideLabel label="Issue type" value={r.issueType} disabled={ro} errors={at(`mapping.default.${i}.issueType`)} onChange={(issueType) => setRule(i, { issueType })} />
                  </td>
                  <td>
                    <TextField hideLabel label="Labels" placeholder="any" value={(r.labels ?? []).join(', ')} disabled={ro} errors={at(`mapping.default.${i}.labels`)} onChange={(v) => setRule(i, { labels: splitList(v) })} />
                  </td>
                  <td>
                    <TextField hideLabel label="Components" placeholder="any" value={(r.components ?? []).join(', ')} disabled={ro} errors={at(`mapping.default.${i}.components`)} onChange={(v) => setRule(i, { components: splitList(v) })} />
                  </td>
                  <RemoveCell readOnly={ro} label={`Remove the rule for ${r.issueType || 'this issue type'}`} onRemove={() => edit({ ...config, mapping: { ...config.mapping, default: config.mapping.default.filter((_, k) => k !== i) } }, true)} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {ro ? null : (
          <div>
            <Button onClick={() => edit({ ...config, mapping: { ...config.mapping, default: [...config.mapping.default, { phaseId: config.phases[0]?.id ?? '', issueType: '' }] } }, true)}>Add a rule</Button>
          </div>
        )}
        {Object.keys(config.mapping.projects).length ? (
          <p className="pm-small pm-muted">
            Projects with their own rules (tried first): {Object.entries(config.mapping.projects).map(([k, rules]) => `${k} (${rules.length})`).join(', ')}.
          </p>
        ) : null}
      </Card>

      <Card title="Scoring" id="pm-scoring-h" description="The main model ranks backlogs and is indexed for JQL (pmScore).">
        <div className="pm-form-grid" style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))' }}>
          <SelectField label="Main model" value={scoring.primaryModel} disabled={ro} options={RANKING_MODELS.map((m) => ({ value: m as WfConfig['scoring']['primaryModel'], label: MODEL_LABEL[m] }))} errors={at('scoring.primaryModel')} onChange={(v) => v && setScoring({ primaryModel: v })} />
          <SelectField
            label="ICE"
            value={scoring.iceMode}
            disabled={ro}
            options={[
              { value: 'product', label: 'Product I × C × E' },
              { value: 'average', label: 'Average (I + C + E) ÷ 3' },
            ]}
            errors={at('scoring.iceMode')}
            onChange={(v) => v && setScoring({ iceMode: v })}
          />
          <NumberField label="MoSCoW: Must limit" suffix="% of effort" min={1} max={100} disabled={ro} value={Math.round(scoring.moscowMustShareLimit * 100)} errors={at('scoring.moscowMustShareLimit')} onChange={(v) => setScoring({ moscowMustShareLimit: v === null ? 0 : v / 100 })} />
          <NumberField label="Scores are stale after" suffix="days" min={1} step={1} disabled={ro} value={scoring.staleAfterDays} errors={at('scoring.staleAfterDays')} onChange={(v) => setScoring({ staleAfterDays: v ?? 0 })} />
          <NumberField label="Models disagree below" hint="rank correlation, −1 to 1" min={-1} max={1} step={0.05} disabled={ro} value={scoring.disagreementThreshold} errors={at('scoring.disagreementThreshold')} onChange={(v) => setScoring({ disagreementThreshold: v ?? 0 })} />
        </div>
        <h3 className="pm-h3" style={{ marginTop: 8 }}>
          Weighted scorecard criteria
        </h3>
        <div style={{ overflowX: 'auto' }}>
          <table className="pm-table" aria-label="Weighted scorecard criteria">
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col">Weight</th>
                <th scope="col">Min</th>
                <th scope="col">Max</th>
                <th scope="col">Counts as</th>
                <th scope="col">
                  <span className="pm-sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {scoring.weightedCriteria.map((c, i) => {
                const setC = (patch: Partial<typeof c>) => setScoring({ weightedCriteria: scoring.weightedCriteria.map((x, k) => (k === i ? { ...x, ...patch } : x)) });
                const p = `scoring.weightedCriteria.${i}`;
                return (
                  <tr key={i}>
                    <td style={{ minWidth: 180 }}>
                      <TextField hideLabel label="Name" value={c.label} disabled={ro} errors={[...at(`${p}.label`), ...at(`${p}.id`)]} onChange={(label) => setC({ label })} />
                    </td>
                    <td>
                      <NumberField hideLabel label="Weight" min={0} value={c.weight} disabled={ro} errors={at(`${p}.weight`)} onChange={(v) => setC({ weight: v ?? 0 })} />
                    </td>
                    <td>
                      <NumberField hideLabel label="Min" value={c.min} disabled={ro} errors={at(`${p}.min`)} onChange={(v) => setC({ min: v ?? 0 })} />
                    </td>
                    <td>
                      <NumberField hideLabel label="Max" value={c.max} disabled={ro} errors={at(`${p}.max`)} onChange={(v) => setC({ max: v ?? 0 })} />
                    </td>
                    <td>
                      <SelectField
                        label="Direction"
                        value={c.direction}
                        disabled={ro}
                        options={[
                          { value: 'benefit', label: 'Benefit (higher is better)' },
                          { value: 'cost', label: 'Cost (higher is worse)' },
                        ]}
                        onChange={(v) => v && setC({ direction: v })}
                      />
                    </td>
                    <RemoveCell readOnly={ro} label={`Remove criterion ${c.label}`} onRemove={() => setScoring({ weightedCriteria: scoring.weightedCriteria.filter((_, k) => k !== i) })} />
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <ErrorText messages={exact('scoring.weightedCriteria')} />
        {ro ? null : (
          <div>
            <Button
              onClick={() =>
                setScoring({
                  weightedCriteria: [
                    ...scoring.weightedCriteria,
                    { id: uniqueId('criterion', new Set(scoring.weightedCriteria.map((c) => c.id))), label: 'New criterion', weight: 1, min: 0, max: 10, direction: 'benefit' },
                  ],
                })
              }
            >
              Add a criterion
            </Button>
          </div>
        )}
      </Card>

      <Card title="Readiness" id="pm-readiness-h" description="A requirement is ready when the upstream items below exist (and, where ticked, are done). Unready requirements are where priorities churn.">
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className="pm-label">Upstream items a ready requirement needs</legend>
          <div className="pm-stack-sm" style={{ marginTop: 6 }}>
            {READINESS_ITEMS.map(({ item, label }) => {
              const rule = config.readiness.requires.find((r) => r.item === item);
              const setReq = (required: boolean, mustBeDone: boolean) => {
                const others = config.readiness.requires.filter((r) => r.item !== item);
                edit({ ...config, readiness: { ...config.readiness, requires: required ? [...others, { item, mustBeDone }] : others } });
              };
              return (
                <div key={item} className="pm-row" style={{ gap: 16 }}>
                  <label className="pm-row" style={{ gap: 6, minWidth: 140 }}>
                    <input type="checkbox" checked={!!rule} disabled={ro} onChange={(e) => setReq(e.target.checked, rule?.mustBeDone ?? true)} />
                    {label}
                  </label>
                  <label className="pm-row pm-muted" style={{ gap: 6 }}>
                    <input type="checkbox" checked={!!rule?.mustBeDone} disabled={ro || !rule} onChange={(e) => setReq(true, e.target.checked)} />
                    must be done
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
        <fieldset style={{ border: 0, padding: 0, margin: '8px 0 0' }}>
          <legend className="pm-label">Phases whose issues get a readiness check</legend>
          <div className="pm-row" style={{ marginTop: 6, gap: 12 }}>
            {config.phases.map((p) => (
              <label key={p.id} className="pm-row" style={{ gap: 6 }}>
                <input
                  type="checkbox"
                  disabled={ro}
                  checked={config.readiness.appliesToPhases.includes(p.id)}
                  onChange={(e) =>
                    edit({
                      ...config,
                      readiness: {
                        ...config.readiness,
                        appliesToPhases: e.target.checked ? [...config.readiness.appliesToPhases, p.id] : config.readiness.appliesToPhases.filter((x) => x !== p.id),
                      },
                    })
                  }
                />
                {p.name}
              </label>
            ))}
          </div>
          <ErrorText messages={[...exact('readiness'), ...at('readiness.appliesToPhases'), ...at('readiness.requires')]} />
        </fieldset>
      </Card>

      {ro ? null : (
        <div className="pm-row" style={{ justifyContent: 'space-between', borderTop: '1px solid transparent' }}>
          <span role="status" className="pm-small pm-muted" data-testid="admin-status">
            {note ?? (dirty ? 'You have unsaved changes.' : `Configuration version ${view.version} (schema ${view.schemaVersion}).`)}
          </span>
          <span className="pm-row">
            <Button appearance="subtle" isDisabled={!dirty || saving} onClick={() => edit(initial, true)}>
              Discard changes
            </Button>
            <Button appearance="primary" type="submit" isLoading={saving} isDisabled={!dirty}>
              Save configuration
            </Button>
          </span>
        </div>
      )}
    </form>
  );
}

/** Messages that belong to a whole list (not one field), under it. */
function ErrorText({ messages }: { messages: string[] }) {
  return messages.length ? <p className="pm-error-text">{messages.join(' ')}</p> : null;
}

/** The last cell of an editable table row: its Remove button (nothing when read-only). */
function RemoveCell({ readOnly, label, onRemove }: { readOnly: boolean; label: string; onRemove: () => void }) {
  return (
    <td style={{ verticalAlign: 'bottom' }}>
      {readOnly ? null : (
        <Button spacing="compact" appearance="subtle" aria-label={label} onClick={onRemove}>
          Remove
        </Button>
      )}
    </td>
  );
}

export function AdminApp() {
  const { data, error, reload, setData } = useResolver('getConfig', {});
  return (
    <main className="pm-page pm-stack" style={{ maxWidth: 1100 }}>
      <header>
        <h1 className="pm-h2" style={{ fontSize: 20, lineHeight: '24px' }}>
          PM Workflow configuration
        </h1>
        <p className="pm-small pm-subtlest">Sections, phases, the issue types they map to, scoring and readiness rules for every project on this site.</p>
      </header>
      {!data ? (
        error ? (
          <ErrorPanel error={error} onRetry={reload} />
        ) : (
          <Loading label="Loading the configuration" rows={6} />
        )
      ) : looksLikeConfig(data.config) ? (
        <Editor view={data} onSaved={setData} />
      ) : (
        <SectionMessage appearance="warning" title="This configuration has a shape this page does not know">
          <p>It was probably saved by a newer version of the app. It is shown read-only below; ask the app owner to update the app.</p>
          <pre className="pm-mono" style={{ whiteSpace: 'pre-wrap', maxHeight: 400, overflow: 'auto' }}>
            {JSON.stringify(data.config, null, 2)}
          </pre>
        </SectionMessage>
      )}
    </main>
  );
}
