import fc from 'fast-check';
import { rollUpPortfolio } from '../../../../src/domain';
import { buildProjectState } from '../../../../src/domain/project-state/build-project-state';
import { sumPartials } from '../../../../src/domain/project-state/project-partial';
import { projectTotals } from '../../../../src/domain/project-state/project-totals';
import { makeRollupContext } from '../../../../src/domain/rollup/rollup-context';
import { NOW } from '../support/make-issue';
import { config, issueArb } from '../support/pm-issue-arbitrary';

describe('project state: units of work', () => {
  it('counts what the tree roll-up counts (issues without children, and those done) unless a parent cycle was broken', () => {
    const ctx = makeRollupContext(config, NOW);
    let compared = 0;
    fc.assert(
      fc.property(fc.array(issueArb, { maxLength: 14 }), (generated) => {
        const issues = generated.filter((i) => i.projectKey === 'A');
        const tree = rollUpPortfolio(issues, config, NOW);
        if (Object.values(tree.nodes).some((n) => n.problems?.cycle !== undefined)) return;
        compared++;
        const { aggregate } = projectTotals(sumPartials(buildProjectState(issues, config, NOW).top, ctx), ctx);
        const treeAgg = tree.projects['A']?.agg;
        expect({ units: aggregate.units, unitsDone: aggregate.unitsDone }).toEqual({
          units: treeAgg?.units ?? 0,
          unitsDone: treeAgg?.unitsDone ?? 0,
        });
      }),
      { numRuns: 300, seed: 20261202 },
    );
    expect(compared).toBeGreaterThan(100);
  });
});
