import { readBacklogContext } from '../../../../src/app/dashboard/backlog-context';
import type { PmIssue } from '../../../../src/domain/issue/pm-issue';
import { JiraBadRequestError } from '../../../../src/ports/jira-errors';
import type { IssuePage, JiraGateway, JiraIssue, SearchOptions } from '../../../../src/ports/jira-gateway';

/**
 * The context read of a backlog page (rows' children, their sub-tasks, linked items) split over
 * searches side by side by the stored child counts reads the same issues as one search paging
 * them: counts only change how the read is split, also when they are wrong.
 */

const PAGE = 100;

function record(n: number, parent?: JiraIssue, extra: Partial<PmIssue> = {}): JiraIssue {
  const key = `CHK-${n}`;
  return {
    issue: {
      id: String(10_000 + n),
      key,
      projectKey: 'CHK',
      issueType: parent ? 'Story' : 'Epic',
      summary: `issue ${n}`,
      status: n % 3 === 0 ? 'Done' : 'To Do',
      statusCategory: n % 3 === 0 ? 'done' : 'new',
      ...(parent ? { parentId: parent.issue.id } : {}),
      links: [],
      labels: [],
      components: [],
      updated: '2026-01-01T00:00:00.000Z',
      effort: n % 4,
      ...extra,
    },
    ...(parent ? { parentKey: parent.issue.key } : {}),
    projectId: '1',
    invalidProperties: [],
    linkedIssues: [],
  };
}

/** Twenty epic rows of 0-14 stories, each story with 0-5 sub-tasks; a problem each row links. */
function site(): { rows: JiraIssue[]; all: JiraIssue[] } {
  let n = 1;
  const all: JiraIssue[] = [];
  const rows: JiraIssue[] = [];
  for (let r = 0; r < 20; r++) {
    const problem = record(n++);
    const row = record(n++, undefined, { pm: { kpiKeys: [], scores: {}, problemKey: problem.issue.key } });
    rows.push(row);
    all.push(problem, row);
    for (let s = 0; s < (r * 7) % 15; s++) {
      const story = record(n++, row);
      all.push(story);
      for (let t = 0; t < (s * 3 + r) % 6; t++) all.push(record(n++, story, { issueType: 'Sub-task' }));
    }
  }
  // Jira embeds each issue's sub-tasks (status only).
  for (const parent of all) {
    const subs = all.filter((r) => r.issue.parentId === parent.issue.id && r.issue.issueType === 'Sub-task');
    if (parent.issue.issueType === 'Story')
      parent.subtasks = subs.map(({ issue }) => ({
        id: issue.id,
        key: issue.key,
        summary: issue.summary,
        issueType: issue.issueType,
        status: issue.status,
        statusCategory: issue.statusCategory,
      }));
  }
  return { rows, all };
}

/** `parent in (…) OR key in (…)` over the site, paged at Jira's 100; a hidden key refuses the JQL. */
function gateway(all: readonly JiraIssue[], hidden: ReadonlySet<string> = new Set()) {
  const searches: string[] = [];
  const byKey = new Map(all.map((r) => [r.issue.key, r]));
  const keysIn = (jql: string, clause: string) =>
    [...(new RegExp(`${clause} in \\(([^)]*)\\)`).exec(jql)?.[1] ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  const jira = {
    async *searchIssues(jql: string, _options: SearchOptions): AsyncIterable<IssuePage> {
      const parents = new Set(keysIn(jql, 'parent').map((k) => byKey.get(k ?? '')?.issue.id));
      const keys = new Set(keysIn(jql, 'key'));
      if ([...keys].some((k) => k !== undefined && hidden.has(k)))
        throw new JiraBadRequestError('no such issue', ['no such issue']);
      const hits = all.filter(
        (r) => !hidden.has(r.issue.key) && (parents.has(r.issue.parentId) || keys.has(r.issue.key)),
      );
      for (let i = 0; i === 0 || i < hits.length; i += PAGE) {
        searches.push(jql);
        yield { issues: hits.slice(i, i + PAGE), isLast: i + PAGE >= hits.length };
      }
    },
    async bulkFetch(keys: string[]): Promise<JiraIssue[]> {
      searches.push('bulkfetch');
      return all.filter((r) => keys.includes(r.issue.key) && !hidden.has(r.issue.key));
    },
  };
  return { jira: jira as unknown as JiraGateway, searches };
}

const keysOf = (context: Awaited<ReturnType<typeof readBacklogContext>>) => ({
  byKey: [...context.byKey.keys()].sort(),
  subtree: context.subtree.map((i) => `${i.key}:${i.effort ?? '-'}:${i.statusCategory}`).sort(),
});

describe('readBacklogContext split by stored child counts', () => {
  const { rows, all } = site();
  const childCount = (row: JiraIssue) => all.filter((r) => r.issue.parentId === row.issue.id).length;

  it('reads the same issues as one search paging them, in about as many searches', async () => {
    const one = gateway(all);
    const unsplit = await readBacklogContext(one.jira, rows);
    const split = gateway(all);
    const counts = new Map(rows.map((r) => [r.issue.id, childCount(r)]));
    const parted = await readBacklogContext(split.jira, rows, [], counts);
    expect(keysOf(parted)).toEqual(keysOf(unsplit));
    // The sub-tasks were read in full (their effort), not as Jira embeds them.
    expect(unsplit.subtree.some((i) => i.issueType === 'Sub-task' && i.effort !== undefined)).toBe(true);
    expect(one.searches.length).toBeGreaterThan(2);
    expect(split.searches.length).toBeLessThanOrEqual(one.searches.length + 1);
    // More than one search, none answering more than one page (no search names the same JQL twice).
    expect(new Set(split.searches).size).toBe(split.searches.length);
  });

  it('counts that are wrong (stale, or counting issues the caller cannot see) change only the split', async () => {
    const unsplit = await readBacklogContext(gateway(all).jira, rows);
    for (const wrong of [() => 0, () => 60, (i: number) => (i % 2 === 0 ? 150 : 1)]) {
      const counts = new Map(rows.map((r, i) => [r.issue.id, wrong(i)]));
      expect(keysOf(await readBacklogContext(gateway(all).jira, rows, [], counts))).toEqual(keysOf(unsplit));
    }
  });

  it('a linked item the caller cannot see: its search reads children and items apart, like one search would', async () => {
    const hidden = new Set([rows[3]?.issue.pm?.problemKey ?? '']);
    const unsplit = await readBacklogContext(gateway(all, hidden).jira, rows);
    const split = gateway(all, hidden);
    const counts = new Map(rows.map((r) => [r.issue.id, childCount(r)]));
    const parted = await readBacklogContext(split.jira, rows, [], counts);
    expect(keysOf(parted)).toEqual(keysOf(unsplit));
    expect(parted.byKey.has([...hidden][0] ?? '')).toBe(false);
    expect(split.searches).toContain('bulkfetch');
  });
});
