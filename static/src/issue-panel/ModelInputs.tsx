import type { ScoreModel, ScoringInputs } from '../../../src/contract/api';
import { NumberField, SelectField } from '../shared/fields';
import { messagesFor, type FieldError } from '../shared/ErrorPanel';
import { SCORE_INPUT_LABELS as L } from '../../../src/contract/score-views';
import { riceWarnings } from '../../../src/contract/ui-runtime-shared';
import { unitWarning } from '../shared/unit-warnings';
import { FIBONACCI, KANO_ANSWERS, MOSCOW, ONE_TO_TEN, RICE_CONFIDENCE, RICE_IMPACT } from './scales';
import { withKano } from './scoring-inputs';
import { ConfidenceSuggestion } from './evidence/ConfidenceSuggestion';
import { KanoSurveyInputs } from './KanoSurveyInputs';

type Num = number | null | undefined;

export interface ModelInputsProps {
  model: ScoreModel;
  value: ScoringInputs;
  onChange: (next: ScoringInputs) => void;
  criteria: { id: string; name: string; weight: number }[];
  errors: FieldError[];
  disabled?: boolean;
  /** Kano's survey answers below the single pair (the panel's editor; the backlog's compact inline editor leaves them out). */
  withSurvey?: boolean;
}

/** How each model is computed, in the user's words (the heading's sub-line). */
export function modelFormula(model: ScoreModel, criteria: ModelInputsProps['criteria']): string {
  switch (model) {
    case 'rice':
      return 'Reach × Impact × Confidence ÷ Effort';
    case 'wsjf':
      return '(User-business value + Time criticality + Risk reduction / opportunity enablement) ÷ Job size, on 1 2 3 5 8 13 20';
    case 'ice':
      return 'Impact, Confidence and Ease, each 1–10 (product or average: a site setting)';
    case 'valueEffort':
      return 'Value ÷ Effort';
    case 'weighted':
      return `Σ rating × weight (${criteria.map((c) => `${c.name} ×${c.weight}`).join(', ')})`;
    case 'moscow':
      return 'Category for release scoping (DSDM)';
    case 'kano':
      return 'Category from the functional / dysfunctional question pair';
  }
}

/** The Kano question pair, asked about the same feature. */
const KANO_QUESTIONS = [
  { side: 'functional', label: 'If the feature is present…' },
  { side: 'dysfunctional', label: 'If the feature is absent…' },
] as const;

/** One model's inputs, each with the control its scale calls for (the panel's editor and the backlog's inline editor). */
export function ModelInputs({ model, value, onChange, criteria, errors, disabled, withSurvey }: ModelInputsProps) {
  const err = (path: string) => messagesFor(errors, `scores.${path}`);
  const set = (m: 'rice' | 'wsjf' | 'ice' | 'valueEffort', field: string, v: Num) =>
    onChange({ ...value, [m]: { ...(value[m] ?? {}), [field]: v ?? null } });
  const common = { disabled, emptyLabel: 'Not set' } as const;
  switch (model) {
    case 'rice': {
      const rice = value.rice ?? {};
      return (
        <>
          <NumberField
            label={L.rice.reach}
            value={rice.reach}
            min={0}
            onChange={(v) => set('rice', 'reach', v)}
            errors={err('rice.reach')}
            disabled={disabled}
          />
          <SelectField
            label={L.rice.impact}
            value={rice.impact}
            options={RICE_IMPACT}
            onChange={(v) => set('rice', 'impact', v)}
            errors={err('rice.impact')}
            {...common}
          />
          <SelectField
            label={L.rice.confidence}
            value={rice.confidence}
            options={RICE_CONFIDENCE}
            onChange={(v) => set('rice', 'confidence', v)}
            errors={err('rice.confidence')}
            warnings={riceWarnings(rice)
              .filter((w) => w.field === 'confidence')
              .map((w) => unitWarning(w, (v) => set('rice', 'confidence', v), ' %'))}
            hint={
              <ConfidenceSuggestion
                current={rice.confidence}
                onApply={(v) => set('rice', 'confidence', v)}
                {...(disabled !== undefined ? { disabled } : {})}
              />
            }
            {...common}
          />
          <NumberField
            label={L.rice.effort}
            value={rice.effort}
            min={0}
            step={0.5}
            onChange={(v) => set('rice', 'effort', v)}
            errors={err('rice.effort')}
            disabled={disabled}
          />
        </>
      );
    }
    case 'wsjf': {
      const wsjf = value.wsjf ?? {};
      return (
        <>
          {(['userBusinessValue', 'timeCriticality', 'riskReduction', 'jobSize'] as const).map((f) => (
            <SelectField
              key={f}
              label={L.wsjf[f]}
              value={wsjf[f]}
              options={FIBONACCI}
              onChange={(v) => set('wsjf', f, v)}
              errors={err(`wsjf.${f}`)}
              {...common}
            />
          ))}
        </>
      );
    }
    case 'ice': {
      const ice = value.ice ?? {};
      return (
        <>
          {(['impact', 'confidence', 'ease'] as const).map((f) => (
            <SelectField
              key={f}
              label={L.ice[f]}
              value={ice[f]}
              options={ONE_TO_TEN}
              onChange={(v) => set('ice', f, v)}
              errors={err(`ice.${f}`)}
              {...common}
            />
          ))}
        </>
      );
    }
    case 'valueEffort': {
      const ve = value.valueEffort ?? {};
      return (
        <>
          <NumberField
            label={L.valueEffort.value}
            value={ve.value}
            min={0}
            onChange={(v) => set('valueEffort', 'value', v)}
            errors={err('valueEffort.value')}
            disabled={disabled}
          />
          <NumberField
            label={L.valueEffort.effort}
            value={ve.effort}
            min={0}
            onChange={(v) => set('valueEffort', 'effort', v)}
            errors={err('valueEffort.effort')}
            disabled={disabled}
          />
        </>
      );
    }
    case 'weighted':
      return (
        <>
          {criteria.map((c) => (
            <NumberField
              key={c.id}
              label={c.name}
              hint={`weight ${c.weight}`}
              value={value.weighted?.[c.id]}
              onChange={(v) => {
                const next = { ...(value.weighted ?? {}) };
                if (v === null) delete next[c.id];
                else next[c.id] = v;
                onChange({ ...value, weighted: next });
              }}
              errors={err(`weighted.${c.id}`)}
              disabled={disabled}
            />
          ))}
        </>
      );
    case 'moscow':
      return (
        <SelectField
          label="MoSCoW"
          value={value.moscow}
          options={MOSCOW}
          onChange={(v) => {
            const next = { ...value };
            if (v) next.moscow = v;
            else delete next.moscow;
            onChange(next);
          }}
          errors={err('moscow')}
          {...common}
        />
      );
    case 'kano': {
      const kano = value.kano;
      return (
        <>
          {KANO_QUESTIONS.map((q) => (
            <SelectField
              key={q.side}
              label={q.label}
              value={kano?.[q.side]}
              options={KANO_ANSWERS}
              emptyLabel="Not asked"
              onChange={(v) => onChange(withKano(value, { ...kano, [q.side]: v }))}
              hint={
                q.side === 'dysfunctional' && kano && (!kano.functional || !kano.dysfunctional)
                  ? 'Answer both questions'
                  : undefined
              }
              errors={err(`kano.${q.side}`)}
              disabled={disabled}
            />
          ))}
          {withSurvey ? (
            <KanoSurveyInputs
              value={value}
              onChange={onChange}
              errors={errors}
              {...(disabled !== undefined ? { disabled } : {})}
            />
          ) : null}
        </>
      );
    }
  }
}
