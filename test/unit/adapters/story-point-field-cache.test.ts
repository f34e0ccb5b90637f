import type { Route } from '@forge/api';
import { ForgeJiraGateway, type JiraRequester } from '../../../src/adapters/forge-jira-gateway';
import { STORY_POINT_FIELDS_KEY, kvsStoryPointFieldCache } from '../../../src/adapters/story-point-field-cache';
import type { Clock } from '../../../src/ports/clock';
import { StorageRateLimitedError } from '../../../src/ports/key-value-store';
import { InMemoryStore } from '../../fixtures/backend/in-memory-store';
import { jsonResponse } from '../../fixtures/backend/jira-response';

const FIELDS = [
  {
    id: 'customfield_10026',
    name: 'Story point estimate',
    custom: true,
    schema: { type: 'number', custom: 'com.pyxis.greenhopper.jira:jsw-story-points' },
  },
];

/** A gateway per invocation, as compose-deps builds them, sharing one store; counts GET /field and the searches' fields. */
function site(store = new InMemoryStore()) {
  let now = new Date('2026-11-01T09:00:00Z');
  const clock: Clock = { now: () => now, sleep: async () => undefined };
  const fieldReads: number[] = [];
  const askedFields: string[][] = [];
  const request: JiraRequester = async (_actor, path: Route, init) => {
    if (path.value === '/rest/api/3/field') {
      fieldReads.push(1);
      return jsonResponse(200, FIELDS);
    }
    askedFields.push((JSON.parse(init?.body ?? '{}') as { fields: string[] }).fields);
    return jsonResponse(200, { issues: [], isLast: true });
  };
  const invocation = () =>
    new ForgeJiraGateway({ clock, request, storyPointFieldCache: kvsStoryPointFieldCache(store, clock) });
  return {
    store,
    fieldReads,
    askedFields,
    invocation,
    advance: (ms: number) => void (now = new Date(now.getTime() + ms)),
  };
}

describe('story-point field ids kept in app storage', () => {
  it('the first invocation asks GET /field and stores the ids; later ones within the hour read them from storage', async () => {
    const s = site();
    await s.invocation().searchPage('project = "A"', { as: 'user', pageSize: 5 });
    await s.invocation().searchPage('project = "A"', { as: 'user', pageSize: 5 });
    expect(s.fieldReads).toHaveLength(1);
    expect(s.askedFields.every((f) => f.includes('customfield_10026'))).toBe(true);
    expect(await s.store.get(STORY_POINT_FIELDS_KEY)).toEqual({
      fieldIds: ['customfield_10026'],
      readAt: '2026-11-01T09:00:00.000Z',
    });
    s.advance(60 * 60 * 1000);
    await s.invocation().searchPage('project = "A"', { as: 'user', pageSize: 5 });
    expect(s.fieldReads).toHaveLength(2);
  });

  it('a stored value of another shape, or storage failing either way, falls back to Jira and never fails the read', async () => {
    const store = new InMemoryStore();
    await store.set(STORY_POINT_FIELDS_KEY, { fieldIds: ['x) OR 1=1'], readAt: 'soon' });
    const s = site(store);
    await s.invocation().searchPage('project = "A"', { as: 'user', pageSize: 5 });
    expect(s.fieldReads).toHaveLength(1);

    const broken = new InMemoryStore();
    broken.get = async () => {
      throw new StorageRateLimitedError();
    };
    broken.set = async () => {
      throw new StorageRateLimitedError();
    };
    const b = site(broken);
    await expect(b.invocation().searchPage('project = "A"', { as: 'user', pageSize: 5 })).resolves.toEqual({
      issues: [],
    });
    expect(b.askedFields[0]).toContain('customfield_10026');
  });
});
