import type { PmIssue } from '../src/domain';

/** Small seeded PRNG (mulberry32) so every run generates the same issues. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JAN_1_2026 = Date.UTC(2026, 0, 1);
const DAY_MS = 86_400_000;

/** A distinct timestamp between 1 January and mid-November 2026, as Jira would store it. */
function instantIn2026(rnd: () => number): string {
  return new Date(JAN_1_2026 + Math.floor(rnd() * 320 * DAY_MS)).toISOString();
}

/** A realistic mix: strategic items, initiatives > epics > stories > sub-tasks, across 20 projects. */
export function generateBenchIssues(count: number, seed = 42): PmIssue[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
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
      const statusCategory = pick(categories);
      const issue: PmIssue = {
        id,
        key: `${projectKey}-${n}`,
        projectKey,
        issueType,
        summary: `${issueType} ${n} of ${projectKey}`,
        status: statusCategory === 'done' ? 'Done' : statusCategory === 'new' ? 'To Do' : 'In Progress',
        statusCategory,
        links: rnd() < 0.2 ? [{ type: 'Blocks', direction: 'outward', issueId: String(10_000 + Math.floor(rnd() * count)) }] : [],
        labels,
        components: [],
        updated: instantIn2026(rnd),
      };
      if (parentId !== undefined) issue.parentId = parentId;
      issues.push(issue);
      return issue;
    };
    const strategic = (type: string, labels: string[] = []) => make(type, undefined, labels).key;
    const problems = Array.from({ length: 20 }, () => strategic('Problem'));
    const personas = Array.from({ length: 10 }, () => strategic('Persona'));
    const scenarios = Array.from({ length: 20 }, () => strategic('Scenario', rnd() < 0.5 ? ['user'] : []));
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
        actuals: Array.from({ length: 10 }, (_, m) => ({ date: `2026-${String(m + 1).padStart(2, '0')}-15`, value: 10 + m * 3 + rnd() * 5 })),
      };
      kpis.push(kpi.key);
    }
    while (n < perProject) {
      const initiative = make('Initiative');
      for (let e = 0; e < 5 && n < perProject; e++) {
        const epic = make('Epic', initiative.id);
        for (let s = 0; s < 8 && n < perProject; s++) {
          const story = make(rnd() < 0.8 ? 'Story' : pick(['Task', 'Bug']), epic.id);
          story.effort = pick([1, 2, 3, 5, 8, 13]);
          story.pm = {
            problemKey: rnd() < 0.8 ? pick(problems) : undefined,
            personaKey: rnd() < 0.7 ? pick(personas) : undefined,
            scenarioKey: rnd() < 0.6 ? pick(scenarios) : undefined,
            kpiKeys: rnd() < 0.7 ? [pick(kpis)] : [],
            scores: {
              rice: { reach: Math.floor(rnd() * 5000), impact: pick([3, 2, 1, 0.5, 0.25]), confidence: pick([100, 80, 50]), effort: pick([0.5, 1, 2, 4]) },
              wsjf: rnd() < 0.6 ? { userBusinessValue: pick([1, 2, 3, 5, 8, 13, 20]), timeCriticality: pick([1, 2, 3, 5, 8]), riskReduction: pick([1, 2, 3, 5]), jobSize: pick([1, 2, 3, 5, 8, 13]) } : undefined,
              ice: rnd() < 0.5 ? { impact: 1 + Math.floor(rnd() * 10), confidence: 1 + Math.floor(rnd() * 10), ease: rnd() < 0.05 ? null : 1 + Math.floor(rnd() * 10) } : undefined,
              moscow: pick(['must', 'should', 'could', 'wont'] as const),
            },
            scoredAt: instantIn2026(rnd),
          };
          for (let t = 0; t < 2 && n < perProject; t++) make('Sub-task', story.id).effort = pick([1, 2, 3]);
        }
      }
    }
  }
  return issues.slice(0, count);
}
