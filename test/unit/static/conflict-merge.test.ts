import { diffPm, lastChangeBy, reapplyOnto, savedByName } from '../../../static/src/issue-panel/conflict-merge';
import type { RequirementContextView } from '../../../src/contract/views';

type Pm = RequirementContextView['pm'];
const pm = (extra: Partial<Pm>): Pm => ({ version: 1, kpiKeys: [], scores: {}, ...extra });

describe('conflict merge (issue panel)', () => {
  const base = pm({
    scores: {
      rice: { reach: 100, impact: 2, confidence: 80, effort: 2 },
      wsjf: { userBusinessValue: 5, timeCriticality: 3, riskReduction: 2, jobSize: 8 },
    },
  });
  // Someone else changed the WSJF job size and the RICE effort; I changed only the RICE reach.
  const fresh = pm({
    version: 2,
    updatedBy: 'acc-pat',
    scores: {
      rice: { reach: 100, impact: 2, confidence: 80, effort: 5 },
      wsjf: { userBusinessValue: 5, timeCriticality: 3, riskReduction: 2, jobSize: 13 },
    },
  });
  const mine = { scores: { ...base.scores, rice: { ...base.scores.rice, reach: 999 } } };

  it('re-applies only the values I changed: their job size and effort survive', () => {
    expect(reapplyOnto(base, mine, fresh).scores).toEqual({
      rice: { reach: 999, impact: 2, confidence: 80, effort: 5 },
      wsjf: { userBusinessValue: 5, timeCriticality: 3, riskReduction: 2, jobSize: 13 },
    });
  });

  it('a value I cleared stays cleared; a field I did not touch is not sent', () => {
    const cleared = { scores: { ...base.scores, rice: { impact: 2, confidence: 80, effort: 2 } } };
    expect(reapplyOnto(base, cleared, fresh)).toEqual({
      scores: { rice: { impact: 2, confidence: 80, effort: 5 }, wsjf: fresh.scores.wsjf },
    });
    expect(reapplyOnto(base, { phase: 'problem' }, fresh)).toEqual({ phase: 'problem' });
  });

  it('lists their changes value by value, and names them by display name, not account id', () => {
    expect(diffPm(base, fresh).map((r) => `${r.path}:${String(r.from)}->${String(r.to)}`)).toEqual([
      'scores.rice.effort:2->5',
      'scores.wsjf.jobSize:8->13',
    ]);
    const history = [
      { at: 't', accountId: 'acc-pat', displayName: 'Pat Owner', field: 'scores.wsjf', from: null, to: null },
    ];
    expect(savedByName({ pm: fresh, history })).toBe('Pat Owner');
    expect(savedByName({ pm: fresh, history: [] })).toBeUndefined();
  });

  it('says who made the last PM change by display name, and nothing rather than an account id', () => {
    const history = [
      { at: 't1', accountId: 'acc-sam', displayName: 'Sam Dev', field: 'phase', from: null, to: 'problem' },
      { at: 't2', accountId: 'acc-pat', displayName: 'Pat Owner', field: 'scores.wsjf', from: null, to: null },
    ];
    expect(lastChangeBy({ pm: fresh, history })).toBe(' by Pat Owner');
    expect(lastChangeBy({ pm: fresh, history: history.slice(0, 1) })).toBe('');
    expect(lastChangeBy({ pm: { ...fresh, updatedBy: '557058:0e2c-a1b2' }, history })).not.toContain('557058');
  });
});
