import type { ScoreModel } from '../../contract/payloads';
import type { CsvExport } from '../../contract/views';
import { loadConfig } from '../config/config-repository';
import { PARTITION_CONCURRENCY } from '../portfolio/get-portfolio';
import { portfolioRow } from '../portfolio/portfolio-row';
import { incomplete } from '../shared/app-error';
import type { AppDeps } from '../shared/app-deps';
import { mapBounded } from '../shared/map-bounded';
import { resolveModel } from '../shared/resolve-model';
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
  const { config } = await loadConfig(deps.store, deps.logger);
  const model = resolveModel(input.model, config);
  const now = deps.clock.now();
  const projects = (await deps.jira.listProjects({ as: 'user' })).sort((a, b) => a.key.localeCompare(b.key));
  const products = await mapBounded(projects, PARTITION_CONCURRENCY, (project) => portfolioRow(deps, project, { config, model }));
  const rows = products.map(({ view: p }) => [
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
  const unread = products.filter((p) => !p.complete);
  const note = unread.length > 0 ? `${unread.length} of ${products.length} products could not be read completely. ${unread[0]?.note ?? ''}`.trim() : undefined;
  const result: CsvExport = {
    filename: `portfolio-${model}-${now.toISOString().slice(0, 10)}.csv`,
    csv: toCsv(HEADER, rows),
    rows: rows.length,
    coverage: { complete: unread.length === 0, issuesRead: products.reduce((s, p) => s + p.issuesRead, 0), ...(note ? { note } : {}) },
  };
  if (unread.length > 0) throw incomplete(result, note, unread.map((p) => p.retryAfterSeconds).find((s) => s !== undefined));
  return result;
}
