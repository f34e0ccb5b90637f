import type { RoadmapView } from '../../../src/contract/roadmap';
import { filterRoadmapItems } from '../../../src/contract/roadmap-filter';
import type { CsvExport } from '../../../src/contract/views';
import { NO_STATE_REASON } from '../../../src/app/roadmap/stored-child-progress';
import { HORIZONS } from '../../../src/domain/roadmap/horizon';
import { boardOrder } from '../../../src/domain/roadmap/theme-groups';
import {
  ADMIN_ID,
  VIEWER_ID,
  expectOk,
  globalPage,
  invoke,
  jiraAs,
  openHarness,
  projectPage,
  type Harness,
} from './resolver-harness';

/** What Jira itself says about an issue's children and dates, as the admin (the test's ground truth). */
async function jiraFacts(h: Harness, key: string) {
  const issue = (await (
    await jiraAs(h, ADMIN_ID, `/rest/api/3/issue/${key}?fields=duedate,customfield_10015`)
  ).json()) as { fields: Record<string, string | null> };
  const search = await jiraAs(h, ADMIN_ID, '/rest/api/3/search/jql', {
    method: 'POST',
    body: JSON.stringify({ jql: `parent = ${key}`, fields: ['status'], maxResults: 500 }),
  });
  const children = ((await search.json()) as { issues: { fields: { status: { statusCategory: { key: string } } } }[] })
    .issues;
  return {
    dueDate: issue.fields['duedate'] ?? undefined,
    startDate: issue.fields['customfield_10015'] ?? undefined,
    total: children.length,
    done: children.filter((c) => c.fields.status.statusCategory.key === 'done').length,
  };
}

describe('roadmap (getRoadmap, exportRoadmapCsv, getPortfolioRoadmap) through the emulator', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  const roadmap = async (as: string, key: string, payload: Record<string, unknown> = {}) =>
    expectOk(await invoke<RoadmapView>(h, 'pm-dashboard', 'getRoadmap', payload, as, projectPage(key)));

  it("lists the project's epics with Jira's dates and a horizon each; progress waits for the stored roll-up, then matches Jira's child counts", async () => {
    const before = await roadmap(ADMIN_ID, 'CHK');
    expect(before.scope).toEqual({ kind: 'project', key: 'CHK', name: expect.any(String) });
    expect(before.items.length).toBeGreaterThan(2);
    expect(new Set(before.items.map((i) => i.issueType))).toEqual(new Set(['Epic']));
    expect(
      before.items.every((i) => i.projectKey === 'CHK' && ['now', 'next', 'later', 'done'].includes(i.horizon)),
    ).toBe(true);
    expect(before.items.every((i) => i.progress.state === 'unavailable' && i.progress.reason === NO_STATE_REASON)).toBe(
      true,
    );
    expect(before.items.some((i) => i.dueDate) && before.items.some((i) => i.startDate)).toBe(true);
    expect(new Set(before.items.map((i) => i.horizon)).size).toBeGreaterThan(1);
    // KPI status from the KPIs the epics link (the demo links some).
    expect(before.items.some((i) => i.kpiStatus !== 'no-data')).toBe(true);
    for (const item of [
      ...before.items.filter((i) => i.startDate).slice(0, 2),
      ...before.items.filter((i) => !i.dueDate).slice(0, 2),
    ]) {
      const facts = await jiraFacts(h, item.key);
      expect({ startDate: item.startDate, dueDate: item.dueDate }).toEqual({
        startDate: facts.startDate,
        dueDate: facts.dueDate,
      });
    }
    // Now before next before later before done.
    const order = before.items.map((i) => ['now', 'next', 'later', 'done'].indexOf(i.horizon));
    expect(order).toEqual([...order].sort((a, b) => a - b));

    expectOk(await invoke(h, 'pm-portfolio', 'startRollup', {}, ADMIN_ID, globalPage));
    await h.runtime.idle();
    const after = await roadmap(ADMIN_ID, 'CHK');
    const withFigures = after.items.filter((i) => i.progress.state === 'available');
    expect(withFigures.length).toBeGreaterThan(0);
    for (const item of withFigures.slice(0, 4)) {
      const facts = await jiraFacts(h, item.key);
      expect(item.progress).toEqual({
        state: 'available',
        done: facts.done,
        total: facts.total,
        percent: (100 * facts.done) / facts.total,
      });
    }
  });

  it('an epic with no dates is due by its fix version’s release (as Jira has it), and the timeline’s releases are the project’s dated, unarchived versions', async () => {
    // A product manager clears an open epic's due date in Jira: its release now says when it is due.
    const search = await jiraAs(h, ADMIN_ID, '/rest/api/3/search/jql', {
      method: 'POST',
      body: JSON.stringify({
        jql: 'project = CHK AND issuetype = Epic AND statusCategory != Done ORDER BY key ASC',
        fields: ['fixVersions'],
        maxResults: 50,
      }),
    });
    const open = (
      (await search.json()) as { issues: { key: string; fields: { fixVersions: { releaseDate?: string }[] } }[] }
    ).issues;
    const target = open.find((i) => i.fields.fixVersions.some((v) => v.releaseDate))!;
    expect(target).toBeDefined();
    const cleared = await jiraAs(h, ADMIN_ID, `/rest/api/3/issue/${target.key}`, {
      method: 'PUT',
      body: JSON.stringify({ fields: { duedate: null } }),
    });
    expect(cleared.status).toBe(204);
    const view = await roadmap(ADMIN_ID, 'CHK');
    const byRelease = view.items.filter((i) => i.dueByRelease);
    expect(byRelease.map((i) => i.key)).toContain(target.key);
    for (const item of byRelease.slice(0, 3)) {
      const issue = (await (
        await jiraAs(h, ADMIN_ID, `/rest/api/3/issue/${item.key}?fields=duedate,fixVersions`)
      ).json()) as { fields: { duedate: string | null; fixVersions: { name: string; releaseDate?: string }[] } };
      expect(issue.fields.duedate).toBeNull();
      const first = issue.fields.fixVersions
        .filter((v) => v.releaseDate)
        .sort((a, b) => a.releaseDate!.localeCompare(b.releaseDate!))[0]!;
      expect({ dueDate: item.dueDate, release: item.dueByRelease }).toEqual({
        dueDate: first.releaseDate,
        release: first.name,
      });
      // Work in progress is "now" whatever its dates; otherwise the reason names the release.
      if (item.statusCategory === 'new')
        expect(item.horizonReason).toMatch(new RegExp(`release ${first.name.replace('.', '\\.')}`));
    }
    const versions = (await (await jiraAs(h, ADMIN_ID, '/rest/api/3/project/CHK/versions')).json()) as {
      name: string;
      releaseDate?: string;
      released: boolean;
      archived: boolean;
    }[];
    const expected = versions
      .filter((v) => v.releaseDate && !v.archived)
      .map((v) => ({ projectKey: 'CHK', name: v.name, releaseDate: v.releaseDate, released: v.released }))
      .sort((a, b) => a.releaseDate!.localeCompare(b.releaseDate!));
    expect(view.releases).toEqual(expected);
    expect(view.releases.some((r) => r.released) && view.releases.some((r) => !r.released)).toBe(true);
    // The CSV says which release an item is due by.
    const csv = expectOk(
      await invoke<CsvExport>(h, 'pm-dashboard', 'exportRoadmapCsv', {}, ADMIN_ID, projectPage('CHK')),
    );
    const [header, ...rows] = csv.csv.trim().split('\r\n');
    const column = header!.split(',').indexOf('Due by release');
    expect(column).toBeGreaterThan(0);
    const row = rows.find((r) => r.split(',')[1] === byRelease[0]!.key)!;
    expect(row.split(',')[column]).toBe(byRelease[0]!.dueByRelease);
  });

  it('initiatives are the themes: each epic names its initiative, and the initiative level lists the initiatives', async () => {
    const epics = await roadmap(ADMIN_ID, 'CHK');
    const initiatives = await roadmap(ADMIN_ID, 'CHK', { level: 'initiative' });
    expect(initiatives.items.length).toBeGreaterThan(0);
    expect(new Set(initiatives.items.map((i) => i.issueType))).toEqual(new Set(['Initiative']));
    const initiativeKeys = new Set(initiatives.items.map((i) => i.key));
    const themed = epics.items.filter((i) => i.theme);
    expect(themed.length).toBeGreaterThan(0);
    expect(themed.every((i) => initiativeKeys.has(i.theme?.key as string))).toBe(true);
  });

  it('a viewer who cannot browse a project gets not-found and nothing of it, on the project page and across the portfolio', async () => {
    const hidden = await invoke(h, 'pm-dashboard', 'getRoadmap', {}, VIEWER_ID, projectPage('PLAT'));
    expect(hidden).toEqual({ ok: false, error: { code: 'not-found', message: expect.any(String) } });
    const hiddenCsv = await invoke(h, 'pm-dashboard', 'exportRoadmapCsv', {}, VIEWER_ID, projectPage('PLAT'));
    expect(hiddenCsv).toEqual({ ok: false, error: { code: 'not-found', message: expect.any(String) } });

    const mine = expectOk(
      await invoke<RoadmapView>(h, 'pm-portfolio', 'getPortfolioRoadmap', {}, VIEWER_ID, globalPage),
    );
    const all = expectOk(await invoke<RoadmapView>(h, 'pm-portfolio', 'getPortfolioRoadmap', {}, ADMIN_ID, globalPage));
    expect(new Set(mine.items.map((i) => i.projectKey))).toEqual(new Set(['CHK', 'MOB']));
    expect(all.items.some((i) => i.projectKey === 'PLAT')).toBe(true);
    expect(JSON.stringify(mine)).not.toMatch(/PLAT|ANA-\d|HR-\d/);
    const csv = expectOk(
      await invoke<CsvExport>(h, 'pm-portfolio', 'exportPortfolioRoadmapCsv', {}, VIEWER_ID, globalPage),
    );
    expect(csv.csv).not.toMatch(/PLAT|ANA-\d|HR-\d/);
  });

  it('the CSV export holds exactly the filtered rows the page shows, in the board order (column, then theme group)', async () => {
    const view = await roadmap(ADMIN_ID, 'CHK', { nextWithinDays: 120 });
    const filter = {
      horizons: ['now', 'next'] as ('now' | 'next')[],
      statuses: ['new', 'indeterminate'] as ('new' | 'indeterminate')[],
    };
    const shown = filterRoadmapItems(view.items, filter);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(view.items.length);
    const csv = expectOk(
      await invoke<CsvExport>(
        h,
        'pm-dashboard',
        'exportRoadmapCsv',
        { nextWithinDays: 120, filter },
        ADMIN_ID,
        projectPage('CHK'),
      ),
    );
    expect(csv.rows).toBe(shown.length);
    const lines = csv.csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^Project,Key,Summary,/);
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(boardOrder(shown, HORIZONS).map((i) => i.key));
    expect(csv.filename).toBe(`roadmap-CHK-${view.today}.csv`);
  });

  it('the portfolio CSV holds exactly the filtered rows the portfolio page shows, as the viewer sees them', async () => {
    const view = expectOk(
      await invoke<RoadmapView>(h, 'pm-portfolio', 'getPortfolioRoadmap', {}, VIEWER_ID, globalPage),
    );
    const theme = view.items.find((i) => i.theme)!.theme!.key;
    const filter = { themes: [theme, ''], horizons: ['now', 'next', 'later'] as ('now' | 'next' | 'later')[] };
    const shown = filterRoadmapItems(view.items, filter);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(view.items.length);
    const csv = expectOk(
      await invoke<CsvExport>(h, 'pm-portfolio', 'exportPortfolioRoadmapCsv', { filter }, VIEWER_ID, globalPage),
    );
    expect(csv.rows).toBe(shown.length);
    const lines = csv.csv.trim().split('\r\n');
    const header = lines[0]!.split(',');
    const cells = lines.slice(1).map((l) => l.split(','));
    expect(cells.map((c) => c[1])).toEqual(boardOrder(shown, HORIZONS).map((i) => i.key));
    expect(new Set(cells.map((c) => c[header.indexOf('Theme key')]))).toEqual(
      new Set(shown.map((i) => i.theme?.key ?? '')),
    );
    expect(csv.filename).toBe(`roadmap-portfolio-${view.today}.csv`);
  });

  it('refuses a payload it does not know (strict), naming the field', async () => {
    const bad = await invoke(h, 'pm-dashboard', 'getRoadmap', { level: 'story' }, ADMIN_ID, projectPage('CHK'));
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation' } });
    const extra = await invoke(h, 'pm-dashboard', 'getRoadmap', { projectKey: 'PLAT' }, VIEWER_ID, projectPage('CHK'));
    expect(extra).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
