import { assessReadiness, defaultWorkflowConfig, type StatusCategory, type UpstreamRefs } from '../../../../src/domain';

const facts: Record<string, StatusCategory> = {
  'S-1': 'done',
  'S-2': 'done',
  'S-3': 'done',
  'S-4': 'done',
  'S-5': 'indeterminate',
  'S-6': 'new',
};
const lookup = (key: string) => (facts[key] ? { statusCategory: facts[key] } : undefined);
const rules = defaultWorkflowConfig.readiness.requires;

describe('assessReadiness', () => {
  it.each<[string, UpstreamRefs, number, string, string[]]>([
    [
      'everything linked and done',
      { problemKey: 'S-1', personaKey: 'S-2', scenarioKey: 'S-3', kpiKeys: ['S-4'] },
      100,
      'ready',
      [],
    ],
    [
      'nothing linked',
      { kpiKeys: [] },
      0,
      'not-ready',
      ['problem:not-linked', 'persona:not-linked', 'scenario:not-linked', 'kpi:not-linked'],
    ],
    [
      'problem still in progress',
      { problemKey: 'S-5', personaKey: 'S-2', scenarioKey: 'S-3', kpiKeys: ['S-4'] },
      75,
      'partial',
      ['problem:not-done'],
    ],
    [
      'persona deleted or invisible',
      { problemKey: 'S-1', personaKey: 'GONE-1', scenarioKey: 'S-3', kpiKeys: ['S-4'] },
      75,
      'partial',
      ['persona:not-found'],
    ],
    [
      'one of several KPIs done is enough',
      { problemKey: 'S-1', personaKey: 'S-2', scenarioKey: 'S-3', kpiKeys: ['S-6', 'GONE-2', 'S-4'] },
      100,
      'ready',
      [],
    ],
    [
      'KPIs linked but none done',
      { problemKey: 'S-1', personaKey: 'S-2', scenarioKey: 'S-3', kpiKeys: ['GONE-2', 'S-6'] },
      75,
      'partial',
      ['kpi:not-done'],
    ],
    [
      'KPIs linked but none found',
      { problemKey: 'S-1', personaKey: 'S-2', scenarioKey: 'S-3', kpiKeys: ['GONE-2'] },
      75,
      'partial',
      ['kpi:not-found'],
    ],
    [
      'empty key counts as not linked',
      { problemKey: '', personaKey: 'S-2', scenarioKey: 'S-3', kpiKeys: ['S-4'] },
      75,
      'partial',
      ['problem:not-linked'],
    ],
  ])('%s', (_name, refs, level, state, missing) => {
    const r = assessReadiness(refs, lookup, rules);
    expect(r.level).toBe(level);
    expect(r.state).toBe(state);
    expect(r.missing.map((g) => `${g.item}:${g.reason}`)).toEqual(missing);
  });

  it('which items count is configurable', () => {
    const r = assessReadiness({ problemKey: 'S-5', kpiKeys: [] }, lookup, [{ item: 'problem', mustBeDone: false }]);
    expect(r).toEqual({ level: 100, state: 'ready', satisfied: 1, required: 1, missing: [] });
  });

  it('names the key of what is missing', () => {
    const r = assessReadiness({ problemKey: 'S-6', kpiKeys: [] }, lookup, [{ item: 'problem', mustBeDone: true }]);
    expect(r.missing).toEqual([{ item: 'problem', reason: 'not-done', key: 'S-6' }]);
  });

  it('no rules means ready', () => expect(assessReadiness({ kpiKeys: [] }, lookup, []).level).toBe(100));
});
