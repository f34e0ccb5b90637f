import type { RequirementContextView, RequirementRow } from '../../../src/contract/views';
import type { BacklogPage } from '../../../src/contract/views-backlog';
import type { BacklogScoringView, ScoreRanks } from '../../../src/contract/views-scoring';
import {
  ADMIN_ID,
  VIEWER_ID,
  expectOk,
  invoke,
  issuePanel,
  openHarness,
  projectPage,
  type Harness,
} from './resolver-harness';

/**
 * The product owner's scoring aids through src/index.ts against the emulator: where a score
 * ranks in its project (getScoreRanks: Jira counts, as the caller, no issue is read), and
 * inline backlog scoring (getBacklogScoring / saveBacklogScoring: the panel's save, held to
 * the page's project).
 */
describe('score ranks and inline backlog scoring', () => {
  let h: Harness;
  let rows: RequirementRow[];
  beforeAll(async () => {
    h = await openHarness();
    rows = expectOk(
      await invoke<BacklogPage>(
        h,
        'pm-dashboard',
        'getBacklogPage',
        { model: 'rice', pageSize: 50 },
        ADMIN_ID,
        projectPage('CHK'),
      ),
    ).rows;
    expect(rows.length).toBeGreaterThanOrEqual(10);
  });
  afterAll(async () => {
    await h.close();
  });
  afterEach(() => {
    h.onJiraRequest = undefined;
  });

  const ranks = (issueKey: string, scores: { model: string; value: number }[], as = ADMIN_ID) =>
    invoke<ScoreRanks>(h, 'pm-requirement-panel', 'getScoreRanks', { scores }, as, issuePanel(issueKey, 'CHK'));

  it("a saved score's rank is its place in the backlog's open work (1 + the others scored higher), counted by Jira", async () => {
    const row = rows[6]!;
    const value = row.mainScore.value!;
    const higher = rows.filter((r) => r.key !== row.key && (r.mainScore.value ?? -Infinity) > value).length;
    const calls: string[] = [];
    h.onJiraRequest = (path) => void calls.push(path.replace(/\?.*$/, ''));
    const answer = expectOk(
      await ranks(row.key, [
        { model: 'rice', value },
        { model: 'rice', value: 1e9 },
      ]),
    );
    expect(answer.projectKey).toBe('CHK');
    expect(answer.ranks).toEqual([
      { model: 'rice', value, rank: higher + 1 },
      { model: 'rice', value: 1e9, rank: 1 },
    ]);
    // Counts only: no search page of issues is read for a rank.
    expect(calls.filter((p) => p.endsWith('/search/approximate-count'))).toHaveLength(2);
    expect(calls.filter((p) => p.endsWith('/search/jql'))).toEqual([]);
  });

  it('says the rank is unavailable when Jira cannot count (never a guess), in an answer that is still ok', async () => {
    const row = rows[0]!;
    h.onJiraRequest = (path) => {
      if (path.includes('/search/approximate-count')) throw new Error('connection reset');
    };
    const answer = expectOk(
      await ranks(row.key, [
        { model: 'rice', value: 5 },
        { model: 'wsjf', value: 5 },
      ]),
    );
    expect(answer.ranks).toEqual([
      { model: 'rice', value: 5, unavailable: expect.stringMatching(/could not count/) },
      { model: 'wsjf', value: 5, unavailable: expect.stringMatching(/could not count/) },
    ]);
    expect(h.logs.some((l) => /could not count the issues ranked above a score/.test(l))).toBe(true);
  });

  it('an inline save is the panel save: new version, the score, and the change in the history', async () => {
    const key = rows[3]!.key;
    const page = projectPage('CHK');
    const before = expectOk(
      await invoke<BacklogScoringView>(h, 'pm-dashboard', 'getBacklogScoring', { issueKey: key }, ADMIN_ID, page),
    );
    expect(before.canEdit).toBe(true);
    const scores = { ...before.scores, rice: { reach: 500, impact: 2, confidence: 80, effort: 2 } };
    const saved = expectOk(
      await invoke<BacklogScoringView>(
        h,
        'pm-dashboard',
        'saveBacklogScoring',
        { issueKey: key, version: before.version, scores },
        ADMIN_ID,
        page,
      ),
    );
    expect(saved.version).toBe(before.version + 1);
    expect(saved.scoreViews.find((s) => s.model === 'rice')?.value).toBe(400);
    const panel = expectOk(
      await invoke<RequirementContextView>(
        h,
        'pm-requirement-panel',
        'getRequirementContext',
        {},
        ADMIN_ID,
        issuePanel(key, 'CHK'),
      ),
    );
    expect(panel.history.find((e) => e.field === 'scores.rice')?.to).toEqual({
      reach: 500,
      impact: 2,
      confidence: 80,
      effort: 2,
    });

    // A save on the version read before answers conflict with the current value; nothing is written.
    const stale = await invoke(
      h,
      'pm-dashboard',
      'saveBacklogScoring',
      {
        issueKey: key,
        version: before.version,
        scores: { ...scores, rice: { reach: 1, impact: 1, confidence: 50, effort: 1 } },
      },
      ADMIN_ID,
      page,
    );
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.error.code).toBe('conflict');
    expect(stale.error.details).toMatchObject({
      currentVersion: saved.version,
      current: { scores: { rice: { reach: 500 } } },
    });
    // The conflict carries no name: reading the row again says who saved, by display name, as the panel's history does.
    const reread = expectOk(
      await invoke<BacklogScoringView>(h, 'pm-dashboard', 'getBacklogScoring', { issueKey: key }, ADMIN_ID, page),
    );
    const saverName = panel.history[0]?.displayName;
    expect(saverName).toBeTruthy();
    expect(reread.pm.updatedBy).toBe(ADMIN_ID);
    expect(reread.history[0]).toEqual({ accountId: ADMIN_ID, displayName: saverName });
    expect(saved.pm.updatedBy).toBe(ADMIN_ID);
  });

  it("edits only the page's own project, and only with Edit issues", async () => {
    const other = await invoke(
      h,
      'pm-dashboard',
      'getBacklogScoring',
      { issueKey: rows[0]!.key },
      ADMIN_ID,
      projectPage('PLAT'),
    );
    expect(other.ok ? 'ok' : other.error.code).toBe('not-found');
    const viewerRead = expectOk(
      await invoke<BacklogScoringView>(
        h,
        'pm-dashboard',
        'getBacklogScoring',
        { issueKey: rows[1]!.key },
        VIEWER_ID,
        projectPage('CHK'),
      ),
    );
    expect(viewerRead.canEdit).toBe(false);
    const viewerSave = await invoke(
      h,
      'pm-dashboard',
      'saveBacklogScoring',
      { issueKey: rows[1]!.key, version: viewerRead.version, scores: viewerRead.scores },
      VIEWER_ID,
      projectPage('CHK'),
    );
    expect(viewerSave.ok ? 'ok' : viewerSave.error.code).toBe('forbidden');
  });
});
