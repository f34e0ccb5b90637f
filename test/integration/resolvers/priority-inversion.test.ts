import type { CsvExport } from '../../../src/contract/views';
import type { BacklogPage } from '../../../src/contract/views-backlog';
import {
  ADMIN_ID,
  VIEWER_ID,
  expectOk,
  invoke,
  jiraAs,
  openHarness,
  projectPage,
  type Harness,
} from './resolver-harness';

/**
 * Dependency-aware ranking on the backlog page, through src/index.ts against the emulator: a row
 * that blocks (Jira's Blocks) an open row scored above it is flagged, with the score that would
 * lift it to its dependant's rank; the blocked issues come with the page's context search.
 */
describe('getBacklogPage flags priority inversions', () => {
  let h: Harness;
  const page = (as: string, payload: unknown = { model: 'rice', pageSize: 20 }) =>
    invoke<BacklogPage>(h, 'pm-dashboard', 'getBacklogPage', payload, as, projectPage('CHK'));
  const block = async (blocker: string, blocked: string) => {
    const res = await jiraAs(h, ADMIN_ID, '/rest/api/3/issueLink', {
      method: 'POST',
      body: JSON.stringify({ type: { name: 'Blocks' }, inwardIssue: { key: blocker }, outwardIssue: { key: blocked } }),
    });
    expect(res.status).toBe(201);
    // The link event's background work (the app's trigger) is not the page's.
    await h.runtime.idle();
  };

  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  // First, before any link of the tests: the demo's own Blocks links make the inversions.
  it('the backlog CSV names, per row, the higher-ranked issues it blocks, as the backlog pages flag them', async () => {
    const flags = new Map<string, string>();
    let pageToken: string | undefined;
    do {
      const p = expectOk(await page(ADMIN_ID, { model: 'rice', pageSize: 50, ...(pageToken ? { pageToken } : {}) }));
      for (const r of p.rows) flags.set(r.key, (r.inversion?.dependants ?? []).map((d) => d.key).join(' '));
      pageToken = p.nextPageToken;
    } while (pageToken);
    expect([...flags.values()].filter(Boolean).length).toBeGreaterThan(0);

    const csv = expectOk(
      await invoke<CsvExport>(h, 'pm-dashboard', 'exportBacklogCsv', { model: 'rice' }, ADMIN_ID, projectPage('CHK')),
    );
    const [header, ...lines] = csv.csv.trim().split('\r\n');
    const column = header!.split(',').indexOf('Blocks higher-ranked');
    expect(column).toBe(header!.split(',').length - 1);
    // Keys hold no comma, so the last cell is the column (a quoted summary's commas come before it).
    const inCsv = new Map(lines.map((l) => [l.split(',')[1]!, l.slice(l.lastIndexOf(',') + 1)]));
    expect(inCsv).toEqual(flags);
  });

  it('flags a low row that blocks a higher one, lifted to its score and rank; the right way round is not flagged', async () => {
    const callsOf = async (as: string) => {
      const calls: string[] = [];
      h.onJiraRequest = (path) => void calls.push(path.replace(/\?.*$/, ''));
      const answer = expectOk(await page(as));
      h.onJiraRequest = undefined;
      return { answer, calls: calls.filter((p) => p !== '/rest/api/3/field' && p !== '/rest/api/3/serverInfo') };
    };
    const { answer: before, calls: callsBefore } = await callsOf(ADMIN_ID);
    const scored = before.rows.filter((r) => r.rank !== undefined && !r.inversion);
    const high = scored[1]!;
    const low = scored[scored.length - 1]!;
    const other = scored[0]!;
    expect(low.mainScore.value!).toBeLessThan(high.mainScore.value!);
    await block(low.key, high.key);
    // A higher row blocking a lower one is the expected order: no flag.
    await block(other.key, low.key);

    // The blocked issues come with the context search: no Jira call of their own.
    const { answer: after, calls } = await callsOf(ADMIN_ID);
    expect(calls).toEqual(callsBefore);

    const flagged = after.rows.find((r) => r.key === low.key);
    expect(flagged?.inversion).toEqual({
      dependants: expect.arrayContaining([
        { key: high.key, value: high.mainScore.value, rank: high.rank, direct: true },
      ]),
      liftTo: expect.objectContaining({ value: expect.any(Number) }),
    });
    // The lift target is the best-scored dependant; here no better one than `high` waits on it except through links already there.
    expect(flagged!.inversion!.liftTo.value).toBeGreaterThanOrEqual(high.mainScore.value!);
    expect(after.rows.find((r) => r.key === other.key)?.inversion).toBeUndefined();
    // Nothing else changes: same rows, same order, same ranks.
    expect(after.rows.map((r) => [r.key, r.rank])).toEqual(before.rows.map((r) => [r.key, r.rank]));
  });

  it('reaches a dependant on another page (no rank then), and shows the viewer only what they can browse', async () => {
    const first = expectOk(await page(ADMIN_ID, { model: 'rice', pageSize: 5 }));
    const second = expectOk(await page(ADMIN_ID, { model: 'rice', pageSize: 5, pageToken: first.nextPageToken }));
    const top = first.rows.find((r) => r.rank !== undefined && !r.inversion)!;
    const below = second.rows.find(
      (r) => r.rank !== undefined && (r.mainScore.value ?? 0) < (top.mainScore.value ?? 0) && !r.inversion,
    )!;
    await block(below.key, top.key);
    const again = expectOk(await page(ADMIN_ID, { model: 'rice', pageSize: 5, pageToken: first.nextPageToken }));
    const flagged = again.rows.find((r) => r.key === below.key);
    expect(flagged?.inversion?.dependants).toContainEqual({ key: top.key, value: top.mainScore.value, direct: true });

    // The viewer browses CHK too: the same flag; a PLAT dependant would not be embedded for them.
    const viewer = expectOk(await page(VIEWER_ID, { model: 'rice', pageSize: 5, pageToken: first.nextPageToken }));
    expect(viewer.rows.find((r) => r.key === below.key)?.inversion?.dependants.map((d) => d.key)).toContain(top.key);
    expect(JSON.stringify(viewer)).not.toMatch(/PLAT-\d+/);
  });
});
