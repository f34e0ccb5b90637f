import type { DatasetInput } from '../../../dev/dataset/dataset-schema';
import { PM_PROPERTY_KEY, type PmProperty } from '../../../src/contract/pm-property';
import type { LaunchView } from '../../../src/contract/views-launch-readiness';
import { GTM_DELIVERABLES } from '../../../src/domain/gtm/gtm-deliverable';
import {
  ADMIN_ID,
  PO_ID,
  VIEWER_ID,
  expectOk,
  invoke,
  issuePanel,
  openHarness,
  projectPage,
  type Harness,
} from './resolver-harness';

/**
 * getLaunchReadiness through src/index.ts and the real @forge packages against the emulator,
 * on the demo's CHK launch (dev/demo-data/gtm-personas.ts), changed before loading: its market
 * message names a PLAT persona (the admin browses PLAT, the product owner does not) and the
 * launch was due two weeks ago.
 */
type Issue = DatasetInput['issues'][number];

interface Seed {
  launch: string;
  initiative: string;
  /** The message item, now naming the hidden persona. */
  message: string;
  hiddenPersona: string;
  /** GTM deliverables linked to the launch (the team item aside). */
  items: string[];
  /** Buyer personas the initiative's requirements and the items name (as the admin sees them). */
  personas: string[];
  /** Buyer personas the initiative's requirements name. */
  requirementPersonas: string[];
  /** The demo's first planned release of CHK and the GTM items that carry it. */
  release: { id: string; name: string; releaseDate: string };
  releaseItems: string[];
}

function seed(dataset: DatasetInput): Seed {
  const typeName = new Map(dataset.issueTypes.map((t) => [t.id, t.name]));
  const projectKey = (i: Issue) => dataset.projects.find((p) => p.id === i.fields.project.id)!.key;
  const ofType = (key: string, type: string) =>
    dataset.issues.filter((i) => projectKey(i) === key && typeName.get(i.fields.issuetype.id) === type);
  const byId = new Map(dataset.issues.map((i) => [i.id, i]));
  const byKey = new Map(dataset.issues.map((i) => [i.key, i]));
  const linked = (a: Issue, b: Issue) => (a.fields.issuelinks ?? []).some((l) => l.outwardIssue.id === b.id);
  const launch = ofType('CHK', 'Launch')[0]!;
  const initiative = (launch.fields.issuelinks ?? [])
    .map((l) => byId.get(l.outwardIssue.id)!)
    .find((i) => typeName.get(i.fields.issuetype.id) === 'Initiative')!;
  const items = ofType('CHK', 'Go-to-Market').filter(
    (i) => (linked(i, launch) || linked(launch, i)) && !(i.fields.labels ?? []).includes('gtm-team'),
  );
  const message = items.find((i) => (i.fields.labels ?? []).includes('gtm-message'))!;
  const hidden = ofType('PLAT', 'Persona').find((p) => !(p.fields.labels ?? []).includes('user'))!;
  (message.properties![PM_PROPERTY_KEY] as PmProperty).personaKey = hidden.key;
  launch.fields.duedate = '2026-10-15';
  const below = (ids: Set<string>): Issue[] => {
    const children = dataset.issues.filter((i) => i.fields.parent && ids.has(i.fields.parent.id));
    return children.length === 0 ? [] : [...children, ...below(new Set(children.map((c) => c.id)))];
  };
  const buyerPersonas = (issues: Issue[]) =>
    issues.flatMap((i) => {
      const key = (i.properties?.[PM_PROPERTY_KEY] as PmProperty | undefined)?.personaKey;
      const persona = key ? byKey.get(key) : undefined;
      return persona && !(persona.fields.labels ?? []).includes('user') ? [persona.key] : [];
    });
  const named = buyerPersonas([...below(new Set([initiative.id])), ...items]);
  const requirementPersonas = buyerPersonas(
    below(new Set([initiative.id])).filter((i) =>
      ['Epic', 'Story'].includes(typeName.get(i.fields.issuetype.id) ?? ''),
    ),
  );
  const chk = dataset.projects.find((p) => p.key === 'CHK')!;
  const version = (dataset.versions ?? [])
    .filter((v) => v.projectId === chk.id && !v.released && v.releaseDate)
    .sort((a, b) => a.releaseDate!.localeCompare(b.releaseDate!))[0]!;
  const releaseItems = ofType('CHK', 'Go-to-Market').filter((i) =>
    (i.fields.fixVersions ?? []).some((f) => f.id === version.id),
  );
  return {
    launch: launch.key,
    initiative: initiative.key,
    message: message.key,
    hiddenPersona: hidden.key,
    items: items.map((i) => i.key).sort(),
    personas: [...new Set(named)].sort(),
    requirementPersonas: [...new Set(requirementPersonas)].sort(),
    release: { id: version.id, name: version.name, releaseDate: version.releaseDate! },
    releaseItems: releaseItems
      .filter((i) => !(i.fields.labels ?? []).includes('gtm-team'))
      .map((i) => i.key)
      .sort(),
  };
}

describe('launch readiness (project page)', () => {
  let h: Harness;
  let s: Seed;
  beforeAll(async () => {
    h = await openHarness({
      prepare: (generated) => {
        s = seed(generated);
        return generated;
      },
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  const read = async (as: string) => {
    const view = expectOk(await invoke(h, 'pm-dashboard', 'getLaunchReadiness', {}, as, projectPage('CHK')));
    return { view, launch: view.launches.find((l) => l.key === s.launch)! };
  };
  const itemKeys = (launch: LaunchView) =>
    launch.rows.flatMap((r) => GTM_DELIVERABLES.flatMap((d) => r.cells[d].items.map((i) => i.key))).sort();

  it('lists the launch with its date, initiative and every GTM deliverable linked to it, once each', async () => {
    const { view, launch } = await read(ADMIN_ID);
    expect(view.complete).toBe(true);
    expect(view.today).toBe('2026-11-01');
    expect(launch).toMatchObject({ launchDate: '2026-10-15', initiatives: [{ key: s.initiative }] });
    expect(itemKeys(launch)).toEqual(s.items);
    expect(launch.overdue).toBe(true);
  });

  it('the admin sees every buyer persona named; the one whose message moved away has none and is flagged', async () => {
    const { launch } = await read(ADMIN_ID);
    const named = launch.rows.flatMap((r) => (r.persona && 'key' in r.persona ? [r.persona.key] : []));
    expect([...new Set(named)].sort()).toEqual([...new Set([...s.personas, s.hiddenPersona])].sort());
    expect(launch.hiddenPersonas).toBe(0);
    const hiddenRow = launch.rows.find((r) => r.persona && 'key' in r.persona && r.persona.key === s.hiddenPersona)!;
    expect(hiddenRow.cells.message.items.map((i) => i.key)).toEqual([s.message]);
    expect(hiddenRow.noMessage).toBe(false);
    const flagged = launch.rows.filter((r) => r.noMessage);
    expect(flagged.length).toBeGreaterThan(0);
    for (const row of flagged) expect(row.cells.message.status).toBe('missing');
    expect(launch.personasWithoutMessage).toBe(
      new Set(flagged.map((r) => (r.persona && 'key' in r.persona ? r.persona.key : ''))).size,
    );
  });

  it('the product owner, who cannot browse PLAT, gets the persona counted, never named', async () => {
    const { view, launch } = await read(PO_ID);
    expect(JSON.stringify(view)).not.toContain(s.hiddenPersona);
    expect(launch.hiddenPersonas).toBe(1);
    const row = launch.rows.find((r) => r.persona !== null && 'hidden' in r.persona)!;
    expect(row.cells.message.items.map((i) => i.key)).toEqual([s.message]);
    expect(itemKeys(launch)).toEqual(s.items);
  });

  it("offers the project's releases and initiatives to pick; picking a release shows its GTM items and personas by its date", async () => {
    const { view } = await read(ADMIN_ID);
    expect(view.launches.every((l) => l.kind === 'launch')).toBe(true);
    const release = view.choices.find(
      (c): c is Extract<typeof c, { kind: 'release' }> => c.kind === 'release' && c.id === s.release.id,
    )!;
    expect(release).toMatchObject({ name: s.release.name, releaseDate: s.release.releaseDate, released: false });
    expect(view.choices.some((c) => c.kind === 'initiative' && c.key === s.initiative)).toBe(true);
    const picked = expectOk(
      await invoke(
        h,
        'pm-dashboard',
        'getLaunchReadiness',
        { launch: { kind: 'release', id: s.release.id } },
        ADMIN_ID,
        projectPage('CHK'),
      ),
    );
    expect(picked.launches).toHaveLength(1);
    const [launch] = picked.launches as [LaunchView];
    expect(launch).toMatchObject({ kind: 'release', key: s.release.name, launchDate: s.release.releaseDate });
    expect(itemKeys(launch)).toEqual(s.releaseItems);
    expect(launch.rows.some((r) => r.persona && 'key' in r.persona && r.persona.key === s.hiddenPersona)).toBe(true);
  });

  it("picking an initiative shows the GTM items linked to it or below it, with its requirements' personas", async () => {
    const picked = expectOk(
      await invoke(
        h,
        'pm-dashboard',
        'getLaunchReadiness',
        { launch: { kind: 'initiative', key: s.initiative } },
        ADMIN_ID,
        projectPage('CHK'),
      ),
    );
    const [launch] = picked.launches as [LaunchView];
    expect(launch).toMatchObject({ kind: 'initiative', key: s.initiative, initiatives: [{ key: s.initiative }] });
    const named = launch.rows.flatMap((r) => (r.persona && 'key' in r.persona ? [r.persona.key] : []));
    for (const persona of s.requirementPersonas) expect(named).toContain(persona);
  });

  it('the product owner cannot pick a release to see a persona they cannot browse, nor an unknown release', async () => {
    const picked = expectOk(
      await invoke(
        h,
        'pm-dashboard',
        'getLaunchReadiness',
        { launch: { kind: 'release', id: s.release.id } },
        PO_ID,
        projectPage('CHK'),
      ),
    );
    expect(JSON.stringify(picked)).not.toContain(s.hiddenPersona);
    expect(picked.launches[0]!.hiddenPersonas).toBe(1);
    const unknown = await invoke(
      h,
      'pm-dashboard',
      'getLaunchReadiness',
      { launch: { kind: 'release', id: '999999' } },
      ADMIN_ID,
      projectPage('CHK'),
    );
    expect(unknown.ok ? 'ok' : unknown.error.code).toBe('not-found');
  });

  it('naming the flagged persona on the message item in the issue panel (saveRequirement, versioned) clears its flag', async () => {
    const before = (await read(ADMIN_ID)).launch;
    const flagged = before.rows.find((r) => r.noMessage && r.persona && 'key' in r.persona)!;
    const persona = (flagged.persona as { key: string }).key;
    const panel = issuePanel(s.message, 'CHK');
    const context = expectOk(await invoke(h, 'pm-requirement-panel', 'getRequirementContext', {}, ADMIN_ID, panel));
    // Same version check and lease as a requirement's links: a stale version is a conflict.
    const stale = await invoke(
      h,
      'pm-requirement-panel',
      'saveRequirement',
      { version: context.pm.version + 1, changes: { personaKey: persona } },
      ADMIN_ID,
      panel,
    );
    expect(stale.ok ? 'ok' : stale.error.code).toBe('conflict');
    expectOk(
      await invoke(
        h,
        'pm-requirement-panel',
        'saveRequirement',
        { version: context.pm.version, changes: { personaKey: persona } },
        ADMIN_ID,
        panel,
      ),
    );
    const after = (await read(ADMIN_ID)).launch;
    const rows = after.rows.filter((r) => r.persona && 'key' in r.persona && r.persona.key === persona);
    expect(rows.some((r) => r.cells.message.items.some((i) => i.key === s.message))).toBe(true);
    expect(rows.every((r) => !r.noMessage)).toBe(true);
    expect(after.rows.some((r) => r.persona && 'key' in r.persona && r.persona.key === s.hiddenPersona)).toBe(false);
  });

  it('answers not-found, naming nothing, to a caller who cannot browse the project', async () => {
    const result = await invoke(h, 'pm-dashboard', 'getLaunchReadiness', {}, VIEWER_ID, projectPage('ANA'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('not-found');
  });
});
