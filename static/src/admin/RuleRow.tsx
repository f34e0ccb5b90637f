import { SelectField, TextField } from '../shared/fields';
import { Button } from '../shared/native';
import { splitList, type WfRule } from './config-model';
import type { CardProps } from './editor-props';
import { RulePreview } from './RulePreview';

/**
 * One mapping rule: phase, issue type (picked from the site's), optional labels / components,
 * and for a site-wide rule the preview. `project` makes it one of that project's own rules.
 */
export function RuleRow({
  rule,
  index,
  project,
  config,
  dispatch,
  readOnly,
  at,
  site,
}: CardProps & { rule: WfRule; index: number; project?: string }) {
  const set = (patch: Partial<WfRule>) =>
    dispatch(project ? { type: 'project-rule', project, index, patch } : { type: 'rule', index, patch });
  const p = project ? `mapping.projects.${project}.${index}` : `mapping.default.${index}`;
  const name = project ? `${project} rule ${index + 1}` : `Rule ${index + 1}`;
  // Dense cells: the six columns fit a 1024 px Jira page without scrolling sideways.
  const cell = { padding: '4px 4px', verticalAlign: 'top' } as const;
  const typeOptions = (site?.issueTypes ?? []).map((t) => ({
    value: t.name,
    label: t.subtask ? `${t.name} (sub-task)` : t.name,
  }));
  return (
    <tr {...(project ? { 'data-project': project, 'data-project-rule': index } : { 'data-rule': index })}>
      <td style={{ ...cell, minWidth: 140 }}>
        <SelectField
          hideLabel
          label={`${name} phase`}
          value={rule.phaseId}
          options={config.phases.map((ph) => ({ value: ph.id, label: ph.name }))}
          disabled={readOnly}
          errors={at(`${p}.phaseId`)}
          onChange={(v) => v && set({ phaseId: v })}
        />
      </td>
      <td style={{ ...cell, minWidth: 130 }}>
        {site ? (
          <SelectField
            hideLabel
            label={`${name} issue type`}
            value={rule.issueType || undefined}
            options={typeOptions}
            unknownLabel="not on this site"
            emptyLabel={rule.issueType ? undefined : 'Choose an issue type…'}
            disabled={readOnly}
            errors={at(`${p}.issueType`)}
            onChange={(v) => set({ issueType: v ?? '' })}
          />
        ) : (
          <TextField
            hideLabel
            label={`${name} issue type`}
            value={rule.issueType}
            disabled={readOnly}
            errors={at(`${p}.issueType`)}
            onChange={(issueType) => set({ issueType })}
          />
        )}
      </td>
      <td style={{ ...cell, minWidth: 90 }}>
        <TextField
          hideLabel
          label={`${name} labels`}
          placeholder="any"
          value={(rule.labels ?? []).join(', ')}
          disabled={readOnly}
          errors={at(`${p}.labels`)}
          onChange={(v) => set({ labels: splitList(v) ?? [] })}
        />
      </td>
      <td style={{ ...cell, minWidth: 90 }}>
        <TextField
          hideLabel
          label={`${name} components`}
          placeholder="any"
          value={(rule.components ?? []).join(', ')}
          disabled={readOnly}
          errors={at(`${p}.components`)}
          onChange={(v) => set({ components: splitList(v) ?? [] })}
        />
      </td>
      <td style={{ ...cell, minWidth: 90 }}>
        {readOnly || project ? null : <RulePreview rules={config.mapping.default} index={index} />}
      </td>
      <td style={cell}>
        {readOnly ? null : (
          <Button
            spacing="compact"
            appearance="subtle"
            aria-label={`Remove ${name} (${rule.issueType || 'no issue type'})`}
            onClick={() =>
              dispatch(project ? { type: 'remove-project-rule', project, index } : { type: 'remove-rule', index })
            }
          >
            Remove
          </Button>
        )}
      </td>
    </tr>
  );
}
