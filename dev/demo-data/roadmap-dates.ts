/**
 * Start and due days on the demo's epics and initiatives that have none, so the roadmap's
 * timeline has something to draw: additive (only empty date fields are set, no issue is
 * added or removed) and deterministic (from each key's hash, no draw from the generator's
 * random streams, so nothing else of the demo changes). One epic in eight is left
 * unscheduled on purpose: the roadmap lists those apart and the demo should show that.
 *
 * Not started: a start 5-150 days ahead, due 30-120 days after it. Started or done: a start
 * shortly after the issue was created, due 60-180 days after that.
 */
import type { DatasetInput } from '../dataset/dataset-schema';
import { hashOf } from '../../src/domain/project-state/state-layout';
import { START_DATE_FIELD } from './issue-types-and-statuses';

const DAY_MS = 86_400_000;
const ROADMAP_TYPES = ['Epic', 'Initiative'];
const UNSCHEDULED_ONE_IN = 8;

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addRoadmapDates(dataset: DatasetInput, now: Date): DatasetInput {
  const types = new Set(dataset.issueTypes.filter((t) => ROADMAP_TYPES.includes(t.name)).map((t) => t.id));
  const category = new Map(dataset.statuses.map((s) => [s.id, s.statusCategory]));
  for (const issue of dataset.issues) {
    if (!types.has(issue.fields.issuetype.id)) continue;
    const f = issue.fields as Record<string, unknown> & DatasetInput['issues'][number]['fields'];
    const hasStart = typeof f[START_DATE_FIELD] === 'string';
    if (hasStart && f.duedate) continue;
    const h = hashOf(issue.key);
    if (!hasStart && !f.duedate && h % UNSCHEDULED_ONE_IN === 0) continue;
    const notStarted = category.get(f.status.id) === 'new';
    const existingStart = hasStart ? Date.parse(`${f[START_DATE_FIELD] as string}T00:00:00Z`) : undefined;
    const planned = notStarted
      ? now.getTime() + (5 + (h % 146)) * DAY_MS
      : Date.parse(f.created) + (1 + (h % 14)) * DAY_MS;
    // A start never after an existing due day.
    const start =
      existingStart ?? (f.duedate ? Math.min(planned, Date.parse(`${f.duedate}T00:00:00Z`) - 14 * DAY_MS) : planned);
    if (!hasStart) f[START_DATE_FIELD] = day(start);
    if (!f.duedate) f.duedate = day(start + (notStarted ? 30 + ((h >>> 8) % 91) : 60 + ((h >>> 8) % 121)) * DAY_MS);
  }
  return dataset;
}
