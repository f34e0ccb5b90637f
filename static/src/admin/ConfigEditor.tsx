import { useMemo, useReducer } from 'react';
import type { ConfigView, SiteOptionsView } from '../../../src/contract/api';
import { invoke } from '../shared/api';
import { fieldErrors, messagesFor } from '../shared/ErrorPanel';
import { SectionMessage } from '../shared/native';
import { editorReducer, initialEditorState, isDirty } from './config-reducer';
import type { CardProps } from './editor-props';
import { cardSummary, errorsInCard } from './card-summaries';
import { configErrors } from './error-words';
import { MappingCard } from './MappingCard';
import { ParentLinksCard } from './ParentLinksCard';
import { ReadinessCard } from './ReadinessCard';
import { EvidenceCard } from './EvidenceCard';
import { BusinessCaseCard } from './BusinessCaseCard';
import { SaveBar } from './SaveBar';
import { SaveErrorSummary } from './SaveErrorSummary';
import { ScoringCard } from './ScoringCard';
import { SectionsCard } from './SectionsCard';

/** The whole configuration form: one reducer holds the draft; each card edits its part. */
export function ConfigEditor({
  view,
  site,
  onSaved,
}: {
  view: ConfigView;
  site?: SiteOptionsView;
  onSaved: (v: ConfigView) => void;
}) {
  const [state, dispatch] = useReducer(editorReducer, undefined, () => initialEditorState(view.config, view.version));
  const readOnly = !view.canEdit;
  const dirty = isDirty(state);
  const errors = useMemo(() => configErrors(fieldErrors(state.error, 'config')), [state.error]);

  const save = async () => {
    dispatch({ type: 'save-started' });
    const res = await invoke('saveConfig', { version: state.version, config: state.config });
    if (!res.ok) return dispatch({ type: 'save-failed', error: res.error });
    dispatch({ type: 'saved', version: res.data.version, config: res.data.config });
    onSaved(res.data);
  };

  const props: CardProps = {
    config: state.config,
    view,
    dispatch,
    readOnly,
    at: (path) => messagesFor(errors, path),
    exact: (path) => errors.filter((e) => e.path === path).map((e) => e.message),
    card: (key) => ({
      summary: cardSummary(key, state.config, view),
      errorCount: errorsInCard(key, errors),
      ...(state.error ? { errorKey: state.error } : {}),
    }),
    ...(site ? { site } : {}),
  };
  return (
    <form
      className="pm-stack"
      aria-label="PM Workflow configuration"
      onSubmit={(e) => {
        e.preventDefault();
        if (!readOnly && dirty) void save();
      }}
    >
      {readOnly ? (
        <SectionMessage appearance="information" title="Read-only: you are not a Jira admin">
          <p>
            You can see how the PM workflow is set up. Changing it needs the “Administer Jira” global permission,
            because it affects every project. Ask a Jira admin.
          </p>
        </SectionMessage>
      ) : null}
      {state.error ? <SaveErrorSummary error={state.error} errors={errors} onRetry={() => void save()} /> : null}
      <SectionsCard {...props} />
      <MappingCard {...props} />
      <ParentLinksCard {...props} />
      <ScoringCard {...props} />
      <ReadinessCard {...props} />
      <EvidenceCard {...props} />
      <BusinessCaseCard {...props} />
      {readOnly ? null : (
        <SaveBar
          note={state.note}
          dirty={dirty}
          saving={state.saving}
          version={state.version}
          schemaVersion={view.schemaVersion}
          onDiscard={() => dispatch({ type: 'discard' })}
        />
      )}
    </form>
  );
}
