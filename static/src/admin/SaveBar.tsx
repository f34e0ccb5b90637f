import { Button } from '../shared/native';

/** Status line and the Discard / Save buttons, kept in view at the bottom of the frame. */
export function SaveBar({
  note,
  dirty,
  saving,
  version,
  schemaVersion,
  onDiscard,
}: {
  note?: string;
  dirty: boolean;
  saving: boolean;
  version: number;
  schemaVersion: number;
  onDiscard: () => void;
}) {
  return (
    <div
      className="pm-row pm-card"
      style={{ justifyContent: 'space-between', position: 'sticky', bottom: 0, zIndex: 1 }}
    >
      <span role="status" className="pm-small pm-muted" data-testid="admin-status">
        {note ?? (dirty ? 'You have unsaved changes.' : `Configuration version ${version} (schema ${schemaVersion}).`)}
      </span>
      <span className="pm-row">
        <Button appearance="subtle" isDisabled={!dirty || saving} onClick={onDiscard}>
          Discard changes
        </Button>
        <Button appearance="primary" type="submit" isLoading={saving} isDisabled={!dirty}>
          Save configuration
        </Button>
      </span>
    </div>
  );
}
