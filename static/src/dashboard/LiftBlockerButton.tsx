import type { ScoreModel } from '../../../src/contract/api';
import { ErrorPanel } from '../shared/ErrorPanel';
import { Button } from '../shared/native';
import { useMutation } from '../shared/useMutation';

/**
 * "Lift in Jira rank" on a priority inversion: moves the blocker just above the first of what
 * waits on it in Jira's rank, the board order (liftBlocker). This backlog ranks by score, which
 * the move does not change: the answer says so, so nobody looks for the row to jump.
 */
export function LiftBlockerButton({
  issueKey,
  model,
  modelLabel,
}: {
  issueKey: string;
  model: ScoreModel;
  modelLabel: string;
}) {
  const lift = useMutation('liftBlocker');
  const done = lift.data;
  return (
    <span style={{ display: 'block', marginTop: 2 }} data-testid="lift-blocker">
      <Button spacing="compact" isLoading={lift.busy} onClick={() => void lift.run({ issueKey, model })}>
        Lift in Jira rank
      </Button>
      <span role="status" className="pm-small pm-muted" style={{ display: 'block' }}>
        {done && !lift.error
          ? done.moved
            ? `Ranked above ${done.rankedBefore} in Jira's rank (the board order). This backlog ranks by ${modelLabel} score: the row stays where it is.`
            : `Already above ${done.rankedBefore} in Jira's rank: nothing to move.`
          : ''}
      </span>
      {/* Not compact: the message says what Jira needs (Edit and Schedule Issues). */}
      {lift.error ? <ErrorPanel error={lift.error} /> : null}
    </span>
  );
}
