import type { ScoreModel } from '../../contract/payloads';
import type { CsvExport } from '../../contract/views';
import { loadConfig } from '../config/config-repository';
import { readProduct } from '../portfolio/read-product';
import { incomplete, notFound } from '../shared/app-error';
import type { AppDeps } from '../shared/app-deps';
import { resolveModel } from '../shared/resolve-model';
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
];

/** The project's ranked backlog as CSV, read as the caller (same rows as the dashboard). */
export async function exportBacklogCsv(deps: AppDeps, input: { projectKey: string; model?: ScoreModel }): Promise<CsvExport> {
  const project = await deps.jira.getProject(input.projectKey, { as: 'user' });
  if (!project) throw notFound('This project does not exist or you cannot browse it.');
  const { config } = await loadConfig(deps.store, deps.logger);
  const model = resolveModel(input.model, config);
  const now = deps.clock.now();
  const { read, analysis } = await readProduct(deps, project, { config, model, now });
  const rows = analysis.rows.map((r) => [
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
  ]);
  const result: CsvExport = {
    filename: `${project.key}-backlog-${model}-${now.toISOString().slice(0, 10)}.csv`,
    csv: toCsv(HEADER, rows),
    rows: rows.length,
    coverage: { complete: read.complete, issuesRead: read.issues.length, ...(read.note ? { note: read.note } : {}) },
  };
  if (!read.complete) throw incomplete(result, read.note, read.retryAfterSeconds);
  return result;
}
