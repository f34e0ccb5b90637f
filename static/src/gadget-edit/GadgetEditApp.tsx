/**
 * The gadget's edit view: which product (a project the viewer can browse) and which score
 * model. Saving hands the settings to Jira (`view.submit`), which keeps them per gadget and
 * gives them back to the gadget's resolver in its context.
 */
import { view } from '@forge/bridge';
import { useState } from 'react';
import type { GadgetOptions, ScoreModel } from '../../../src/contract/api';
import { SelectField } from '../shared/fields';
import { LiteError, LiteLoading } from '../shared/lite';
import { Button } from '../shared/native';
import type { Outcome } from '../shared/mutation-runner';
import { useAction } from '../shared/useMutation';
import { useResolver } from '../shared/useResolver';

function Form({ options }: { options: GadgetOptions }) {
  const [projectKey, setProjectKey] = useState<string | undefined>(options.current?.projectKey);
  const [model, setModel] = useState<ScoreModel | undefined>(options.current?.model);
  const [touched, setTouched] = useState(false);
  // Jira's view.submit throws rather than answering an envelope: its failure becomes one here.
  const saving = useAction(async (settings: NonNullable<GadgetOptions['current']>): Promise<Outcome> => {
    try {
      await view.submit(settings);
      return { ok: true, data: undefined };
    } catch (error) {
      const message = `Jira did not save the settings: ${error instanceof Error ? error.message : 'try again'}.`;
      return { ok: false, error: { code: 'internal', message } };
    }
  });
  const problem = saving.error?.message;
  const primary = options.models.find((m) => m.id === options.primaryModel)?.label ?? options.primaryModel;
  const projectErrors = touched && !projectKey ? ['Choose the product (project) this gadget shows.'] : undefined;

  const save = async () => {
    setTouched(true);
    if (!projectKey) return;
    // Only the fields the gadget reads; Jira keeps them and reloads the gadget in view mode.
    await saving.run({
      projectKey,
      ...(model ? { model } : {}),
      ...(options.current?.refresh ? { refresh: options.current.refresh } : {}),
    });
  };

  if (options.projects.length === 0) {
    return (
      <p role="status" className="pm-muted" data-testid="gadget-edit-no-projects">
        You cannot browse any project, so there is no product to show. Ask a Jira admin for the Browse Projects
        permission.
      </p>
    );
  }
  return (
    <form
      className="pm-stack-sm"
      aria-label="Gadget settings"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <SelectField
        label="Product (project)"
        value={projectKey}
        options={options.projects.map((p) => ({ value: p.key, label: `${p.name} (${p.key})` }))}
        onChange={(v) => setProjectKey(v)}
        unknownLabel="not a project you can browse"
        hint="Everyone who views this dashboard sees only what they may browse in it."
        {...(projectErrors ? { errors: projectErrors } : {})}
      />
      <SelectField
        label="Rank by"
        value={model}
        options={options.models.map((m) => ({ value: m.id, label: m.label }))}
        onChange={(v) => setModel(v)}
        emptyLabel={`Site default (${primary})`}
      />
      {problem ? (
        <p className="pm-error-text" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="pm-row">
        <Button type="submit" appearance="primary" isLoading={saving.busy}>
          Save
        </Button>
        <Button onClick={() => void view.close().catch(() => undefined)}>Cancel</Button>
      </div>
    </form>
  );
}

export function GadgetEditApp() {
  const { data, error, loading, reload } = useResolver('getGadgetOptions', {});
  return (
    <div className="pm-page pm-page--compact pm-gadget">
      {loading && !data ? <LiteLoading label="Loading settings" /> : null}
      {error ? <LiteError error={error} onRetry={reload} /> : null}
      {data ? <Form options={data} /> : null}
    </div>
  );
}
