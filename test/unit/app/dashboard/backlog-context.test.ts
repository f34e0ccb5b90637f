import { readBacklogContext } from '../../../../src/app/dashboard/backlog-context';
import type { PmIssue } from '../../../../src/domain/issue/pm-issue';
import { JiraBadRequestError } from '../../../../src/ports/jira-errors';
import type { IssuePage, JiraGateway, JiraIssue, SearchOptions } from '../../../../src/ports/jira-gateway';
import type { StoredChildren } from '../../../../src/app/dashboard/stored-children';

/**
 * The context read of a backlog page (rows' children, their sub-tasks, linked items) planned with
 * the stored state (split over searches side by side, sub-tasks asked for with the children)
 * reads the same issues as the searches without it: the stored state only changes how the issues
 * are read, also when it is stale or wrong.
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

/** Twenty epic rows of 0-14 stories, each story with 0-5 sub-tasks; a problem each row links; an epic of another page. */
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
  // An epic of another page, with stories and their sub-tasks.
  const other = record(n++);
  all.push(other);
  for (let s = 0; s < 4; s++) {
    const story = record(n++, other);
    all.push(story, record(n++, story, { issueType: 'Sub-task' }), record(n++, story, { issueType: 'Sub-task' }));
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

/**
 * `parent in (keys or ids) OR key in (…)` over the site, paged at Jira's 100; like Jira, a key the
 * caller cannot see or an id that does not exist refuses the JQL.
 */
function gateway(all: readonly JiraIssue[], hidden: ReadonlySet<string> = new Set()) {
  const searches: string[] = [];
  const byKey = new Map(all.map((r) => [r.issue.key, r]));
  const ids = new Set(all.map((r) => r.issue.id));
  const listed = (jql: string, clause: string) =>
    [...jql.matchAll(new RegExp(`${clause} in \\(([^)]*)\\)`, 'g'))].flatMap((m) =>
      (m[1] ?? '').split(', ').map((t) => t.replace(/"/g, '')),
    );
  const jira = {
    async *searchIssues(jql: string, _options: SearchOptions): AsyncIterable<IssuePage> {
      const named = [...listed(jql, 'parent'), ...listed(jql, 'key')];
      if (named.some((k) => hidden.has(k) || (/^\d+$/.test(k) ? !ids.has(k) : !byKey.has(k))))
        throw new JiraBadRequestError('no such issue', ['no such issue']);
      const parents = new Set(listed(jql, 'parent').map((k) => byKey.get(k)?.issue.id ?? k));
      const keys = new Set(listed(jql, 'key'));
      const hits = all.filter(
        (r) => !hidden.has(r.issue.key) && (parents.has(r.issue.parentId ?? '') || keys.has(r.issue.key)),
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

describe('readBacklogContext planned with the stored state', () => {
  const { rows, all } = site();
  const kidsOf = (id: string) => all.filter((r) => r.issue.parentId === id).map((r) => r.issue.id);
  const exact = (): StoredChildren => {
    const kids = new Map(rows.map((r) => [r.issue.id, kidsOf(r.issue.id)]));
    return { kids, below: new Map([...kids.values()].flat().map((k) => [k, kidsOf(k).length])) };
  };
  const rowKeys = new Set(rows.map((r) => r.issue.key));
  const otherEpic = all.at(-13)?.issue.id ?? '';

  it('reads the same issues as the searches without it, the sub-tasks in the same searches, in no more calls', async () => {
    const one = gateway(all);
    const unsplit = await readBacklogContext(one.jira, rows);
    const planned = gateway(all);
    const parted = await readBacklogContext(planned.jira, rows, [], exact());
    expect(keysOf(parted)).toEqual(keysOf(unsplit));
    // The sub-tasks were read in full (their effort), not as Jira embeds them.
    expect(unsplit.subtree.some((i) => i.issueType === 'Sub-task' && i.effort !== undefined)).toBe(true);
    expect(one.searches.length).toBeGreaterThan(3);
    expect(planned.searches.length).toBeLessThanOrEqual(one.searches.length);
    // Split over several searches, none paging (no JQL twice), none waiting for another's answer:
    // each names rows (the children's sub-tasks come with them by the children's stored ids).
    expect(planned.searches.length).toBeGreaterThan(1);
    expect(new Set(planned.searches).size).toBe(planned.searches.length);
    for (const jql of planned.searches)
      expect(
        [...jql.matchAll(/"([A-Z]+-\d+)"/g)].some((m) => rowKeys.has(m[1] ?? '') || !/parent in \("/.test(jql)),
      ).toBe(true);
  });

  it('a stored state that is stale, wrong or names issues gone changes only how the issues are read', async () => {
    const unsplit = await readBacklogContext(gateway(all).jira, rows);
    const base = exact();
    const variants: StoredChildren[] = [
      { kids: new Map(rows.map((r) => [r.issue.id, []])), below: new Map() },
      { kids: base.kids, below: new Map() },
      { kids: base.kids, below: new Map([...base.below].map(([k, n]) => [k, n === 0 ? 3 : 0])) },
      {
        kids: new Map([...base.kids].map(([id, kids], i) => [id, i % 3 === 0 ? [...kids, '99999'] : kids.slice(1)])),
        below: base.below,
      },
      {
        kids: new Map(rows.map((r, i) => [r.issue.id, kidsOf(rows[(i + 5) % rows.length]?.issue.id ?? '')])),
        below: base.below,
      },
      // Children now under an epic of another page: their sub-tasks are read but not kept.
      {
        kids: new Map(rows.map((r) => [r.issue.id, [...kidsOf(r.issue.id), ...kidsOf(otherEpic)]])),
        below: base.below,
      },
    ];
    for (const stored of variants)
      expect(keysOf(await readBacklogContext(gateway(all).jira, rows, [], stored))).toEqual(keysOf(unsplit));
  });

  it('a linked item the caller cannot see: its search reads children and items apart, like one search would', async () => {
    const hidden = new Set([rows[3]?.issue.pm?.problemKey ?? '']);
    const unsplit = await readBacklogContext(gateway(all, hidden).jira, rows);
    const planned = gateway(all, hidden);
    const parted = await readBacklogContext(planned.jira, rows, [], exact());
    expect(keysOf(parted)).toEqual(keysOf(unsplit));
    expect(parted.byKey.has([...hidden][0] ?? '')).toBe(false);
    expect(planned.searches).toContain('bulkfetch');
  });
});
