import { SectionMessage } from '../shared/native';
import { useEffect, useMemo, useReducer, useRef } from 'react';
import type { RequirementContextView, ScoreView, ScoringInputs } from '../../../src/contract/api';
import { invoke } from '../shared/api';
import { ErrorPanel, fieldErrors } from '../shared/ErrorPanel';
import { scoreViews } from '../../../src/contract/score-views';
import { lastChangeBy, type Changes } from './conflict-merge';
import { ConflictMessage } from './ConflictMessage';
import { changesOf, hasPendingInput, localErrors, type Pm } from './editor-draft';
import { editorReducer, initialEditorState, reapplyEdits } from './editor-state';
import { LinksSection } from './LinksSection';
import { SaveBar } from './SaveBar';
import { ModelScoreBadge, ScoreAside } from './ScoreAside';
import { ScoringEditor } from './ScoringEditor';
import { fieldName } from './scales';
import { modelsInUse } from './scoring-inputs';
import { useAsideInView } from './useAsideInView';
import { useScoreRanks } from './useScoreRanks';

/**
 * The "Edit and score" tab: links and scoring inputs on the left, each model's live score,
 * breakdown and rank change beside them with the save bar. Its state is one reducer
 * (editor-state.ts); this component only wires the calls.
 */
export function Editor({
  view,
  onSaved,
  reloadView,
}: {
  view: RequirementContextView;
  onSaved: (v: RequirementContextView) => void;
  /** Reads the current stored version (after a conflict). */
  reloadView: () => Promise<RequirementContextView | undefined>;
}) {
  const [state, dispatch] = useReducer(editorReducer, view.pm, initialEditorState);
  const { base, draft, saving, error, conflict, savedNote } = state;

  // A newer saved version from outside (a reload) resets the form when nothing conflicts.
  useEffect(() => dispatch({ type: 'external', pm: view.pm }), [view.pm]);

  const changes = useMemo(() => changesOf(base, draft), [base, draft]);
  const dirty = Object.keys(changes).length > 0;
  const local = useMemo(() => localErrors(draft, view.options.scoring), [draft, view.options.scoring]);
  // Server paths come as `changes.scores.rice.reach`; the form speaks `scores.rice.reach`.
  const errors = [...local, ...fieldErrors(error, 'changes')];
  // Live preview in the browser, with the backend's own scoring code and the site's settings:
  // no invocation per keystroke (Forge bills each). None while the inputs are as saved.
  const preview = useMemo<ScoreView[] | undefined>(
    () => (changes.scores ? scoreViews(changes.scores as ScoringInputs, view.options.scoring, false) : undefined),
    [changes.scores, view.options.scoring],
  );
  const expanded = useMemo(
    () => modelsInUse(view.options.scoring, view.pm.scores),
    [view.options.scoring, view.pm.scores],
  );
  // The aside lists the models in use, the main one first, plus any other the draft scores.
  const shown = useMemo(() => {
    const scored = (preview ?? []).filter((p) => p.scored).map((p) => p.model);
    const order = [view.mainModel, ...view.scores.map((s) => s.model)];
    return [...new Set(order)].filter((m) => expanded.has(m) || scored.includes(m));
  }, [expanded, preview, view.mainModel, view.scores]);
  const rankOf = useScoreRanks(shown, view.scores, preview);
  // The scores and the save bar stay in view while Jira's page scrolls.
  const layout = useRef<HTMLDivElement>(null);
  const strips = useRef<HTMLDivElement>(null);
  useAsideInView(layout, strips);

  const save = async (against: Pm, edits: Changes) => {
    dispatch({ type: 'save-started' });
    const res = await invoke('saveRequirement', { version: against.version, changes: edits });
    if (res.ok) {
      dispatch({ type: 'saved', pm: res.data.pm });
      onSaved(res.data);
      return;
    }
    if (res.error.code !== 'conflict') return dispatch({ type: 'save-failed', error: res.error });
    dispatch({ type: 'conflict', error: res.error });
    // Show who changed what before anything is re-applied.
    const fresh = await reloadView();
    if (fresh) dispatch({ type: 'conflict-read', fresh });
  };

  const loadTheirs = async () => {
    const fresh = await reloadView();
    if (fresh) dispatch({ type: 'load-theirs', fresh });
  };

  const reapply = async () => {
    const fresh = conflict?.fresh ?? (await reloadView());
    if (!fresh) return;
    // Only the values this user changed go on top of the newer version (never what they merely loaded).
    const edits = reapplyEdits(state, changes, fresh);
    dispatch({ type: 'reapply', fresh, edits });
    await save(fresh.pm, edits);
  };

  if (!view.canEdit) {
    return (
      <SectionMessage appearance="information" title="You can view this requirement but not edit it">
        <p>Editing PM data needs the “Edit issues” permission in this project. Ask a project admin to grant it.</p>
      </SectionMessage>
    );
  }

  const status =
    savedNote ??
    ((dirty || hasPendingInput(base, draft)) && local.length
      ? `Cannot save: ${local.map((e) => e.message).join('; ')}`
      : dirty
        ? `Unsaved changes: ${Object.keys(changes).map(fieldName).join(', ')}`
        : `Saved version ${base.version}${lastChangeBy({ pm: base, history: view.history }).replace(' by ', ' · last change by ')}`);

  return (
    <form
      className="pm-stack"
      aria-label="Edit PM data"
      onSubmit={(e) => {
        e.preventDefault();
        if (dirty && !local.length && !saving && !conflict) void save(base, changes);
      }}
    >
      {conflict ? (
        <ConflictMessage
          conflict={conflict}
          base={base}
          mine={changes}
          onReload={() => void loadTheirs()}
          onReapply={() => void reapply()}
          busy={saving}
        />
      ) : null}
      {error ? <ErrorPanel error={error} onRetry={() => void save(base, changes)} /> : null}
      <div className="pm-editor-layout" ref={layout}>
        <div className="pm-stack" style={{ minWidth: 0 }}>
          <LinksSection
            view={view}
            draft={draft}
            errors={errors}
            onChange={(patch) => dispatch({ type: 'edit', patch })}
          />
          <section className="pm-stack-sm" aria-labelledby="pm-inputs-h">
            <h3 id="pm-inputs-h" className="pm-h3">
              Scoring inputs
            </h3>
            <ScoringEditor
              value={draft.scores}
              onChange={(scores) => dispatch({ type: 'edit', patch: { scores } })}
              criteria={view.options.weightedCriteria}
              errors={errors}
              expanded={expanded}
              scoreOf={(m) => <ModelScoreBadge model={m} saved={view.scores} preview={preview} rankOf={rankOf} />}
            />
          </section>
        </div>
        <ScoreAside models={shown} mainModel={view.mainModel} saved={view.scores} preview={preview} rankOf={rankOf}>
          <SaveBar
            status={status}
            dirty={dirty}
            blocked={local.length > 0 || !!conflict}
            saving={saving}
            onDiscard={() => dispatch({ type: 'discard' })}
          />
        </ScoreAside>
        <div ref={strips} className="pm-band-strips" aria-hidden="true" />
      </div>
    </form>
  );
}
