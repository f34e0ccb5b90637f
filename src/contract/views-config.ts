import type { DependencyLinkType } from '../domain/ranking/blocked-issue-ids';
import type { ScoreModelId } from '../domain/scoring/score-model-ids';
import type { BusinessCaseSettings, WorkflowConfig } from '../domain/workflow/workflow-config-schema';

/** The configuration's own types, for the admin page (the UI imports types from src/contract only). */
export type { DependencyLinkType } from '../domain/ranking/blocked-issue-ids';
export type {
  BusinessCaseSettings,
  EvidenceSettings,
  MappingRule,
  ParentLink,
  Phase,
  ReadinessItemRule,
  Section,
  WeightedCriterion,
  WorkflowConfig,
} from '../domain/workflow/workflow-config-schema';

export interface ConfigView {
  version: number;
  /** The configuration as the domain's schema parsed it; an optional setting left out means its default (`defaults`). */
  config: WorkflowConfig;
  /**
   * What applies where `config` leaves a setting out, so the admin page shows the app's defaults
   * without a copy of them: business case money settings (field by field) and the blocking link
   * types. The evidence default follows the phases, so the page runs the domain's rule
   * (ui-runtime-shared's evidenceSettings) on what is being edited.
   */
  defaults: { businessCase: BusinessCaseSettings; dependencyLinks: DependencyLinkType[] };
  /** The models a site may rank by (`scoring.primaryModel`), in display order, with their labels. */
  rankingModels: { id: ScoreModelId; label: string }[];
  canEdit: boolean;
  schemaVersion: number;
  /** Set when the stored config could not be used (the default template applies); names the bad paths. */
  problem?: string;
}
