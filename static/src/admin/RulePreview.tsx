import { useState } from 'react';
import type { MappingPreview } from '../../../src/contract/api';
import { invoke, type ResultError } from '../shared/api';
import { Button } from '../shared/native';
import type { WfRule } from './config-model';
import { inWords } from './error-words';

/**
 * "How many issues does this rule map?" before saving: asks the server (Jira's
 * approximate count of the rule's JQL, as the admin) on request, since every
 * invoke is billed. The answer is dropped when the rules change afterwards.
 */
export function RulePreview({ rules, index }: { rules: WfRule[]; index: number }) {
  const [state, setState] = useState<{ key: string; busy?: boolean; preview?: MappingPreview; error?: ResultError }>();
  const key = JSON.stringify([rules, index]);
  const current = state?.key === key ? state : undefined;
  const rule = rules[index];
  const run = async () => {
    setState({ key, busy: true });
    const res = await invoke('previewMapping', { rules, index });
    setState(res.ok ? { key, preview: res.data } : { key, error: res.error });
  };
  return (
    <span style={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: 2 }}>
      <Button
        spacing="compact"
        isDisabled={!rule?.issueType || current?.busy}
        isLoading={current?.busy}
        aria-label={`Preview rule ${index + 1}`}
        onClick={() => void run()}
      >
        Preview
      </Button>
      <span role="status" className="pm-small" data-testid={`rule-preview-${index}`}>
        {current?.preview ? (
          <PreviewText preview={current.preview} />
        ) : current?.error ? (
          <span className="pm-error-text">{inWords(current.error.message)}</span>
        ) : null}
      </span>
    </span>
  );
}

function PreviewText({ preview }: { preview: MappingPreview }) {
  if (preview.shadowedBy !== undefined)
    return <span className="pm-muted">No issues: rule {preview.shadowedBy + 1} maps this issue type first.</span>;
  const n = preview.count.toLocaleString();
  return (
    <span title={preview.jql}>
      <strong className="pm-num">{n}</strong> issue{preview.count === 1 ? '' : 's'} ({preview.open.toLocaleString()} not
      done)
    </span>
  );
}
