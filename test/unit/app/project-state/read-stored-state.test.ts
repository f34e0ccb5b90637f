import { buildProjectState } from '../../../../src/domain/project-state/build-project-state';
import { readStoredState } from '../../../../src/app/project-state/read-stored-state';
import { generationPrefix } from '../../../../src/app/project-state/state-keys';
import { writeBuiltState } from '../../../../src/app/project-state/write-built-state';
import { defaultWorkflowConfig } from '../../../../src/domain';
import { InMemoryStore } from '../../../fixtures/backend/in-memory-store';
import { makeIssue, NOW } from '../../domain/support/make-issue';

const clock = { now: () => NOW, sleep: async () => undefined };
const PROJECT = { id: '10000', key: 'A', name: 'Alpha' };
// 2,000 issues in 64 shards (more than a default build gives them), so four stored tree records under the meta's top level; more than one query page.
const SHARDS = 64;
const issues = Array.from({ length: 2000 }, (_, i) =>
  makeIssue({
    id: String(10000 + i),
    key: `A-${i + 1}`,
    projectKey: 'A',
    ...(i % 7 === 0 && i > 0 ? { parentId: '10000' } : {}),
  }),
);

describe('readStoredState', () => {
  it('reads every record of the current generation as the full build holds them', async () => {
    const store = new InMemoryStore();
    const built = buildProjectState(issues, defaultWorkflowConfig, NOW, SHARDS);
    const meta = await writeBuiltState(store, clock, PROJECT, built);
    const { computedAt: _at, ...full } = built;
    expect(built.tree.size).toBeGreaterThan(0);
    const read = await readStoredState(store, 'A');
    expect(read?.meta).toEqual(meta);
    expect(read?.state).toEqual(full);
  });

  it('is undefined without state and refuses a generation with a record missing', async () => {
    const store = new InMemoryStore();
    expect(await readStoredState(store, 'A')).toBeUndefined();
    const meta = await writeBuiltState(
      store,
      clock,
      PROJECT,
      buildProjectState(issues, defaultWorkflowConfig, NOW, SHARDS),
    );
    store.data.delete(`${generationPrefix('A', meta.generation)}s:3`);
    await expect(readStoredState(store, 'A')).rejects.toThrow(/shard 3/);
    store.data.clear();
    const again = await writeBuiltState(
      store,
      clock,
      PROJECT,
      buildProjectState(issues, defaultWorkflowConfig, NOW, SHARDS),
    );
    store.data.delete(`${generationPrefix('A', again.generation)}t:1:2`);
    await expect(readStoredState(store, 'A')).rejects.toThrow(/tree record 1:2/);
  });
});
