import type { Result } from '../../src/contract/result';
import type { KpiView, RequirementContextView } from '../../src/contract/views';
import {
  ADMIN_ID,
  PO_ID,
  invoke,
  issuePanel,
  jiraAs,
  openHarness,
  type Harness,
} from '../integration/resolvers/resolver-harness';

/**
 * Two people saving the same issue at the same moment, through the real
 * resolvers against the Jira emulator with latency on (Jira has no
 * compare-and-set for properties, so without the issue lease both saves pass
 * the version check). Per pair: one success and one conflict carrying the
 * winner's value; over the run: no acknowledged update lost, and every
 * accepted save in the history. 100 pairs of each by default;
 * PM_RELIABILITY_HEAVY=1 runs 1,000.
 */
const HEAVY = process.env['PM_RELIABILITY_HEAVY'] === '1';
const PAIRS = HEAVY ? 1000 : 100;
const LATENCY_MS = 5;
/** Pairs rotate over this many issues, so each history stays short (KVS read units). */
const ISSUES = 10;

type Rice = { reach: number; impact: number; confidence: number; effort: number };
type StoredPm = { version: number; scores: { rice?: Rice } };
type StoredKpi = { version: number; actuals: { date: string; value: number }[] };

describe(`concurrent saves (${PAIRS} pairs each, ${LATENCY_MS} ms Jira latency)`, () => {
  let h: Harness;
  let requirementKeys: string[];
  let kpiKey: string;
  beforeAll(async () => {
    h = await openHarness({ jiraLatencyMs: LATENCY_MS, realSleep: true });
    requirementKeys = (await search(h, 'project = CHK AND issuetype = Story ORDER BY key ASC')).slice(0, ISSUES);
    kpiKey = await kpiWithDocument(h);
    expect(requirementKeys).toHaveLength(ISSUES);
  }, 60_000);
  afterAll(async () => {
    await h?.close();
  });

  const panel = (key: string) => issuePanel(key, 'CHK');
  const save = (key: string, version: number, reach: number, as: string) =>
    invoke<RequirementContextView>(
      h,
      'pm-requirement-panel',
      'saveRequirement',
      { version, changes: { scores: { rice: rice(reach) } } },
      as,
      panel(key),
    );

  it('requirement saves: one success and one conflict with the current value per pair, 0 lost updates, history complete', async () => {
    const versions = new Map<string, number>();
    for (const key of requirementKeys)
      versions.set(key, (await property<StoredPm>(h, key, 'pm-workflow.requirement'))?.version ?? 0);
    const accepted = new Map<string, number[]>(requirementKeys.map((k) => [k, []]));
    let lost = 0;
    let bothAccepted = 0;
    const conflictsWithoutWinner: string[] = [];

    for (let pair = 0; pair < PAIRS; pair++) {
      const key = requirementKeys[pair % ISSUES] as string;
      const version = versions.get(key) as number;
      const reaches = [100_000 + pair * 2, 100_000 + pair * 2 + 1] as const;
      const results = await Promise.all([
        save(key, version, reaches[0], ADMIN_ID),
        save(key, version, reaches[1], PO_ID),
      ]);
      const acked = reaches.filter((_, i) => results[i]?.ok);
      const stored = await property<StoredPm>(h, key, 'pm-workflow.requirement');
      const storedReach = stored?.scores.rice?.reach;
      lost += acked.filter((reach) => reach !== storedReach).length;
      if (acked.length === 2) bothAccepted++;
      for (const result of results) {
        if (result.ok) continue;
        expect(result.error.code).toBe('conflict');
        const current = (result.error.details as { current?: { scores?: { rice?: Rice } } }).current;
        if (current?.scores?.rice?.reach !== storedReach) conflictsWithoutWinner.push(`pair ${pair}`);
      }
      accepted.get(key)!.push(...acked);
      versions.set(key, stored?.version ?? version);
    }

    // History: every accepted save left its entry, none overwritten by the other writer.
    let missingHistory = 0;
    for (const key of requirementKeys) {
      const id = await issueId(h, key);
      const recorded = new Set(
        (await historyEntries(h, id)).filter((e) => e.field === 'scores.rice').map((e) => (e.to as Rice | null)?.reach),
      );
      missingHistory += accepted.get(key)!.filter((reach) => !recorded.has(reach)).length;
    }
    const totalAccepted = [...accepted.values()].reduce((n, list) => n + list.length, 0);
    // Figures for the README's "Reliability" section.
    console.info(
      `concurrent requirement saves: ${PAIRS} pairs, ${totalAccepted} accepted, ${bothAccepted} pairs both accepted, ${lost} lost, ${missingHistory} missing from history`,
    );
    expect({ lost, bothAccepted, missingHistory, conflictsWithoutWinner }).toEqual({
      lost: 0,
      bothAccepted: 0,
      missingHistory: 0,
      conflictsWithoutWinner: [],
    });
    expect(totalAccepted).toBe(PAIRS);
  });

  it('KPI actuals: of two at once one is acknowledged and the other conflicts; every acknowledged actual is stored', async () => {
    const kpiPanel = issuePanel(kpiKey, kpiKey.split('-')[0] as string);
    let version = (await property<StoredKpi>(h, kpiKey, 'pm-workflow.kpi'))?.version ?? 0;
    expect(version).toBeGreaterThan(0);
    const acknowledged: { date: string; value: number }[] = [];
    let bothAccepted = 0;
    for (let pair = 0; pair < PAIRS; pair++) {
      const actuals = [actualFor(pair * 2), actualFor(pair * 2 + 1)] as const;
      const results = await Promise.all(
        actuals.map((actual, i) =>
          invoke<KpiView>(
            h,
            'pm-requirement-panel',
            'recordKpiActual',
            { version, actual },
            i === 0 ? ADMIN_ID : PO_ID,
            kpiPanel,
          ),
        ),
      );
      results.forEach((r: Result<KpiView>, i) => {
        if (r.ok) acknowledged.push(actuals[i]!);
        else expect(r.error.code).toBe('conflict');
      });
      if (results.every((r) => r.ok)) bothAccepted++;
      version = (await property<StoredKpi>(h, kpiKey, 'pm-workflow.kpi'))!.version;
    }
    const stored = (await property<StoredKpi>(h, kpiKey, 'pm-workflow.kpi'))!.actuals;
    const lost = acknowledged.filter((a) => !stored.some((s) => s.date === a.date && s.value === a.value)).length;
    console.info(
      `concurrent KPI actuals: ${PAIRS} pairs, ${acknowledged.length} acknowledged, ${bothAccepted} pairs both acknowledged, ${lost} lost`,
    );
    expect({ lost, bothAccepted }).toEqual({ lost: 0, bothAccepted: 0 });
    expect(acknowledged).toHaveLength(PAIRS);
  });
});

function rice(reach: number): Rice {
  return { reach, impact: 2, confidence: 80, effort: 3 };
}

/** Distinct dates from 2025-01-01, one per actual. */
function actualFor(n: number): { date: string; value: number } {
  return { date: new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10), value: 1000 + n };
}

async function search(h: Harness, jql: string): Promise<string[]> {
  const response = await jiraAs(h, ADMIN_ID, '/rest/api/3/search/jql', {
    method: 'POST',
    body: JSON.stringify({ jql, fields: ['summary'], maxResults: 100 }),
  });
  if (response.status !== 200) throw new Error(`search ${jql}: ${response.status}`);
  const body = (await response.json()) as { issues: { key: string }[] };
  return body.issues.map((i) => i.key);
}

/** The first CHK KPI issue that carries a KPI document. */
async function kpiWithDocument(h: Harness): Promise<string> {
  for (const key of await search(h, 'project = CHK AND issuetype = KPI ORDER BY key ASC')) {
    if (await property(h, key, 'pm-workflow.kpi')) return key;
  }
  throw new Error('no CHK KPI with a KPI document in the demo');
}

async function property<T>(h: Harness, key: string, propertyKey: string): Promise<T | undefined> {
  const response = await jiraAs(h, ADMIN_ID, `/rest/api/3/issue/${key}/properties/${propertyKey}`);
  if (response.status === 404) return undefined;
  return ((await response.json()) as { value: T }).value;
}

async function issueId(h: Harness, key: string): Promise<string> {
  return ((await (await jiraAs(h, ADMIN_ID, `/rest/api/3/issue/${key}?fields=summary`)).json()) as { id: string }).id;
}

/** Every stored history entry of an issue, read from KVS as @forge/kvs queries it. */
async function historyEntries(h: Harness, id: string): Promise<{ field: string; to: unknown }[]> {
  const entries: { field: string; to: unknown }[] = [];
  let after: string | undefined;
  do {
    const response = await h.kvs.fetch('/api/v1/query', {
      method: 'POST',
      body: JSON.stringify({
        where: [{ property: 'key', condition: 'BEGINS_WITH', values: [`history:${id}:r`] }],
        limit: 100,
        ...(after ? { after } : {}),
      }),
    });
    const page = (await response.json()) as {
      data: { key: string; value: { field: string; to: unknown }[] }[];
      cursor?: string;
    };
    for (const record of page.data) entries.push(...record.value);
    after = page.cursor;
  } while (after);
  return entries;
}
