import { addDemoBusinessCases } from '../../../dev/demo-data/business-cases';
import type { DatasetInput } from '../../../dev/dataset/dataset-schema';
import { ADMIN, PRODUCT_OWNER } from '../../../dev/demo-data/users';
import {
  BUSINESS_CASE_PROPERTY_KEY,
  type BusinessCaseInput,
  type BusinessCaseProperty,
} from '../../../src/contract/business-case-property';
import type { BenefitKpi, BusinessCaseView, CheckDecisionsView } from '../../../src/contract/views-business-case';
import {
  ADMIN_ID,
  NOW,
  PO_ID,
  VIEWER_ID,
  expectOk,
  invoke,
  issuePanel,
  jiraAs,
  openHarness,
  projectPage,
  type Harness,
} from './resolver-harness';

/**
 * Business case and Build / Buy / Partner decision through src/index.ts and the real
 * @forge packages against the emulator, on the demo's business cases
 * (dev/demo-data/business-cases.ts). Figures are computed when read: a story-point edit
 * below the initiative and a new KPI actual move them. Saves are versioned; who decided
 * comes from the Forge context; a KPI the caller cannot see is never named.
 */
type Issue = DatasetInput['issues'][number];

interface Seed {
  initiative: string;
  /** The Consolidation item (Business Case issue): a case and an open decision. */
  second: string;
  /** An estimated story below the first initiative. */
  story: { key: string; points: number };
  /** The first benefit KPI of the first initiative. */
  kpi: string;
  /** A PLAT KPI: the admin sees it, the product owner does not. */
  hiddenKpi: string;
}

function seed(input: DatasetInput): { dataset: DatasetInput; seed: Seed } {
  const dataset = addDemoBusinessCases(structuredClone(input), NOW);
  const type = (name: string) => dataset.issueTypes.find((t) => t.name === name)!.id;
  const project = (key: string) => dataset.projects.find((p) => p.key === key)!.id;
  const of = (key: string, typeName: string) =>
    dataset.issues
      .filter((i) => i.fields.project.id === project(key) && i.fields.issuetype.id === type(typeName))
      .sort((a, b) => Number(a.key.split('-')[1]) - Number(b.key.split('-')[1]));
  const first = of('CHK', 'Initiative')[0] as Issue;
  const second = of('CHK', 'Business Case')[0] as Issue;
  const children = (ids: Set<string>) => dataset.issues.filter((i) => i.fields.parent && ids.has(i.fields.parent.id));
  const epics = children(new Set([first.id]));
  const stories = children(new Set(epics.map((e) => e.id)));
  const story = stories.find(
    (s) => typeof s.fields['customfield_10016'] === 'number' && children(new Set([s.id])).length === 0,
  );
  if (!story) throw new Error('the demo has no estimated leaf story below the first CHK initiative');
  const doc = first.properties![BUSINESS_CASE_PROPERTY_KEY] as BusinessCaseProperty;
  const hidden = of('PLAT', 'KPI')[0]!;
  return {
    dataset,
    seed: {
      initiative: first.key,
      second: second.key,
      story: { key: story.key, points: story.fields['customfield_10016'] as number },
      kpi: doc.case!.benefits[0]!.kpiKey,
      hiddenKpi: hidden.key,
    },
  };
}

describe('business case and Build / Buy / Partner decision', () => {
  let h: Harness;
  let s: Seed;
  beforeAll(async () => {
    h = await openHarness({
      prepare: (generated) => {
        const seeded = seed(generated);
        s = seeded.seed;
        return seeded.dataset;
      },
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  const panel = (key: string) => issuePanel(key, key.split('-')[0]!);
  const get = (key: string, as = PO_ID) => invoke(h, 'pm-requirement-panel', 'getBusinessCase', {}, as, panel(key));
  const save = (key: string, version: number, input: BusinessCaseInput, as = PO_ID, removeHiddenBenefits?: boolean) =>
    invoke(
      h,
      'pm-requirement-panel',
      'saveBusinessCase',
      { version, case: input, ...(removeHiddenBenefits ? { removeHiddenBenefits } : {}) },
      as,
      panel(key),
    );
  const stored = async (key: string) =>
    (
      (await (
        await jiraAs(h, ADMIN_ID, `/rest/api/3/issue/${key}/properties/${BUSINESS_CASE_PROPERTY_KEY}`)
      ).json()) as { value: BusinessCaseProperty }
    ).value;
  const inputOf = (view: BusinessCaseView): BusinessCaseInput => view.case!;

  it('computes the investment from the rolled-up effort and the costs, the benefit from the KPIs, and the decision result', async () => {
    const view = expectOk(await get(s.initiative));
    expect(view.applies).toBe(true);
    expect(view.effort.complete).toBe(true);
    expect(view.effort.total).toBeGreaterThan(0);
    const figures = view.evaluation.figures!;
    expect(figures.investment.effortCost).toBe(view.effort.total * 1000);
    expect(figures.investment.total).toBe(view.effort.total * 1000 + 12000);
    expect(figures.recurringCostPerPeriod).toBe(1500);
    expect(figures.planned.flows).toHaveLength(13);
    expect(Number.isFinite(figures.planned.npv)).toBe(true);
    const kpi = view.benefits[0]!.kpi as BenefitKpi;
    expect(kpi.key).toBe(s.kpi);
    // Planned: each KPI at its target, (target - baseline) x value per unit, signed by its direction.
    const planned = view.benefits.reduce((sum, b) => {
      const k = b.kpi as BenefitKpi;
      return sum + (k.direction === 'higher-is-better' ? 1 : -1) * (k.target - k.baseline) * b.valuePerUnit;
    }, 0);
    expect(planned).not.toBe(0);
    expect(figures.planned.benefitPerPeriod).toBeCloseTo(planned, 6);
    // Build 44/8, Buy 56/8, Partner 49/8 (dev/demo-data/business-cases.ts).
    expect(view.decision!.result.scores.map((x) => x.score)).toEqual([5.5, 7, 6.125]);
    expect(view.decision!.result.recommended).toEqual(['buy']);
    expect(view.decision!.input.choice).toBe('buy');
    expect(view.decision!.decidedBy).toEqual({ displayName: ADMIN.displayName });
    expect(JSON.stringify(view)).not.toContain(ADMIN_ID);
  });

  it('recomputes when delivery effort changes below the initiative', async () => {
    const before = expectOk(await get(s.initiative));
    const res = await jiraAs(h, ADMIN_ID, `/rest/api/3/issue/${s.story.key}`, {
      method: 'PUT',
      body: JSON.stringify({ fields: { customfield_10016: s.story.points + 10 } }),
    });
    expect(res.status).toBe(204);
    const after = expectOk(await get(s.initiative));
    expect(after.effort.total).toBe(before.effort.total + 10);
    expect(after.evaluation.figures!.investment.total).toBe(before.evaluation.figures!.investment.total + 10_000);
  });

  it('recomputes today\u2019s benefit when a KPI actual is recorded', async () => {
    const before = expectOk(await get(s.initiative));
    const kpiView = expectOk(
      await invoke(h, 'pm-requirement-panel', 'getRequirementContext', {}, ADMIN_ID, panel(s.kpi)),
    ).kpi!;
    const line = before.benefits.find((b) => (b.kpi as BenefitKpi).key === s.kpi)!;
    const def = line.kpi as BenefitKpi;
    const recorded = expectOk(
      await invoke(
        h,
        'pm-requirement-panel',
        'recordKpiActual',
        { version: kpiView.version, actual: { date: NOW.toISOString().slice(0, 10), value: def.target } },
        ADMIN_ID,
        panel(s.kpi),
      ),
    );
    expect(recorded.version).toBe(kpiView.version + 1);
    const after = expectOk(await get(s.initiative));
    const was = def.latest?.value ?? def.baseline;
    const delta = (def.direction === 'higher-is-better' ? 1 : -1) * (def.target - was) * line.valuePerUnit;
    expect(after.evaluation.figures!.current.benefitPerPeriod).toBeCloseTo(
      before.evaluation.figures!.current.benefitPerPeriod + delta,
      6,
    );
  });

  it('saves versioned: a stale version answers conflict, the fresh one is stored', async () => {
    const view = expectOk(await get(s.initiative));
    const input = {
      ...inputOf(view),
      assumptions: [...inputOf(view).assumptions, 'Churn stays below 2 % a month.'],
      horizonPeriods: 8,
    };
    const stale = await save(s.initiative, view.version - 1, input);
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.code).toBe('conflict');
    const saved = expectOk(await save(s.initiative, view.version, input));
    expect(saved.version).toBe(view.version + 1);
    expect(saved.settings.horizonPeriods).toBe(8);
    expect(saved.evaluation.figures!.planned.flows).toHaveLength(9);
    const doc = await stored(s.initiative);
    expect(doc.case!.assumptions).toContain('Churn stays below 2 % a month.');
    expect(doc.case!.updatedBy).toEqual({ accountId: PO_ID, displayName: PRODUCT_OWNER.displayName });
    expect(doc.case!.updatedAt).toBe(NOW.toISOString());
  });

  it('records who decided and when from the Forge context, not the payload', async () => {
    const view = expectOk(await get(s.second));
    expect(view.decision!.input.choice).toBeUndefined();
    const decided = expectOk(
      await invoke(
        h,
        'pm-requirement-panel',
        'saveDecision',
        { version: view.version, decision: { ...view.decision!.input, choice: 'partner' } },
        PO_ID,
        panel(s.second),
      ),
    );
    expect(decided.decision!.decidedBy).toEqual({ displayName: PRODUCT_OWNER.displayName });
    expect(decided.decision!.decidedAt).toBe(NOW.toISOString());
    expect((await stored(s.second)).decision!.decidedBy!.accountId).toBe(PO_ID);
    const smuggled = await invoke(
      h,
      'pm-requirement-panel',
      'saveDecision',
      { version: decided.version, decision: { ...view.decision!.input, decidedBy: ADMIN_ID } },
      PO_ID,
      panel(s.second),
    );
    expect(smuggled.ok).toBe(false);
    if (!smuggled.ok) expect(smuggled.error.code).toBe('validation');
  });

  it('the project page shows each initiative\u2019s decision as decided, open or missing', async () => {
    const view = expectOk(
      await invoke(h, 'pm-dashboard', 'getCheckDecisions', {}, PO_ID, projectPage('CHK')),
    ) as CheckDecisionsView;
    expect(view.complete).toBe(true);
    expect(view.total).toBe(view.rows.length);
    const first = view.rows.find((r) => r.key === s.initiative)!;
    expect(first).toMatchObject({ status: 'decided', choice: 'Buy' });
    expect(view.rows.find((r) => r.key === s.second)).toMatchObject({ status: 'decided', choice: 'Partner' });
    expect(view.rows.filter((r) => r.status === 'missing').length).toBe(view.rows.length - 2);
  });

  it('a benefit on a KPI the caller cannot see is never named, adds nothing for them and survives their save', async () => {
    const view = expectOk(await get(s.initiative, ADMIN_ID));
    const input = {
      ...inputOf(view),
      benefits: [...inputOf(view).benefits, { kpiKey: s.hiddenKpi, valuePerUnit: 999 }],
    };
    expectOk(await save(s.initiative, view.version, input, ADMIN_ID));
    const asPo = await get(s.initiative);
    expect(JSON.stringify(asPo)).not.toContain(s.hiddenKpi);
    const po = expectOk(asPo);
    expect(po.hiddenBenefits).toBe(1);
    expect(po.benefits.some((b) => 'hidden' in b.kpi)).toBe(true);
    expect(po.evaluation.warnings.join(' ')).toContain('A KPI you cannot see');
    expectOk(await save(s.initiative, po.version, { ...inputOf(po), assumptions: ['Edited by the product owner.'] }));
    expect((await stored(s.initiative)).case!.benefits.map((b) => b.kpiKey)).toContain(s.hiddenKpi);
    const again = expectOk(await get(s.initiative));
    expectOk(await save(s.initiative, again.version, inputOf(again), PO_ID, true));
    expect((await stored(s.initiative)).case!.benefits.map((b) => b.kpiKey)).not.toContain(s.hiddenKpi);
  });

  it('refuses a new benefit naming a KPI the caller cannot see, a viewer who cannot edit, and an issue that is no initiative', async () => {
    const view = expectOk(await get(s.initiative));
    const hidden = await save(s.initiative, view.version, {
      ...inputOf(view),
      benefits: [{ kpiKey: s.hiddenKpi, valuePerUnit: 1 }],
    });
    expect(hidden.ok).toBe(false);
    if (!hidden.ok) {
      expect(hidden.error.code).toBe('validation');
      expect(JSON.stringify(hidden)).not.toContain(s.hiddenKpi);
    }
    const viewer = await save(s.initiative, view.version, inputOf(view), VIEWER_ID);
    expect(viewer.ok).toBe(false);
    if (!viewer.ok) expect(viewer.error.code).toBe('forbidden');
    const story = expectOk(await get(s.story.key));
    expect(story.applies).toBe(false);
    const onStory = await save(s.story.key, 0, { costs: [], benefits: [], assumptions: [] });
    expect(onStory.ok).toBe(false);
    if (!onStory.ok) expect(onStory.error.code).toBe('validation');
    expect((await stored(s.initiative)).version).toBe(view.version);
  });

  it('a discount rate that looks like a share typed into the percent field comes back as a warning, stored as entered', async () => {
    const view = expectOk(await get(s.initiative));
    // The form sends percent / 100: 0.1 typed for 10 % arrives as 0.001 (0.1 % a year).
    const saved = expectOk(await save(s.initiative, view.version, { ...inputOf(view), yearlyDiscountRate: 0.001 }));
    const warning = 'The discount rate is 0.1 % a year: if you meant 10 %, type 10 (the field is in percent).';
    expect(saved.evaluation.warnings).toContain(warning);
    const read = expectOk(await get(s.initiative));
    expect(read.evaluation.warnings).toContain(warning);
    expect(read.settings.yearlyDiscountRate).toBe(0.001);
    expect((await stored(s.initiative)).case!.yearlyDiscountRate).toBe(0.001);

    const fixed = expectOk(await save(s.initiative, read.version, { ...inputOf(read), yearlyDiscountRate: 0.1 }));
    expect(fixed.evaluation.warnings.some((w) => w.startsWith('The discount rate'))).toBe(false);
  });
});
