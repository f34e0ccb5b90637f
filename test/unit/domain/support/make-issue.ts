import type { KpiDefinition, PmData, PmIssue } from '../../../../src/domain';

/** A minimal valid issue; tests override only what they are about. */
export function makeIssue(overrides: Partial<PmIssue> & { id: string }): PmIssue {
  return {
    key: `APP-${overrides.id}`,
    projectKey: 'APP',
    issueType: 'Story',
    summary: `Issue ${overrides.id}`,
    status: 'To Do',
    statusCategory: 'new',
    links: [],
    labels: [],
    components: [],
    updated: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function makePm(overrides: Partial<PmData> = {}): PmData {
  return { kpiKeys: [], scores: {}, ...overrides };
}

export function makeKpi(overrides: Partial<KpiDefinition> = {}): KpiDefinition {
  return {
    name: 'Activation rate',
    unit: '%',
    direction: 'higher-is-better',
    baseline: 20,
    target: 40,
    periodStart: '2026-01-01',
    dueDate: '2026-12-31',
    thresholds: { atRisk: 0.9, offTrack: 0.6 },
    actuals: [],
    ...overrides,
  };
}

/** Fixed clock for every test: tests never read the wall clock. */
export const NOW = new Date('2026-07-01T00:00:00.000Z');
