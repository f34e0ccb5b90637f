import { defaultWorkflowConfig, rollUpPortfolio } from '../../../../src/domain';
import { buildProjectState } from '../../../../src/domain/project-state/build-project-state';
import { configFingerprint, makeRollupContext } from '../../../../src/domain/rollup/rollup-context';
import { makeIssue, makeKpi } from '../support/make-issue';

// Due 30 November, 75 % of the way at 29 November; noon UTC on the due date is already
// 1 December 01:00 in Auckland (UTC+13) but only 04:00 on 30 November in Los Angeles (UTC-8).
const kpi = makeIssue({
  id: '1',
  key: 'APP-1',
  issueType: 'KPI',
  kpi: makeKpi({ dueDate: '2026-11-30', actuals: [{ date: '2026-11-29', value: 35 }] }),
});
const NOON_ON_THE_DUE_DATE = new Date('2026-11-30T12:00:00Z');

describe("the roll-up reads KPI days in the site's time zone", () => {
  it('the same instant: past due and missed in Auckland, still running (at risk) in Los Angeles', () => {
    const status = (timeZone: string) =>
      rollUpPortfolio([kpi], defaultWorkflowConfig, NOON_ON_THE_DUE_DATE, timeZone).nodes['1']?.kpiStatus;
    expect(status('Pacific/Auckland')).toBe('off-track');
    expect(status('America/Los_Angeles')).toBe('at-risk');
    expect(rollUpPortfolio([kpi], defaultWorkflowConfig, NOON_ON_THE_DUE_DATE).nodes['1']?.kpiStatus).toBe('at-risk'); // UTC: until midnight
    const stored = (timeZone: string) =>
      buildProjectState([kpi], defaultWorkflowConfig, NOON_ON_THE_DUE_DATE, undefined, timeZone);
    expect(stored('Pacific/Auckland').configFingerprint).not.toBe(stored('America/Los_Angeles').configFingerprint);
  });

  it('the zone is in the fingerprint on purpose (a zone change rebuilds stored state); UTC keeps the fingerprint it had', () => {
    const utc = configFingerprint(defaultWorkflowConfig);
    expect(configFingerprint(defaultWorkflowConfig, 'UTC')).toBe(utc);
    expect(configFingerprint(defaultWorkflowConfig, 'Etc/UTC')).toBe(utc);
    expect(configFingerprint(defaultWorkflowConfig, 'Pacific/Auckland')).not.toBe(utc);
    expect(configFingerprint(defaultWorkflowConfig, 'Pacific/Auckland')).not.toBe(
      configFingerprint(defaultWorkflowConfig, 'America/Los_Angeles'),
    );
    expect(makeRollupContext(defaultWorkflowConfig, NOON_ON_THE_DUE_DATE, 'Pacific/Auckland')).toMatchObject({
      timeZone: 'Pacific/Auckland',
      configFingerprint: configFingerprint(defaultWorkflowConfig, 'Pacific/Auckland'),
    });
  });
});
