/**
 * "Priority inversion" on a backlog row: it blocks open work scored above it. The tooltip (hover
 * or keyboard focus) names what waits on it and what lifting means. A suggestion only, and said
 * so: this backlog's rank is the model's score (there is no rank of its own to move), so the app
 * changes nothing; the action is the team's: do it before its dependant, in Jira by ranking it
 * above on the board ("Lift in Jira rank" does that move). Only a score as high as the
 * dependant's would rank it with it here.
 */
import type { PriorityInversionView, ScoreModel } from '../../../src/contract/api';
import { Pill } from '../shared/lite';
import { Tooltip } from '../shared/native';
import { inversionText } from './inversion-text';
import { LiftBlockerButton } from './LiftBlockerButton';

export function PriorityInversionFlag({
  inversion,
  modelLabel,
  issueKey,
  model,
}: {
  inversion: PriorityInversionView | undefined;
  modelLabel: string;
  issueKey: string;
  model: ScoreModel;
}) {
  if (!inversion) return null;
  const text = inversionText(inversion, modelLabel);
  return (
    <>
      <span style={{ display: 'block', whiteSpace: 'normal', marginTop: 2 }} data-testid="priority-inversion">
        <Tooltip content={<span style={{ display: 'block', maxWidth: 320 }}>{text}</span>}>
          {(props) => (
            <button
              type="button"
              {...props}
              className="pm-score-btn"
              aria-label={`Priority inversion. ${text}`}
              style={{ fontWeight: 400 }}
            >
              <Pill tone="warning">Priority inversion</Pill>{' '}
              <span className="pm-small pm-subtlest">do before {inversion.liftTo.key}</span>
            </button>
          )}
        </Tooltip>
      </span>
      <LiftBlockerButton issueKey={issueKey} model={model} modelLabel={modelLabel} />
    </>
  );
}
