import { __getRuntime } from '@forge/api';

/** Milliseconds this invocation has left, as Forge's runtime tells them (the local runtime models its limits). */
export function forgeRemainingMs(): number {
  return __getRuntime().lambdaContext.getRemainingTimeInMillis();
}
