import { findFunction, findModule, type AppManifest, type ManifestModule } from './app-manifest';
import type { ForgeGlobals } from './install-forge-globals';

/**
 * Calls the app's handlers exactly as Forge does, inside one invocation of the
 * local runtime (see install-forge-globals.ts):
 *
 * - resolvers (UI modules, resolver-style consumers):
 *   `handler({call:{functionKey, payload, jobId?}, context}, {principal:{accountId}, installContext})`
 * - product-event triggers: `handler(event, {installContext})` with the Forge
 *   payload `{eventType, issue:{id, key, fields}, atlassianId, changelog?}`
 * - scheduled triggers: `handler({context:{cloudId, moduleKey}, userAccess:{enabled:false}}, {installContext})`
 */

/** The app entry module: `src/index.ts` exports the handlers named in the manifest. */
export type AppModule = Record<string, unknown>;

type Handler = (request: unknown, runtimePayload: unknown) => unknown;

/** Context as the UI sends it (`accountId`, `moduleKey`, `extension`, ...). */
export interface ResolverContext {
  moduleKey: string;
  accountId?: string;
  extension?: unknown;
  [key: string]: unknown;
}

export interface ResolverCall {
  functionKey: string;
  payload?: unknown;
  context: ResolverContext;
}

/** Forge's product-event payload for `avi:jira:*:issue`. */
export interface IssueTriggerEvent {
  eventType: string;
  issue: { id: string; key: string; fields: Record<string, unknown> };
  atlassianId?: string;
  changelog?: unknown;
  [key: string]: unknown;
}

/** What the emulator reports (`emulator.onIssueEvent`). */
export interface EmulatorIssueEvent {
  type: string;
  issueId: string;
  issueKey: string;
  projectKey: string;
  atlassianId?: string;
  changedPropertyKey?: string;
}

export interface AsyncEventDelivery {
  queueName: string;
  body: Record<string, unknown>;
  jobId: string;
  eventId: string;
  retryCount: number;
}

export class InvocationError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'InvocationError';
  }
}

export interface ForgeInvoker {
  invokeResolver(call: ResolverCall): Promise<unknown>;
  fireTrigger(event: IssueTriggerEvent): Promise<void>;
  /** Turns an emulator issue event into Forge's payload and fires matching triggers (asynchronously). */
  handleIssueEvent(event: EmulatorIssueEvent): void;
  runScheduledTrigger(moduleKey: string): Promise<unknown>;
  deliverAsyncEvent(delivery: AsyncEventDelivery): Promise<unknown>;
  /** Resolves once every trigger started by `handleIssueEvent` has finished. */
  idle(): Promise<void>;
}

export interface ForgeInvokerOptions {
  manifest: AppManifest;
  appModule: AppModule;
  globals: ForgeGlobals;
  siteUrl: string;
  log?: (message: string) => void;
}

const ISSUE_FIELDS = 'summary,issuetype,project,status,created,updated,reporter,assignee,creator,parent';

export function createForgeInvoker(options: ForgeInvokerOptions): ForgeInvoker {
  const { manifest, appModule, globals } = options;
  const log = options.log ?? ((message: string) => console.warn(message));
  const cloudId = globals.services.cloudId;
  const installContext = `ari:cloud:jira::site/${cloudId}`;
  const pending = new Set<Promise<unknown>>();

  function handlerFor(functionKey: string): { handler: Handler; timeoutSeconds: number } {
    const definition = findFunction(manifest, functionKey);
    if (!definition) throw new InvocationError(500, `The manifest has no function "${functionKey}".`);
    const handler = appModule[definition.exportName];
    if (typeof handler !== 'function') {
      throw new InvocationError(500, `The app module does not export a function "${definition.exportName}" (function ${functionKey}).`);
    }
    return { handler: handler as Handler, timeoutSeconds: definition.timeoutSeconds };
  }

  async function run(
    module: ManifestModule,
    functionKey: string,
    accountId: string | undefined,
    call: (handler: Handler) => unknown,
  ): Promise<unknown> {
    const { handler, timeoutSeconds } = handlerFor(functionKey);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new InvocationError(504, `The function ${functionKey} timed out after ${timeoutSeconds} s (Forge's limit).`)),
        timeoutSeconds * 1000,
      );
      timer.unref();
    });
    try {
      const result = await Promise.race([
        globals.run({ moduleKey: module.key, functionKey, accountId, timeoutSeconds }, async () => call(handler)),
        timeout,
      ]);
      // Results cross the wire as JSON in Forge.
      return result === undefined ? undefined : (JSON.parse(JSON.stringify(result)) as unknown);
    } finally {
      if (timer) clearTimeout(timer);
    }
  }

  function track<T>(promise: Promise<T>): Promise<T> {
    pending.add(promise);
    void promise.finally(() => pending.delete(promise)).catch(() => undefined);
    return promise;
  }

  async function fireTrigger(event: IssueTriggerEvent): Promise<void> {
    const triggers = (manifest.modules['trigger'] ?? []).filter((t) => t.events?.includes(event.eventType) && t.function);
    for (const trigger of triggers) {
      await run(trigger, trigger.function as string, undefined, (handler) => handler(event, { installContext }));
    }
  }

  async function issueEventToTrigger(event: EmulatorIssueEvent): Promise<void> {
    const eventType = event.type.startsWith('avi:') ? event.type : `avi:jira:${event.type}:issue`;
    let fields: Record<string, unknown> = { project: { key: event.projectKey } };
    if (!eventType.includes(':deleted:')) {
      const path = `/rest/api/3/issue/${encodeURIComponent(event.issueId)}?fields=${ISSUE_FIELDS}`;
      const response = await globals.services.jira.fetch(path, { method: 'GET', headers: { accept: 'application/json' } }, { kind: 'app' });
      if (response.ok) {
        const issue = (await response.json()) as { fields?: Record<string, unknown> };
        fields = issue.fields ?? fields;
      }
    }
    await fireTrigger({
      eventType,
      issue: { id: event.issueId, key: event.issueKey, fields },
      ...(event.atlassianId ? { atlassianId: event.atlassianId } : {}),
    });
  }

  return {
    async invokeResolver(call: ResolverCall): Promise<unknown> {
      const located = findModule(manifest, call.context.moduleKey);
      const resolver = located?.module.resolver;
      if (!located || !resolver) {
        throw new InvocationError(404, `No module "${call.context.moduleKey}" with a resolver in the manifest.`);
      }
      const { accountId, ...rest } = call.context;
      const context = { cloudId, siteUrl: options.siteUrl, environmentType: 'DEVELOPMENT', ...rest, moduleKey: located.module.key };
      return run(located.module, resolver.function, accountId, (handler) =>
        handler(
          { call: { functionKey: call.functionKey, payload: call.payload ?? {} }, context },
          { principal: accountId ? { accountId } : undefined, installContext },
        ),
      );
    },

    fireTrigger,

    handleIssueEvent(event: EmulatorIssueEvent): void {
      // Setting an issue property is not an issue update for Forge's issue triggers;
      // skipping it also keeps a trigger that writes a property from re-firing itself.
      if (event.changedPropertyKey) return;
      track(issueEventToTrigger(event)).catch((error: unknown) =>
        log(`[local runtime] trigger for ${event.type} ${event.issueKey} failed: ${error instanceof Error ? error.message : String(error)}`),
      );
    },

    async runScheduledTrigger(moduleKey: string): Promise<unknown> {
      const trigger = (manifest.modules['scheduledTrigger'] ?? []).find((t) => t.key === moduleKey);
      if (!trigger?.function) throw new InvocationError(404, `No scheduledTrigger "${moduleKey}" in the manifest.`);
      return run(trigger, trigger.function, undefined, (handler) =>
        handler({ context: { cloudId, moduleKey }, userAccess: { enabled: false } }, { installContext }),
      );
    },

    async deliverAsyncEvent(delivery: AsyncEventDelivery): Promise<unknown> {
      const consumer = (manifest.modules['consumer'] ?? []).find((c) => c.queue === delivery.queueName);
      if (!consumer) throw new InvocationError(404, `No consumer for queue "${delivery.queueName}" in the manifest.`);
      const retryContext = { retryCount: delivery.retryCount, retryReason: null };
      if (consumer.resolver) {
        // Resolver-style consumer (@forge/events 1.x): the body arrives as the payload of `method`.
        const functionKey = consumer.resolver.method ?? consumer.resolver.function;
        return run(consumer, consumer.resolver.function, undefined, (handler) =>
          handler(
            { call: { functionKey, payload: { ...delivery.body, retryContext }, jobId: delivery.jobId }, context: { cloudId, moduleKey: consumer.key } },
            { installContext },
          ),
        );
      }
      if (consumer.function) {
        // Function-style consumer (@forge/events 2.x): an AsyncEvent.
        return run(consumer, consumer.function, undefined, (handler) =>
          handler({ queueName: delivery.queueName, body: delivery.body, jobId: delivery.jobId, eventId: delivery.eventId, retryContext }, { installContext }),
        );
      }
      throw new InvocationError(500, `Consumer ${consumer.key} has neither resolver nor function.`);
    },

    async idle(): Promise<void> {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
