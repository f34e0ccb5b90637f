import { toStoredHistory, deliveryHistoryKey } from '../../src/app/delivery/delivery-history-store';
import { withDeliveryPoint, type DeliveryPoint } from '../../src/domain/delivery/delivery-history';
import { markEffortBelow } from '../../src/domain/project-state/effort-below';
import { countsOwnEffort } from '../../src/domain/rollup/counted-effort';
import type { Dataset } from '../dataset/dataset-schema';
import { storyPointsFieldOf } from './projects';

const DAY_MS = 86_400_000;

/**
 * The delivery history the daily snapshots would have stored for the dataset's projects over the
 * `days` days before `now` (yesterday last: tonight's snapshot adds today), so the local project
 * page's burn-up has something to show. Derived from the issues themselves, deterministically: a
 * unit of work (an issue no other issue names as parent) counts from the day it was created and
 * as done from its resolution date (a done issue without one from its last update); effort is the
 * project's story-point field, as the app reads it, counted once (a story's own points only when
 * none of the issues below it that exist that day carry points). KVS keys and values as the app writes them.
 */
export function demoDeliveryHistories(dataset: Dataset, now: Date, days = 60): Record<string, unknown> {
  const doneStatus = new Set(dataset.statuses.filter((s) => s.statusCategory === 'done').map((s) => s.id));
  const parents = new Set(dataset.issues.flatMap((i) => (i.fields.parent ? [i.fields.parent.id] : [])));
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const out: Record<string, unknown> = {};
  for (const project of dataset.projects) {
    const field = storyPointsFieldOf(project.key);
    const issues = dataset.issues
      .filter((i) => i.fields.project.id === project.id)
      .map((i) => {
        const points = field ? i.fields[field] : undefined;
        const doneAt = i.fields.resolutiondate ?? (doneStatus.has(i.fields.status.id) ? i.fields.updated : null);
        return {
          id: i.id,
          parentId: i.fields.parent?.id ?? null,
          unit: !parents.has(i.id),
          created: Date.parse(i.fields.created),
          doneAt: doneAt === null ? Infinity : Date.parse(doneAt),
          effort: typeof points === 'number' && Number.isFinite(points) && points >= 0 ? points : null,
          effortBelow: false,
        };
      });
    if (!issues.length) continue;
    let history: DeliveryPoint[] = [];
    for (let d = days; d >= 1; d--) {
      const end = today - (d - 1) * DAY_MS; // the end of that day (UTC)
      const point: DeliveryPoint = {
        date: new Date(end - DAY_MS).toISOString().slice(0, 10),
        units: 0,
        unitsDone: 0,
        effortTotal: 0,
        effortDone: 0,
      };
      const existing = issues.filter((i) => i.created < end);
      // Effort counted once, as the app counts it, among the issues of that day.
      markEffortBelow(existing);
      for (const i of existing) {
        const done = i.doneAt < end;
        if (i.unit) {
          point.units += 1;
          if (done) point.unitsDone += 1;
        }
        if (countsOwnEffort(i.effort, i.effortBelow)) {
          point.effortTotal += i.effort;
          if (done) point.effortDone += i.effort;
        }
      }
      history = withDeliveryPoint(history, point);
    }
    out[deliveryHistoryKey(project.key)] = toStoredHistory(history);
  }
  return out;
}
