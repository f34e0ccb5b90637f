import type { DatasetInput } from '../../../dev/dataset/dataset-schema';
import { EVIDENCE_PROPERTY_KEY, type EvidenceProperty } from '../../../src/contract/evidence-property';
import type { Result } from '../../../src/contract/result';
import type { EvidenceView } from '../../../src/contract/views-evidence';
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
  type Harness,
} from './resolver-harness';

/**
 * getEvidence / saveEvidence through src/index.ts and the real @forge packages against the
 * emulator. A CHK problem carries (as seeded) a link to a PLAT interview the product owner
 * cannot browse: they see it counted, never named, and their saves keep it until they
 * remove it explicitly. Saves are versioned under the issue lease: a stale or concurrent
 * save answers conflict, and nothing acknowledged is overwritten.
 */
type Issue = DatasetInput['issues'][number];

interface Seed {
  problem: string;
  /** A CHK interview linked to the problem in Jira (unrated until someone rates it). */
  linkedInterview: string;
  /** Interviews the product owner and the viewer can see (CHK or MOB). */
  interviews: string[];
  /** A PLAT interview: the admin sees it, the product owner and the viewer do not. */
  hiddenInterview: string;
  story: string;
}

function seedEvidence(input: DatasetInput): { dataset: DatasetInput; seed: Seed } {
  const dataset = structuredClone(input);
  const type = (name: string) => dataset.issueTypes.find((t) => t.name === name)!.id;
  const project = (key: string) => dataset.projects.find((p) => p.key === key)!.id;
  const of = (key: string, typeName: string) =>
    dataset.issues.filter((i) => i.fields.project.id === project(key) && i.fields.issuetype.id === type(typeName));
  // Start from no evidence at all (the demo generator writes some): this test seeds its own.
  for (const issue of dataset.issues) if (issue.properties) delete issue.properties[EVIDENCE_PROPERTY_KEY];
  const problems = of('CHK', 'Problem');
  const byId = new Map(dataset.issues.map((i) => [i.id, i]));
  const linked = of('CHK', 'Interview').find((i) =>
    (i.fields.issuelinks ?? []).some((l) => problems.some((p) => p.id === l.outwardIssue?.id)),
  );
  if (!linked) throw new Error('the demo has no CHK interview linked to a CHK problem');
  const problem = byId.get(
    linked.fields.issuelinks!.find((l) => problems.some((p) => p.id === l.outwardIssue?.id))!.outwardIssue!.id,
  ) as Issue;
  const interviews = [...of('CHK', 'Interview'), ...of('MOB', 'Interview')]
    .filter((i) => i.id !== linked.id)
    .map((i) => i.key);
  const hidden = of('PLAT', 'Interview')[0]!;
  const hiddenEntry: EvidenceProperty = {
    schemaVersion: 1,
    version: 1,
    entries: [
      {
        key: hidden.key,
        strength: 3,
        sourceKind: 'customer',
        source: 'Hidden Corp',
        observedOn: '2026-10-01',
        linkedBy: ADMIN_ID,
        linkedAt: '2026-10-01T10:00:00.000Z',
      },
    ],
  };
  problem.properties = { ...(problem.properties ?? {}), [EVIDENCE_PROPERTY_KEY]: hiddenEntry };
  const story = of('CHK', 'Story')[0]!;
  if (interviews.length < 3)
    throw new Error('the demo has fewer than three CHK / MOB interviews besides the linked one');
  return {
    dataset,
    seed: {
      problem: problem.key,
      linkedInterview: linked.key,
      interviews,
      hiddenInterview: hidden.key,
      story: story.key,
    },
  };
}

describe('evidence on problems and requirements', () => {
  let h: Harness;
  let seed: Seed;
  beforeAll(async () => {
    h = await openHarness({
      jiraLatencyMs: 2,
      prepare: (generated) => {
        const seeded = seedEvidence(generated);
        seed = seeded.seed;
        return seeded.dataset;
      },
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  const panel = (key: string) => issuePanel(key, key.split('-')[0]!);
  const get = (key: string, as = PO_ID) => invoke(h, 'pm-requirement-panel', 'getEvidence', {}, as, panel(key));
  const save = (key: string, version: number, change: unknown, as = PO_ID) =>
    invoke<EvidenceView>(h, 'pm-requirement-panel', 'saveEvidence', { version, change }, as, panel(key));
  const stored = async (key: string) =>
    (
      (await (await jiraAs(h, ADMIN_ID, `/rest/api/3/issue/${key}/properties/${EVIDENCE_PROPERTY_KEY}`)).json()) as {
        value: EvidenceProperty;
      }
    ).value;
  const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString().slice(0, 10);
  const expectNoHiddenKey = (result: Result<unknown>) => {
    expect(JSON.stringify(result)).not.toContain(seed.hiddenInterview);
    expect(JSON.stringify(result)).not.toContain('Hidden Corp');
  };

  it('the product owner sees the hidden link counted, never named; the admin sees it rated; the Jira-linked interview is unrated', async () => {
    const result = await get(seed.problem);
    expectNoHiddenKey(result);
    const view = expectOk(result);
    expect(view).toMatchObject({
      applies: true,
      isEvidenceItem: false,
      canEdit: true,
      version: 1,
      hiddenCount: 1,
      entries: [],
      evidencePhases: ['Interview'],
    });
    expect(view.summary).toEqual({ count: 0, strength: 0, undated: 0, sources: [] });
    expect(view.unrated.map((u) => u.key)).toContain(seed.linkedInterview);
    expect(view.suggestion.reason).toMatch(/1 linked evidence item you cannot see is not counted/);

    const admin = expectOk(await get(seed.problem, ADMIN_ID));
    expect(admin).toMatchObject({
      hiddenCount: 0,
      entries: [{ key: seed.hiddenInterview, strength: 3, source: 'Hidden Corp', ageDays: 31 }],
    });
    expect(admin.summary.sources).toEqual([{ kind: 'customer', name: 'Hidden Corp', count: 1, strength: 3 }]);
    expect(admin.entries[0]).not.toHaveProperty('linkedBy');
  });

  it('linking and re-rating keep the hidden link; the summary counts what the caller sees', async () => {
    const linked = await save(seed.problem, 1, {
      action: 'link',
      key: seed.linkedInterview,
      strength: 2,
      sourceKind: 'segment',
      source: 'SMB retail',
      observedOn: daysAgo(10),
    });
    expectNoHiddenKey(linked);
    let view = expectOk(linked);
    expect(view).toMatchObject({ version: 2, hiddenCount: 1, unrated: [] });
    expect(view.entries.map((e) => [e.key, e.strength, e.source, e.ageDays])).toEqual([
      [seed.linkedInterview, 2, 'SMB retail', 10],
    ]);

    view = expectOk(
      await save(seed.problem, 2, {
        action: 'link',
        key: seed.interviews[0]!,
        strength: 3,
        sourceKind: 'segment',
        source: 'smb retail ',
        observedOn: daysAgo(3),
        note: 'Asked twice',
      }),
    );
    view = expectOk(
      await save(seed.problem, 3, {
        action: 'link',
        key: seed.linkedInterview,
        strength: 1,
        sourceKind: 'segment',
        source: 'Enterprise',
        observedOn: daysAgo(40),
      }),
    );
    expect(view.summary).toMatchObject({
      count: 2,
      strength: 4,
      latestAgeDays: 3,
      sources: [
        { kind: 'segment', name: 'smb retail', count: 1, strength: 3 },
        { kind: 'segment', name: 'Enterprise', count: 1, strength: 1 },
      ],
    });
    const doc = await stored(seed.problem);
    expect(doc.version).toBe(4);
    expect(doc.entries.map((e) => e.key)).toEqual([seed.hiddenInterview, seed.linkedInterview, seed.interviews[0]]);
    expect(doc.entries.find((e) => e.key === seed.interviews[0])).toMatchObject({
      linkedBy: PO_ID,
      note: 'Asked twice',
    });
  });

  it('a stale version answers conflict with the current evidence as the caller may see it; nothing is written', async () => {
    const before = await stored(seed.problem);
    const result = await save(seed.problem, before.version - 1, { action: 'unlink', key: seed.interviews[0]! });
    expectNoHiddenKey(result);
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        details: { currentVersion: before.version, current: { version: before.version, hiddenCount: 1 } },
      },
    });
    expect(await stored(seed.problem)).toEqual(before);
  });

  it('two saves at the same version at once: one is written, the other answers conflict (none is lost silently)', async () => {
    const before = await stored(seed.problem);
    const [a, b] = await Promise.all([
      save(seed.problem, before.version, {
        action: 'link',
        key: seed.interviews[1]!,
        strength: 1,
        sourceKind: 'customer',
        source: 'Acme',
        observedOn: daysAgo(1),
      }),
      save(
        seed.problem,
        before.version,
        {
          action: 'link',
          key: seed.interviews[2]!,
          strength: 1,
          sourceKind: 'customer',
          source: 'Globex',
          observedOn: daysAgo(1),
        },
        ADMIN_ID,
      ),
    ]);
    expect([a, b].map((r) => (r.ok ? 'ok' : r.error.code)).sort()).toEqual(['conflict', 'ok']);
    const after = await stored(seed.problem);
    expect(after.version).toBe(before.version + 1);
    const winner = a.ok ? seed.interviews[1] : seed.interviews[2];
    const loser = a.ok ? seed.interviews[2] : seed.interviews[1];
    expect(after.entries.map((e) => e.key)).toContain(winner);
    expect(after.entries.map((e) => e.key)).not.toContain(loser);
  });

  it('refuses what is not evidence, what the caller cannot see (named only as typed); the viewer may read but not save', async () => {
    const version = (await stored(seed.problem)).version;
    const rating = { strength: 2, sourceKind: 'segment', source: 'SMB', observedOn: daysAgo(1) } as const;
    const story = await save(seed.problem, version, { action: 'link', key: seed.story, ...rating });
    expect(story).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        message: `${seed.story} is not an evidence item: evidence is an issue in Interview.`,
      },
    });
    const hidden = await save(seed.problem, version, { action: 'link', key: seed.hiddenInterview, ...rating });
    const missing = await save(seed.problem, version, { action: 'link', key: 'CHK-99999', ...rating });
    // An issue the caller cannot browse and one that does not exist answer alike.
    expect(hidden).toMatchObject({
      ok: false,
      error: { code: 'validation', message: `Issue ${seed.hiddenInterview} does not exist or you cannot see it.` },
    });
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'validation', message: 'Issue CHK-99999 does not exist or you cannot see it.' },
    });
    const badRating = await save(seed.problem, version, {
      action: 'link',
      key: seed.interviews[0]!,
      ...rating,
      strength: 4,
    });
    expect(badRating).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { issues: [{ path: ['change', 'strength'] }] } },
    });

    const viewerView = expectOk(await get(seed.problem, VIEWER_ID));
    expect(viewerView.canEdit).toBe(false);
    expect(JSON.stringify(viewerView)).not.toContain(seed.hiddenInterview);
    expect(await save(seed.problem, version, { action: 'unlink', key: seed.interviews[0]! }, VIEWER_ID)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect((await stored(seed.problem)).version).toBe(version);
  });

  it('an interview takes no evidence itself; a requirement does, and its RICE confidence suggestion follows count and recency', async () => {
    const paths: string[] = [];
    h.onJiraRequest = (path) => paths.push(path.split('?')[0]!);
    const interview = expectOk(await get(seed.interviews[0]!));
    h.onJiraRequest = undefined;
    expect(interview).toMatchObject({
      applies: false,
      isEvidenceItem: true,
      canEdit: false,
      entries: [],
      unreadable: false,
    });
    // An issue that takes no evidence costs the issue read and the property read, nothing more.
    expect(paths.filter((p) => /bulkfetch|mypermissions/.test(p))).toEqual([expect.stringMatching(/bulkfetch/)]);
    expect(
      await save(seed.interviews[0]!, 0, {
        action: 'link',
        key: seed.interviews[1]!,
        strength: 1,
        sourceKind: 'segment',
        source: 'SMB',
        observedOn: daysAgo(1),
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation', message: 'Evidence is linked to problems and requirements; this issue is neither.' },
    });

    let view = expectOk(await get(seed.story));
    expect(view).toMatchObject({ applies: true, suggestion: { confidence: 50 } });
    view = expectOk(
      await save(seed.story, view.version, {
        action: 'link',
        key: seed.interviews[0]!,
        strength: 3,
        sourceKind: 'segment',
        source: 'SMB',
        observedOn: daysAgo(5),
      }),
    );
    expect(view.suggestion).toMatchObject({ confidence: 80, weight: 3 });
    view = expectOk(
      await save(seed.story, view.version, {
        action: 'link',
        key: seed.interviews[1]!,
        strength: 3,
        sourceKind: 'segment',
        source: 'Enterprise',
        observedOn: daysAgo(200),
      }),
    );
    expect(view.suggestion).toMatchObject({ confidence: 80, weight: 4.5 });
    view = expectOk(
      await save(seed.story, view.version, {
        action: 'link',
        key: seed.interviews[2]!,
        strength: 2,
        sourceKind: 'customer',
        source: 'Acme',
        observedOn: daysAgo(20),
      }),
    );
    expect(view.suggestion).toMatchObject({ confidence: 100, weight: 6.5 });
    expect(view.suggestion.reason).toBe(
      'Evidence weight 6.5 from 2 items in the last 180 days and 1 older item at half weight (3 sources): high confidence, 100 %.',
    );
  });

  it('unlink removes a visible link; removeHidden is the one way to remove the hidden one', async () => {
    let version = (await stored(seed.problem)).version;
    let view = expectOk(await save(seed.problem, version, { action: 'unlink', key: seed.linkedInterview }));
    expect(view.entries.map((e) => e.key)).not.toContain(seed.linkedInterview);
    expect(view.unrated.map((u) => u.key)).toContain(seed.linkedInterview); // still linked in Jira
    expect((await stored(seed.problem)).entries.map((e) => e.key)).toContain(seed.hiddenInterview);
    version = view.version;
    const removed = await save(seed.problem, version, { action: 'removeHidden' });
    expectNoHiddenKey(removed);
    view = expectOk(removed);
    expect(view.hiddenCount).toBe(0);
    const doc = await stored(seed.problem);
    expect(doc.entries.map((e) => e.key)).not.toContain(seed.hiddenInterview);
    expect(doc.entries.length).toBe(view.entries.length);
  });
});
