import { Rng } from '../dev/demo-data/rng';
import type { PmIssue } from '../src/domain';

const JAN_1_2026 = Date.UTC(2026, 0, 1);
const DAY_MS = 86_400_000;

/** A distinct timestamp between 1 January and mid-November 2026, as Jira would store it. */
function instantIn2026(rng: Rng): string {
  return new Date(JAN_1_2026 + rng.int(0, 320 * DAY_MS - 1)).toISOString();
}

/** A realistic mix: strategic items, initiatives > epics > stories > sub-tasks, across 20 projects. */
export function generateBenchIssues(count: number, seed = 42): PmIssue[] {
  const rng = new Rng(seed);
  const categories = ['new', 'indeterminate', 'done'] as const;
  const projects = Array.from({ length: 20 }, (_, i) => `P${String.fromCharCode(65 + (i % 26))}${i}`);
  const issues: PmIssue[] = [];
  let nextId = 10_000;
  const perProject = Math.floor(count / projects.length);
  for (const projectKey of projects) {
    let n = 0;
    const make = (issueType: string, parentId?: string, labels: string[] = []): PmIssue => {
      n++;
      const id = String(nextId++);
      const statusCategory = rng.pick(categories);
      const issue: PmIssue = {
        id,
        key: `${projectKey}-${n}`,
        projectKey,
        issueType,
        summary: `${issueType} ${n} of ${projectKey}`,
        status: statusCategory === 'done' ? 'Done' : statusCategory === 'new' ? 'To Do' : 'In Progress',
        statusCategory,
        links: rng.chance(0.2)
          ? [{ type: 'Blocks', direction: 'outward', issueId: String(10_000 + rng.int(0, count - 1)) }]
          : [],
        labels,
        components: [],
        updated: instantIn2026(rng),
      };
      if (parentId !== undefined) issue.parentId = parentId;
      issues.push(issue);
      return issue;
    };
    const strategic = (type: string, labels: string[] = []) => make(type, undefined, labels).key;
    const problems = Array.from({ length: 20 }, () => strategic('Problem'));
    const personas = Array.from({ length: 10 }, () => strategic('Persona'));
    const scenarios = Array.from({ length: 20 }, () => strategic('Scenario', rng.chance(0.5) ? ['user'] : []));
    const kpis: string[] = [];
    for (let k = 0; k < 10; k++) {
      const kpi = make('KPI');
      kpi.kpi = {
        name: `KPI ${k}`,
        unit: '%',
        direction: 'higher-is-better',
        baseline: 10,
        target: 50,
        periodStart: '2026-01-01',
        dueDate: '2026-12-31',
        thresholds: { atRisk: 0.9, offTrack: 0.6 },
        actuals: Array.from({ length: 10 }, (_, m) => ({
          date: `2026-${String(m + 1).padStart(2, '0')}-15`,
          value: 10 + m * 3 + rng.real(0, 5),
        })),
      };
      kpis.push(kpi.key);
    }
    while (n < perProject) {
      const initiative = make('Initiative');
      for (let e = 0; e < 5 && n < perProject; e++) {
        const epic = make('Epic', initiative.id);
        for (let s = 0; s < 8 && n < perProject; s++) {
          const story = make(rng.chance(0.8) ? 'Story' : rng.pick(['Task', 'Bug']), epic.id);
          story.effort = rng.pick([1, 2, 3, 5, 8, 13]);
          story.pm = {
            problemKey: rng.chance(0.8) ? rng.pick(problems) : undefined,
            personaKey: rng.chance(0.7) ? rng.pick(personas) : undefined,
            scenarioKey: rng.chance(0.6) ? rng.pick(scenarios) : undefined,
            kpiKeys: rng.chance(0.7) ? [rng.pick(kpis)] : [],
            scores: {
              rice: {
                reach: rng.int(0, 4999),
                impact: rng.pick([3, 2, 1, 0.5, 0.25]),
                confidence: rng.pick([100, 80, 50]),
                effort: rng.pick([0.5, 1, 2, 4]),
              },
              wsjf: rng.chance(0.6)
                ? {
                    userBusinessValue: rng.pick([1, 2, 3, 5, 8, 13, 20]),
                    timeCriticality: rng.pick([1, 2, 3, 5, 8]),
                    riskReduction: rng.pick([1, 2, 3, 5]),
                    jobSize: rng.pick([1, 2, 3, 5, 8, 13]),
                  }
                : undefined,
              ice: rng.chance(0.5)
                ? { impact: rng.int(1, 10), confidence: rng.int(1, 10), ease: rng.chance(0.05) ? null : rng.int(1, 10) }
                : undefined,
              moscow: rng.pick(['must', 'should', 'could', 'wont'] as const),
            },
            scoredAt: instantIn2026(rng),
          };
          for (let t = 0; t < 2 && n < perProject; t++) make('Sub-task', story.id).effort = rng.pick([1, 2, 3]);
        }
      }
    }
  }
  return issues.slice(0, count);
}
