import type { DatasetInput, DatasetUser } from '../../dev/dataset/dataset-schema';
import { forbiddenFor, scanForLeaks } from './leak-scanner';

/** The scanner finds what it must (so the matrix can fail) and ignores look-alikes (so it passes honestly). */
const project = (id: string, key: string, name: string) => ({ id, key, name });
const issue = (id: string, key: string, projectId: string, summary: string) => ({
  id,
  key,
  fields: {
    summary,
    issuetype: { id: '1' },
    project: { id: projectId },
    status: { id: '2' },
    created: '2026-01-01T00:00:00Z',
    updated: '2026-01-01T00:00:00Z',
  },
});
const dataset = {
  format: 'pm-workflow-dataset/1',
  projects: [
    project('10000', 'CHK', 'Checkout'),
    project('10001', 'SEC', 'Secret Lab'),
    project('10002', 'OPS', 'Operations'),
  ],
  issueTypes: [{ id: '1', name: 'Story', subtask: false, hierarchyLevel: 0 }],
  statuses: [{ id: '2', name: 'To Do', statusCategory: 'new' }],
  users: [],
  issues: [
    issue('10000', 'SEC-1', '10001', 'Quantum basket escrow'),
    issue('10101', 'SEC-12', '10001', 'Guest checkout'),
    issue('10102', 'CHK-1', '10000', 'Guest checkout for returning buyers'),
    issue('10103', 'OPS-1', '10002', 'Rota planning'),
  ],
} as unknown as DatasetInput;
const user = {
  accountId: 'u1',
  browseProjects: ['CHK'],
  adminProjects: ['OPS'],
  siteAdmin: false,
} as unknown as DatasetUser;
const forbidden = forbiddenFor(dataset, user);

describe('leak scanner', () => {
  it('forbids hidden issues and unseen projects, not what the user browses or administers', () => {
    expect(forbidden.issueKeys.sort()).toEqual(['OPS-1', 'SEC-1', 'SEC-12']);
    expect(forbidden.projectKeys).toEqual(['SEC']);
    // 10000 is also the CHK project's id; a summary a visible one contains tells nothing.
    expect(forbidden.issueIds.sort()).toEqual(['10101', '10103']);
    expect(forbidden.summaries.sort()).toEqual(['Quantum basket escrow', 'Rota planning']);
  });

  it.each([
    ['{"key":"SEC-12"}', 'issue key SEC-12'],
    ['Linked issue SEC-1 does not exist', 'issue key SEC-1'],
    ['{"id":"10101"}', 'issue id 10101'],
    ['GET /rest/api/3/issue/10103 failed', 'issue id 10103'],
    ['Rank,Key\r\n1,"Quantum basket escrow"', 'summary Quantum basket escrow'],
    ['{"projects":{"SEC":[]}}', 'project key SEC'],
    ['{"name":"Secret Lab"}', 'project name Secret Lab'],
  ])('finds %s', (text, expected) => {
    expect(scanForLeaks(text, forbidden).map((l) => `${l.kind} ${l.value}`)).toContain(expected);
  });

  it.each([
    ['{"key":"SEC-123"}'], // another issue's key, not SEC-12 (SEC itself is reported, but not as SEC-12)
    ['{"value":10101,"reach":10103}'],
    ['{"accountId":"a10101f"}'],
    ['{"key":"CHK-1","summary":"Guest checkout for returning buyers"}'],
    ['{"project":"SECURITY"}'],
  ])('ignores the look-alike %s', (text) => {
    const leaks = scanForLeaks(text, forbidden).map((l) => `${l.kind} ${l.value}`);
    expect(leaks.filter((l) => l !== 'project key SEC')).toEqual([]);
  });
});
