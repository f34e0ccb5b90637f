import { NumberField, SelectField, TextField } from '../shared/fields';
import { discountRateWarnings } from '../shared/unit-warnings';
import { Card } from './Card';
import type { CardProps } from './editor-props';

/**
 * Business case money settings: what a story point of delivery effort costs, the discount
 * rate for NPV, the period and horizon. Blank fields use the app's defaults (the domain's
 * business-case-settings.ts, listed in the README); a business case may override them.
 */
export function BusinessCaseCard({ config, view, dispatch, readOnly: ro, at, card }: CardProps) {
  const b = config.businessCase ?? {};
  // The defaults in force, from the view (the domain's), named where a field is blank.
  const d = view.defaults.businessCase;
  const period = { 1: 'Month', 3: 'Quarter', 12: 'Year' } as const;
  const patch = (p: Record<string, unknown>) => dispatch({ type: 'business-case', patch: p });
  return (
    <Card
      {...card('businessCase')}
      title="Business case"
      id="pm-business-case-h"
      description="Initiatives and the Consolidation item carry a business case: investment = rolled-up effort × cost per point + other costs, benefit from their KPIs, NPV and payback. Blank fields use the app's defaults."
    >
      <div className="pm-form-grid">
        <TextField
          label="Currency"
          value={b.currency ?? ''}
          placeholder={d.currency}
          disabled={ro}
          errors={at('businessCase.currency')}
          onChange={(v) => patch({ currency: v.trim() || undefined })}
        />
        <NumberField
          label="Cost per story point"
          value={b.costPerEffortUnit ?? null}
          min={0}
          hint={`Blank: the app's default, ${d.costPerEffortUnit.toLocaleString('en')}`}
          disabled={ro}
          errors={at('businessCase.costPerEffortUnit')}
          onChange={(v) => patch({ costPerEffortUnit: v ?? undefined })}
        />
        <NumberField
          label="Discount rate a year"
          suffix="%"
          value={b.yearlyDiscountRate === undefined ? null : Math.round(b.yearlyDiscountRate * 10000) / 100}
          hint={`Blank: the app's default, ${Math.round(d.yearlyDiscountRate * 1000) / 10} %`}
          disabled={ro}
          errors={at('businessCase.yearlyDiscountRate')}
          onChange={(v) => patch({ yearlyDiscountRate: v === null ? undefined : v / 100 })}
          warnings={discountRateWarnings(b.yearlyDiscountRate === undefined ? null : b.yearlyDiscountRate * 100, (v) =>
            patch({ yearlyDiscountRate: v / 100 }),
          )}
        />
        <SelectField<1 | 3 | 12>
          label="Period"
          value={b.periodMonths}
          options={([1, 3, 12] as const).map((value) => ({ value, label: period[value] }))}
          emptyLabel={`The app's default (${period[d.periodMonths]})`}
          disabled={ro}
          errors={at('businessCase.periodMonths')}
          onChange={(v) => patch({ periodMonths: v })}
        />
        <NumberField
          label="Horizon (periods)"
          value={b.horizonPeriods ?? null}
          min={1}
          max={240}
          step={1}
          hint={`Blank: the app's default, ${d.horizonPeriods}`}
          disabled={ro}
          errors={at('businessCase.horizonPeriods')}
          onChange={(v) => patch({ horizonPeriods: v ?? undefined })}
        />
      </div>
    </Card>
  );
}
