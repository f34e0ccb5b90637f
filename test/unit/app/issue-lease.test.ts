import { AppError } from '../../../src/app/shared/app-error';
import { LEASE_RETRY_WAITS_MS, LEASE_SECONDS, leaseKey, withIssueLease } from '../../../src/app/shared/issue-lease';
import { fakeDeps } from '../../fixtures/backend/app-deps';
import { FakeJira } from '../../fixtures/backend/fake-jira';

const busy = async (): Promise<never> => Promise.reject(new AppError('conflict', 'busy'));

describe('issue lease', () => {
  it('a second holder waits, then gets onBusy while the first still holds it; released afterwards', async () => {
    const deps = fakeDeps(new FakeJira([]));
    let inner: unknown;
    await withIssueLease(
      deps,
      '7',
      async () => {
        inner = await withIssueLease(deps, '7', async () => 'ran', { onBusy: busy }).catch((e: unknown) => e);
      },
      { onBusy: busy },
    );
    expect(inner).toMatchObject({ code: 'conflict' });
    expect(deps.clock.sleeps).toEqual([...LEASE_RETRY_WAITS_MS]);
    expect(await deps.store.get(leaseKey('7'))).toBeUndefined();
  });

  it('releases when the work fails', async () => {
    const deps = fakeDeps(new FakeJira([]));
    await expect(
      withIssueLease(deps, '7', async () => Promise.reject(new Error('boom')), { onBusy: busy }),
    ).rejects.toThrow('boom');
    expect(await withIssueLease(deps, '7', async () => 'next', { onBusy: busy })).toBe('next');
  });

  it('a lease past its expiresAt that the store has not purged yet is broken once, not waited on', async () => {
    const deps = fakeDeps(new FakeJira([]));
    const expired = new Date(deps.clock.now().getTime() - 1000).toISOString();
    await deps.store.setIfAbsent(leaseKey('7'), { token: 'dead', expiresAt: expired }, { ttlSeconds: 3600 });
    expect(await withIssueLease(deps, '7', async () => 'ran', { onBusy: busy })).toBe('ran');
    expect(deps.clock.sleeps).toEqual([]);
  });

  it('never deletes a lease another holder took after ours expired', async () => {
    const deps = fakeDeps(new FakeJira([]));
    await withIssueLease(
      deps,
      '7',
      async () => {
        await deps.store.delete(leaseKey('7'));
        await deps.store.setIfAbsent(
          leaseKey('7'),
          { token: 'other', expiresAt: new Date(deps.clock.now().getTime() + LEASE_SECONDS * 1000).toISOString() },
          { ttlSeconds: LEASE_SECONDS },
        );
      },
      { onBusy: busy },
    );
    expect(await deps.store.get(leaseKey('7'))).toMatchObject({ token: 'other' });
  });
});
