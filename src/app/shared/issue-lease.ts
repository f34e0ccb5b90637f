import { z } from 'zod';
import type { AppDeps } from './app-deps';

/**
 * A short per-issue lease in KVS: the compare-and-set Jira lacks for issue
 * properties. A save holds it across read version -> write -> history append,
 * so two saves of one issue never both pass the version check.
 *
 * Taken with a set-if-absent (atomic in KVS). It lasts longer than any
 * invocation may run (Forge ends resolvers at 25 s), so a live holder never
 * loses it; a holder that died leaves a lease that expires (KVS TTL, and the
 * `expiresAt` inside in case the store purges late).
 */
export const LEASE_SECONDS = 30;

/** Waits between attempts while another save holds the lease (ms, about 1.3 s in all). */
export const LEASE_RETRY_WAITS_MS = [20, 40, 80, 160, 320, 640] as const;

export const leaseKey = (issueId: string): string => `lease:issue:${issueId}`;

const leaseSchema = z.strictObject({ token: z.string().min(1), expiresAt: z.string().datetime({ offset: true }) });
type Lease = z.infer<typeof leaseSchema>;

export interface LeaseOptions {
  /** Called (instead of running `work`) when another save kept the lease past the retries. */
  onBusy: () => Promise<never>;
}

/** Runs `work` while holding the issue's lease; `work` gets a token unique to this hold. */
export async function withIssueLease<T>(
  deps: AppDeps,
  issueId: string,
  work: (token: string) => Promise<T>,
  options: LeaseOptions,
): Promise<T> {
  const key = leaseKey(issueId);
  const token = globalThis.crypto.randomUUID();
  const acquired = await acquire(deps, key, token);
  if (!acquired) return options.onBusy();
  try {
    return await work(token);
  } finally {
    await release(deps, key, token).catch((error: unknown) =>
      // The lease expires on its own; a failed release only delays the next save of this issue.
      deps.logger.warn('could not release an issue lease', { key, error: String(error) }),
    );
  }
}

async function acquire(deps: AppDeps, key: string, token: string): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    const lease: Lease = {
      token,
      expiresAt: new Date(deps.clock.now().getTime() + LEASE_SECONDS * 1000).toISOString(),
    };
    if (await deps.store.setIfAbsent(key, lease, { ttlSeconds: LEASE_SECONDS })) return true;
    if (await breakIfStale(deps, key)) continue;
    const wait = LEASE_RETRY_WAITS_MS[attempt];
    if (wait === undefined) return false;
    await deps.clock.sleep(wait);
  }
}

/**
 * Removes a lease whose holder died (past `expiresAt`, or unreadable) when the
 * store has not purged it yet. Only one caller wins the right to remove a given
 * stale lease (a set-if-absent on a key named after its token), so a fresh
 * lease taken in between is never deleted by a second breaker.
 */
async function breakIfStale(deps: AppDeps, key: string): Promise<boolean> {
  const stored = leaseSchema.safeParse(await deps.store.get<unknown>(key));
  if (stored.success && Date.parse(stored.data.expiresAt) > deps.clock.now().getTime()) return false;
  const staleToken = stored.success ? stored.data.token : 'unreadable';
  if (
    !(await deps.store.setIfAbsent(
      `${key}:break:${staleToken}`,
      { at: deps.clock.now().toISOString() },
      { ttlSeconds: LEASE_SECONDS },
    ))
  )
    return false;
  deps.logger.warn('removed an expired issue lease (its holder did not release it)', { key });
  await deps.store.delete(key);
  return true;
}

async function release(deps: AppDeps, key: string, token: string): Promise<void> {
  const stored = leaseSchema.safeParse(await deps.store.get<unknown>(key));
  // Never delete a lease someone else holds (ours could only be gone if it expired).
  if (stored.success && stored.data.token === token) await deps.store.delete(key);
}
