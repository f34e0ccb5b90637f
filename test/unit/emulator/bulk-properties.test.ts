import type { IssueEvent, JiraEmulator } from '../../../dev/emulator';
import { BULK_ISSUES_MAX } from '../../../dev/emulator/bulk-properties';
import { basic, READER } from '../../fixtures/emulator-dataset';
import { call, openTestEmulator, type Reply } from './helpers';

const MULTI = '/rest/api/3/issue/properties/multi';
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
const taskPath = (reply: Reply) => new URL(reply.headers.get('location') ?? '').pathname;

describe('POST issue/properties/multi and GET task/{id} (bulk set issue properties by issue)', () => {
  let emu: JiraEmulator;
  let events: IssueEvent[];
  let ids: Record<string, string>;
  beforeEach(async () => {
    emu = await openTestEmulator();
    events = [];
    emu.onIssueEvent((e) => events.push(e));
    const found = await call(emu, 'POST', '/rest/api/3/search/jql', {
      body: { jql: 'key in (ALPHA-1, ALPHA-2, ALPHA-3, BETA-1)', fields: ['key'] },
    });
    ids = Object.fromEntries(found.body.issues.map((i: { id: string; key: string }) => [i.key, i.id]));
  });

  it('answers 303 with the task; the task is ENQUEUED, then COMPLETE, and the values are then searchable through the aliases', async () => {
    const submitted = await call(emu, 'POST', MULTI, {
      as: 'app',
      body: {
        issues: [
          {
            issueID: Number(ids['ALPHA-1']),
            properties: { 'pm-workflow.rollup': { progress: 40, score: 9, kpiStatus: 'none', readiness: 'none' } },
          },
          {
            issueID: Number(ids['ALPHA-2']),
            properties: { 'pm-workflow.rollup': { progress: 80, score: 3, kpiStatus: 'at-risk', readiness: 'none' } },
          },
        ],
      },
    });
    expect(submitted.status).toBe(303);
    expect(taskPath(submitted)).toMatch(/^\/rest\/api\/3\/task\/\d+$/);
    const before = await call(emu, 'GET', taskPath(submitted), { as: 'app' });
    expect(before.body).toMatchObject({ status: 'ENQUEUED', progress: 0 });
    expect((await call(emu, 'GET', '/rest/api/3/issue/ALPHA-1/properties/pm-workflow.rollup')).status).toBe(404);
    await tick();
    const after = await call(emu, 'GET', taskPath(submitted), { as: 'app' });
    expect(after.body).toMatchObject({ status: 'COMPLETE', progress: 100, result: { updated: 2, failedIssueIds: [] } });
    const search = await call(emu, 'POST', '/rest/api/3/search/jql', {
      body: { jql: 'pmRollupProgress < 50 ORDER BY pmRollupScore DESC', fields: ['key'] },
    });
    expect(search.body.issues.map((i: { key: string }) => i.key)).toEqual(['ALPHA-1']);
    const atRisk = await call(emu, 'POST', '/rest/api/3/search/jql', {
      body: { jql: 'pmRollupKpiStatus = "at-risk"', fields: ['key'] },
    });
    expect(atRisk.body.issues.map((i: { key: string }) => i.key)).toEqual(['ALPHA-2']);
    // Events name the property (Forge's issue triggers ignore them).
    expect(events.map((e) => [e.issueKey, e.changedPropertyKey])).toEqual([
      ['ALPHA-1', 'pm-workflow.rollup'],
      ['ALPHA-2', 'pm-workflow.rollup'],
    ]);
  });

  it('is not transactional: an issue the caller may browse but not edit is skipped and reported, the rest is written', async () => {
    const submitted = await call(emu, 'POST', MULTI, {
      as: basic(READER),
      body: { issues: [{ issueID: Number(ids['ALPHA-3']), properties: { p: 1 } }] },
    });
    expect(submitted.status).toBe(303);
    await tick();
    const task = await call(emu, 'GET', taskPath(submitted), { as: basic(READER) });
    expect(task.body).toMatchObject({
      status: 'COMPLETE',
      result: { updated: 0, failedIssueIds: [Number(ids['ALPHA-3'])] },
    });
    expect((await call(emu, 'GET', '/rest/api/3/issue/ALPHA-3/properties/p')).status).toBe(404);
  });

  it('refuses more than 100 issues, more than 10 properties on one, a missing issueID, an oversized value; unknown task 404', async () => {
    const id = Number(ids['ALPHA-1']);
    const bodies: unknown[] = [
      { issues: Array.from({ length: BULK_ISSUES_MAX + 1 }, () => ({ issueID: id, properties: { p: 1 } })) },
      { issues: [{ issueID: id, properties: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`p${i}`, i])) }] },
      { issues: [{ properties: { p: 1 } }] },
      { issues: [{ issueID: id, properties: { p: 'x'.repeat(32_768) } }] },
      { issues: [] },
    ];
    for (const body of bodies) expect((await call(emu, 'POST', MULTI, { as: 'app', body })).status).toBe(400);
    expect((await call(emu, 'GET', '/rest/api/3/task/999999', { as: 'app' })).status).toBe(404);
  });
});
