import {
  editorReducer,
  initialEditorState,
  reapplyEdits,
  type EditorAction,
  type EditorState,
} from '../../../static/src/issue-panel/editor-state';
import { changesOf } from '../../../static/src/issue-panel/editor-draft';
import type { RequirementContextView } from '../../../src/contract/views';

type Pm = RequirementContextView['pm'];
const pm = (extra: Partial<Pm>): Pm => ({ version: 1, kpiKeys: [], scores: {}, ...extra });
const viewOf = (p: Pm) => ({ pm: p, history: [] }) as unknown as RequirementContextView;
const conflictError = { code: 'conflict' as const, message: 'Someone saved first.' };
const run = (state: EditorState, ...actions: EditorAction[]) => actions.reduce(editorReducer, state);

describe('issue-panel editor reducer: the save and conflict flow', () => {
  const saved = pm({ scores: { rice: { reach: 100, impact: 2, confidence: 80, effort: 2 }, wsjf: { jobSize: 8 } } });
  // Someone else changed the WSJF job size and saved version 2.
  const theirs = pm({
    version: 2,
    scores: { rice: { reach: 100, impact: 2, confidence: 80, effort: 2 }, wsjf: { jobSize: 13 } },
  });
  const editReach = {
    type: 'edit',
    patch: { scores: { ...saved.scores, rice: { ...saved.scores.rice, reach: 999 } } },
  } as const;

  it.each<[string, EditorAction[], (s: EditorState) => unknown, unknown]>([
    ['starts clean on the stored version', [], (s) => [s.base.version, changesOf(s.base, s.draft)], [1, {}]],
    ['an edit is a change against the base', [editReach], (s) => changesOf(s.base, s.draft).scores?.rice?.reach, 999],
    ['discard returns to the base', [editReach, { type: 'discard' }], (s) => changesOf(s.base, s.draft), {}],
    [
      'saving clears the last error and note',
      [{ type: 'save-failed', error: { code: 'internal', message: 'x' } }, { type: 'save-started' }],
      (s) => [s.saving, s.error],
      [true, undefined],
    ],
    [
      'a save answers: the new version is the base, the draft is clean, a note says so',
      [editReach, { type: 'save-started' }, { type: 'saved', pm: pm({ version: 2 }) }],
      (s) => [s.base.version, s.saving, s.savedNote],
      [2, false, 'Saved version 2. Scores and readiness are up to date.'],
    ],
    [
      'an edit after saving clears the saved note',
      [{ type: 'saved', pm: pm({ version: 2 }) }, editReach],
      (s) => s.savedNote,
      undefined,
    ],
    [
      'a failed save keeps my draft and shows the error',
      [editReach, { type: 'save-started' }, { type: 'save-failed', error: { code: 'internal', message: 'down' } }],
      (s) => [s.saving, s.error?.message, changesOf(s.base, s.draft).scores?.rice?.reach],
      [false, 'down', 999],
    ],
    [
      'a conflict keeps my draft and waits for their version',
      [editReach, { type: 'save-started' }, { type: 'conflict', error: conflictError }],
      (s) => [s.saving, s.conflict?.fresh, changesOf(s.base, s.draft).scores?.rice?.reach],
      [false, undefined, 999],
    ],
    [
      'their version read after the conflict is attached to it',
      [editReach, { type: 'conflict', error: conflictError }, { type: 'conflict-read', fresh: viewOf(theirs) }],
      (s) => s.conflict?.fresh?.pm.version,
      2,
    ],
    [
      'their version without a conflict is ignored',
      [{ type: 'conflict-read', fresh: viewOf(theirs) }],
      (s) => s.conflict,
      undefined,
    ],
    [
      'an outside reload during a conflict does not wipe my draft',
      [editReach, { type: 'conflict', error: conflictError }, { type: 'external', pm: theirs }],
      (s) => [s.base.version, changesOf(s.base, s.draft).scores?.rice?.reach],
      [1, 999],
    ],
    [
      'an outside reload with nothing conflicting takes the newer version',
      [{ type: 'external', pm: theirs }],
      (s) => [s.base.version, s.draft.scores.wsjf?.jobSize],
      [2, 13],
    ],
    [
      'discarding mine loads theirs and ends the conflict',
      [editReach, { type: 'conflict', error: conflictError }, { type: 'load-theirs', fresh: viewOf(theirs) }],
      (s) => [s.conflict, s.base.version, changesOf(s.base, s.draft)],
      [undefined, 2, {}],
    ],
  ])('%s', (_name, actions, pick, expected) => {
    expect(pick(run(initialEditorState(saved), ...actions))).toEqual(expected);
  });

  it('re-applying puts only my change on their version: their job size stays, my reach is the one change', () => {
    const conflicted = run(
      initialEditorState(saved),
      editReach,
      { type: 'conflict', error: conflictError },
      { type: 'conflict-read', fresh: viewOf(theirs) },
    );
    const edits = reapplyEdits(conflicted, changesOf(conflicted.base, conflicted.draft), viewOf(theirs));
    const next = editorReducer(conflicted, { type: 'reapply', fresh: viewOf(theirs), edits });
    expect(next.base.version).toBe(2);
    expect(next.draft.scores).toEqual({
      rice: { reach: 999, impact: 2, confidence: 80, effort: 2 },
      wsjf: { jobSize: 13 },
    });
    expect(changesOf(next.base, next.draft)).toEqual({
      scores: { rice: { reach: 999, impact: 2, confidence: 80, effort: 2 }, wsjf: { jobSize: 13 } },
    });
    // The conflict stays shown until the re-applied save answers.
    expect(next.conflict).toBeDefined();
    expect(editorReducer(next, { type: 'saved', pm: pm({ version: 3 }) }).conflict).toBeUndefined();
  });
});
