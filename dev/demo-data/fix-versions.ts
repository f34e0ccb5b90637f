/**
 * Demo releases: each project gets a short version history (Jira's project versions: two
 * released, one archived, three planned, one undated "Ideas") around `now`, and its epics get
 * fix versions: a done epic the release it shipped in, an epic with a due date the first
 * planned release on or after it, and an epic left unscheduled (no start or due date, see
 * roadmap-dates.ts) a planned release, so the roadmap places it "due by release"; go-to-market
 * items the first planned release (the launch readiness view can pick it). Additive
 * (versions and fix versions only, no issue added, no date changed) and deterministic (from
 * each key's hash, no draw from the generator's random streams).
 */
import type { DatasetInput } from '../dataset/dataset-schema';
import { hashOf } from '../../src/domain/project-state/state-layout';

const DAY_MS = 86_400_000;
const FIRST_VERSION_ID = 30000;

/** Days from `now` of each version's release (undefined: no date), in the project's order. */
const PLAN: readonly { name: string; days?: number; released?: boolean; archived?: boolean; startDays?: number }[] = [
  { name: '2.2', days: -160, released: true, archived: true },
  { name: '2.3', days: -75, released: true },
  { name: '2.4', days: -20, released: true },
  { name: '2.5', days: 25, startDays: -20 },
  { name: '2.6', days: 70, startDays: 25 },
  { name: '3.0', days: 150, startDays: 70 },
  { name: 'Ideas' },
];

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDemoFixVersions(dataset: DatasetInput, now: Date): DatasetInput {
  const epic = dataset.issueTypes.find((t) => t.name === 'Epic')?.id;
  const gtm = dataset.issueTypes.find((t) => t.name === 'Go-to-Market')?.id;
  const done = new Set(dataset.statuses.filter((s) => s.statusCategory === 'done').map((s) => s.id));
  const versions = [...(dataset.versions ?? [])];
  let nextId = FIRST_VERSION_ID;
  for (const project of dataset.projects) {
    const own = PLAN.map((v) => ({
      id: String(nextId++),
      projectId: project.id,
      name: v.name,
      description: '',
      released: v.released === true,
      archived: v.archived === true,
      ...(v.days !== undefined ? { releaseDate: day(now.getTime() + v.days * DAY_MS) } : {}),
      ...(v.startDays !== undefined ? { startDate: day(now.getTime() + v.startDays * DAY_MS) } : {}),
    }));
    versions.push(...own);
    const shipped = own.filter((v) => v.released && !v.archived);
    const planned = own.filter((v) => !v.released && v.releaseDate);
    for (const issue of dataset.issues) {
      if (issue.fields.project.id !== project.id) continue;
      // Go-to-market items ship with the next planned release, so a release can be picked as a launch.
      if (issue.fields.issuetype.id === gtm && planned[0]) {
        issue.fields.fixVersions = [{ id: planned[0].id }];
        continue;
      }
      if (issue.fields.issuetype.id !== epic) continue;
      const h = hashOf(issue.key);
      const f = issue.fields as DatasetInput['issues'][number]['fields'] & Record<string, unknown>;
      const version = done.has(f.status.id)
        ? shipped[h % shipped.length]
        : f.duedate
          ? planned.find((v) => (v.releaseDate as string) >= (f.duedate as string))
          : planned[h % planned.length];
      if (version) f.fixVersions = [{ id: version.id }];
    }
  }
  return { ...dataset, versions };
}
