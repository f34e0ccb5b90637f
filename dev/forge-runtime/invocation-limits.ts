/**
 * Forge's per-invocation limits, as the local runtime enforces them (DESIGN.md
 * section 3). Defaults are Forge's; tests pass small timeouts so a timeout can
 * be exercised without waiting 25 s.
 */
export type InvocationKind = 'resolver' | 'trigger' | 'scheduledTrigger' | 'consumer';

export interface InvocationLimits {
  /** UI resolvers and product triggers: 25 s, not configurable on Forge. */
  resolverTimeoutMs: number;
  triggerTimeoutMs: number;
  /** Scheduled triggers: 55 s unless the function sets `timeoutSeconds`. */
  scheduledTriggerTimeoutMs: number;
  /** Consumers: 25 s unless the function sets `timeoutSeconds` (at most 900). */
  consumerTimeoutMs: number;
  /** `timeoutSeconds` above this is capped (Forge rejects it at deploy). */
  maxTimeoutSeconds: number;
  /** Front-end invoke: request payload and response body. */
  maxRequestPayloadBytes: number;
  maxResponseBytes: number;
  /** Replaces the computed timeout of every invocation of that kind (tests). */
  timeoutOverrideMs?: Partial<Record<InvocationKind, number>>;
}

export const FORGE_INVOCATION_LIMITS: InvocationLimits = {
  resolverTimeoutMs: 25_000,
  triggerTimeoutMs: 25_000,
  scheduledTriggerTimeoutMs: 55_000,
  consumerTimeoutMs: 25_000,
  maxTimeoutSeconds: 900,
  maxRequestPayloadBytes: 500 * 1024,
  maxResponseBytes: 5 * 1024 * 1024,
};

/** Forge's default memory per invocation (a function may set `memoryMB`, up to 1,024; the app does not). */
export const FORGE_INVOCATION_MEMORY_MB = 512;

/**
 * V8 flags that hold a Node process to an invocation's memory the way a Lambda-style runtime
 * sizes Node for its container (old space at about 90 % of the memory, the rest for young
 * space, code and buffers). A process past it fails with V8's out-of-memory error, as an
 * invocation past its memory does; below it, V8 collects as hard as it must, not as lazily as
 * it may on a 24 GiB machine.
 */
export function invocationHeapFlags(memoryMb: number = FORGE_INVOCATION_MEMORY_MB): string[] {
  return [`--max-old-space-size=${Math.floor(memoryMb * 0.9)}`];
}

/** How long one invocation of `kind` may run, given the function's `timeoutSeconds`. */
export function timeoutMsFor(
  limits: InvocationLimits,
  kind: InvocationKind,
  functionTimeoutSeconds: number | undefined,
): number {
  const override = limits.timeoutOverrideMs?.[kind];
  if (override !== undefined) return override;
  // Forge honours `timeoutSeconds` only for background functions; UI and product events stay at 25 s.
  const configured =
    functionTimeoutSeconds === undefined
      ? undefined
      : Math.min(functionTimeoutSeconds, limits.maxTimeoutSeconds) * 1000;
  switch (kind) {
    case 'resolver':
      return limits.resolverTimeoutMs;
    case 'trigger':
      return limits.triggerTimeoutMs;
    case 'scheduledTrigger':
      return configured ?? limits.scheduledTriggerTimeoutMs;
    case 'consumer':
      return configured ?? limits.consumerTimeoutMs;
  }
}
