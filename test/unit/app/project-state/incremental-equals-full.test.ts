import fc from 'fast-check';
import { applyChangeToIssues, type IssueChange, type PmIssue } from '../../../../src/domain';
import { buildProjectState, type BuiltProjectState } from '../../../../src/domain/project-state/build-project-state';
import { sumPartials } from '../../../../src/domain/project-state/project-partial';
import { makeRollupContext } from '../../../../src/domain/rollup/rollup-context';
import { applyStateChanges } from '../../../../src/app/project-state/apply-state-changes';
import { readStoredState } from '../../../../src/app/project-state/read-stored-state';
import { generationPrefix, stateMetaKey } from '../../../../src/app/project-state/state-keys';
import { readStateMeta, StateRecords } from '../../../../src/app/project-state/state-records-store';
import { writeBuiltState } from '../../../../src/app/project-state/write-built-state';
import { InMemoryStore } from '../../../fixtures/backend/in-memory-store';
import { changeArb, config, issueArb } from '../../domain/support/pm-issue-arbitrary';
import { NOW } from '../../domain/support/make-issue';

const PROJECT = { id: '10000', key: 'A', name: 'Alpha' };
const clock = { now: () => NOW, sleep: async () => undefined };
const inProject = (issues: readonly PmIssue[]) => issues.filter((i) => i.projectKey === PROJECT.key);

/** The stored records of the current generation, by kind, as a full build would hold them. */
async function storedState(store: InMemoryStore): Promise<Omit<BuiltProjectState, 'computedAt'>> {
  const stored = await readStoredState(store, PROJECT.key);
  if (!stored) throw new Error('no state stored');
  return stored.state;
}

async function applyOne(store: InMemoryStore, change: IssueChange): Promise<void> {
  const meta = await readStateMeta(store, PROJECT.key);
  const records = new StateRecords(store, meta!);
  const upserted = change.kind === 'upsert' && change.issue.projectKey === PROJECT.key ? [change.issue] : [];
  const removed =
    change.kind === 'delete' ? [change.issueId] : change.issue.projectKey !== PROJECT.key ? [change.issue.id] : [];
  const { meta: next } = await applyStateChanges(records, { upserted, removed }, makeRollupContext(config, NOW));
  await records.flush(next);
}

describe('stored project state: incremental changes equal a full build', () => {
  // 1 shard (everything in the meta), 4 (one tree level in the meta), 64 (two stored tree levels).
  it.each([
    [1, 150],
    [4, 150],
    [64, 40],
  ])('with %i shards, after any sequence of changes', async (shardCount, numRuns) => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(issueArb, { maxLength: 14 }),
        fc.array(changeArb, { minLength: 1, maxLength: 6 }),
        async (issues, changes) => {
          const store = new InMemoryStore();
          await writeBuiltState(store, clock, PROJECT, buildProjectState(inProject(issues), config, NOW, shardCount));
          let current = issues;
          for (const change of changes) {
            await applyOne(store, change);
            current = applyChangeToIssues(current, change);
            const { computedAt: _c, ...full } = buildProjectState(inProject(current), config, NOW, shardCount);
            expect(await storedState(store)).toEqual(full);
          }
        },
      ),
      { numRuns, seed: 20261201 },
    );
  });

  it("keeps a story's effort counted once as its sub-tasks are re-estimated, deleted and moved", async () => {
    const story = (id: string, effort: number | null, parentId?: string): PmIssue => ({
      id,
      key: `A-${id}`,
      projectKey: 'A',
      issueType: parentId === undefined ? 'Story' : 'Sub-task',
      summary: 's',
      status: 'To Do',
      statusCategory: 'new',
      links: [],
      labels: [],
      components: [],
      updated: '2026-01-01T00:00:00Z',
      ...(effort === null ? {} : { effort }),
      ...(parentId === undefined ? {} : { parentId }),
    });
    // Epic 1 (13) > story 2 (5) > sub-tasks 3 (2) and 4 (3); story 5 (8) on its own.
    let current = [story('1', 13), story('2', 5, '1'), story('3', 2, '2'), story('4', 3, '2'), story('5', 8)];
    const ctx = makeRollupContext(config, NOW);
    const store = new InMemoryStore();
    // 64 shards: the story, its sub-tasks and the epic land in different shards.
    await writeBuiltState(store, clock, PROJECT, buildProjectState(current, config, NOW, 64));
    const steps: [string, IssueChange, number][] = [
      ['sub-task 3 re-estimated 2 -> 4', { kind: 'upsert', issue: story('3', 4, '2') }, 4 + 3 + 8],
      ['sub-task 4 deleted', { kind: 'delete', issueId: '4' }, 4 + 8],
      ['sub-task 3 moved under story 5', { kind: 'upsert', issue: story('3', 4, '5') }, 5 + 4],
      ['sub-task 3 loses its estimate', { kind: 'upsert', issue: story('3', null, '5') }, 5 + 8],
      [
        'sub-task 3 moved to another project',
        { kind: 'upsert', issue: { ...story('3', 1, '2'), projectKey: 'B' } },
        5 + 8,
      ],
      ['story 2 loses its estimate: the epic has none below', { kind: 'upsert', issue: story('2', null, '1') }, 13 + 8],
    ];
    for (const [step, change, effortTotal] of steps) {
      await applyOne(store, change);
      current = applyChangeToIssues(current, change);
      const { computedAt: _c, ...full } = buildProjectState(inProject(current), config, NOW, 64);
      const stored = await storedState(store);
      expect({ step, state: stored }).toEqual({ step, state: full });
      const total = sumPartials(stored.top, ctx).effortTotal;
      expect({ step, total }).toEqual({ step, total: effortTotal });
    }
  });

  it('rewrites one shard, no links bucket and one tree record per level for a score edit', async () => {
    const issues = Array.from({ length: 3000 }, (_, i): PmIssue => ({
      id: String(10000 + i),
      key: `A-${i + 1}`,
      projectKey: 'A',
      issueType: 'Story',
      summary: 's',
      status: 'To Do',
      statusCategory: 'new',
      links: [],
      labels: [],
      components: [],
      updated: '2026-01-01T00:00:00Z',
      pm: { kpiKeys: [], scores: { rice: { reach: i, impact: 1, confidence: 80, effort: 2 } } },
    }));
    const store = new InMemoryStore();
    // More shards than a default build of 3,000 issues, so the sum tree has a stored level.
    const meta = await writeBuiltState(store, clock, PROJECT, buildProjectState(issues, config, NOW, 128));
    const writes: string[] = [];
    const set = store.set.bind(store);
    store.set = async (key, value) => {
      writes.push(key);
      return set(key, value);
    };
    const edited = {
      ...issues[42]!,
      pm: { kpiKeys: [], scores: { rice: { reach: 5000, impact: 3, confidence: 100, effort: 1 } } },
    };
    await applyOne(store, { kind: 'upsert', issue: edited });
    const prefix = generationPrefix('A', meta.generation);
    expect(writes.map((k) => (k === stateMetaKey('A') ? 'meta' : k.slice(prefix.length).replace(/\d+/g, 'n')))).toEqual(
      ['s:n', 't:n:n', 'meta'],
    );
    expect((await readStateMeta(store, 'A'))!.issues).toBe(3000);
  });
});
