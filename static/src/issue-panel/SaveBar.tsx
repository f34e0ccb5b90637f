import { Button } from '../shared/native';

/** The editor's save bar: what would be saved (or why it cannot be), Discard and Save. Sticky where the frame scrolls. */
export function SaveBar({
  status,
  dirty,
  blocked,
  saving,
  onDiscard,
}: {
  status: string;
  dirty: boolean;
  blocked: boolean;
  saving: boolean;
  onDiscard: () => void;
}) {
  return (
    <div className="pm-save-bar">
      <span role="status" className="pm-small pm-muted" data-testid="save-status">
        {status}
      </span>
      <span className="pm-row">
        <Button appearance="subtle" isDisabled={!dirty || saving} onClick={onDiscard}>
          Discard
        </Button>
        <Button appearance="primary" type="submit" isLoading={saving} isDisabled={!dirty || blocked}>
          Save
        </Button>
      </span>
    </div>
  );
}
