import { findFunction, findModule, type AppManifest, type ManifestModule } from './app-manifest';
import type { ForgeGlobals } from './install-forge-globals';
import { FORGE_INVOCATION_LIMITS, timeoutMsFor, type InvocationKind, type InvocationLimits } from './invocation-limits';
import { retryDelayMs, type RetryPolicy } from './retry-policy';

/**
 * Calls the app's handlers exactly as Forge does, inside one invocation of the
 * local runtime (see install-forge-globals.ts):
 *
 * - resolvers (UI modules, resolver-style consumers):
 *   `handler({call:{functionKey, payload, jobId?}, context}, {principal:{accountId}, installContext})`
 * - product-event triggers: `handler(event, {installContext})` with the Forge
 *   payload `{eventType, issue:{id, key, fields}, atlassianId, changelog?}`, or for
 *   links `{eventType, id, sourceIssueId, destinationIssueId, issueLinkType, atlassianId}`;
 *   events run concurrently (never serialised per project); a trigger that throws
 *   or times out is delivered again with `retryContext`
 * - scheduled triggers: `handler({context:{cloudId, moduleKey}, userAccess:{enabled:false}}, {installContext})`
 * - consumers (`function:` form only, as @forge/events 2+): `handler(asyncEvent, {installContext})`
 *
 * Every invocation has Forge's time limit (invocation-limits.ts) and UI
 * invocations its payload limits; once it returns or times out, its leftover
 * work can make no more platform calls (install-forge-globals.ts).
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
  /** issuelink events: the link (issueId is then its source). */
  link?: {
    id: string;
    sourceIssueId: string;
    destinationIssueId: string;
    issueLinkType: { id: string; name: string; inward: string; outward: string };
  };
}

/** Forge's product-event payload for `avi:jira:created|deleted:issuelink`. */
export interface IssueLinkTriggerEvent {
  eventType: string;
  id: string;
  sourceIssueId: string;
  destinationIssueId: string;
  issueLinkType: { id: string; name: string; inward: string; outward: string };
  atlassianId?: string;
  [key: string]: unknown;
}

/** Forge's v2 `AsyncEvent` (@forge/events 2+/3.x), as a `function:` consumer receives it. */
export interface AsyncEventDelivery {
  queueName: string;
  body: Record<string, unknown>;
  jobId: string;
  eventId: string;
  /** Only on a retry. */
  retryContext?: RetryContext;
}

export interface RetryContext {
  retryCount: number;
  retryReason: string;
  retryData?: unknown;
}

export class InvocationError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Forge's reason code when it has one (`FUNCTION_TIME_OUT`, ...). */
    readonly code?: string,
    /** False when delivering again cannot help (a misdeclared module). */
    readonly retryable = true,
  ) {
    super(message);
    this.name = 'InvocationError';
  }
}

export interface ForgeInvoker {
  invokeResolver(call: ResolverCall): Promise<unknown>;
  /** Runs every trigger subscribed to the event (concurrently), each retried after a failure. */
  fireTrigger(event: IssueTriggerEvent | IssueLinkTriggerEvent): Promise<void>;
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
  /** Forge's limits unless given (tests shorten the timeouts). */
  limits?: Partial<InvocationLimits>;
  /** How product-event triggers are retried after a platform error. */
  triggerRetry?: Partial<RetryPolicy>;
}

const ISSUE_FIELDS = 'summary,issuetype,project,status,created,updated,reporter,assignee,creator,parent';

/** Forge retries a failed product event a few times; the exact count is not documented (assumed as for async events). */
export const DEFAULT_TRIGGER_RETRY: RetryPolicy = { maxRetries: 4, baseDelayMs: 1000, maxDelayMs: 60_000 };

const bytesOf = (value: unknown): number =>
  value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value), 'utf8');
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms).unref());

export function createForgeInvoker(options: ForgeInvokerOptions): ForgeInvoker {
  const { manifest, appModule, globals } = options;
  const log = options.log ?? ((message: string) => console.warn(message));
  const limits: InvocationLimits = { ...FORGE_INVOCATION_LIMITS, ...options.limits };
  const triggerRetry: RetryPolicy = { ...DEFAULT_TRIGGER_RETRY, ...options.triggerRetry };
  const cloudId = globals.services.cloudId;
  const installContext = `ari:cloud:jira::site/${cloudId}`;
  const pending = new Set<Promise<unknown>>();

  for (const consumer of manifest.modules['consumer'] ?? []) {
    if (consumer.resolver) {
      log(
        `[local runtime] consumer ${consumer.key} uses the resolver form of @forge/events 1.x; @forge/events 2+ delivers an AsyncEvent to \`function:\` only, so its events will fail.`,
      );
    }
  }

  function handlerFor(functionKey: string): { handler: Handler; timeoutSeconds: number | undefined } {
    const definition = findFunction(manifest, functionKey);
    if (!definition) throw new InvocationError(500, `The manifest has no function "${functionKey}".`);
    const handler = appModule[definition.exportName];
    if (typeof handler !== 'function') {
      throw new InvocationError(
        500,
        `The app module does not export a function "${definition.exportName}" (function ${functionKey}).`,
      );
    }
    return { handler: handler as Handler, timeoutSeconds: definition.timeoutSeconds };
  }

  async function run(
    kind: InvocationKind,
    module: ManifestModule,
    functionKey: string,
    accountId: string | undefined,
    call: (handler: Handler) => unknown,
  ): Promise<unknown> {
    const { handler, timeoutSeconds } = handlerFor(functionKey);
    const timeoutMs = timeoutMsFor(limits, kind, timeoutSeconds);
    const result = await globals.run(
      {
        moduleKey: module.key,
        functionKey,
        accountId,
        timeoutMs,
        timeoutError: () =>
          new InvocationError(
            504,
            `The function ${functionKey} timed out after ${timeoutMs / 1000} s (Forge's limit for a ${kind}).`,
            'FUNCTION_TIME_OUT',
          ),
      },
      async () => call(handler),
    );
    // Results cross the wire as JSON in Forge.
    return result === undefined ? undefined : (JSON.parse(JSON.stringify(result)) as unknown);
  }

  function track<T>(promise: Promise<T>): Promise<T> {
    pending.add(promise);
    void promise.finally(() => pending.delete(promise)).catch(() => undefined);
    return promise;
  }

  /** One trigger for one event: delivered again (with `retryContext`) after a throw or a timeout. */
  async function runTrigger(trigger: ManifestModule, event: IssueTriggerEvent | IssueLinkTriggerEvent): Promise<void> {
    for (let retryCount = 0; ; retryCount += 1) {
      try {
        await run('trigger', trigger, trigger.function as string, undefined, (handler) =>
          handler(event, { installContext }),
        );
        return;
      } catch (error) {
        if (retryCount >= triggerRetry.maxRetries) throw error;
        const retryReason =
          error instanceof InvocationError && error.code ? error.code : 'FUNCTION_PLATFORM_UNKNOWN_ERROR';
        log(`[local runtime] trigger ${trigger.key} failed (${retryReason}); delivering ${event.eventType} again.`);
        await sleep(retryDelayMs(triggerRetry, retryCount + 1));
        event = { ...event, retryContext: { retryCount: retryCount + 1, retryReason } };
      }
    }
  }

  async function fireTrigger(event: IssueTriggerEvent | IssueLinkTriggerEvent): Promise<void> {
    const triggers = (manifest.modules['trigger'] ?? []).filter(
      (t) => t.events?.includes(event.eventType) && t.function,
    );
    const results = await Promise.allSettled(triggers.map((trigger) => runTrigger(trigger, event)));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  async function issueEventToTrigger(event: EmulatorIssueEvent): Promise<void> {
    const actor = event.atlassianId ? { atlassianId: event.atlassianId } : {};
    if (event.link) {
      await fireTrigger({ eventType: event.type, ...event.link, ...actor });
      return;
    }
    const eventType = event.type.startsWith('avi:') ? event.type : `avi:jira:${event.type}:issue`;
    let fields: Record<string, unknown> = { project: { key: event.projectKey } };
    if (!eventType.includes(':deleted:')) {
      const path = `/rest/api/3/issue/${encodeURIComponent(event.issueId)}?fields=${ISSUE_FIELDS}`;
      const response = await globals.services.jira.fetch(
        path,
        { method: 'GET', headers: { accept: 'application/json' } },
        { kind: 'app' },
      );
      if (response.ok) {
        const issue = (await response.json()) as { fields?: Record<string, unknown> };
        fields = issue.fields ?? fields;
      }
    }
    await fireTrigger({ eventType, issue: { id: event.issueId, key: event.issueKey, fields }, ...actor });
  }

  return {
    async invokeResolver(call: ResolverCall): Promise<unknown> {
      const located = findModule(manifest, call.context.moduleKey);
      const resolver = located?.module.resolver;
      if (!located || !resolver) {
        throw new InvocationError(404, `No module "${call.context.moduleKey}" with a resolver in the manifest.`);
      }
      const payloadBytes = bytesOf(call.payload ?? {});
      if (payloadBytes > limits.maxRequestPayloadBytes) {
        throw new InvocationError(
          413,
          `The invoke payload is ${payloadBytes} bytes; Forge accepts at most ${limits.maxRequestPayloadBytes} bytes per request.`,
          'PAYLOAD_TOO_LARGE',
        );
      }
      const { accountId, ...rest } = call.context;
      const context = {
        cloudId,
        siteUrl: options.siteUrl,
        environmentType: 'DEVELOPMENT',
        ...rest,
        moduleKey: located.module.key,
      };
      const result = await run('resolver', located.module, resolver.function, accountId, (handler) =>
        handler(
          { call: { functionKey: call.functionKey, payload: call.payload ?? {} }, context },
          { principal: accountId ? { accountId } : undefined, installContext },
        ),
      );
      const resultBytes = bytesOf(result);
      if (resultBytes > limits.maxResponseBytes) {
        throw new InvocationError(
          502,
          `The function ${call.functionKey} answered ${resultBytes} bytes; Forge passes at most ${limits.maxResponseBytes} bytes back to the UI.`,
          'RESPONSE_TOO_LARGE',
        );
      }
      return result;
    },

    fireTrigger,

    handleIssueEvent(event: EmulatorIssueEvent): void {
      // Setting an issue property is not an issue update for Forge's issue triggers;
      // skipping it also keeps a trigger that writes a property from re-firing itself.
      if (event.changedPropertyKey) return;
      track(issueEventToTrigger(event)).catch((error: unknown) =>
        log(
          `[local runtime] trigger for ${event.type} ${event.issueKey} failed: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
    },

    async runScheduledTrigger(moduleKey: string): Promise<unknown> {
      const trigger = (manifest.modules['scheduledTrigger'] ?? []).find((t) => t.key === moduleKey);
      if (!trigger?.function) throw new InvocationError(404, `No scheduledTrigger "${moduleKey}" in the manifest.`);
      const result = await run('scheduledTrigger', trigger, trigger.function, undefined, (handler) =>
        handler({ context: { cloudId, moduleKey }, userAccess: { enabled: false } }, { installContext }),
      );
      const statusCode = (result as { statusCode?: unknown } | undefined)?.statusCode;
      // Forge records any other answer as a failed run (424).
      if (statusCode !== 204)
        log(
          `[local runtime] scheduledTrigger ${moduleKey} answered ${JSON.stringify(result)}; Forge expects {statusCode: 204} and records this run as 424.`,
        );
      return result;
    },

    async deliverAsyncEvent(delivery: AsyncEventDelivery): Promise<unknown> {
      const consumer = (manifest.modules['consumer'] ?? []).find((c) => c.queue === delivery.queueName);
      if (!consumer)
        throw new InvocationError(
          404,
          `No consumer for queue "${delivery.queueName}" in the manifest.`,
          undefined,
          false,
        );
      if (!consumer.function) {
        throw new InvocationError(
          500,
          `Consumer ${consumer.key} must name a \`function:\` (@forge/events 2+ delivers an AsyncEvent; the resolver form is for 1.x).`,
          undefined,
          false,
        );
      }
      const event: AsyncEventDelivery = {
        queueName: delivery.queueName,
        body: delivery.body,
        jobId: delivery.jobId,
        eventId: delivery.eventId,
        ...(delivery.retryContext ? { retryContext: delivery.retryContext } : {}),
      };
      return run('consumer', consumer, consumer.function, undefined, (handler) => handler(event, { installContext }));
    },

    async idle(): Promise<void> {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
