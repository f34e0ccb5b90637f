import { JiraRateLimitedError, JiraUnavailableError } from '../../ports/jira-errors';
import type { RoadmapItemRecord } from '../../ports/roadmap-items';
import type { AppDeps } from '../shared/app-deps';
import type { ReadOutcome } from '../shared/read-all-issues';

/** A roadmap shows at most this many items (five search pages); more and it says it shows the first ones. */
export const ROADMAP_MAX_ITEMS = 500;
const PAGE_SIZE = 100;

export interface RoadmapRead extends ReadOutcome {
  items: RoadmapItemRecord[];
}

/**
 * The roadmap items of a JQL as the caller (Jira leaves out what they cannot
 * browse), page by page up to ROADMAP_MAX_ITEMS. A rate limit or outage past
 * the retry budget, or the cap, ends the read as an honest partial one.
 * A JQL Jira refuses (JiraBadRequestError) goes up as it is.
 */
export async function readRoadmapItems(deps: AppDeps, jql: string): Promise<RoadmapRead> {
  const items: RoadmapItemRecord[] = [];
  let pageToken: string | undefined;
  try {
    do {
      const page = await deps.jira.searchRoadmapItems(jql, {
        as: 'user',
        pageSize: PAGE_SIZE,
        ...(pageToken ? { pageToken } : {}),
      });
      items.push(...page.items);
      pageToken = page.nextPageToken;
      if (pageToken && items.length >= ROADMAP_MAX_ITEMS) {
        return {
          items: items.slice(0, ROADMAP_MAX_ITEMS),
          complete: false,
          note: `Only the first ${ROADMAP_MAX_ITEMS} roadmap items are shown; narrow the roadmap to fewer projects or use Jira search for the rest.`,
        };
      }
    } while (pageToken);
    return { items, complete: true };
  } catch (error) {
    if (error instanceof JiraRateLimitedError) {
      return {
        items,
        complete: false,
        note: 'Jira is rate-limiting the app; some roadmap items could not be read. Try again in a minute.',
        ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
      };
    }
    if (error instanceof JiraUnavailableError)
      return {
        items,
        complete: false,
        note: 'Jira did not answer every request; some roadmap items could not be read. Try again shortly.',
      };
    throw error;
  }
}
