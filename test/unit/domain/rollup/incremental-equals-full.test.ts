import fc from 'fast-check';
import { applyChangeToIssues, applyIssueChange, rollUpPortfolio } from '../../../../src/domain';
import { changeArb, config, issueArb } from '../support/pm-issue-arbitrary';
import { NOW } from '../support/make-issue';

describe('applyIssueChange (property)', () => {
  it('equals a full recompute after any sequence of changes', () => {
    fc.assert(
      fc.property(
        fc.array(issueArb, { maxLength: 14 }),
        fc.array(changeArb, { minLength: 1, maxLength: 6 }),
        (issues, changes) => {
          // Start from a cached (JSON round-tripped) roll-up, as the backend will.
          let rollup = JSON.parse(JSON.stringify(rollUpPortfolio(issues, config, NOW)));
          let current = issues;
          for (const change of changes) {
            const result = applyIssueChange(rollup, change, config, NOW);
            if (result.status !== 'applied') throw new Error('expected applied');
            rollup = result.rollup;
            current = applyChangeToIssues(current, change);
            expect(rollup).toEqual(rollUpPortfolio(current, config, NOW));
          }
        },
      ),
      { numRuns: 400, seed: 20261122 },
    );
  });

  it('touches only the changed issue, its ancestors and issues referring to it', () => {
    fc.assert(
      fc.property(fc.array(issueArb, { maxLength: 14 }), issueArb, (issues, issue) => {
        const before = rollUpPortfolio(issues, config, NOW);
        const ancestorsOf = (id: string) => {
          const out = new Set<string>();
          for (let cur = before.nodes[id]; cur; cur = cur.parentId === null ? undefined : before.nodes[cur.parentId])
            out.add(cur.id);
          return out;
        };
        const result = applyIssueChange(JSON.parse(JSON.stringify(before)), { kind: 'upsert', issue }, config, NOW);
        if (result.status !== 'applied') throw new Error('expected applied');
        const after = result.rollup;
        const allowed = new Set<string>([...ancestorsOf(issue.id)]);
        for (let cur = after.nodes[issue.id]; cur; cur = cur.parentId === null ? undefined : after.nodes[cur.parentId])
          allowed.add(cur.id);
        // Issues whose placement or figures depend on the changed one, with their ancestors.
        const dependants = new Set<string>([
          ...(before.index.orphansByParent[issue.id] ?? []),
          ...(before.nodes[issue.id] ? before.nodes[issue.id]!.childIds : []),
          ...Object.values(before.nodes)
            .filter((n) => n.problems?.cycle?.includes(issue.id) || n.problems?.cycle !== undefined)
            .map((n) => n.id),
          ...Object.values(after.nodes)
            .filter((n) => n.problems?.cycle !== undefined)
            .flatMap((n) => n.problems!.cycle!),
          ...(before.index.referencedBy[issue.key] ?? []),
          ...(before.nodes[issue.id] ? (before.index.referencedBy[before.nodes[issue.id]!.key] ?? []) : []),
          ...(after.index.referencedBy[issue.key] ?? []),
        ]);
        for (const d of dependants) {
          for (const a of ancestorsOf(d)) allowed.add(a);
          for (let cur = after.nodes[d]; cur; cur = cur.parentId === null ? undefined : after.nodes[cur.parentId])
            allowed.add(cur.id);
        }
        for (const id of result.touchedNodeIds) expect(allowed.has(id)).toBe(true);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('asks for a full recompute when the config changed', () => {
    const rollup = rollUpPortfolio([], config, NOW);
    const other = { ...config, scoring: { ...config.scoring, iceMode: 'average' as const } };
    expect(applyIssueChange(rollup, { kind: 'delete', issueId: '1' }, other, NOW)).toEqual({
      status: 'needs-full-recompute',
      reason: 'config-changed',
    });
  });
});
