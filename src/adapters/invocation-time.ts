import { __getRuntime } from '@forge/api';

/**
 * Milliseconds this invocation has left, as Forge's runtime tells them (the local runtime models
 * its limits). `__getRuntime` is @forge/api's own accessor of the runtime object; should it ever
 * fail, the answer is "no limit known" and a read goes on as one read, as it did before parts.
 */
export function forgeRemainingMs(): number {
  try {
    return __getRuntime().lambdaContext.getRemainingTimeInMillis();
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
