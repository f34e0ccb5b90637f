import type { IssueEvent, JiraEmulator } from '../../../dev/emulator';
import { call, openTestEmulator } from './helpers';

describe('emulator: issue links (POST /issueLink, DELETE /issueLink/{id})', () => {
  let emu: JiraEmulator;
  let events: IssueEvent[];
  beforeEach(async () => {
    emu = await openTestEmulator();
    events = [];
    emu.onIssueEvent((e) => events.push(e));
  });
  afterEach(() => emu.close());

  const linksOf = async (key: string) =>
    (await call(emu, 'GET', `/rest/api/3/issue/${key}?fields=issuelinks`)).body.fields.issuelinks as {
      id: string;
      outwardIssue?: { key: string };
      inwardIssue?: { key: string };
    }[];

  it('creates a link (201), shows it on both issues and emits one created:issuelink event with the link', async () => {
    const res = await call(emu, 'POST', '/rest/api/3/issueLink', {
      body: { type: { name: 'Blocks' }, inwardIssue: { key: 'ALPHA-5' }, outwardIssue: { key: 'ALPHA-8' } },
    });
    expect(res.status).toBe(201);
    const [onSource] = (await linksOf('ALPHA-5')).filter((l) => l.outwardIssue?.key === 'ALPHA-8');
    expect(onSource).toBeDefined();
    expect((await linksOf('ALPHA-8')).some((l) => l.id === onSource?.id && l.inwardIssue?.key === 'ALPHA-5')).toBe(
      true,
    );
    expect(events).toEqual([
      expect.objectContaining({
        type: 'avi:jira:created:issuelink',
        issueKey: 'ALPHA-5',
        link: {
          id: onSource?.id,
          sourceIssueId: expect.any(String),
          destinationIssueId: expect.any(String),
          issueLinkType: { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
        },
      }),
    ]);
  });

  it('deletes a link (204) with one deleted:issuelink event; unknown links and hidden issues are 404', async () => {
    expect((await call(emu, 'DELETE', '/rest/api/3/issueLink/30000')).status).toBe(204);
    expect((await linksOf('ALPHA-3')).filter((l) => l.id === '30000')).toEqual([]);
    expect(events.map((e) => [e.type, e.link?.id])).toEqual([['avi:jira:deleted:issuelink', '30000']]);
    expect((await call(emu, 'DELETE', '/rest/api/3/issueLink/30000')).status).toBe(404);
    const viewer = await call(emu, 'POST', '/rest/api/3/issueLink', {
      as: 'viewer',
      body: { type: { id: '10000' }, inwardIssue: { key: 'ALPHA-5' }, outwardIssue: { key: 'BETA-1' } },
    });
    expect(viewer.status).toBe(404); // the viewer cannot browse BETA
    expect(events).toHaveLength(1);
    expect(
      (
        await call(emu, 'POST', '/rest/api/3/issueLink', {
          body: { type: { id: '10000' }, inwardIssue: { key: 'ALPHA-5' } },
        })
      ).status,
    ).toBe(400);
  });
});
