import type { Result } from '../../src/contract/result';
import type { RequirementContextView } from '../../src/contract/views';
import {
  ADMIN_ID,
  PO_ID,
  expectOk,
  invoke,
  issuePanel,
  jiraAs,
  openHarness,
  type Harness,
} from '../integration/resolvers/resolver-harness';
import { seedCrossProjectLinks, type CrossProjectSeed } from './cross-project-seed';

/**
 * The link-preservation rule: a CHK requirement links a problem, persona and
 * KPIs in projects the product owner cannot browse (PLAT, HR). Their saves of
 * other fields succeed and keep those links; `null` or a new list never drops
 * them; only `changes.removeHiddenLinks` does. No answer (view, error,
 * conflict) names a hidden key.
 */
type StoredPm = { version: number; problemKey?: string; personaKey?: string; scenarioKey?: string; kpiKeys: string[] };

describe('saves keep links to items the saver cannot see', () => {
  let h: Harness;
  let seed: CrossProjectSeed;
  let key: string;
  /** What the product owner (CHK, MOB, ANA) cannot browse among the first requirement's links. */
  let hidden: { problem: string; persona: string; kpis: string[] };
  beforeAll(async () => {
    h = await openHarness({
      prepare: (generated) => {
        const seeded = seedCrossProjectLinks(generated);
        seed = seeded.seed;
        return seeded.dataset;
      },
    });
    key = seed.requirementKeys[0] as string;
    const invisible = (k: string) => !/^(CHK|MOB|ANA)-/.test(k);
    hidden = {
      problem: seed.targets.problem,
      persona: seed.targets.persona,
      kpis: seed.targets.kpis.filter(invisible),
    };
    expect([hidden.problem, hidden.persona].every(invisible)).toBe(true);
    expect(hidden.kpis.length).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await h?.close();
  });

  const panel = () => issuePanel(key, 'CHK');
  const stored = async () =>
    (
      (await (await jiraAs(h, ADMIN_ID, `/rest/api/3/issue/${key}/properties/pm-workflow.requirement`)).json()) as {
        value: StoredPm;
      }
    ).value;
  const save = (changes: Record<string, unknown>, version: number) =>
    invoke<RequirementContextView>(h, 'pm-requirement-panel', 'saveRequirement', { version, changes }, PO_ID, panel());
  // The history inside a view is redacted on read (the permission matrix scans it); here: the save's own answer.
  const expectNoHiddenKey = (result: Result<unknown>) => {
    const text = JSON.stringify(result.ok ? { ...(result.data as object), history: [] } : result);
    for (const k of [hidden.problem, hidden.persona, ...hidden.kpis]) expect(text).not.toContain(k);
  };

  it('a save of other fields succeeds and leaves every hidden link as it was', async () => {
    const before = await stored();
    const result = await save(
      { scores: { rice: { reach: 10, impact: 1, confidence: 50, effort: 1 } } },
      before.version,
    );
    expectNoHiddenKey(result);
    const view = expectOk(result);
    expect(view.pm.hiddenLinks).toEqual(expect.arrayContaining(['problem', 'persona', 'kpi']));
    const after = await stored();
    expect(after).toMatchObject({
      version: before.version + 1,
      problemKey: before.problemKey,
      personaKey: before.personaKey,
      kpiKeys: before.kpiKeys,
    });
  });

  it('null for a hidden link and a new KPI list keep the hidden links; a new key over a hidden one is refused without naming it', async () => {
    let before = await stored();
    const visibleKpis = before.kpiKeys.filter((k) => !hidden.kpis.includes(k));
    const cleared = await save({ problemKey: null, kpiKeys: visibleKpis.slice(1) }, before.version);
    expectNoHiddenKey(cleared);
    expectOk(cleared);
    let after = await stored();
    expect(after.problemKey).toBe(hidden.problem);
    expect(after.kpiKeys).toEqual(expect.arrayContaining(hidden.kpis));

    before = after;
    const replaced = await save({ personaKey: seed.kpiKey }, before.version);
    expectNoHiddenKey(replaced);
    expect(replaced).toMatchObject({ ok: false, error: { code: 'validation' } });
    after = await stored();
    expect(after.version).toBe(before.version);
  });

  it('removeHiddenLinks is the one explicit way to unlink (or replace) an item the caller cannot see', async () => {
    const before = await stored();
    const result = await save({ removeHiddenLinks: ['problem', 'kpi'], personaKey: null }, before.version);
    expectNoHiddenKey(result);
    expect(expectOk(result).pm.hiddenLinks).toEqual(['persona']);
    const after = await stored();
    expect(after.problemKey).toBeUndefined();
    expect(after.personaKey).toBe(hidden.persona); // not named: kept, though `null` was sent
    expect(after.kpiKeys.some((k) => hidden.kpis.includes(k))).toBe(false);
  });

  it('a conflict carries the current value redacted for the caller', async () => {
    const current = await stored();
    await jiraAs(h, ADMIN_ID, `/rest/api/3/issue/${key}/properties/pm-workflow.requirement`, {
      method: 'PUT',
      body: JSON.stringify({
        ...current,
        problemKey: hidden.problem,
        kpiKeys: [...new Set([...current.kpiKeys, ...hidden.kpis])],
      }),
    });
    const result = await save({ scores: {} }, current.version - 1);
    expectNoHiddenKey(result);
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        details: {
          currentVersion: current.version,
          current: { hiddenLinks: expect.arrayContaining(['problem', 'persona', 'kpi']) },
        },
      },
    });
  });
});
