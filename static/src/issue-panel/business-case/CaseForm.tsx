import { useState } from 'react';
import type { BusinessCaseInput } from '../../../../src/contract/business-case-property';
import type { BusinessCaseView } from '../../../../src/contract/views-business-case';
import type { ResultOf } from '../../shared/api';
import { ErrorPanel } from '../../shared/ErrorPanel';
import { useAction } from '../../shared/useMutation';
import { NumberField, SelectField, TextField } from '../../shared/fields';
import { Button } from '../../shared/native';
import { draftOf, inputOf, type CaseDraft } from './case-draft';
import { formatMoney } from './money';
import { discountRateWarnings } from '../../shared/unit-warnings';

const PERIODS = [
  { value: 1, label: 'Month' },
  { value: 3, label: 'Quarter' },
  { value: 12, label: 'Year' },
] as const;

/** Edits the case's inputs: money settings (blank = the site's), costs, KPI benefits and assumptions. */
export function CaseForm({
  view,
  onSave,
}: {
  view: BusinessCaseView;
  onSave: (input: BusinessCaseInput, removeHidden: boolean) => Promise<ResultOf<'saveBusinessCase'>>;
}) {
  const [draft, setDraft] = useState<CaseDraft>(() => draftOf(view));
  const [removeHidden, setRemoveHidden] = useState(false);
  const set = (change: Partial<CaseDraft>) => setDraft((d) => ({ ...d, ...change }));
  const checked = inputOf(draft);
  const site = view.siteSettings;
  const kpiOptions = view.kpiChoices.map((k) => ({ value: k.key, label: `${k.key} ${k.name}` }));
  const saving = useAction((input: BusinessCaseInput) => onSave(input, removeHidden));
  const save = async () => {
    if ('input' in checked) await saving.run(checked.input);
  };
  return (
    <form
      className="pm-stack-sm"
      aria-labelledby="bc-edit"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id="bc-edit" className="pm-h3">
        Inputs
      </h3>
      <div className="pm-form-grid">
        <NumberField
          label={`Cost per point (${site.currency})`}
          value={draft.costPerEffortUnit}
          min={0}
          hint={`Blank: the site's ${formatMoney(site.costPerEffortUnit, site.currency)}`}
          onChange={(v) => set({ costPerEffortUnit: v })}
        />
        <NumberField
          label="Discount rate a year"
          suffix="%"
          value={draft.yearlyDiscountRatePercent}
          hint={`Blank: ${site.yearlyDiscountRate * 100} %`}
          onChange={(v) => set({ yearlyDiscountRatePercent: v })}
          warnings={discountRateWarnings(draft.yearlyDiscountRatePercent, (v) => set({ yearlyDiscountRatePercent: v }))}
        />
        <SelectField<1 | 3 | 12>
          label="Period"
          value={draft.periodMonths}
          options={PERIODS.map((p) => ({ value: p.value, label: p.label }))}
          emptyLabel={`Site default (${PERIODS.find((p) => p.value === site.periodMonths)?.label ?? site.periodMonths})`}
          onChange={(v) => set({ periodMonths: v ?? null })}
        />
        <NumberField
          label="Horizon (periods)"
          value={draft.horizonPeriods}
          min={1}
          max={240}
          step={1}
          hint={`Blank: ${site.horizonPeriods}`}
          onChange={(v) => set({ horizonPeriods: v })}
        />
      </div>

      <fieldset className="pm-stack-sm" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className="pm-label">Costs besides delivery effort</legend>
        {draft.costs.map((c, i) => (
          <div className="pm-form-grid" key={i}>
            <TextField
              label={`Cost ${i + 1}`}
              value={c.label}
              onChange={(v) => set({ costs: draft.costs.map((x, j) => (j === i ? { ...x, label: v } : x)) })}
            />
            <NumberField
              label={`Amount ${i + 1}`}
              value={c.amount}
              min={0}
              onChange={(v) => set({ costs: draft.costs.map((x, j) => (j === i ? { ...x, amount: v } : x)) })}
            />
            <SelectField<'one-off' | 'per-period'>
              label={`Kind ${i + 1}`}
              value={c.kind}
              options={[
                { value: 'one-off', label: 'One-off' },
                { value: 'per-period', label: 'Every period' },
              ]}
              onChange={(v) =>
                set({ costs: draft.costs.map((x, j) => (j === i ? { ...x, kind: v ?? 'one-off' } : x)) })
              }
            />
            <Button appearance="subtle" onClick={() => set({ costs: draft.costs.filter((_, j) => j !== i) })}>
              Remove cost {i + 1}
            </Button>
          </div>
        ))}
        <div>
          <Button onClick={() => set({ costs: [...draft.costs, { label: '', amount: null, kind: 'one-off' }] })}>
            Add a cost
          </Button>
        </div>
      </fieldset>

      <fieldset className="pm-stack-sm" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className="pm-label">
          Benefit from KPIs (money a period for each unit a KPI improves over its baseline)
        </legend>
        {draft.benefits.map((b, i) => (
          <div className="pm-form-grid" key={i}>
            <SelectField<string>
              label={`KPI ${i + 1}`}
              value={b.kpiKey || undefined}
              options={kpiOptions}
              emptyLabel="Choose a KPI"
              unknownLabel="a KPI not linked here"
              onChange={(v) =>
                set({ benefits: draft.benefits.map((x, j) => (j === i ? { ...x, kpiKey: v ?? '' } : x)) })
              }
            />
            <NumberField
              label={`Value per unit ${i + 1} (${site.currency})`}
              value={b.valuePerUnit}
              onChange={(v) =>
                set({ benefits: draft.benefits.map((x, j) => (j === i ? { ...x, valuePerUnit: v } : x)) })
              }
            />
            <Button appearance="subtle" onClick={() => set({ benefits: draft.benefits.filter((_, j) => j !== i) })}>
              Remove benefit {i + 1}
            </Button>
          </div>
        ))}
        <div className="pm-row">
          <Button
            isDisabled={view.kpiChoices.length === 0}
            onClick={() =>
              set({ benefits: [...draft.benefits, { kpiKey: view.kpiChoices[0]?.key ?? '', valuePerUnit: null }] })
            }
          >
            Add a benefit
          </Button>
          {view.kpiChoices.length === 0 ? (
            <span className="pm-small pm-muted">Link a KPI to this item or its work to add a benefit.</span>
          ) : null}
        </div>
        {view.hiddenBenefits > 0 ? (
          <label className="pm-small">
            <input type="checkbox" checked={removeHidden} onChange={(e) => setRemoveHidden(e.target.checked)} />{' '}
            {view.hiddenBenefits} benefit
            {view.hiddenBenefits === 1 ? ' names a KPI' : 's name KPIs'} you cannot see; they are kept unless you tick
            this to remove them.
          </label>
        ) : null}
      </fieldset>

      <label className="pm-field">
        <span className="pm-label">Assumptions (one a line)</span>
        <textarea
          className="pm-input"
          rows={4}
          value={draft.assumptions}
          onChange={(e) => set({ assumptions: e.target.value })}
        />
      </label>

      {saving.error ? <ErrorPanel error={saving.error} compact /> : null}
      <div className="pm-save-bar">
        <span className="pm-small pm-muted" role="status">
          {'problems' in checked ? checked.problems.join(' ') : ''}
        </span>
        <Button type="submit" appearance="primary" isLoading={saving.busy} isDisabled={'problems' in checked}>
          Save business case
        </Button>
      </div>
    </form>
  );
}
