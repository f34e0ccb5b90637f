import { gadgetConfigurationSchema } from '../../contract/payloads-gadget';
import { ALL_SCORE_MODELS, MODEL_LABELS } from '../../contract/score-views';
import type { GadgetOptions } from '../../contract/views-gadget';
import { loadConfig } from '../config/config-repository';
import type { AppDeps } from '../shared/app-deps';

/**
 * The gadget's edit view: the projects the viewer can browse (Jira's `action=browse`, as the
 * viewer) and the score models, with the gadget's saved configuration when it is readable and
 * names a project the viewer can browse.
 */
export async function getGadgetOptions(deps: AppDeps, input: { configuration: unknown }): Promise<GadgetOptions> {
  const [{ config }, projects] = await Promise.all([
    loadConfig(deps.store, deps.logger),
    deps.jira.listProjects({ as: 'user' }),
  ]);
  const current = gadgetConfigurationSchema.safeParse(input.configuration ?? {});
  // Settings naming a project the viewer cannot browse (saved by someone who could) are not
  // echoed back: the answer would name the project, and the edit view cannot offer it anyway.
  const visible = current.success && projects.some((p) => p.key === current.data.projectKey);
  return {
    projects: projects
      .map((p) => ({ key: p.key, name: p.name }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key)),
    models: ALL_SCORE_MODELS.map((id) => ({ id, label: MODEL_LABELS[id] })),
    primaryModel: config.scoring.primaryModel,
    ...(visible ? { current: current.data } : {}),
  };
}
