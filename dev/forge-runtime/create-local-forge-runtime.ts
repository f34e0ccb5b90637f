import { createHash } from 'node:crypto';
import type { AppManifest } from './app-manifest';
import { installForgeGlobals, type ForgeGlobals } from './install-forge-globals';
import { createForgeInvoker, type AppModule, type ForgeInvoker } from './invoke';
import type { InvocationLimits } from './invocation-limits';
import type { JiraBackend } from './jira-backend';
import type { KvsEndpoint } from './invocation-context';
import { createAsyncEventQueue, type AsyncEventQueue, type AsyncEventQueueOptions } from './queue';
import type { RetryPolicy } from './retry-policy';
import { runtimeOptionsFromEnv } from './runtime-options-from-env';

export interface LocalForgeRuntimeOptions {
  manifest: AppManifest;
  appModule: AppModule;
  jira: JiraBackend;
  kvs: KvsEndpoint;
  /** The site the app believes it is installed on (context `siteUrl`). */
  siteUrl: string;
  log?: (message: string) => void;
  /** Forge's limits unless given (tests shorten timeouts). */
  limits?: Partial<InvocationLimits>;
  /** Async-event delivery: retries, duplicates (default from PM_FORGE_* env), rate. */
  queue?: Omit<AsyncEventQueueOptions, 'log'>;
  triggerRetry?: Partial<RetryPolicy>;
}

export interface LocalForgeRuntime {
  globals: ForgeGlobals;
  invoker: ForgeInvoker;
  queue: AsyncEventQueue;
  cloudId: string;
  /** Waits for triggers and queued async events to finish. */
  idle(): Promise<void>;
  close(): void;
}

/** A stable fake cloud id derived from the site URL (a UUID shape, as Forge's). */
export function cloudIdFor(siteUrl: string): string {
  const h = createHash('sha256').update(siteUrl).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Installs the Forge globals for one app and wires invoker and async-event queue. */
export function createLocalForgeRuntime(options: LocalForgeRuntimeOptions): LocalForgeRuntime {
  const cloudId = cloudIdFor(options.siteUrl);
  const appId = options.manifest.app.id.replace(/^.*\//, '');
  const globals = installForgeGlobals({
    jira: options.jira,
    kvs: options.kvs,
    appId,
    environmentId: cloudIdFor(`${appId}/development`),
    installationId: cloudIdFor(`${appId}/${cloudId}`),
    cloudId,
  });
  const invoker = createForgeInvoker({
    manifest: options.manifest,
    appModule: options.appModule,
    globals,
    siteUrl: options.siteUrl,
    ...(options.log ? { log: options.log } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.triggerRetry ? { triggerRetry: options.triggerRetry } : {}),
  });
  const queue = createAsyncEventQueue((delivery) => invoker.deliverAsyncEvent(delivery), {
    ...runtimeOptionsFromEnv(process.env),
    ...options.queue,
    ...(options.log ? { log: options.log } : {}),
  });
  // The app's @forge/events pushes (through __forge_fetch__) land in this queue.
  globals.services.asyncEvents = queue;
  return {
    globals,
    invoker,
    queue,
    cloudId,
    async idle(): Promise<void> {
      await invoker.idle();
      await queue.idle();
      await invoker.idle();
    },
    close(): void {
      queue.close();
      globals.uninstall();
    },
  };
}
