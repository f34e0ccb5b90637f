import { productSearches } from '../../../src/app/portfolio/product-searches';
import { defaultWorkflowConfig } from '../../../src/domain';

const SCORED =
  'pmRiceScore IS NOT EMPTY OR pmWsjfScore IS NOT EMPTY OR pmIceScore IS NOT EMPTY OR pmValueEffortScore IS NOT EMPTY OR pmWeightedScore IS NOT EMPTY OR pmMoscowScore IS NOT EMPTY OR pmKanoScore IS NOT EMPTY';
const REQUIREMENTS = `project = "CHK" AND ((issuetype in ("Epic", "Story") OR pmPhase in ("requirements")) OR ${SCORED})`;

describe('productSearches: the JQL behind each portfolio count', () => {
  const searches = productSearches(
    'CHK',
    [
      { id: 'launch', section: 'go-to-market' },
      { id: 'packaging', section: 'go-to-market' },
    ],
    defaultWorkflowConfig,
  );

  it.each([
    ['issues', searches.issues, 'project = "CHK" ORDER BY key ASC'],
    [
      'requirements: the phases readiness applies to, or scored',
      searches.requirements,
      `${REQUIREMENTS} ORDER BY key ASC`,
    ],
    [
      "a section: its phases' issue types or pmPhase",
      searches.sections['go-to-market'],
      'project = "CHK" AND (issuetype in ("Go-to-Market", "Launch") OR pmPhase in ("launch", "packaging")) ORDER BY key ASC',
    ],
    ['ready', searches.readiness.ready, `${REQUIREMENTS} AND pmReadiness = 100 ORDER BY key ASC`],
    [
      'partly ready',
      searches.readiness.partial,
      `${REQUIREMENTS} AND pmReadiness > 0 AND pmReadiness < 100 ORDER BY key ASC`,
    ],
    [
      'not ready, including requirements no one has saved (no index)',
      searches.readiness.notReady,
      `${REQUIREMENTS} AND (pmReadiness = 0 OR pmReadiness IS EMPTY) ORDER BY key ASC`,
    ],
    ['stale scores', searches.stale, 'project = "CHK" AND pmStale = "true" ORDER BY key ASC'],
  ])('%s', (_name, jql, expected) => {
    expect(jql).toBe(expected);
  });

  it('only sections that have phases get a search', () => {
    expect(Object.keys(searches.sections)).toEqual(['go-to-market']);
  });
});
