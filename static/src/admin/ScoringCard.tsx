import { Button } from '../shared/native';
import { NumberField, SelectField, TextField } from '../shared/fields';
import type { WfConfig } from './config-model';
import { Card, ErrorText } from './Card';
import { DependencyLinksField } from './DependencyLinksField';
import type { CardProps } from './editor-props';

type Scoring = WfConfig['scoring'];

/** The main model, model settings, the weighted scorecard's criteria and the blocking links of dependency-aware ranking. */
export function ScoringCard(props: CardProps) {
  const { config, view, dispatch, readOnly: ro, at, exact, card } = props;
  const scoring = config.scoring;
  const set = (patch: Partial<Scoring>) => dispatch({ type: 'scoring', patch });
  return (
    <Card
      {...card('scoring')}
      title="Scoring"
      id="pm-scoring-h"
      description="The main model ranks backlogs and is indexed for JQL (pmScore)."
    >
      <div className="pm-form-grid" style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))' }}>
        <SelectField
          label="Main model"
          value={scoring.primaryModel}
          disabled={ro}
          options={view.rankingModels.map((m) => ({ value: m.id, label: m.label }))}
          errors={at('scoring.primaryModel')}
          onChange={(v) => v && set({ primaryModel: v })}
        />
        <SelectField
          label="ICE"
          value={scoring.iceMode}
          disabled={ro}
          options={[
            { value: 'product', label: 'Product I × C × E' },
            { value: 'average', label: 'Average (I + C + E) ÷ 3' },
          ]}
          errors={at('scoring.iceMode')}
          onChange={(v) => v && set({ iceMode: v })}
        />
        <NumberField
          label="MoSCoW: Must limit"
          suffix="% of effort"
          min={1}
          max={100}
          disabled={ro}
          value={Math.round(scoring.moscowMustShareLimit * 100)}
          errors={at('scoring.moscowMustShareLimit')}
          onChange={(v) => set({ moscowMustShareLimit: v === null ? 0 : v / 100 })}
        />
        <NumberField
          label="Scores are stale after"
          suffix="days"
          min={1}
          step={1}
          disabled={ro}
          value={scoring.staleAfterDays}
          errors={at('scoring.staleAfterDays')}
          onChange={(v) => set({ staleAfterDays: v ?? 0 })}
        />
        <NumberField
          label="Models disagree below"
          hint="rank correlation, −1 to 1"
          min={-1}
          max={1}
          step={0.05}
          disabled={ro}
          value={scoring.disagreementThreshold}
          errors={at('scoring.disagreementThreshold')}
          onChange={(v) => set({ disagreementThreshold: v ?? 0 })}
        />
      </div>
      <h3 className="pm-h3" style={{ marginTop: 8 }}>
        Weighted scorecard criteria
      </h3>
      <div
        style={{ overflowX: 'auto' }}
        tabIndex={0}
        role="region"
        aria-label="Weighted scorecard criteria (scrolls sideways)"
      >
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
              const setC = (patch: Partial<typeof c>) => dispatch({ type: 'criterion', index: i, patch });
              const p = `scoring.weightedCriteria.${i}`;
              return (
                <tr key={i}>
                  <td style={{ minWidth: 180 }}>
                    <TextField
                      hideLabel
                      label={`Criterion ${i + 1} name`}
                      value={c.label}
                      disabled={ro}
                      errors={[...at(`${p}.label`), ...at(`${p}.id`)]}
                      onChange={(label) => setC({ label })}
                    />
                  </td>
                  <td>
                    <NumberField
                      hideLabel
                      label={`Criterion ${i + 1} weight`}
                      min={0}
                      value={c.weight}
                      disabled={ro}
                      errors={at(`${p}.weight`)}
                      onChange={(v) => setC({ weight: v ?? 0 })}
                    />
                  </td>
                  <td>
                    <NumberField
                      hideLabel
                      label={`Criterion ${i + 1} min`}
                      value={c.min}
                      disabled={ro}
                      errors={at(`${p}.min`)}
                      onChange={(v) => setC({ min: v ?? 0 })}
                    />
                  </td>
                  <td>
                    <NumberField
                      hideLabel
                      label={`Criterion ${i + 1} max`}
                      value={c.max}
                      disabled={ro}
                      errors={at(`${p}.max`)}
                      onChange={(v) => setC({ max: v ?? 0 })}
                    />
                  </td>
                  <td>
                    <SelectField
                      hideLabel
                      label={`Criterion ${i + 1} counts as`}
                      value={c.direction}
                      disabled={ro}
                      options={[
                        { value: 'benefit', label: 'Benefit (higher is better)' },
                        { value: 'cost', label: 'Cost (higher is worse)' },
                      ]}
                      onChange={(v) => v && setC({ direction: v })}
                    />
                  </td>
                  <td style={{ verticalAlign: 'bottom' }}>
                    {ro ? null : (
                      <Button
                        spacing="compact"
                        appearance="subtle"
                        aria-label={`Remove criterion ${c.label}`}
                        onClick={() => dispatch({ type: 'remove-criterion', index: i })}
                      >
                        Remove
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ErrorText messages={exact('scoring.weightedCriteria')} />
      {ro ? null : (
        <div>
          <Button onClick={() => dispatch({ type: 'add-criterion' })}>Add a criterion</Button>
        </div>
      )}
      <DependencyLinksField {...props} />
    </Card>
  );
}
