import type { ScoreModel } from '../../contract/payloads';
import type { CsvExport } from '../../contract/views';
import { readProject } from '../dashboard/read-project';
import type { AppDeps } from '../shared/app-deps';
import { completeOrIncomplete, coverageOf } from '../shared/read-all-issues';
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
  const { project, model, now, read, analysis } = await readProject(deps, input);
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
    coverage: coverageOf(read, read.issues.length),
  };
  return completeOrIncomplete(result, read);
}
