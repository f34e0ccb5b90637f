import { getRoadmap } from '../../../src/app/roadmap/get-roadmap';
import { ROADMAP_MAX_ITEMS } from '../../../src/app/roadmap/read-roadmap-items';
import { AppError } from '../../../src/app/shared/app-error';
import type { RoadmapView } from '../../../src/contract/roadmap';
import { JiraRateLimitedError } from '../../../src/ports/jira-errors';
import { fakeDeps } from '../../fixtures/backend/app-deps';
import { FakeJira, type FakeIssue } from '../../fixtures/backend/fake-jira';

const epic = (n: number, dates: FakeIssue['dates'] = {}): FakeIssue => ({
  issue: {
    id: String(n),
    key: `CHK-${n}`,
    projectKey: 'CHK',
    issueType: 'Epic',
    summary: `Epic ${n}`,
    status: 'To Do',
    statusCategory: 'new',
    links: [],
    labels: [],
    components: [],
    updated: '2026-10-01T00:00:00Z',
  },
  dates,
});

async function incompleteOf(
  run: Promise<unknown>,
): Promise<{ message: string; partial: RoadmapView; retryAfterSeconds?: number }> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError) || error.code !== 'incomplete')
    throw new Error(`expected incomplete, got ${String(error)}`);
  return { message: error.message, ...(error.details as { partial: RoadmapView; retryAfterSeconds?: number }) };
}

describe('getRoadmap: reads that stop short say so', () => {
  it('Jira rate-limiting the second page answers incomplete with the first page and a note, never a short roadmap as if whole', async () => {
    const jira = new FakeJira([{ id: '1', key: 'CHK', name: 'Checkout' }]).add(
      epic(1, { start: '2026-10-01' }),
      epic(2, { due: '2026-12-01' }),
      epic(3),
    );
    jira.pageSize = 2;
    const deps = fakeDeps(jira);
    const search = jira.searchRoadmapItems.bind(jira);
    jira.searchRoadmapItems = async (jql, options) => {
      if (options.pageToken) throw new JiraRateLimitedError('rate limited', 30);
      return search(jql, { ...options, pageSize: 2 });
    };
    const { message, partial, retryAfterSeconds } = await incompleteOf(getRoadmap(deps, { projectKey: 'CHK' }));
    expect(message).toMatch(/rate-limiting/);
    expect(retryAfterSeconds).toBe(30);
    expect(partial.items.map((i) => [i.key, i.horizon])).toEqual([
      ['CHK-1', 'now'],
      ['CHK-2', 'next'],
    ]);
    expect(partial.coverage).toEqual({ complete: false, issuesRead: 2, note: expect.stringMatching(/rate-limiting/) });
  });

  it(`more than ${ROADMAP_MAX_ITEMS} items: the first ${ROADMAP_MAX_ITEMS}, flagged incomplete`, async () => {
    const jira = new FakeJira([{ id: '1', key: 'CHK', name: 'Checkout' }]).add(
      ...Array.from({ length: ROADMAP_MAX_ITEMS + 20 }, (_, i) => epic(i + 1)),
    );
    jira.pageSize = 100;
    const { partial } = await incompleteOf(getRoadmap(fakeDeps(jira), { projectKey: 'CHK' }));
    expect(partial.items).toHaveLength(ROADMAP_MAX_ITEMS);
    expect(partial.coverage.note).toMatch(new RegExp(`first ${ROADMAP_MAX_ITEMS}`));
  });

  it('a project the caller cannot browse is not-found, without a search', async () => {
    const jira = new FakeJira([{ id: '1', key: 'CHK', name: 'Checkout' }]).add(epic(1));
    jira.browse = new Set();
    const error = await getRoadmap(fakeDeps(jira), { projectKey: 'CHK' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('not-found');
    expect(jira.searches).toEqual([]);
  });
});
