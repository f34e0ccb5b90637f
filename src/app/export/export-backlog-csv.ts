import type { BacklogFilter, ScoreModel } from '../../contract/payloads';
import type { CsvExport, RequirementRow } from '../../contract/views';
import { getBacklogPage } from '../dashboard/get-backlog-page';
import { JiraRateLimitedError, JiraUnavailableError } from '../../ports/jira-errors';
import type { AppDeps } from '../shared/app-deps';
import { incomplete } from '../shared/app-error';
import { toCsv } from './to-csv';

const HEADER = [
  'Rank',
  'Key',
  'Summary',
  'Issue type',
  'Status',
  'Phase',
  'Model',
  'Score',
  'Not scored because',
  'Readiness',
  'Readiness %',
  'KPI status',
  'Stale',
  'Progress %',
  'Updated',
  'Blocks higher-ranked',
];

/** A backlog page's most rows: the page search and its context search stay one Jira page each. */
const EXPORT_PAGE_SIZE = 100;

/**
 * The project's ranked backlog as CSV, read as the caller: every page of getBacklogPage with the
 * filter shown on screen (the same JQL, the same rows and ranks), so the file holds exactly the
 * rows the filtered backlog lists. A page that cannot be read fails the export (never a short file).
 */
export async function exportBacklogCsv(
  deps: AppDeps,
  input: { projectKey: string; model?: ScoreModel; filter: BacklogFilter },
): Promise<CsvExport> {
  const rowsRead: RequirementRow[] = [];
  let model: ScoreModel | undefined = input.model;
  let pageToken: string | undefined;
  let stopped: { note: string; retryAfterSeconds?: number } | undefined;
  do {
    try {
      const page = await getBacklogPage(deps, {
        projectKey: input.projectKey,
        ...(model ? { model } : {}),
        pageSize: EXPORT_PAGE_SIZE,
        filter: input.filter,
        ...(pageToken ? { pageToken } : {}),
      });
      model = page.model;
      rowsRead.push(...page.rows);
      pageToken = page.nextPageToken;
    } catch (error) {
      stopped = cutShort(error);
      break;
    }
  } while (pageToken);
  const file = csvOf(input.projectKey, model, rowsRead, deps.clock.now(), stopped === undefined);
  if (stopped)
    throw incomplete(
      { ...file, coverage: { ...file.coverage, note: stopped.note } },
      stopped.note,
      stopped.retryAfterSeconds,
    );
  return file;
}

/** Jira refusing for a while (rate limit, outage) cuts the file short and says so; anything else is an error. */
function cutShort(error: unknown): { note: string; retryAfterSeconds?: number } {
  if (error instanceof JiraRateLimitedError) {
    const note =
      'Jira is rate-limiting the app; the file holds the rows read before it stopped. Try again in a minute.';
    return { note, ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}) };
  }
  if (error instanceof JiraUnavailableError)
    return {
      note: 'Jira did not answer every request; the file holds the rows read before it stopped. Try again shortly.',
    };
  throw error;
}

function csvOf(
  projectKey: string,
  model: ScoreModel | undefined,
  read: readonly RequirementRow[],
  now: Date,
  complete: boolean,
): CsvExport {
  const rows = read.map((r) => [
    r.rank ?? '',
    r.key,
    r.summary,
    r.issueType,
    r.status,
    r.phase?.name ?? '',
    r.mainScore.label,
    r.mainScore.scored ? (r.mainScore.value ?? r.mainScore.display ?? '') : '',
    r.mainScore.reasons.join('; '),
    r.readiness.level,
    r.readiness.percent,
    r.kpiStatus,
    r.stale ? 'yes' : 'no',
    r.progress.percentByCount,
    r.updated,
    // The priority inversion as the row's flag has it: what waits on it, best first.
    (r.inversion?.dependants ?? []).map((d) => d.key).join(' '),
  ]);
  return {
    filename: `${projectKey}-backlog-${model ?? 'score'}-${now.toISOString().slice(0, 10)}.csv`,
    csv: toCsv(HEADER, rows),
    rows: rows.length,
    coverage: { complete, issuesRead: rows.length },
  };
}
