import { consoleLogger } from '../../adapters/console-logger';
import { ForgeJiraGateway } from '../../adapters/forge-jira-gateway';
import { RetryBudget } from '../../adapters/http-retry';
import { forgeRemainingMs } from '../../adapters/invocation-time';
import { getJobQueue } from '../../adapters/job-queue-registry';
import { KvsStore } from '../../adapters/kvs-store';
import { kvsServerTimeZoneCache } from '../../adapters/server-time-zone-cache';
import { kvsStoryPointFieldCache } from '../../adapters/story-point-field-cache';
import { systemClock } from '../../adapters/system-clock';
import type { AppDeps } from '../../app/shared/app-deps';
import { runtimeOverrides } from './runtime-overrides';

export interface ComposeOptions {
  /**
   * Keep the site's story-point field ids in app storage (an hour) instead of asking Jira on
   * every invocation: for reads held to a fixed number of Jira calls (the project page, the
   * backlog page) and for background work that runs often (issue triggers, catch-up runs).
   */
  cacheStoryPointFields?: boolean;
}

/** Fresh adapters per invocation: the retry budget must not carry over between calls. */
export function composeDeps(options: ComposeOptions = {}): AppDeps {
  const { clock = systemClock, retry, logger = consoleLogger } = runtimeOverrides();
  const store = new KvsStore();
  return {
    jira: new ForgeJiraGateway({
      clock,
      budget: new RetryBudget(retry),
      // Always kept: every KPI status shown or stored needs the site's zone, an hour's staleness is fine.
      serverTimeZoneCache: kvsServerTimeZoneCache(store, clock),
      ...(options.cacheStoryPointFields ? { storyPointFieldCache: kvsStoryPointFieldCache(store, clock) } : {}),
    }),
    store,
    clock,
    queue: getJobQueue(),
    logger,
    remainingMs: forgeRemainingMs,
  };
}
