import type { BacklogFilter } from '../../../src/contract/payloads';
import type { CsvExport, DashboardView, RequirementRow } from '../../../src/contract/views';
import type { BacklogPage } from '../../../src/contract/views-backlog';
import type { DatasetInput } from '../../../dev/dataset/dataset-schema';
import { ADMIN_ID, expectOk, invoke, openHarness, projectPage, type Harness } from './resolver-harness';
import { rowsOf } from '../../fixtures/dashboard-rows';

/**
 * The backlog's filters go into the page JQL (Jira pages the filtered backlog), and the CSV export
 * reads the same JQL: each filter's pages equal the dashboard's ranked rows that pass it, and the
 * CSV lists exactly those rows, in that order.
 */
type Filter = Partial<BacklogFilter>;
interface Pm {
  personaKey?: string;
  scores?: { moscow?: string };
}

const page = (h: Harness, payload: object) =>
  invoke<BacklogPage>(h, 'pm-dashboard', 'getBacklogPage', payload, ADMIN_ID, projectPage('CHK'));

async function allPages(h: Harness, filter: Filter, model = 'rice'): Promise<RequirementRow[]> {
  const rows: RequirementRow[] = [];
  let token: string | undefined;
  do {
    const p = expectOk(await page(h, { model, pageSize: 50, filter, ...(token ? { pageToken: token } : {}) }));
    rows.push(...p.rows);
    token = p.nextPageToken;
  } while (token);
  return rows;
}

const withoutRank = ({ rank: _rank, ...row }: RequirementRow) => row;
/** CSV keys: the second column of each data row (keys never hold a comma or a quote). */
const csvKeys = (csv: string) =>
  csv
    .split('\r\n')
    .slice(1)
    .filter((line) => line.length > 0)
    .map((line) => line.split(',')[1]);

describe('backlog filters: JQL on the server, the CSV the same rows', () => {
  let h: Harness;
  let ranked: RequirementRow[];
  const pmByKey = new Map<string, Pm>();

  beforeAll(async () => {
    h = await openHarness({
      issues: 600,
      prepare: (dataset: DatasetInput) => {
        for (const issue of dataset.issues)
          pmByKey.set(issue.key, (issue.properties?.['pm-workflow.requirement'] ?? {}) as Pm);
        return dataset;
      },
    });
    const view = expectOk(
      await invoke<DashboardView>(h, 'pm-dashboard', 'getDashboard', { model: 'rice' }, ADMIN_ID, projectPage('CHK')),
    );
    ranked = rowsOf(view).filter((r) => r.rank !== undefined);
  });
  afterAll(async () => {
    await h.close();
  });

  /** The most common value among the ranked rows, so each filter below picks real rows. */
  const mostCommon = (values: (string | undefined)[]): string => {
    const counts = new Map<string, number>();
    for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (!best) throw new Error('no value to filter by');
    return best[0];
  };

  const cases: { name: string; filter: () => Filter; keep: (r: RequirementRow) => boolean; none?: true }[] = [
    { name: 'open by default', filter: () => ({}), keep: (r) => r.statusCategory !== 'done' },
    { name: 'all statuses', filter: () => ({ status: 'all' }), keep: () => true },
    {
      name: 'status category in progress',
      filter: () => ({ status: 'all', statusCategory: 'indeterminate' }),
      keep: (r) => r.statusCategory === 'indeterminate',
    },
    {
      name: 'status category done',
      filter: () => ({ status: 'all', statusCategory: 'done' }),
      keep: (r) => r.statusCategory === 'done',
    },
    {
      name: 'phase',
      filter: () => ({ status: 'all', phase: mostCommon(ranked.map((r) => r.phase?.id)) }),
      keep: (r) => r.phase?.id === mostCommon(ranked.map((x) => x.phase?.id)),
      // The demo scores requirements only: every ranked row is in that phase.
      none: undefined,
    },
    {
      name: 'another phase',
      filter: () => ({ status: 'all', phase: 'problem' }),
      keep: (r) => r.phase?.id === 'problem',
      none: true,
    },
    {
      name: 'MoSCoW must, open',
      filter: () => ({ moscow: 'must' }),
      keep: (r) => r.statusCategory !== 'done' && pmByKey.get(r.key)?.scores?.moscow === 'must',
    },
    {
      name: 'readiness partial',
      filter: () => ({ status: 'all', readiness: 'partial' }),
      keep: (r) => r.readiness.level === 'partial',
    },
    {
      name: 'readiness ready',
      filter: () => ({ status: 'all', readiness: 'ready' }),
      keep: (r) => r.readiness.level === 'ready',
    },
    // The demo scores no requirement that lacks every upstream item: the filter finds none, as the dashboard does.
    {
      name: 'readiness not ready',
      filter: () => ({ status: 'all', readiness: 'not-ready' }),
      keep: (r) => r.readiness.level === 'not-ready',
      none: true,
    },
    {
      name: 'epic',
      filter: () => ({ status: 'all', epic: mostCommon(ranked.map((r) => r.parentKey)) }),
      keep: (r) => r.parentKey === mostCommon(ranked.map((x) => x.parentKey)),
    },
    {
      name: 'persona',
      filter: () => ({ status: 'all', persona: mostCommon(ranked.map((r) => pmByKey.get(r.key)?.personaKey)) }),
      keep: (r) => pmByKey.get(r.key)?.personaKey === mostCommon(ranked.map((x) => pmByKey.get(x.key)?.personaKey)),
    },
  ];

  it.each(cases)(
    '$name: the pages are the dashboard’s ranked rows that pass the filter, and the CSV lists exactly them',
    async ({ filter, keep, none }) => {
      const expected = ranked.filter(keep);
      if (none) expect(expected).toEqual([]);
      else expect(expected.length).toBeGreaterThan(0);
      const f = filter();
      // A filter that narrows must leave rows out, or ignoring it would pass.
      if ((f.status !== 'all' || Object.keys(f).length > 1) && f.phase === undefined)
        expect(expected.length).toBeLessThan(ranked.length);
      const paged = await allPages(h, filter());
      expect(paged.map(withoutRank)).toEqual(expected.map(withoutRank));
      if (paged.length > 0) expect(paged[0]?.rank).toBe(1);

      const csv = expectOk(
        await invoke<CsvExport>(
          h,
          'pm-dashboard',
          'exportBacklogCsv',
          { model: 'rice', filter: filter() },
          ADMIN_ID,
          projectPage('CHK'),
        ),
      );
      expect(csv.rows).toBe(paged.length);
      expect(csvKeys(csv.csv)).toEqual(paged.map((r) => r.key));
      expect(csv.coverage).toEqual({ complete: true, issuesRead: paged.length });
    },
  );

  it('answers the filter it applied (defaults filled in) and its JQL without ORDER BY', async () => {
    const first = expectOk(await page(h, { filter: { moscow: 'should' } }));
    expect(first.filter).toEqual({ status: 'open', moscow: 'should' });
    expect(first.jql).toBe(
      'project = "CHK" AND pmRiceScore IS NOT EMPTY AND statusCategory != Done AND pmMoscowScore = 3',
    );
  });

  it('a page token is only good for the filter it was answered for', async () => {
    const first = expectOk(await page(h, { pageSize: 2, filter: { status: 'all' } }));
    expect(first.nextPageToken).toEqual(expect.any(String));
    const other = await page(h, {
      pageSize: 2,
      pageToken: first.nextPageToken,
      filter: { status: 'all', moscow: 'must' },
    });
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.error.code).toBe('validation');
  });

  it('refuses filter values that are not one, naming the path', async () => {
    for (const filter of [
      { phase: 'a b' },
      { epic: 'not a key' },
      { persona: 'x"' },
      { moscow: 'maybe' },
      { readiness: 'yes' },
      { statusCategory: 'closed' },
      { extra: 1 },
    ]) {
      const answer = await page(h, { filter });
      expect(answer.ok).toBe(false);
      if (!answer.ok)
        expect([JSON.stringify(filter), answer.error.code]).toEqual([JSON.stringify(filter), 'validation']);
    }
  });
});
