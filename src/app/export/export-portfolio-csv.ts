import type { ScoreModel } from '../../contract/payloads';
import type { CsvExport } from '../../contract/views';
import { portfolioScope, readPortfolioRows } from '../portfolio/read-portfolio';
import { withTopSummaries } from '../portfolio/with-top-summaries';
import type { AppDeps } from '../shared/app-deps';
import { completeOrIncomplete } from '../shared/read-all-issues';
import { toCsv } from './to-csv';

const HEADER = [
  'Project key',
  'Project',
  'Issues',
  'Requirements',
  'Done',
  'Progress %',
  'Progress by effort %',
  'Score sum',
  'Top requirement',
  'Top score',
  'KPI status',
  'Ready',
  'Partly ready',
  'Not ready',
  'Stale',
];

/** Every product the caller can browse now, one row each (projects they cannot browse never appear). */
export async function exportPortfolioCsv(deps: AppDeps, input: { model?: ScoreModel }): Promise<CsvExport> {
  const scope = await portfolioScope(deps, input.model);
  const { rows: read, coverage, outcome } = await readPortfolioRows(deps, scope.projects, scope);
  // The top item only when the caller can see it now (as on the page).
  const products = await withTopSummaries(
    deps.jira,
    read.map((r) => r.view),
  );
  const rows = products.map((p) => [
    p.projectKey,
    p.projectName,
    p.issues,
    p.requirements,
    p.progress.done,
    p.progress.percentByCount,
    p.progress.percentByEffort ?? '',
    p.scoreSum,
    p.topScore?.key ?? '',
    p.topScore?.value ?? '',
    p.kpiStatus,
    p.readiness.ready,
    p.readiness.partial,
    p.readiness.notReady,
    p.stale,
  ]);
  const result: CsvExport = {
    filename: `portfolio-${scope.model}-${scope.now.toISOString().slice(0, 10)}.csv`,
    csv: toCsv(HEADER, rows),
    rows: rows.length,
    coverage,
  };
  return completeOrIncomplete(result, outcome);
}
