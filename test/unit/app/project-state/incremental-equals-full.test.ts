import fc from 'fast-check';
import { applyChangeToIssues, type IssueChange, type PmIssue } from '../../../../src/domain';
import { buildProjectState, type BuiltProjectState } from '../../../../src/domain/project-state/build-project-state';
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
