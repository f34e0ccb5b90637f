import { useId } from 'react';
import type { ScoringInputs } from '../../../src/contract/api';
import { NumberField, SelectField } from '../shared/fields';
import { messagesFor, type FieldError } from '../shared/ErrorPanel';
import { SCORE_INPUT_LABELS as L } from '../../../src/contract/score-views';
import { FIBONACCI, KANO_ANSWERS, MOSCOW, ONE_TO_TEN, RICE_CONFIDENCE, RICE_IMPACT, type KanoAnswer } from './scales';

type Num = number | null | undefined;

function Group({ title, formula, children }: { title: string; formula: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} style={{ minWidth: 0 }}>
      <h4 id={id} className="pm-h3" style={{ marginBottom: 2 }}>
        {title}
      </h4>
      <p className="pm-small pm-subtlest" style={{ marginBottom: 8 }}>
        {formula}
      </p>
      <div className="pm-form-grid">{children}</div>
    </div>
  );
}

/** Scoring inputs per model, each with the control its scale calls for. */
export function ScoringEditor({
  value,
  onChange,
  criteria,
  errors,
  disabled,
}: {
  value: ScoringInputs;
  onChange: (next: ScoringInputs) => void;
  criteria: { id: string; name: string; weight: number }[];
  errors: FieldError[];
  disabled?: boolean;
}) {
  const err = (path: string) => messagesFor(errors, `scores.${path}`);
  const set = <M extends 'rice' | 'wsjf' | 'ice' | 'valueEffort'>(model: M, field: string, v: Num) =>
    onChange({ ...value, [model]: { ...(value[model] ?? {}), [field]: v ?? null } });
  const rice = value.rice ?? {};
  const wsjf = value.wsjf ?? {};
  const ice = value.ice ?? {};
  const ve = value.valueEffort ?? {};
  const kano = value.kano;
  return (
    <div className="pm-stack">
      <Group title="RICE" formula="Reach × Impact × Confidence ÷ Effort">
        <NumberField label={L.rice.reach} value={rice.reach} min={0} onChange={(v) => set('rice', 'reach', v)} errors={err('rice.reach')} disabled={disabled} />
        <SelectField label={L.rice.impact} value={rice.impact} options={RICE_IMPACT} emptyLabel="Not set" onChange={(v) => set('rice', 'impact', v)} errors={err('rice.impact')} disabled={disabled} />
        <SelectField label={L.rice.confidence} value={rice.confidence} options={RICE_CONFIDENCE} emptyLabel="Not set" onChange={(v) => set('rice', 'confidence', v)} errors={err('rice.confidence')} disabled={disabled} />
        <NumberField label={L.rice.effort} value={rice.effort} min={0} step={0.5} onChange={(v) => set('rice', 'effort', v)} errors={err('rice.effort')} disabled={disabled} />
      </Group>
      <Group title="WSJF" formula="(User-business value + Time criticality + Risk reduction / opportunity enablement) ÷ Job size, on 1 2 3 5 8 13 20">
        <SelectField label={L.wsjf.userBusinessValue} value={wsjf.userBusinessValue} options={FIBONACCI} emptyLabel="Not set" onChange={(v) => set('wsjf', 'userBusinessValue', v)} errors={err('wsjf.userBusinessValue')} disabled={disabled} />
        <SelectField label={L.wsjf.timeCriticality} value={wsjf.timeCriticality} options={FIBONACCI} emptyLabel="Not set" onChange={(v) => set('wsjf', 'timeCriticality', v)} errors={err('wsjf.timeCriticality')} disabled={disabled} />
        <SelectField label={L.wsjf.riskReduction} value={wsjf.riskReduction} options={FIBONACCI} emptyLabel="Not set" onChange={(v) => set('wsjf', 'riskReduction', v)} errors={err('wsjf.riskReduction')} disabled={disabled} />
        <SelectField label={L.wsjf.jobSize} value={wsjf.jobSize} options={FIBONACCI} emptyLabel="Not set" onChange={(v) => set('wsjf', 'jobSize', v)} errors={err('wsjf.jobSize')} disabled={disabled} />
      </Group>
      <Group title="ICE" formula="Impact, Confidence and Ease, each 1–10 (product or average: a site setting)">
        <SelectField label={L.ice.impact} value={ice.impact} options={ONE_TO_TEN} emptyLabel="Not set" onChange={(v) => set('ice', 'impact', v)} errors={err('ice.impact')} disabled={disabled} />
        <SelectField label={L.ice.confidence} value={ice.confidence} options={ONE_TO_TEN} emptyLabel="Not set" onChange={(v) => set('ice', 'confidence', v)} errors={err('ice.confidence')} disabled={disabled} />
        <SelectField label={L.ice.ease} value={ice.ease} options={ONE_TO_TEN} emptyLabel="Not set" onChange={(v) => set('ice', 'ease', v)} errors={err('ice.ease')} disabled={disabled} />
      </Group>
      <Group title="Value / Effort" formula="Value ÷ Effort">
        <NumberField label={L.valueEffort.value} value={ve.value} min={0} onChange={(v) => set('valueEffort', 'value', v)} errors={err('valueEffort.value')} disabled={disabled} />
        <NumberField label={L.valueEffort.effort} value={ve.effort} min={0} onChange={(v) => set('valueEffort', 'effort', v)} errors={err('valueEffort.effort')} disabled={disabled} />
      </Group>
      {criteria.length ? (
        <Group title="Weighted scorecard" formula={`Σ rating × weight (${criteria.map((c) => `${c.name} ×${c.weight}`).join(', ')})`}>
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
        </Group>
      ) : null}
      <Group title="MoSCoW and Kano" formula="Category for release scoping; Kano category from the functional / dysfunctional question pair">
        <SelectField
          label="MoSCoW"
          value={value.moscow}
          options={MOSCOW}
          emptyLabel="Not set"
          onChange={(v) => {
            const next = { ...value };
            if (v) next.moscow = v;
            else delete next.moscow;
            onChange(next);
          }}
          errors={err('moscow')}
          disabled={disabled}
        />
        {KANO_QUESTIONS.map((q) => (
          <SelectField
            key={q.side}
            label={q.label}
            value={kano?.[q.side]}
            options={KANO_ANSWERS}
            emptyLabel="Not asked"
            onChange={(v) => onChange(withKano(value, { ...kano, [q.side]: v }))}
            hint={q.side === 'dysfunctional' && kano && (!kano.functional || !kano.dysfunctional) ? 'Answer both questions' : undefined}
            errors={err(`kano.${q.side}`)}
            disabled={disabled}
          />
        ))}
      </Group>
    </div>
  );
}

/** The Kano question pair, asked about the same feature. */
const KANO_QUESTIONS = [
  { side: 'functional', label: 'If the feature is present…' },
  { side: 'dysfunctional', label: 'If the feature is absent…' },
] as const;

/** Kano needs both answers: a half-answered pair stays in the draft and `cleanScores` keeps it out of a save. */
function withKano(value: ScoringInputs, { functional, dysfunctional }: { functional?: KanoAnswer; dysfunctional?: KanoAnswer }): ScoringInputs {
  const next: Record<string, unknown> = { ...value };
  if (functional || dysfunctional) next.kano = { functional, dysfunctional };
  else delete next.kano;
  return next as ScoringInputs;
}

/** The inputs as the resolvers accept them: no half-answered Kano pair, no empty model objects. */
export function cleanScores(value: ScoringInputs): ScoringInputs {
  const out: Record<string, unknown> = {};
  for (const [model, v] of Object.entries(value)) {
    if (v === undefined || v === null) continue;
    if (model === 'kano') {
      const k = v as { functional?: string; dysfunctional?: string };
      if (k.functional && k.dysfunctional) out.kano = { functional: k.functional, dysfunctional: k.dysfunctional };
      continue;
    }
    if (typeof v === 'object') {
      const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
      if (entries.length) out[model] = Object.fromEntries(entries);
      continue;
    }
    out[model] = v;
  }
  return out as ScoringInputs;
}
