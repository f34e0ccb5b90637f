import type { ScoreModel } from '../../contract/payloads';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';

/** The model asked for, else the configured primary model. */
export function resolveModel(requested: ScoreModel | undefined, config: WorkflowConfig): ScoreModel {
  return requested ?? config.scoring.primaryModel;
}
