import { consoleLogger } from '../../adapters/console-logger';
import { ForgeJiraGateway } from '../../adapters/forge-jira-gateway';
import { RetryBudget } from '../../adapters/http-retry';
import { getJobQueue } from '../../adapters/job-queue-registry';
import { KvsStore } from '../../adapters/kvs-store';
import { systemClock } from '../../adapters/system-clock';
import type { AppDeps } from '../../app/shared/app-deps';
import { runtimeOverrides } from './runtime-overrides';

/** Fresh adapters per invocation: the retry budget must not carry over between calls. */
export function composeDeps(): AppDeps {
  const { clock = systemClock, retry, logger = consoleLogger } = runtimeOverrides();
  return {
    jira: new ForgeJiraGateway({ clock, budget: new RetryBudget(retry) }),
    store: new KvsStore(),
    clock,
    queue: getJobQueue(),
    logger,
  };
}
