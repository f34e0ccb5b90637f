import { Button, SectionMessage, SectionMessageAction } from '../shared/native';
import { useEffect, useMemo, useState } from 'react';
import { token } from '@atlaskit/tokens';
import type { RequirementContextView, ScoreView, ScoringInputs } from '../../../src/contract/api';
import { invoke, type ResultError } from '../shared/api';
import { ErrorPanel, fieldErrors, messagesFor, type FieldError } from '../shared/ErrorPanel';
import { SelectField, TextField } from '../shared/fields';
import { describeValue, formatDateTime } from '../shared/format';
import { HIDDEN_ITEM_TEXT } from '../shared/hidden-item';
import { ScoringEditor, cleanScores } from './ScoringEditor';
import { ScoresTable } from './Overview';
import { sectionName } from '../shared/ui';
import { ISSUE_KEY, fieldName } from './scales';
import { scoreViews, scoringInputProblems } from '../../../src/contract/score-views';
import { diffPm, lastChangeBy, reapplyOnto, savedByName, scoreLeaves, type Changes, type ValueChange } from './conflict-merge';

type Pm = RequirementContextView['pm'];

interface Draft {
  phase: string;
  problemKey: string;
  personaKey: string;
  scenarioKey: string;
  kpiKeys: string;
  scores: ScoringInputs;
}

function toDraft(pm: Pm): Draft {
  return {
    phase: pm.phase ?? '',
    problemKey: pm.problemKey ?? '',
    personaKey: pm.personaKey ?? '',
    scenarioKey: pm.scenarioKey ?? '',
    kpiKeys: pm.kpiKeys.join(', '),
    scores: pm.scores ?? {},
  };
}

const splitKeys = (s: string) =>
  s
    .split(/[\s,;]+/)
    .map((k) => k.trim().toUpperCase())
    .filter(Boolean);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only what differs from the version read; `null` clears a value. */
function changesOf(base: Pm, draft: Draft): Changes {
  const out: Changes = {};
  const key = (v: string) => v.trim().toUpperCase();
  if (draft.phase !== (base.phase ?? '')) out.phase = draft.phase || null;
  for (const f of ['problemKey', 'personaKey', 'scenarioKey'] as const) {
    if (key(draft[f]) !== (base[f] ?? '')) out[f] = key(draft[f]) || null;
  }
  const kpis = splitKeys(draft.kpiKeys);
  if (!same(kpis, base.kpiKeys)) out.kpiKeys = kpis;
  const scores = cleanScores(draft.scores);
  if (!same(scores, cleanScores(base.scores ?? {}))) out.scores = scores;
  return out;
}

function localErrors(draft: Draft, scoring: RequirementContextView['options']['scoring']): FieldError[] {
  // Unusable scoring inputs by the domain's own rules, next to their field as you type.
  const errs: FieldError[] = scoringInputProblems(cleanScores(draft.scores), scoring).map((p) => ({ path: `scores.${p.path}`, message: p.message }));
  for (const f of ['problemKey', 'personaKey', 'scenarioKey'] as const) {
    const v = draft[f].trim().toUpperCase();
    if (v && !ISSUE_KEY.test(v)) errs.push({ path: f, message: 'Use an issue key like ABC-123' });
  }
  const bad = splitKeys(draft.kpiKeys).filter((k) => !ISSUE_KEY.test(k));
  if (bad.length) errs.push({ path: 'kpiKeys', message: `Not issue keys: ${bad.join(', ')}` });
  if (splitKeys(draft.kpiKeys).length > 20) errs.push({ path: 'kpiKeys', message: 'At most 20 KPIs' });
  return errs;
}

interface Conflict {
  error: ResultError;
  /** The version saved in between, read right after the conflict (with who saved it). */
  fresh?: RequirementContextView;
}

function ValueTable({ label, rows, fromHeading, toHeading }: { label: string; rows: ValueChange[]; fromHeading: string; toHeading: string }) {
  return (
    <div style={{ overflowX: 'auto' }}>
      <table className="pm-table" style={{ marginTop: 8 }} aria-label={label}>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">{fromHeading}</th>
            <th scope="col">{toHeading}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.path}>
              <td style={{ whiteSpace: 'nowrap' }}>{fieldName(r.path)}</td>
              <td>{describeValue(r.from)}</td>
              <td>
                <strong>{describeValue(r.to)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ConflictMessage({ conflict, base, mine, onReload, onReapply, busy }: { conflict: Conflict; base: Pm; mine: Changes; onReload: () => void; onReapply: () => void; busy: boolean }) {
  const fresh = conflict.fresh;
  const who = fresh ? (savedByName(fresh) ?? 'Someone') : undefined;
  const theirs = fresh ? diffPm(base, fresh.pm) : [];
  const yours = diffPm(base, { ...base, ...mine, scores: mine.scores ?? base.scores } as Pm).map((r) => ({ ...r, from: fresh ? valueAt(fresh.pm, r.path) : r.from }));
  return (
    <div role="alert" data-testid="conflict">
      <SectionMessage
        appearance="warning"
        title="Someone saved this requirement while you were editing"
        actions={[
          <SectionMessageAction key="reload" onClick={onReload}>
            Discard mine and load theirs
          </SectionMessageAction>,
          <SectionMessageAction key="reapply" onClick={onReapply}>
            {busy ? 'Re-applying…' : 'Re-apply my changes on top'}
          </SectionMessageAction>,
        ]}
      >
        <p>
          {conflict.error.message}
          {fresh ? ` Saved by ${who}${fresh.pm.updatedAt ? ` on ${formatDateTime(fresh.pm.updatedAt)}` : ''}.` : ''} Nothing was overwritten. Re-applying
          writes only the fields you changed; everything else keeps their values.
        </p>
        {fresh ? (
          <>
            <h4 className="pm-h3" style={{ marginTop: 8 }}>Changes by {who}</h4>
            {theirs.length > 0 ? <ValueTable label={`Changes by ${who}`} rows={theirs} fromHeading="You loaded" toHeading="Now saved" /> : <p className="pm-small">No field differs from what you loaded.</p>}
          </>
        ) : (
          <p className="pm-small">Loading their changes…</p>
        )}
        <h4 className="pm-h3" style={{ marginTop: 8 }}>Your changes</h4>
        <ValueTable label="Your changes" rows={yours} fromHeading="Saved now" toHeading="Your change" />
      </SectionMessage>
    </div>
  );
}

/** The value at a `diffPm` path (a field, or `scores.<model>[.<input>]`). */
function valueAt(pm: Pm, path: string): unknown {
  if (!path.startsWith('scores.')) return pm[path as keyof Pm] ?? null;
  return scoreLeaves(pm.scores ?? {}).get(path) ?? null;
}

export function Editor({
  view,
  onSaved,
  reloadView,
}: {
  view: RequirementContextView;
  onSaved: (v: RequirementContextView) => void;
  /** Reads the current stored version (after a conflict). */
  reloadView: () => Promise<RequirementContextView | undefined>;
}) {
  const [base, setBase] = useState<Pm>(view.pm);
  const [draft, setDraft] = useState<Draft>(() => toDraft(view.pm));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ResultError>();
  const [conflict, setConflict] = useState<Conflict>();
  const [savedNote, setSavedNote] = useState<string>();

  // A newer saved version from outside (a reload) resets the form when nothing is being edited.
  useEffect(() => {
    if (view.pm.version !== base.version && !conflict) {
      setBase(view.pm);
      setDraft(toDraft(view.pm));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view.pm.version]);

  const changes = useMemo(() => changesOf(base, draft), [base, draft]);
  const dirty = Object.keys(changes).length > 0;
  const local = useMemo(() => localErrors(draft, view.options.scoring), [draft, view.options.scoring]);
  // Server paths come as `changes.scores.rice.reach`; the form speaks `scores.rice.reach`.
  const errors = [...local, ...fieldErrors(error, 'changes')];
  // Live preview in the browser, with the backend's own scoring code and the site's settings:
  // no invocation per keystroke (Forge bills each), no spinner, no stale answer to guard against.
  // None while the inputs are as saved.
  const preview = useMemo<ScoreView[] | undefined>(
    () => (changes.scores ? scoreViews(changes.scores as ScoringInputs, view.options.scoring, false) : undefined),
    [changes.scores, view.options.scoring],
  );

  const save = async (against: Pm, edits: Changes) => {
    setSaving(true);
    setError(undefined);
    setSavedNote(undefined);
    const res = await invoke('saveRequirement', { version: against.version, changes: edits });
    setSaving(false);
    if (res.ok) {
      setConflict(undefined);
      setBase(res.data.pm);
      setDraft(toDraft(res.data.pm));
      setSavedNote(`Saved version ${res.data.pm.version}. Scores and readiness are up to date.`);
      onSaved(res.data);
      return;
    }
    if (res.error.code !== 'conflict') {
      setError(res.error);
      return;
    }
    const conflictError = res.error;
    setConflict({ error: conflictError });
    // Show who changed what before anything is re-applied.
    const fresh = await reloadView();
    if (fresh) setConflict({ error: conflictError, fresh });
  };

  const reloadTheirs = async () => {
    const fresh = await reloadView();
    if (!fresh) return;
    setConflict(undefined);
    setError(undefined);
    setBase(fresh.pm);
    setDraft(toDraft(fresh.pm));
  };

  const reapply = async () => {
    const fresh = conflict?.fresh ?? (await reloadView());
    if (!fresh) return;
    // Only the values this user changed go on top of the newer version (never what they merely loaded).
    const edits = reapplyOnto(base, changes, fresh.pm);
    setBase(fresh.pm);
    setDraft(toDraft({ ...fresh.pm, ...edits, scores: edits.scores ?? fresh.pm.scores, kpiKeys: edits.kpiKeys ?? fresh.pm.kpiKeys } as Pm));
    await save(fresh.pm, edits);
  };

  if (!view.canEdit) {
    return (
      <SectionMessage appearance="information" title="You can view this requirement but not edit it">
        <p>Editing PM data needs the “Edit issues” permission in this project. Ask a project admin to grant it.</p>
      </SectionMessage>
    );
  }

  // A link to an item the user cannot see stays on every save; the Overview tab removes it explicitly.
  const hiddenLinks = new Set(view.pm.hiddenLinks ?? []);
  const hiddenHint = (field: 'problem' | 'persona' | 'scenario' | 'kpi') =>
    hiddenLinks.has(field) ? `Also links ${HIDDEN_ITEM_TEXT}: it stays; remove it on the Overview tab` : undefined;
  const phaseOptions = view.options.phases.map((p) => ({ value: p.id, label: p.name, group: sectionName(p.section, view.options.phases) }));
  const set = (patch: Partial<Draft>) => {
    setSavedNote(undefined);
    setDraft((d) => ({ ...d, ...patch }));
  };

  return (
    <form
      className="pm-stack"
      aria-label="Edit PM data"
      onSubmit={(e) => {
        e.preventDefault();
        if (dirty && !local.length && !saving) void save(base, changes);
      }}
    >
      {conflict ? <ConflictMessage conflict={conflict} base={base} mine={changes} onReload={() => void reloadTheirs()} onReapply={() => void reapply()} busy={saving} /> : null}
      {error ? <ErrorPanel error={error} onRetry={() => void save(base, changes)} /> : null}
      <section className="pm-stack-sm" aria-labelledby="pm-links-h">
        <h3 id="pm-links-h" className="pm-h3">
          Phase and upstream links
        </h3>
        <div className="pm-form-grid" style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))' }}>
          <SelectField label="Phase" value={draft.phase || undefined} options={phaseOptions} emptyLabel="From the issue type" onChange={(v) => set({ phase: v ?? '' })} errors={messagesFor(errors, 'phase')} />
          <TextField label="Problem" hint={hiddenHint('problem')} placeholder="e.g. CHK-2" value={draft.problemKey} onChange={(v) => set({ problemKey: v })} errors={messagesFor(errors, 'problemKey')} />
          <TextField label="Persona" hint={hiddenHint('persona')} placeholder="e.g. CHK-4" value={draft.personaKey} onChange={(v) => set({ personaKey: v })} errors={messagesFor(errors, 'personaKey')} />
          <TextField label="Scenario" hint={hiddenHint('scenario')} placeholder="e.g. CHK-7" value={draft.scenarioKey} onChange={(v) => set({ scenarioKey: v })} errors={messagesFor(errors, 'scenarioKey')} />
          <TextField label="KPIs" placeholder="CHK-5, CHK-6" hint={hiddenHint('kpi') ?? 'issue keys, comma separated'} value={draft.kpiKeys} onChange={(v) => set({ kpiKeys: v })} errors={messagesFor(errors, 'kpiKeys')} />
        </div>
      </section>
      <section className="pm-stack-sm" aria-labelledby="pm-inputs-h">
        <h3 id="pm-inputs-h" className="pm-h3">
          Scoring inputs
        </h3>
        <ScoringEditor value={draft.scores} onChange={(scores) => set({ scores })} criteria={view.options.weightedCriteria} errors={errors} />
      </section>
      <section className="pm-stack-sm" aria-labelledby="pm-preview-h" aria-live="polite">
        <h3 id="pm-preview-h" className="pm-h3 pm-row">
          Score preview
        </h3>
        <p className="pm-small pm-subtlest">{preview ? 'Scores with your unsaved inputs, next to the saved ones.' : 'Change an input to see the new scores before saving.'}</p>
        <ScoresTable view={view} preview={preview} compact />
      </section>
      <div
        className="pm-row"
        style={{
          padding: '12px 0 0',
          borderTop: `1px solid ${token('color.border', '#091E4224')}`,
          justifyContent: 'space-between',
        }}
      >
        <span role="status" className="pm-small pm-muted" data-testid="save-status">
          {savedNote ?? (dirty && local.length ? `Cannot save: ${local.map((e) => e.message).join('; ')}` : dirty ? `Unsaved changes: ${Object.keys(changes).map(fieldName).join(', ')}` : `Saved version ${base.version}${lastChangeBy({ pm: base, history: view.history }).replace(' by ', ' · last change by ')}`)}
        </span>
        <span className="pm-row">
          <Button appearance="subtle" isDisabled={!dirty || saving} onClick={() => setDraft(toDraft(base))}>
            Discard
          </Button>
          <Button appearance="primary" type="submit" isLoading={saving} isDisabled={!dirty || local.length > 0 || !!conflict}>
            Save
          </Button>
        </span>
      </div>
    </form>
  );
}

