import { GADGET_KPI_LIMIT, getGadget } from '../../../src/app/gadget/get-gadget';
import { getGadgetOptions } from '../../../src/app/gadget/get-gadget-options';
import { CONFIG_KEY } from '../../../src/app/config/config-repository';
import { KPI_PROPERTY_KEY, PM_PROPERTY_KEY, type KpiProperty } from '../../../src/contract/pm-property';
import type { GadgetView } from '../../../src/contract/views-gadget';
import { defaultWorkflowConfig } from '../../../src/domain';
import { fakeDeps } from '../../fixtures/backend/app-deps';
import { FakeJira, fakeIssue } from '../../fixtures/backend/fake-jira';

const me = { accountId: 'acc-me' };

/** A KPI from 0 to 100 over 2026 (the fake clock reads 2026-11-01, 83 % of the period gone). */
const kpi = (name: string, actual: number | undefined): KpiProperty => ({
  schemaVersion: 1,
  version: 1,
  name,
  unit: '%',
  direction: 'higher-is-better',
  baseline: 0,
  target: 100,
  periodStart: '2026-01-01',
  dueDate: '2026-12-31',
  thresholds: { atRisk: 0.9, offTrack: 0.6 },
  actuals: actual === undefined ? [] : [{ date: '2026-10-31', value: actual }],
});

/** APP: seven scored stories (none ready: nothing upstream linked) and five KPIs of every status. */
function product(): FakeJira {
  const jira = new FakeJira([{ id: '1', key: 'APP', name: 'App' }]);
  for (let n = 1; n <= 7; n++)
    jira.add({
      issue: fakeIssue(`APP-${n}`),
      properties: {
        [PM_PROPERTY_KEY]: {
          schemaVersion: 1,
          version: 1,
          kpiKeys: [],
          scores: { rice: { reach: n * 10, impact: 1, confidence: 80, effort: 1 } },
          scoredAt: '2026-10-01T00:00:00.000Z',
        },
      },
    });
  // Pace = progress / elapsed share (0.83): 100 on track, 70 at risk (0.84), 20 off track (0.24), none no data.
  const kpis: [string, number | undefined][] = [
    ['Activation', 100],
    ['Retention', 70],
    ['Churn', 20],
    ['Referrals', undefined],
    ['NPS', 100],
  ];
  kpis.forEach(([name, actual], i) =>
    jira.add({
      issue: fakeIssue(`APP-${20 + i}`, { issueType: 'KPI', summary: name }),
      properties: { [KPI_PROPERTY_KEY]: kpi(name, actual) },
    }),
  );
  return jira;
}

const ready = async (answer: Promise<unknown>): Promise<GadgetView> => {
  const view = (await answer) as GadgetView;
  expect(view.status).toBe('ready');
  return view;
};

describe('getGadget: a product health summary for a Jira dashboard gadget', () => {
  it.each([
    ['no configuration yet', undefined, 'pick a project'],
    ['an empty configuration', {}, 'pick a project'],
    ['a lower-case project key', { projectKey: 'app' }, 'save them again'],
    ['a field this version does not read', { projectKey: 'APP', colour: 'red' }, 'save them again'],
    ['an unknown model', { projectKey: 'APP', model: 'bogus' }, 'save them again'],
  ])('%s: asks to be configured, reads nothing', async (_case, configuration, reason) => {
    const jira = product();
    const answer = await getGadget(fakeDeps(jira), me, { configuration, top: 5 });
    expect(answer).toEqual({ status: 'not-configured', reason: expect.stringContaining(reason) as string });
    expect(jira.searches).toEqual([]);
  });

  it('lists the top requirements (at most `top`, says when there are more) and the KPIs worst first', async () => {
    const view = await ready(getGadget(fakeDeps(product()), me, { configuration: { projectKey: 'APP' }, top: 3 }));
    expect(view.project).toEqual({ key: 'APP', name: 'App' });
    expect(view.model).toBe('rice');
    expect(view.modelLabel).toBe('RICE');
    expect(view.top).toHaveLength(3);
    expect(view.moreRequirements).toBe(true);
    // Five KPIs, four shown: off track, at risk, no data, then the on-track ones by name (Activation before NPS).
    expect(view.kpis.map((k) => [k.name, k.status])).toEqual([
      ['Churn', 'off-track'],
      ['Retention', 'at-risk'],
      ['Referrals', 'no-data'],
      ['Activation', 'on-track'],
    ]);
    expect(GADGET_KPI_LIMIT).toBe(4);
    expect(view.kpisTotal).toBe(5);
    expect(view.kpiStatus).toBe('off-track');
    // Seven requirements, none ready (no problem, persona, scenario or KPI linked).
    expect(view.readiness).toEqual({ ready: 0, requirements: 7 });
    expect(view.notScored).toBe(0);
  });

  it("uses the gadget's model when it names one, else the site's primary model (following a later admin change)", async () => {
    const deps = fakeDeps(product());
    const own = await ready(getGadget(deps, me, { configuration: { projectKey: 'APP', model: 'ice' }, top: 5 }));
    expect([own.model, own.modelLabel]).toEqual(['ice', 'ICE']);
    await deps.store.set(CONFIG_KEY, {
      version: 1,
      config: { ...defaultWorkflowConfig, scoring: { ...defaultWorkflowConfig.scoring, primaryModel: 'wsjf' } },
    });
    const site = await ready(getGadget(deps, me, { configuration: { projectKey: 'APP' }, top: 5 }));
    expect(site.model).toBe('wsjf');
  });

  it('tells a viewer who cannot browse the configured project nothing about it', async () => {
    const jira = product();
    jira.browse = new Set<string>();
    await expect(getGadget(fakeDeps(jira), me, { configuration: { projectKey: 'APP' }, top: 5 })).rejects.toMatchObject(
      { code: 'not-found' },
    );
  });
});

describe("getGadgetOptions: the gadget's edit view", () => {
  it("offers the viewer's projects by name, every model, the primary one, and the saved settings when readable and visible", async () => {
    const jira = new FakeJira([
      { id: '1', key: 'ZED', name: 'Zebra' },
      { id: '2', key: 'APP', name: 'App' },
    ]);
    const options = await getGadgetOptions(fakeDeps(jira), { configuration: { projectKey: 'ZED', model: 'wsjf' } });
    expect(options.projects).toEqual([
      { key: 'APP', name: 'App' },
      { key: 'ZED', name: 'Zebra' },
    ]);
    expect(options.models.map((m) => m.id)).toEqual([
      'rice',
      'wsjf',
      'ice',
      'valueEffort',
      'weighted',
      'moscow',
      'kano',
    ]);
    expect(options.primaryModel).toBe('rice');
    expect(options.current).toEqual({ projectKey: 'ZED', model: 'wsjf' });

    const unreadable = await getGadgetOptions(fakeDeps(jira), { configuration: { projectKey: 'zed' } });
    expect(unreadable.current).toBeUndefined();
    // Saved by someone who can browse a project this viewer cannot: not named back to them.
    jira.browse = new Set(['APP']);
    const hidden = await getGadgetOptions(fakeDeps(jira), { configuration: { projectKey: 'ZED', model: 'wsjf' } });
    expect(hidden.projects).toEqual([{ key: 'APP', name: 'App' }]);
    expect(hidden.current).toBeUndefined();
  });
});
