import { useId, useState } from 'react';
import type { ScoreModel, ScoringInputs } from '../../../src/contract/api';
import { ALL_SCORE_MODELS } from '../../../src/contract/score-views';
import { MODEL_LABELS } from '../../../src/contract/ui-runtime-shared';
import type { FieldError } from '../shared/ErrorPanel';
import { ModelInputs, modelFormula, type ModelInputsProps } from './ModelInputs';

function Group({
  model,
  criteria,
  extra,
  children,
}: {
  model: ScoreModel;
  criteria: ModelInputsProps['criteria'];
  extra?: React.ReactNode;
  children: React.ReactNode;
}) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} style={{ minWidth: 0 }} data-model-inputs={model}>
      <div className="pm-row" style={{ justifyContent: 'space-between', alignItems: 'baseline', flexWrap: 'wrap' }}>
        <h4 id={id} className="pm-h3" style={{ marginBottom: 2 }}>
          {MODEL_LABELS[model]}
        </h4>
        {extra}
      </div>
      <p className="pm-small pm-subtlest" style={{ marginBottom: 8 }}>
        {modelFormula(model, criteria)}
      </p>
      <div className="pm-form-grid">{children}</div>
    </div>
  );
}

/** A model the site does not use, folded: one line, opened on demand (native details: keyboard and screen readers know it). */
function Folded({
  model,
  criteria,
  open,
  onToggle,
  extra,
  children,
}: {
  model: ScoreModel;
  criteria: ModelInputsProps['criteria'];
  open: boolean;
  onToggle: (open: boolean) => void;
  extra?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <details
      className="pm-folded-model"
      open={open}
      onToggle={(e) => onToggle((e.currentTarget as HTMLDetailsElement).open)}
      data-model-inputs={model}
    >
      <summary>
        <span className="pm-h3">{MODEL_LABELS[model]}</span>{' '}
        <span className="pm-small pm-subtlest">{modelFormula(model, criteria)}</span> {extra}
      </summary>
      {open ? (
        <div role="group" aria-label={MODEL_LABELS[model]} className="pm-form-grid" style={{ marginTop: 8 }}>
          {children}
        </div>
      ) : null}
    </details>
  );
}

/**
 * Scoring inputs per model. The models the site uses (`expanded`) are open; the others are
 * folded below under "Other models" and open when clicked.
 */
export function ScoringEditor({
  value,
  onChange,
  criteria,
  errors,
  disabled,
  expanded,
  scoreOf,
}: {
  value: ScoringInputs;
  onChange: (next: ScoringInputs) => void;
  criteria: ModelInputsProps['criteria'];
  errors: FieldError[];
  disabled?: boolean;
  expanded: ReadonlySet<ScoreModel>;
  /** The model's live score and rank, shown in its heading right beside its inputs. */
  scoreOf?: (model: ScoreModel) => React.ReactNode;
}) {
  const [opened, setOpened] = useState<ReadonlySet<ScoreModel>>(new Set());
  // A model with an error is never folded away: the message must be seen next to its field.
  // Survey answers (`scores.kanoSurvey...`) sit under Kano.
  const withErrors = new Set(
    errors
      .map((e) => e.path.split('.')[1])
      .map((m) => (m === 'kanoSurvey' ? 'kano' : m))
      .filter((m): m is ScoreModel => !!m),
  );
  const models = ALL_SCORE_MODELS.filter((m) => m !== 'weighted' || criteria.length > 0);
  const open = models.filter((m) => expanded.has(m));
  const folded = models.filter((m) => !expanded.has(m));
  const inputs = (model: ScoreModel) => (
    <ModelInputs
      model={model}
      value={value}
      onChange={onChange}
      criteria={criteria}
      errors={errors}
      withSurvey
      {...(disabled !== undefined ? { disabled } : {})}
    />
  );
  return (
    <div className="pm-stack">
      {open.map((m) => (
        <Group key={m} model={m} criteria={criteria} extra={scoreOf?.(m)}>
          {inputs(m)}
        </Group>
      ))}
      {folded.length > 0 ? (
        <div className="pm-stack-sm" role="group" aria-label="Other models">
          <p className="pm-small pm-muted">Other models (not used by this site&apos;s ranking)</p>
          {folded.map((m) => (
            <Folded
              key={m}
              model={m}
              criteria={criteria}
              extra={scoreOf?.(m)}
              open={opened.has(m) || withErrors.has(m)}
              onToggle={(isOpen) =>
                setOpened((s) => {
                  if (isOpen === s.has(m)) return s;
                  const next = new Set(s);
                  if (isOpen) next.add(m);
                  else next.delete(m);
                  return next;
                })
              }
            >
              {inputs(m)}
            </Folded>
          ))}
        </div>
      ) : null}
    </div>
  );
}
