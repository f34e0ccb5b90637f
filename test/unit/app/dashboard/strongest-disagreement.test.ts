import { strongestDisagreement } from '../../../../src/app/dashboard/summarise-requirements';
import type { RequirementRow } from '../../../../src/contract/views';
import { defaultWorkflowConfig } from '../../../../src/domain';
import type { JiraIssue } from '../../../../src/ports/jira-gateway';
import { makeIssue, makePm } from '../../domain/support/make-issue';

/**
 * Five requirements ranked 1..5 by RICE (reach 500..100). ICE and Value / Effort rank them
 * differently: `reversed` is the exact opposite order (correlation -1), `shuffled` only partly
 * (Spearman 1 - 6·14/120 = 0.3: 3,5,1,4,2 against 5,4,3,2,1). Both fall below the 0.5 threshold.
 */
const reversed = [1, 2, 3, 4, 5];
const shuffled = [3, 5, 1, 4, 2];

function backlog(ice: number[], valueEffort: number[]) {
  const records = new Map<string, JiraIssue>();
  const rows: RequirementRow[] = [];
  for (let i = 0; i < 5; i++) {
    const id = String(i + 1);
    const issue = makeIssue({
      id,
      pm: makePm({
        scores: {
          rice: { reach: (5 - i) * 100, impact: 1, confidence: 100, effort: 1 },
          ice: { impact: ice[i], confidence: 1, ease: 1 },
          valueEffort: { value: valueEffort[i], effort: 1 },
        },
      }),
    });
    records.set(id, { issue, projectId: '1', invalidProperties: [], linkedIssues: [] } as JiraIssue);
    rows.push({ id } as RequirementRow);
  }
  return { rows, records };
}

describe('strongestDisagreement picks the most serious pair with the main model', () => {
  it.each([
    // ICE is compared before Value / Effort: the later, stronger one must still win.
    ['Value / Effort reversed, ICE shuffled', shuffled, reversed, 'valueEffort', -1],
    // ... and a weaker one compared later must not replace it.
    ['ICE reversed, Value / Effort shuffled', reversed, shuffled, 'ice', -1],
  ])('%s', (_name, ice, valueEffort, other, correlation) => {
    const { rows, records } = backlog(ice, valueEffort);
    expect(strongestDisagreement(rows, records, 'rice', defaultWorkflowConfig)).toEqual({
      models: ['rice', other],
      correlation,
      threshold: 0.5,
    });
  });

  it('a partial disagreement alone is reported with its correlation', () => {
    const agreeing = [5, 4, 3, 2, 1];
    const { rows, records } = backlog(agreeing, shuffled);
    expect(strongestDisagreement(rows, records, 'rice', defaultWorkflowConfig)).toEqual({
      models: ['rice', 'valueEffort'],
      correlation: expect.closeTo(0.3, 9),
      threshold: 0.5,
    });
  });

  it('no disagreement when the models agree, and none for a non-numeric main model', () => {
    const agreeing = [5, 4, 3, 2, 1];
    const { rows, records } = backlog(agreeing, agreeing);
    expect(strongestDisagreement(rows, records, 'rice', defaultWorkflowConfig)).toBeUndefined();
    expect(strongestDisagreement(rows, records, 'moscow', defaultWorkflowConfig)).toBeUndefined();
  });
});
