import { Button } from '../shared/native';
import { SelectField, TextField } from '../shared/fields';
import type { WfPhase } from './config-model';
import type { CardProps } from './editor-props';

/** One phase: its name, its section, and (when editable) move and remove buttons. */
export function PhaseRow({ phase, index, config, dispatch, readOnly, at }: CardProps & { phase: WfPhase; index: number }) {
  const sectionOptions = config.sections.map((s) => ({ value: s.id, label: s.name }));
  return (
    <li style={{ display: 'grid', gridTemplateColumns: 'minmax(160px, 1fr) 180px auto', gap: 8, alignItems: 'end' }} data-phase={phase.id}>
      <TextField
        label={`Phase name (${phase.id})`}
        value={phase.name}
        disabled={readOnly}
        errors={[...at(`phases.${index}.name`), ...at(`phases.${index}.id`), ...at(`phases.${index}.upstream`)]}
        onChange={(name) => dispatch({ type: 'phase-name', index, name })}
      />
      <SelectField
        label="Section"
        value={phase.sectionId}
        options={sectionOptions}
        disabled={readOnly}
        errors={at(`phases.${index}.sectionId`)}
        onChange={(sectionId) => sectionId && dispatch({ type: 'phase-section', index, sectionId })}
      />
      {readOnly ? (
        <span />
      ) : (
        <span className="pm-row" style={{ gap: 4, paddingBottom: 2 }}>
          <Button spacing="compact" aria-label={`Move ${phase.name} up`} onClick={() => dispatch({ type: 'move-phase', index, direction: -1 })}>
            ↑
          </Button>
          <Button spacing="compact" aria-label={`Move ${phase.name} down`} onClick={() => dispatch({ type: 'move-phase', index, direction: 1 })}>
            ↓
          </Button>
          <Button spacing="compact" appearance="subtle" aria-label={`Remove ${phase.name}`} onClick={() => dispatch({ type: 'remove-phase', phaseId: phase.id })}>
            Remove
          </Button>
        </span>
      )}
    </li>
  );
}
