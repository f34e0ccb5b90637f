import type { RequirementContextView } from '../../../src/contract/api';
import type { ResultError } from '../shared/api';
import { reapplyOnto, type Changes } from './conflict-merge';
import { toDraft, type Draft, type Pm } from './editor-draft';

/**
 * The issue-panel editor's state in one reducer, so the save / conflict flow is a set of
 * named steps that unit tests walk through (test/unit/static/editor-state.test.ts):
 *
 *   editing -> saving -> saved | failed | conflict (-> conflict with their version)
 *   conflict -> discard mine (their version loaded) | re-apply mine on top (-> saving)
 */
export interface Conflict {
  error: ResultError;
  /** The version saved in between, read right after the conflict (with who saved it). */
  fresh?: RequirementContextView;
}

export interface EditorState {
  /** The stored version the draft is edited against. */
  base: Pm;
  draft: Draft;
  saving: boolean;
  error?: ResultError;
  conflict?: Conflict;
  savedNote?: string;
}

export type EditorAction =
  | { type: 'edit'; patch: Partial<Draft> }
  | { type: 'discard' }
  /** A newer stored version arrived from outside (a reload): taken only when nothing conflicts. */
  | { type: 'external'; pm: Pm }
  | { type: 'save-started' }
  | { type: 'saved'; pm: Pm }
  | { type: 'save-failed'; error: ResultError }
  | { type: 'conflict'; error: ResultError }
  | { type: 'conflict-read'; fresh: RequirementContextView }
  | { type: 'load-theirs'; fresh: RequirementContextView }
  /** Re-applying: the draft moves onto their version with only my edits (`edits`) on top. */
  | { type: 'reapply'; fresh: RequirementContextView; edits: Changes };

export const initialEditorState = (pm: Pm): EditorState => ({ base: pm, draft: toDraft(pm), saving: false });

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'edit': {
      const { savedNote: _note, ...rest } = state;
      return { ...rest, draft: { ...state.draft, ...action.patch } };
    }
    case 'discard':
      return { ...state, draft: toDraft(state.base) };
    case 'external':
      if (state.conflict || action.pm.version === state.base.version) return state;
      return { ...state, base: action.pm, draft: toDraft(action.pm) };
    case 'save-started': {
      const { error: _e, savedNote: _n, ...rest } = state;
      return { ...rest, saving: true };
    }
    case 'saved':
      return {
        base: action.pm,
        draft: toDraft(action.pm),
        saving: false,
        savedNote: `Saved version ${action.pm.version}. Scores and readiness are up to date.`,
      };
    case 'save-failed':
      return { ...state, saving: false, error: action.error };
    case 'conflict':
      return { ...state, saving: false, conflict: { error: action.error } };
    case 'conflict-read':
      return state.conflict ? { ...state, conflict: { ...state.conflict, fresh: action.fresh } } : state;
    case 'load-theirs':
      return { base: action.fresh.pm, draft: toDraft(action.fresh.pm), saving: false };
    case 'reapply': {
      const pm = action.fresh.pm;
      const edits = action.edits;
      const merged = { ...pm, ...edits, scores: edits.scores ?? pm.scores, kpiKeys: edits.kpiKeys ?? pm.kpiKeys } as Pm;
      return { ...state, base: pm, draft: toDraft(merged) };
    }
  }
}

/** My edits against the base I loaded, carried onto their newer version (only what I changed). */
export function reapplyEdits(state: EditorState, mine: Changes, fresh: RequirementContextView): Changes {
  return reapplyOnto(state.base, mine, fresh.pm);
}
