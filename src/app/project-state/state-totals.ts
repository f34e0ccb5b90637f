import type { PhaseCount } from '../../contract/views';
import { sumPartials, type ProjectPartial } from '../../domain/project-state/project-partial';
import { projectTotals, type ProjectTotals } from '../../domain/project-state/project-totals';
import { makeRollupContext, type RollupContext } from '../../domain/rollup/rollup-context';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import { phaseRefs } from '../views/phase-views';

/** A project's totals from the top of its state's sum tree (the meta record alone). */
export function stateTotals(
  top: readonly ProjectPartial[],
  config: WorkflowConfig,
  now: Date,
): { ctx: RollupContext; totals: ProjectTotals } {
  const ctx = makeRollupContext(config, now);
  return { ctx, totals: projectTotals(sumPartials(top, ctx), ctx) };
}

/** The configured phases with their issue counts by status category. */
export function phaseCountsOf(totals: ProjectTotals, config: WorkflowConfig): PhaseCount[] {
  const counts = new Map(totals.phases.map((p) => [p.phaseId, p.byStatus]));
  return phaseRefs(config).map((phase) => {
    const byStatusCategory = { ...(counts.get(phase.id) ?? { new: 0, indeterminate: 0, done: 0 }) };
    return {
      phase,
      total: byStatusCategory.new + byStatusCategory.indeterminate + byStatusCategory.done,
      byStatusCategory,
    };
  });
}
