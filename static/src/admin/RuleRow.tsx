import { SelectField, TextField } from '../shared/fields';
import { Button } from '../shared/native';
import { splitList, type WfRule } from './config-model';
import type { CardProps } from './editor-props';
import { RulePreview } from './RulePreview';

/** One site-wide mapping rule: phase, issue type (picked from the site's), optional labels / components, preview. */
export function RuleRow({ rule, index, config, dispatch, readOnly, at, site }: CardProps & { rule: WfRule; index: number }) {
  const set = (patch: Partial<WfRule>) => dispatch({ type: 'rule', index, patch });
  const p = `mapping.default.${index}`;
  const typeOptions = (site?.issueTypes ?? []).map((t) => ({ value: t.name, label: t.subtask ? `${t.name} (sub-task)` : t.name }));
  return (
    <tr data-rule={index}>
      <td style={{ minWidth: 180 }}>
        <SelectField hideLabel label={`Rule ${index + 1} phase`} value={rule.phaseId} options={config.phases.map((ph) => ({ value: ph.id, label: ph.name }))} disabled={readOnly} errors={at(`${p}.phaseId`)} onChange={(v) => v && set({ phaseId: v })} />
      </td>
      <td style={{ minWidth: 160 }}>
        {site ? (
          <SelectField hideLabel label={`Rule ${index + 1} issue type`} value={rule.issueType || undefined} options={typeOptions} unknownLabel="not on this site" emptyLabel={rule.issueType ? undefined : 'Choose an issue type…'} disabled={readOnly} errors={at(`${p}.issueType`)} onChange={(v) => set({ issueType: v ?? '' })} />
        ) : (
          <TextField hideLabel label={`Rule ${index + 1} issue type`} value={rule.issueType} disabled={readOnly} errors={at(`${p}.issueType`)} onChange={(issueType) => set({ issueType })} />
        )}
      </td>
      <td>
        <TextField hideLabel label={`Rule ${index + 1} labels`} placeholder="any" value={(rule.labels ?? []).join(', ')} disabled={readOnly} errors={at(`${p}.labels`)} onChange={(v) => set({ labels: splitList(v) ?? [] })} />
      </td>
      <td>
        <TextField hideLabel label={`Rule ${index + 1} components`} placeholder="any" value={(rule.components ?? []).join(', ')} disabled={readOnly} errors={at(`${p}.components`)} onChange={(v) => set({ components: splitList(v) ?? [] })} />
      </td>
      <td style={{ verticalAlign: 'bottom' }}>{readOnly ? null : <RulePreview rules={config.mapping.default} index={index} />}</td>
      <td style={{ verticalAlign: 'bottom' }}>
        {readOnly ? null : (
          <Button spacing="compact" appearance="subtle" aria-label={`Remove the rule for ${rule.issueType || 'this issue type'}`} onClick={() => dispatch({ type: 'remove-rule', index })}>
            Remove
          </Button>
        )}
      </td>
    </tr>
  );
}
