import { Button } from '../shared/native';
import { useState, type ReactNode } from 'react';
import type { KpiView } from '../../../src/contract/api';
import { invoke, type ResultError, type ResultOf } from '../shared/api';
import { useAction, useMutation } from '../shared/useMutation';
import { ErrorPanel, fieldErrors, messagesFor } from '../shared/ErrorPanel';
import { NumberField, SelectField, TextField } from '../shared/fields';
import { KpiCard } from '../shared/ui';
import { formatDate, formatNumber } from '../shared/format';
import { FieldWarnings } from '../shared/FieldWarnings';
import { actualWarnings, definitionWarnings } from './kpi-field-warnings';

const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.now() - n * 86400000).toISOString().slice(0, 10);

interface DefDraft {
  name: string;
  unit: string;
  direction: 'higher-is-better' | 'lower-is-better';
  baseline: number | null;
  target: number | null;
  periodStart: string;
  dueDate: string;
  atRisk: number | null;
  offTrack: number | null;
}

function toDraft(kpi: KpiView | undefined, summary: string): DefDraft {
  return {
    name: kpi?.name ?? summary,
    unit: kpi?.unit ?? '',
    direction: kpi?.direction ?? 'higher-is-better',
    baseline: kpi?.baseline ?? null,
    target: kpi?.target ?? null,
    // The view does not carry the period start or thresholds; start from the first actual and common defaults.
    periodStart: kpi?.actuals[0]?.date ?? daysAgo(30),
    dueDate: kpi?.dueDate ?? '',
    atRisk: 90,
    offTrack: 70,
  };
}

/** A titled form of this tab: heading, the error of its last submit, then its fields. */
function KpiForm({
  id,
  title,
  error,
  onSubmit,
  children,
}: {
  id: string;
  title: string;
  error?: ResultError;
  onSubmit: () => Promise<unknown> | void;
  children: ReactNode;
}) {
  return (
    <form
      className="pm-stack-sm"
      aria-labelledby={id}
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
    >
      <h3 id={id} className="pm-h3">
        {title}
      </h3>
      {error ? <ErrorPanel error={error} compact /> : null}
      {children}
    </form>
  );
}

/** KPI definition and actuals, for issues that are KPI items. */
export function KpiTab({ kpi: initial, summary, canEdit }: { kpi?: KpiView; summary: string; canEdit: boolean }) {
  const [kpi, setKpi] = useState<KpiView | undefined>(initial);
  const [editing, setEditing] = useState(!initial);
  const [def, setDef] = useState<DefDraft>(() => toDraft(initial, summary));
  const [actual, setActual] = useState<{ date: string; value: number | null }>({ date: today(), value: null });
  const [note, setNote] = useState<string>();
  // A missing number is answered here, in the error panel a server validation error uses.
  const defining = useAction<void, ResultOf<'defineKpi'>>(async () => {
    if (def.baseline === null || def.target === null || def.atRisk === null || def.offTrack === null)
      return { ok: false, error: { code: 'validation', message: 'Fill in every field.', details: { issues: [] } } };
    return invoke('defineKpi', {
      version: kpi?.version ?? 0,
      definition: {
        name: def.name.trim(),
        unit: def.unit.trim(),
        direction: def.direction,
        baseline: def.baseline,
        target: def.target,
        periodStart: def.periodStart,
        dueDate: def.dueDate,
        thresholds: { atRisk: def.atRisk / 100, offTrack: def.offTrack / 100 },
      },
    });
  });
  const recording = useMutation('recordKpiActual');
  const defErrs = fieldErrors(defining.error, 'definition');
  const actErrs = fieldErrors(recording.error, 'actual');
  const defWarns = definitionWarnings(def, kpi?.actuals ?? [], (field, v) => setDef((d) => ({ ...d, [field]: v })));

  const saveDefinition = async () => {
    const res = await defining.run();
    if (!res.ok) return;
    setKpi(res.data);
    setEditing(false);
    setNote('KPI definition saved.');
  };

  const record = async () => {
    if (!kpi || actual.value === null) return;
    const res = await recording.run({
      version: kpi.version,
      actual: { date: actual.date, value: actual.value },
    });
    if (!res.ok) return;
    setKpi(res.data);
    setActual({ date: today(), value: null });
    setNote(
      `Recorded ${formatNumber(res.data.latest?.value)} ${res.data.unit} for ${formatDate(res.data.latest?.date)}.`,
    );
  };

  return (
    <div className="pm-stack">
      {kpi ? <KpiCard kpi={kpi} /> : null}
      {kpi?.warnings?.length ? (
        <FieldWarnings id="pm-kpi-saved-warn" warnings={kpi.warnings.map((message) => ({ message }))} />
      ) : null}
      <p role="status" className="pm-small pm-muted">
        {note}
      </p>
      {kpi && canEdit ? (
        <KpiForm id="pm-actual-h" title="Record an actual" error={recording.error} onSubmit={record}>
          <div className="pm-form-grid" style={{ alignItems: 'end' }}>
            <TextField
              label="Date"
              type="date"
              value={actual.date}
              onChange={(date) => setActual((a) => ({ ...a, date }))}
              errors={messagesFor(actErrs, 'date')}
            />
            <NumberField
              label={`Value${kpi.unit ? ` (${kpi.unit})` : ''}`}
              value={actual.value}
              onChange={(value) => setActual((a) => ({ ...a, value }))}
              errors={messagesFor(actErrs, 'value')}
              warnings={actualWarnings(kpi, actual, (value) => setActual((a) => ({ ...a, value })))}
            />
            <span>
              <Button type="submit" appearance="primary" isLoading={recording.busy} isDisabled={actual.value === null}>
                Record
              </Button>
            </span>
          </div>
        </KpiForm>
      ) : null}
      {kpi?.actuals.length ? (
        <details>
          <summary className="pm-h3" style={{ cursor: 'pointer' }}>
            Actuals ({kpi.actuals.length})
          </summary>
          <table className="pm-table" style={{ marginTop: 8 }}>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Value</th>
              </tr>
            </thead>
            <tbody>
              {[...kpi.actuals].reverse().map((a) => (
                <tr key={a.date}>
                  <td>{formatDate(a.date)}</td>
                  <td className="pm-num">
                    {formatNumber(a.value)} {kpi.unit}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
      {canEdit ? (
        editing ? (
          <KpiForm
            id="pm-def-h"
            title={kpi ? 'Edit the KPI definition' : 'Define this KPI'}
            error={defining.error}
            onSubmit={saveDefinition}
          >
            <div className="pm-form-grid">
              <TextField
                label="Name"
                value={def.name}
                onChange={(name) => setDef((d) => ({ ...d, name }))}
                errors={messagesFor(defErrs, 'name')}
              />
              <TextField
                label="Unit"
                placeholder="%, €, ms"
                value={def.unit}
                onChange={(unit) => setDef((d) => ({ ...d, unit }))}
                errors={messagesFor(defErrs, 'unit')}
              />
              <SelectField
                label="Direction"
                value={def.direction}
                options={[
                  { value: 'higher-is-better', label: 'Higher is better' },
                  { value: 'lower-is-better', label: 'Lower is better' },
                ]}
                onChange={(v) => v && setDef((d) => ({ ...d, direction: v }))}
              />
              <NumberField
                label="Baseline"
                value={def.baseline}
                onChange={(baseline) => setDef((d) => ({ ...d, baseline }))}
                errors={messagesFor(defErrs, 'baseline')}
                warnings={defWarns.baseline}
              />
              <NumberField
                label="Target"
                value={def.target}
                onChange={(target) => setDef((d) => ({ ...d, target }))}
                errors={messagesFor(defErrs, 'target')}
                warnings={defWarns.target}
              />
              <TextField
                label="Period start"
                type="date"
                value={def.periodStart}
                onChange={(periodStart) => setDef((d) => ({ ...d, periodStart }))}
                errors={messagesFor(defErrs, 'periodStart')}
              />
              <TextField
                label="Due date"
                type="date"
                value={def.dueDate}
                onChange={(dueDate) => setDef((d) => ({ ...d, dueDate }))}
                errors={messagesFor(defErrs, 'dueDate')}
              />
              <NumberField
                label="At risk below"
                suffix="% of expected"
                min={0}
                max={100}
                value={def.atRisk}
                onChange={(atRisk) => setDef((d) => ({ ...d, atRisk }))}
                errors={messagesFor(defErrs, 'thresholds.atRisk')}
              />
              <NumberField
                label="Off track below"
                suffix="% of expected"
                min={0}
                max={100}
                value={def.offTrack}
                onChange={(offTrack) => setDef((d) => ({ ...d, offTrack }))}
                errors={messagesFor(defErrs, 'thresholds.offTrack')}
              />
            </div>
            <div className="pm-row">
              <Button type="submit" appearance="primary" isLoading={defining.busy}>
                Save definition
              </Button>
              {kpi ? (
                <Button appearance="subtle" onClick={() => setEditing(false)}>
                  Cancel
                </Button>
              ) : null}
            </div>
          </KpiForm>
        ) : (
          <div>
            <Button onClick={() => setEditing(true)}>Edit the KPI definition</Button>
          </div>
        )
      ) : null}
    </div>
  );
}
