import type { Coverage } from '../../contract/views';
import { JiraRateLimitedError, JiraUnavailableError } from '../../ports/jira-errors';
import type { Actor, IssuePage, JiraGateway, JiraIssue } from '../../ports/jira-gateway';
import { incomplete } from './app-error';
import { mapBounded } from './map-bounded';

/**
 * Every issue a JQL search returns, following `nextPageToken` to the end.
 * When Jira keeps rate-limiting or failing past the retry budget, the read
 * stops and says so (`complete: false`) with what it had: callers answer
 * `incomplete` rather than a silently partial number.
 */
export interface ReadOutcome {
  complete: boolean;
  /** Why the read stopped early, in words a person can act on. */
  note?: string;
  retryAfterSeconds?: number;
}

export interface IssueRead extends ReadOutcome {
  issues: JiraIssue[];
}

export async function readAllIssues(
  jira: JiraGateway,
  jql: string,
  as: Actor,
  reconcileIssues: string[] = [],
): Promise<IssueRead> {
  const issues: JiraIssue[] = [];
  const outcome = await outcomeOf(async () => {
    for await (const page of jira.searchIssues(jql, searchOptions(as, reconcileIssues))) issues.push(...page.issues);
  });
  return { ...outcome, issues };
}

/** Runs a read; Jira's rate limit or outage past the retry budget ends it as an honest partial read (what was read is the caller's). */
async function outcomeOf(read: () => Promise<void>): Promise<ReadOutcome> {
  try {
    await read();
    return { complete: true };
  } catch (error) {
    if (error instanceof JiraRateLimitedError) {
      return {
        complete: false,
        note: 'Jira is rate-limiting the app; some issues could not be read. Try again in a minute.',
        ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
      };
    }
    if (error instanceof JiraUnavailableError) {
      return {
        complete: false,
        note: 'Jira did not answer every request; some issues could not be read. Try again shortly.',
      };
    }
    throw error;
  }
}

const searchOptions = (as: Actor, reconcileIssues: string[]) => ({
  as,
  ...(reconcileIssues.length > 0 ? { reconcileIssues } : {}),
});

/**
 * At most this many searches of one project read in flight. Projects are read side by side (one
 * queued chunk each), so the largest one sets the wall time: 16 streams read 650 pages in ~41
 * rounds of calls, as long as the five projects of a 200,000-issue site take together.
 */
export const PROJECT_READ_STREAMS_MAX = 16;
/** A stream of its own is worth it for this many pages (each stream may end on a part page: 1 call in 40 spare). */
const PAGES_PER_STREAM = 40;
/**
 * Jira's rate limit as the emulator models it (dev/emulator/rate-limit.ts, after Jira Cloud's
 * points): 200,000 points a minute per account, a full page of 100 issues 101 points, so one
 * minute pays for about 1,980 pages. A read of fewer pages fits one minute's points however fast
 * it goes; a longer one keeps to SUSTAINED_STREAMS, at most ~10 pages a second each at 100 ms a
 * call (~1,800 pages a minute), so it never outruns the budget and waits on 429s.
 */
const PAGES_IN_A_MINUTES_POINTS = 1_900;
const SUSTAINED_STREAMS = 3;

/** Searches of one project read to keep in flight for `pages` pages still to read. */
export function projectReadStreams(pages: number): number {
  if (pages > PAGES_IN_A_MINUTES_POINTS) return SUSTAINED_STREAMS;
  return Math.max(1, Math.min(PROJECT_READ_STREAMS_MAX, Math.ceil(pages / PAGES_PER_STREAM)));
}

/**
 * Every issue of one project, in key order (the partition the dashboard, portfolio and roll-ups read).
 * `reconcileIssues`: ids just changed (an issue event's), so the eventually consistent search includes their change.
 * How the read goes: `streamProjectIssues`.
 */
export async function readProjectIssues(
  jira: JiraGateway,
  projectKey: string,
  as: Actor,
  reconcileIssues: string[] = [],
): Promise<IssueRead> {
  const byRange: JiraIssue[][] = [];
  const outcome = await streamProjectIssues(jira, projectKey, as, reconcileIssues, (records, range) =>
    (byRange[range] ??= []).push(...records),
  );
  return { ...outcome, issues: byRange.flat() };
}

/** Part of a project's key numbers: `from` (inclusive) up to `to` (exclusive; null: no upper end). */
export interface KeyRange {
  from: number;
  to: number | null;
}

/** A read that handed its issues on as they arrived: how it ended and how many issues it handed on. */
export interface StreamedRead extends ReadOutcome {
  issues: number;
  /** Set when `shouldStop` ended the read: the key ranges still to read (`complete` is then false). */
  left?: KeyRange[];
}

export interface StreamControl {
  /** Asked before each page: true ends every range at its next page (the invocation's time is nearly up). */
  shouldStop?: () => boolean;
  /** Read only these ranges (what an earlier read left), not the whole project. */
  ranges?: readonly KeyRange[];
}

/** One key-ordered walk of a range, with the highest key number it has handed on. */
interface RangeWalk {
  walk: AsyncIterator<IssuePage>;
  bounds: KeyRange;
  lastRead?: number;
}

/**
 * Every issue of one project, handed to `take` page by page as it arrives, each issue once (the
 * first copy by id), so a caller can keep what it needs of each and let the rest go. Pages of one
 * key range arrive in key order; `range` says which (0 is the first walk, then by key).
 *
 * A large project is read in key ranges at once: after the first page (key order, as one walk
 * would start), Jira's approximate count says how many pages are left; when that is worth more
 * than one stream (projectReadStreams), one more search (key descending, one issue) finds the
 * highest key number, and the numbers above the first page are cut into equal ranges: the first
 * walk goes on up to the first cut (dropping what it reads past it), each other range is its own
 * walk (`key >= "X-a" AND key < "X-b"`, the last one open-ended, so issues created meanwhile are
 * read too), all with the same `reconcileIssues`. Key numbers of a project are nearly dense, so
 * the ranges hold about as many issues each; the count only sizes the split and never decides
 * what is complete. A range that fails (rate limit or outage past the invocation's shared retry
 * budget) stops the others at their next page, and the read is incomplete with what was read,
 * exactly as a single walk would be.
 *
 * `control.shouldStop` ends the read early the same way, page-aligned, and says which key ranges
 * are left (`left`), so a later invocation reads just those (`control.ranges`): a project larger
 * than one invocation can read is read in several.
 */
export async function streamProjectIssues(
  jira: JiraGateway,
  projectKey: string,
  as: Actor,
  reconcileIssues: string[],
  take: (records: JiraIssue[], range: number) => void,
  control: StreamControl = {},
): Promise<StreamedRead> {
  const project = `project = ${jqlString(projectKey)}`;
  const options = searchOptions(as, reconcileIssues);
  const seen = new Set<string>();
  const shouldStop = control.shouldStop ?? (() => false);
  let stopped = false;
  // A read stops only after it has read something, so a read in parts always moves on.
  let pagesRead = 0;
  const hand = (records: readonly JiraIssue[], range: number, at: RangeWalk) => {
    pagesRead += 1;
    const last = keyNumber(records[records.length - 1]?.issue.key, projectKey);
    if (last !== undefined) at.lastRead = last;
    const fresh = records.filter((r) => !seen.has(r.issue.id) && seen.add(r.issue.id));
    if (fresh.length > 0) take(fresh, range);
  };
  const rangeWalk = (bounds: KeyRange): RangeWalk => {
    const upper = bounds.to !== null ? ` AND key < ${jqlString(`${projectKey}-${bounds.to}`)}` : '';
    const jql = `${project} AND key >= ${jqlString(`${projectKey}-${bounds.from}`)}${upper} ORDER BY key ASC`;
    return { walk: jira.searchIssues(jql, options)[Symbol.asyncIterator](), bounds };
  };
  const walks: RangeWalk[] = [];
  const outcome = await outcomeOf(async () => {
    if (control.ranges) walks.push(...control.ranges.map(rangeWalk));
    else {
      const whole: RangeWalk = {
        walk: jira.searchIssues(`${project} ORDER BY key ASC`, options)[Symbol.asyncIterator](),
        bounds: { from: 0, to: null },
      };
      walks.push(whole);
      const first = await whole.walk.next();
      if (first.done) return void walks.pop();
      hand(first.value.issues, 0, whole);
      if (first.value.isLast || first.value.issues.length === 0) return void walks.pop();
      const pageSize = first.value.issues.length;
      const lastRead = whole.lastRead;
      const count = await jira.countIssues(project, { as });
      const streams = projectReadStreams(Math.ceil(Math.max(0, count - pageSize) / pageSize));
      const highest =
        streams > 1 && lastRead !== undefined ? await highestKeyNumber(jira, project, projectKey, as) : undefined;
      if (highest !== undefined && lastRead !== undefined && highest - lastRead >= streams * pageSize) {
        const cuts = Array.from(
          { length: streams - 1 },
          (_, i) => lastRead + 1 + Math.round(((i + 1) * (highest - lastRead)) / streams),
        );
        whole.walk = walkUpTo(whole.walk, projectKey, cuts[0] as number);
        whole.bounds = { from: 0, to: cuts[0] as number };
        cuts.forEach((from, i) => walks.push(rangeWalk({ from, to: cuts[i + 1] ?? null })));
      }
    }
    let failure: { error: unknown } | undefined;
    const finished = new Set<RangeWalk>();
    await mapBounded(walks, Math.min(PROJECT_READ_STREAMS_MAX, walks.length), async (at, i) => {
      const { walk } = at;
      try {
        for (;;) {
          if (!failure && !stopped && pagesRead > 0 && shouldStop()) stopped = true;
          const page = failure || stopped ? await stop(walk) : await walk.next();
          if (page.done) break;
          hand(page.value.issues, i, at);
        }
        if (!failure && !stopped) finished.add(at);
      } catch (error) {
        failure ??= { error };
      }
    });
    if (failure) throw failure.error;
    // What a stopped read leaves: each unfinished range from just past the last key it read.
    walks.splice(0, walks.length, ...walks.filter((w) => !finished.has(w)));
  });
  if (!stopped || !outcome.complete) return { ...outcome, issues: seen.size };
  const left = walks.map(({ bounds, lastRead }) => ({
    from: lastRead !== undefined && lastRead >= bounds.from ? lastRead + 1 : bounds.from,
    to: bounds.to,
  }));
  return left.length === 0
    ? { complete: true, issues: seen.size }
    : {
        complete: false,
        note: 'The read stopped before the invocation’s time limit; the rest is read in the background.',
        issues: seen.size,
        left,
      };
}

/** Ends a walk early (no more Jira calls). */
async function stop(walk: AsyncIterator<IssuePage>): Promise<IteratorResult<IssuePage>> {
  await walk.return?.();
  return { done: true, value: undefined };
}

/** The rest of a key-ordered walk of the project below key number `to`: a page reaching past it ends the walk. */
function walkUpTo(walk: AsyncIterator<IssuePage>, projectKey: string, to: number): AsyncIterator<IssuePage> {
  let ended = false;
  return {
    async next(): Promise<IteratorResult<IssuePage>> {
      if (ended) return { done: true, value: undefined };
      const page = await walk.next();
      if (page.done) return page;
      const below = page.value.issues.filter((r) => (keyNumber(r.issue.key, projectKey) ?? 0) < to);
      if (below.length < page.value.issues.length) {
        ended = true;
        if (!page.value.isLast) await walk.return?.();
      }
      return { done: false, value: { issues: below, isLast: ended || page.value.isLast } };
    },
    async return(): Promise<IteratorResult<IssuePage>> {
      ended = true;
      await walk.return?.();
      return { done: true, value: undefined };
    },
  };
}

async function highestKeyNumber(
  jira: JiraGateway,
  project: string,
  projectKey: string,
  as: Actor,
): Promise<number | undefined> {
  const page = await jira.searchPage(`${project} ORDER BY key DESC`, { as, pageSize: 1 });
  return keyNumber(page.issues[0]?.issue.key, projectKey);
}

/** The number of a key of this project (`CHK-42` -> 42); undefined for another project's key. */
function keyNumber(key: string | undefined, projectKey: string): number | undefined {
  if (key === undefined || !key.startsWith(`${projectKey}-`)) return undefined;
  const n = Number(key.slice(projectKey.length + 1));
  return Number.isInteger(n) ? n : undefined;
}

export function coverageOf(outcome: ReadOutcome, issuesRead: number): Coverage {
  return { complete: outcome.complete, issuesRead, ...(outcome.note ? { note: outcome.note } : {}) };
}

/** The view when everything was read; otherwise `incomplete` carrying the view as `details.partial`. */
export function completeOrIncomplete<T>(view: T, outcome: ReadOutcome): T {
  if (!outcome.complete) throw incomplete(view, outcome.note, outcome.retryAfterSeconds);
  return view;
}

/** JQL string literal with Jira's escaping. */
export function jqlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
