import type { WorkflowConfig } from './workflow-config-schema';

/**
 * Hierarchy level of an issue type (Initiative 2, Epic 1, Story 0, Sub-task -1
 * by default). Unknown types sit at level 0, the level of ordinary work items.
 *
 * @example
 * hierarchyLevel('Epic', defaultWorkflowConfig) // 1
 */
export function hierarchyLevel(issueType: string, config: WorkflowConfig): number {
  return Object.prototype.hasOwnProperty.call(config.hierarchy.levels, issueType)
    ? (config.hierarchy.levels[issueType] ?? 0)
    : 0;
}
