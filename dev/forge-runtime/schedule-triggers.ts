import type { AppManifest } from './app-manifest';
import type { ForgeInvoker } from './invoke';

/** Seconds per `scheduledTrigger.interval` value Forge accepts. */
export const INTERVAL_SECONDS: Record<string, number> = { fiveMinute: 300, hour: 3600, day: 86_400, week: 604_800 };

/**
 * Runs each `scheduledTrigger` module at its interval while the local app runs
 * (the first run one interval after start, as in Forge). Returns a stop function.
 */
export function scheduleTriggers(
  manifest: AppManifest,
  invoker: ForgeInvoker,
  log: (message: string) => void,
): () => void {
  const timers: NodeJS.Timeout[] = [];
  for (const trigger of manifest.modules['scheduledTrigger'] ?? []) {
    const seconds = INTERVAL_SECONDS[trigger.interval ?? ''];
    if (!seconds) {
      log(
        `[local runtime] scheduledTrigger ${trigger.key}: unknown interval "${String(trigger.interval)}"; not scheduled.`,
      );
      continue;
    }
    const timer = setInterval(() => {
      invoker
        .runScheduledTrigger(trigger.key)
        .catch((error: unknown) => log(`[local runtime] scheduledTrigger ${trigger.key} failed: ${String(error)}`));
    }, seconds * 1000);
    timer.unref();
    timers.push(timer);
  }
  return () => timers.forEach((t) => clearInterval(t));
}
