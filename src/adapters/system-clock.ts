import type { Clock } from '../ports/clock';

/** The real clock, used on Forge and by the local runtime (never in unit tests). */
export const systemClock: Clock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
