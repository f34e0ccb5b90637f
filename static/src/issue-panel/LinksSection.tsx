import type { RequirementContextView } from '../../../src/contract/api';
import { messagesFor, type FieldError } from '../shared/ErrorPanel';
import { SelectField, TextField } from '../shared/fields';
import { HIDDEN_ITEM_TEXT } from '../shared/hidden-item';
import { sectionName } from '../shared/ui';
import type { Draft } from './editor-draft';

/** Phase and the upstream links (problem, persona, scenario, KPIs) of the editor. */
export function LinksSection({
  view,
  draft,
  errors,
  onChange,
}: {
  view: RequirementContextView;
  draft: Draft;
  errors: FieldError[];
  onChange: (patch: Partial<Draft>) => void;
}) {
  // A link to an item the user cannot see stays on every save; the Overview tab removes it explicitly.
  const hiddenLinks = new Set(view.pm.hiddenLinks ?? []);
  const hiddenHint = (field: 'problem' | 'persona' | 'scenario' | 'kpi') =>
    hiddenLinks.has(field) ? `Also links ${HIDDEN_ITEM_TEXT}: it stays; remove it on the Overview tab` : undefined;
  const phaseOptions = view.options.phases.map((p) => ({
    value: p.id,
    label: p.name,
    group: sectionName(p.section, view.options.phases),
  }));
  return (
    <section className="pm-stack-sm" aria-labelledby="pm-links-h">
      <h3 id="pm-links-h" className="pm-h3">
        Phase and upstream links
      </h3>
      <div className="pm-form-grid" style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))' }}>
        <SelectField
          label="Phase"
          value={draft.phase || undefined}
          options={phaseOptions}
          emptyLabel="From the issue type"
          onChange={(v) => onChange({ phase: v ?? '' })}
          errors={messagesFor(errors, 'phase')}
        />
        <TextField
          label="Problem"
          hint={hiddenHint('problem')}
          placeholder="e.g. CHK-2"
          value={draft.problemKey}
          onChange={(v) => onChange({ problemKey: v })}
          errors={messagesFor(errors, 'problemKey')}
        />
        <TextField
          label="Persona"
          hint={hiddenHint('persona')}
          placeholder="e.g. CHK-4"
          value={draft.personaKey}
          onChange={(v) => onChange({ personaKey: v })}
          errors={messagesFor(errors, 'personaKey')}
        />
        <TextField
          label="Scenario"
          hint={hiddenHint('scenario')}
          placeholder="e.g. CHK-7"
          value={draft.scenarioKey}
          onChange={(v) => onChange({ scenarioKey: v })}
          errors={messagesFor(errors, 'scenarioKey')}
        />
        <TextField
          label="KPIs"
          placeholder="CHK-5, CHK-6"
          hint={hiddenHint('kpi') ?? 'issue keys, comma separated'}
          value={draft.kpiKeys}
          onChange={(v) => onChange({ kpiKeys: v })}
          errors={messagesFor(errors, 'kpiKeys')}
        />
      </div>
    </section>
  );
}
