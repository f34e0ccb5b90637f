import type { StatusCategory } from '../issue/pm-issue';
import { kpiStatusFromTotals } from '../kpi/roll-up-kpi-statuses';
import type { RollupContext } from '../rollup/rollup-context';
import type { RollupAggregate, ScoreAggregate } from '../rollup/rollup-types';
import { checkMoscowCapacity } from '../scoring/check-moscow-capacity';
import type { ProjectPartial, ScorePartial } from './project-partial';

export interface PhaseTotals {
  phaseId: string;
  byStatus: Record<StatusCategory, number>;
}

/** A project's figures from the sum of its partials, with the derived ratios. */
export interface ProjectTotals {
  aggregate: RollupAggregate;
  phases: PhaseTotals[];
  unmapped: number;
  requirements: number;
  /** Highest-scored issue per context model, or null. */
  top: ({ key: string; value: number } | null)[];
  moscow?: { mustShare: number; limit: number; exceeded: boolean };
}

const byStatusAt = (cells: readonly number[], column: number): Record<StatusCategory, number> => ({
  new: cells[column * 3] as number,
  indeterminate: cells[column * 3 + 1] as number,
  done: cells[column * 3 + 2] as number,
});

function scoreAggregate([scored, notScored, max, sum, effortWeightedSum, effortWeight]: ScorePartial): ScoreAggregate {
  return {
    scored,
    notScored,
    max,
    sum,
    effortWeightedSum,
    effortWeight,
    effortWeighted: effortWeight > 0 ? effortWeightedSum / effortWeight : null,
  };
}

export function projectTotals(p: ProjectPartial, ctx: RollupContext): ProjectTotals {
  const columns = ctx.phaseIds.length + 1;
  const byPhase: number[] = [];
  const byStatus: Record<StatusCategory, number> = { new: 0, indeterminate: 0, done: 0 };
  for (let c = 0; c < columns; c++) {
    const cell = byStatusAt(p.phaseStatus, c);
    byPhase.push(cell.new + cell.indeterminate + cell.done);
    byStatus.new += cell.new;
    byStatus.indeterminate += cell.indeterminate;
    byStatus.done += cell.done;
  }
  const [assessed, ready, partial, notReady, levelSum] = p.readiness;
  const aggregate: RollupAggregate = {
    issues: p.issues,
    byPhase,
    byStatus,
    // Each issue's own effort only when nothing below it carries effort (`countsOwnEffort`, the tree's rule).
    effortTotal: p.effortTotal,
    effortDone: p.effortDone,
    unestimated: p.unestimated,
    // Units of work: issues no other issue of the project asks for as parent (the tree roll-up's
    // rule; only a parent cycle, a data problem the tree breaks, is counted differently).
    units: p.units,
    unitsDone: p.unitsDone,
    progressByCount: p.units > 0 ? p.unitsDone / p.units : null,
    progressByEffort: p.effortTotal > 0 ? p.effortDone / p.effortTotal : null,
    scores: p.scores.map(scoreAggregate),
    // The partial counts each KPI issue once by its own status; it keeps no set of keys.
    kpi: { ...p.kpi, keys: [], statuses: [], status: kpiStatusFromTotals(p.kpi, ctx.config.kpi.rollup) },
    readiness: { assessed, ready, partial, notReady, levelSum, meanLevel: assessed > 0 ? levelSum / assessed : null },
    stale: p.stale,
  };
  const [must, should, could] = p.moscowEffort;
  // The guard reads category effort totals only, so one item per category gives the domain's own answer.
  const guard =
    p.moscowItems === 0
      ? undefined
      : checkMoscowCapacity(
          [
            { id: 'must', moscow: 'must', effort: must },
            { id: 'should', moscow: 'should', effort: should },
            { id: 'could', moscow: 'could', effort: could },
          ],
          { limitShare: ctx.config.scoring.moscowMustShareLimit },
        );
  return {
    aggregate,
    phases: ctx.phaseIds.map((phaseId, c) => ({ phaseId, byStatus: byStatusAt(p.phaseStatus, c) })),
    unmapped: byPhase[ctx.unmappedIndex] as number,
    requirements: p.requirements,
    top: p.top.map((t) => (t === null ? null : { key: t[0], value: t[1] })),
    ...(guard?.status === 'checked'
      ? { moscow: { mustShare: guard.mustShare, limit: guard.limitShare, exceeded: guard.exceeded } }
      : {}),
  };
}
