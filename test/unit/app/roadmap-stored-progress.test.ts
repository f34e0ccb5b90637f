import {
  BUDGET_REASON,
  NO_STATE_REASON,
  STATE_READ_BUDGET,
  storedChildProgress,
} from '../../../src/app/roadmap/stored-child-progress';
import { writeBuiltState } from '../../../src/app/project-state/write-built-state';
import type { PmIssue } from '../../../src/domain/issue/pm-issue';
import { buildProjectState } from '../../../src/domain/project-state/build-project-state';
import { defaultWorkflowConfig } from '../../../src/domain/workflow/default-workflow';
import { fakeDeps } from '../../fixtures/backend/app-deps';
import { FakeJira } from '../../fixtures/backend/fake-jira';

const NOW = new Date('2026-11-01T09:00:00Z');
const issue = (id: number, type: string, parentId?: number, done = false): PmIssue => ({
  id: String(id),
  key: `BIG-${id}`,
  projectKey: 'BIG',
  issueType: type,
  summary: `${type} ${id}`,
  status: done ? 'Done' : 'To Do',
  statusCategory: done ? 'done' : 'new',
  ...(parentId !== undefined ? { parentId: String(parentId) } : {}),
  links: [],
  labels: [],
  components: [],
  updated: '2026-10-01T00:00:00Z',
});

/**
 * A 10,000-issue project: 2,500 epics with three stories each, the n-th epic's first n % 4 stories
 * done, stored in 512 shards: far more records than one answer may read.
 */
function bigProject(): { issues: PmIssue[]; truth: Map<string, { done: number; total: number }> } {
  const issues: PmIssue[] = [];
  const truth = new Map<string, { done: number; total: number }>();
  let id = 1;
  for (let e = 0; e < 2500; e++) {
    const epic = id++;
    issues.push(issue(epic, 'Epic'));
    const done = Math.min(3, e % 4);
    for (let s = 0; s < 3; s++) issues.push(issue(id++, 'Story', epic, s < done));
    truth.set(String(epic), { done, total: 3 });
  }
  return { issues, truth };
}

describe('storedChildProgress: delivery progress from the stored project state, within a read budget', () => {
  it('answers true figures for the items it reads, in the order given, and says why for the rest (never a wrong number)', async () => {
    const deps = fakeDeps(new FakeJira([{ id: '1', key: 'BIG', name: 'Big' }]));
    const { issues, truth } = bigProject();
    // As many shards as a 50,000-issue project might have, whatever the layout's sizes are today.
    const built = buildProjectState(issues, defaultWorkflowConfig, NOW, 512);
    expect(built.shardCount).toBeGreaterThan(STATE_READ_BUDGET);
    await writeBuiltState(deps.store, deps.clock, { id: '1', key: 'BIG', name: 'Big' }, built);

    const targets = [...truth.keys()].map((id) => ({ id, projectKey: 'BIG' }));
    const reads: string[] = [];
    const get = deps.store.get.bind(deps.store);
    deps.store.get = async <T>(key: string) => {
      reads.push(key);
      return get<T>(key);
    };
    const answer = await storedChildProgress(deps, targets);

    const available = targets.filter((t) => answer.get(t.id)?.state === 'available');
    expect(available.length).toBeGreaterThan(10);
    expect(available.length).toBeLessThan(targets.length);
    // The first items (what the board shows first) are the ones served.
    expect(answer.get(targets[0]!.id)?.state).toBe('available');
    for (const t of targets) {
      const p = answer.get(t.id);
      if (p?.state === 'available')
        expect({ done: p.done, total: p.total, percent: p.percent }).toEqual({
          ...truth.get(t.id),
          percent: (100 * truth.get(t.id)!.done) / 3,
        });
      else expect(p).toEqual({ state: 'unavailable', reason: BUDGET_REASON });
    }
    // The meta record, then at most the budget of buckets and shards.
    expect(reads.filter((k) => !k.endsWith(':meta')).length).toBeLessThanOrEqual(STATE_READ_BUDGET);
  });

  it('a project without stored state says the progress is not available yet; an item without children has none', async () => {
    const deps = fakeDeps(
      new FakeJira([
        { id: '1', key: 'BIG', name: 'Big' },
        { id: '2', key: 'NEW', name: 'New' },
      ]),
    );
    const built = buildProjectState(
      [issue(1, 'Epic'), issue(2, 'Story', 1, true), issue(3, 'Epic')],
      defaultWorkflowConfig,
      NOW,
    );
    await writeBuiltState(deps.store, deps.clock, { id: '1', key: 'BIG', name: 'Big' }, built);
    const answer = await storedChildProgress(deps, [
      { id: '1', projectKey: 'BIG' },
      { id: '3', projectKey: 'BIG' },
      { id: '9', projectKey: 'NEW' },
    ]);
    expect(answer.get('1')).toEqual({ state: 'available', done: 1, total: 1, percent: 100 });
    expect(answer.get('3')).toEqual({ state: 'no-children' });
    expect(answer.get('9')).toEqual({ state: 'unavailable', reason: NO_STATE_REASON });
  });
});
