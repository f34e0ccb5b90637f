import { liftTarget } from '../../../../src/domain/ranking/lift-target';

describe('liftTarget: where a blocker goes in Jira rank to come before what waits on it', () => {
  it('just above the dependant Jira ranks first, not the best-scored one', () => {
    // A-2 is scored higher, but A-5 is above it on the board: above A-5 the blocker precedes both.
    expect(liftTarget('A-9', ['A-2', 'A-5'], ['A-1', 'A-5', 'A-2', 'A-9'])).toEqual({
      before: 'A-5',
      alreadyAbove: false,
    });
  });

  it('already above every dependant: nothing to move', () => {
    expect(liftTarget('A-9', ['A-2', 'A-5'], ['A-9', 'A-5', 'A-2'])).toEqual({ before: 'A-5', alreadyAbove: true });
  });

  it('a blocker Jira did not list (search lag) is not "already above"', () => {
    expect(liftTarget('A-9', ['A-2'], ['A-2'])).toEqual({ before: 'A-2', alreadyAbove: false });
  });

  it('no dependant in the order (none the caller can see): no target', () => {
    expect(liftTarget('A-9', ['A-2'], ['A-9', 'A-3'])).toBeUndefined();
  });
});
