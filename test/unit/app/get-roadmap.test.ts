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

describe('getRoadmap: fix versions place undated items and mark the timeline', () => {
  const v = (id: string, name: string, releaseDate: string | undefined, released = false, archived = false) => ({
    id,
    name,
    released,
    archived,
    ...(releaseDate ? { releaseDate } : {}),
  });
  const setup = () => {
    const jira = new FakeJira([
      { id: '1', key: 'CHK', name: 'Checkout' },
      { id: '2', key: 'MOB', name: 'Mobile' },
    ]);
    jira.pageSize = 100;
    jira.versions.set('CHK', [
      v('10', '2.3', '2026-09-01', true),
      v('11', '2.4', '2027-01-20'),
      v('12', 'Someday', undefined),
      v('13', '1.0', '2025-01-01', true, true),
    ]);
    jira.versions.set('MOB', [v('20', 'M1', '2026-12-01')]);
    jira.add(
      { ...epic(1), fixVersions: [v('11', '2.4', '2027-01-20')] },
      { ...epic(2, { due: '2026-12-24' }), fixVersions: [v('11', '2.4', '2027-01-20')] },
      { ...epic(3), fixVersions: [v('12', 'Someday', undefined)] },
    );
    return jira;
  };

  it('an epic with no due date is due by its release, says so, and its horizon follows; its own due date wins', async () => {
    const jira = setup();
    const view = await getRoadmap(fakeDeps(jira), { projectKey: 'CHK' });
    const byKey = new Map(view.items.map((i) => [i.key, i]));
    expect(byKey.get('CHK-1')).toMatchObject({ dueDate: '2027-01-20', dueByRelease: '2.4' });
    expect(byKey.get('CHK-1')?.horizonReason).toMatch(/^Due by release 2\.4 /);
    expect(byKey.get('CHK-2')).toMatchObject({ dueDate: '2026-12-24' });
    expect(byKey.get('CHK-2')?.dueByRelease).toBeUndefined();
    // A release without a date does not schedule it.
    expect(byKey.get('CHK-3')?.dueDate).toBeUndefined();
    expect(byKey.get('CHK-3')?.horizonReason).toBe('Not started and not scheduled');
  });

  it('the project page marks its dated, unarchived releases, released or not, by date (only its own project)', async () => {
    const jira = setup();
    const view = await getRoadmap(fakeDeps(jira), { projectKey: 'CHK' });
    expect(view.releases).toEqual([
      { projectKey: 'CHK', name: '2.3', releaseDate: '2026-09-01', released: true },
      { projectKey: 'CHK', name: '2.4', releaseDate: '2027-01-20', released: false },
    ]);
    expect(jira.versionReads).toEqual(['CHK']);
  });

  it('the portfolio marks the releases of the projects the caller browses only', async () => {
    const jira = setup();
    jira.browse = new Set(['MOB']);
    const view = await getRoadmap(fakeDeps(jira), {});
    expect(view.releases).toEqual([{ projectKey: 'MOB', name: 'M1', releaseDate: '2026-12-01', released: false }]);
    expect(jira.versionReads).toEqual(['MOB']);
  });

  it('Jira not listing a project’s versions keeps the roadmap whole, without its markers, and says why beside them', async () => {
    const jira = setup();
    jira.listProjectVersions = async () => {
      throw new JiraRateLimitedError('rate limited', 10);
    };
    // Missing markers are not missing items: the roadmap answers, complete, with the note for the timeline.
    const view = await getRoadmap(fakeDeps(jira), { projectKey: 'CHK' });
    expect(view.items).toHaveLength(3);
    expect(view.coverage.complete).toBe(true);
    expect(view.releases).toEqual([]);
    expect(view.releasesNote).toMatch(/did not list the releases of 1 project/);
  });
});
