import type { ConfigView } from '../../contract/views';
import { MODEL_LABELS, NUMERIC_SCORE_MODELS } from '../../contract/score-models';
import { DEFAULT_DEPENDENCY_LINKS } from '../../domain/ranking/blocked-issue-ids';
import { DEFAULT_BUSINESS_CASE_SETTINGS } from '../../domain/workflow/business-case-settings';
import { WORKFLOW_CONFIG_SCHEMA_VERSION, type WorkflowConfig } from '../../domain/workflow/workflow-config-schema';

/**
 * The admin page's view of a configuration: the config itself, and beside it the defaults that
 * apply where it leaves a setting out and the labels of the models it may rank by, so the page
 * copies neither (getConfig and saveConfig answer the same shape).
 */
export function configView(version: number, config: WorkflowConfig, canEdit: boolean, problem?: string): ConfigView {
  return {
    version,
    config,
    defaults: {
      businessCase: { ...DEFAULT_BUSINESS_CASE_SETTINGS, phases: [...DEFAULT_BUSINESS_CASE_SETTINGS.phases] },
      dependencyLinks: DEFAULT_DEPENDENCY_LINKS.map((link) => ({ ...link })),
    },
    rankingModels: NUMERIC_SCORE_MODELS.map((id) => ({ id, label: MODEL_LABELS[id] })),
    canEdit,
    schemaVersion: WORKFLOW_CONFIG_SCHEMA_VERSION,
    ...(problem ? { problem } : {}),
  };
}
