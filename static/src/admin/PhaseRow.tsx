import { Button } from '../shared/native';
import { SelectField, TextField } from '../shared/fields';
import type { WfPhase } from './config-model';
import type { CardProps } from './editor-props';

/** Columns shared by a section's header line and its phase rows (one line per phase). */
export const PHASE_GRID = {
  display: 'grid',
  gridTemplateColumns: 'minmax(160px, 400px) minmax(120px, 240px) 150px',
  gap: 8,
  alignItems: 'start',
} as const;

/** One phase on one line: its name, its section, and (when editable) move and remove buttons. */
export function PhaseRow({
  phase,
  index,
  config,
  dispatch,
  readOnly,
  at,
}: CardProps & { phase: WfPhase; index: number }) {
  const sectionOptions = config.sections.map((s) => ({ value: s.id, label: s.name }));
  return (
    <li style={PHASE_GRID} data-phase={phase.id}>
      <TextField
        hideLabel
        label={`Phase name (${phase.id})`}
        value={phase.name}
        disabled={readOnly}
        errors={[...at(`phases.${index}.name`), ...at(`phases.${index}.id`), ...at(`phases.${index}.upstream`)]}
        onChange={(name) => dispatch({ type: 'phase-name', index, name })}
      />
      <SelectField
        hideLabel
        label={`Section of ${phase.name || phase.id}`}
        value={phase.sectionId}
        options={sectionOptions}
        disabled={readOnly}
        errors={at(`phases.${index}.sectionId`)}
        onChange={(sectionId) => sectionId && dispatch({ type: 'phase-section', index, sectionId })}
      />
      {readOnly ? (
        <span />
      ) : (
        <span className="pm-row" style={{ gap: 4, flexWrap: 'nowrap', paddingTop: 2 }}>
          <Button
            spacing="compact"
            aria-label={`Move ${phase.name} up`}
            onClick={() => dispatch({ type: 'move-phase', index, direction: -1 })}
          >
            ↑
          </Button>
          <Button
            spacing="compact"
            aria-label={`Move ${phase.name} down`}
            onClick={() => dispatch({ type: 'move-phase', index, direction: 1 })}
          >
            ↓
          </Button>
          <Button
            spacing="compact"
            appearance="subtle"
            aria-label={`Remove ${phase.name}`}
            onClick={() => dispatch({ type: 'remove-phase', phaseId: phase.id })}
          >
            Remove
          </Button>
        </span>
      )}
    </li>
  );
}
