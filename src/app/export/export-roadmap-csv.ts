import type { RoadmapFilter, RoadmapItem } from '../../contract/roadmap';
import { filterRoadmapItems } from '../../contract/roadmap-filter';
import type { CsvExport } from '../../contract/views';
import type { AppDeps } from '../shared/app-deps';
import { completeOrIncomplete } from '../shared/read-all-issues';
import { buildRoadmap, type GetRoadmapInput } from '../roadmap/get-roadmap';
import { HORIZONS } from '../../domain/roadmap/horizon';
import { boardOrder } from '../../domain/roadmap/theme-groups';
import { toCsv } from './to-csv';

const HEADER = [
  'Project',
  'Key',
  'Summary',
  'Issue type',
  'Theme key',
  'Theme',
  'Status',
  'Horizon',
  'Why this horizon',
  'Overdue',
  'Start date',
  'Due date',
  'Due by release',
  'Children done',
  'Children',
  'Progress %',
  'Progress note',
  'KPI status',
];

const row = (i: RoadmapItem) => [
  i.projectKey,
  i.key,
  i.summary,
  i.issueType,
  i.theme?.key ?? '',
  i.theme?.summary ?? '',
  i.status,
  i.horizon,
  i.horizonReason,
  i.overdue,
  i.startDate ?? '',
  i.dueDate ?? '',
  i.dueByRelease ?? '',
  i.progress.state === 'available' ? i.progress.done : '',
  i.progress.state === 'available' ? i.progress.total : i.progress.state === 'no-children' ? 0 : '',
  i.progress.state === 'available' ? Math.round(i.progress.percent * 10) / 10 : '',
  i.progress.state === 'unavailable' ? i.progress.reason : i.progress.state === 'no-children' ? 'No children' : '',
  i.kpiStatus,
];

/**
 * The roadmap's items as CSV, filtered by the same rule as the page (what is on screen) and in the
 * board's order, as the caller sees them. A partial read still exports what was read, flagged by `coverage`, and answers
 * `incomplete` like the page.
 */
export async function exportRoadmapCsv(
  deps: AppDeps,
  input: GetRoadmapInput & { filter: RoadmapFilter },
): Promise<CsvExport> {
  const { view, outcome } = await buildRoadmap(deps, input);
  const shown = filterRoadmapItems(view.items, input.filter);
  // Epics in the board's order (column by column, theme group by theme group); initiatives are not grouped.
  const rows = (view.level === 'epic' ? boardOrder(shown, HORIZONS) : shown).map(row);
  const scope = view.scope.kind === 'project' ? view.scope.key : 'portfolio';
  return completeOrIncomplete(
    {
      filename: `roadmap-${scope}-${view.today}.csv`,
      csv: toCsv(HEADER, rows),
      rows: rows.length,
      coverage: view.coverage,
    },
    outcome,
  );
}
