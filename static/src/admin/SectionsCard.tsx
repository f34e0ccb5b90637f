import { TextField } from '../shared/fields';
import { sectionColor } from '../shared/ui';
import { AddByName } from './AddByName';
import { Card, ErrorText } from './Card';
import type { CardProps } from './editor-props';
import { PHASE_GRID, PhaseRow } from './PhaseRow';

/** Sections (renamed or added here, shown so on every page) and their phases in order, one line per phase. */
export function SectionsCard(props: CardProps) {
  const { config, dispatch, readOnly, at, exact } = props;
  return (
    <Card
      {...props.card('sections')}
      title="Workflow sections and phases"
      id="pm-phases-h"
      description="Phases in order, by section. Use the arrow buttons to reorder within a section. Section names and colours show on the project page, the portfolio and the issue views."
    >
      <div className="pm-stack">
        {config.sections.map((section, si) => (
          <div
            key={section.id}
            className="pm-stack-sm"
            style={{ borderLeft: `4px solid ${sectionColor(section.id, section.colour)}`, paddingLeft: 12 }}
            data-section={section.id}
          >
            <div style={{ maxWidth: 360 }}>
              <TextField
                label="Section name"
                value={section.name}
                disabled={readOnly}
                errors={at(`sections.${si}.name`)}
                onChange={(name) => dispatch({ type: 'section-name', index: si, name })}
              />
            </div>
            <div style={PHASE_GRID} className="pm-label" aria-hidden="true">
              <span>Phase</span>
              <span>Section</span>
            </div>
            <ol style={{ display: 'grid', gap: 6 }} aria-label={`Phases of ${section.name}`}>
              {config.phases.map((p, pi) =>
                p.sectionId === section.id ? <PhaseRow key={p.id} {...props} phase={p} index={pi} /> : null,
              )}
            </ol>
            {readOnly ? null : (
              <AddByName
                label={`New phase in ${section.name}`}
                placeholder="e.g. Pricing review"
                button="Add phase"
                onAdd={(name) => dispatch({ type: 'add-phase', sectionId: section.id, name })}
              />
            )}
          </div>
        ))}
        {readOnly ? null : (
          <AddByName
            label="New section"
            placeholder="e.g. Customer success"
            button="Add section"
            onAdd={(name) => dispatch({ type: 'add-section', name })}
          />
        )}
      </div>
      <ErrorText messages={[...exact('phases'), ...exact('sections')]} />
    </Card>
  );
}
