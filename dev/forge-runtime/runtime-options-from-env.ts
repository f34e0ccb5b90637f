import type { AsyncEventQueueOptions } from './queue';

/**
 * Async-event knobs from the environment, for `npm start` and ad-hoc runs:
 * `PM_FORGE_DUPLICATE_RATE` (0..1, share of events delivered twice) and
 * `PM_FORGE_SEED` (which ones). Unset keeps the queue's defaults; a bad value
 * stops start-up rather than being ignored.
 */
export function runtimeOptionsFromEnv(
  env: Record<string, string | undefined>,
): Pick<AsyncEventQueueOptions, 'duplicateRate' | 'seed'> {
  const options: Pick<AsyncEventQueueOptions, 'duplicateRate' | 'seed'> = {};
  const rate = env['PM_FORGE_DUPLICATE_RATE'];
  if (rate !== undefined && rate !== '') {
    const value = Number(rate);
    if (!(value >= 0 && value <= 1))
      throw new Error(`PM_FORGE_DUPLICATE_RATE must be a number from 0 to 1; got "${rate}".`);
    options.duplicateRate = value;
  }
  const seed = env['PM_FORGE_SEED'];
  if (seed !== undefined && seed !== '') {
    const value = Number(seed);
    if (!Number.isInteger(value)) throw new Error(`PM_FORGE_SEED must be an integer; got "${seed}".`);
    options.seed = value;
  }
  return options;
}
