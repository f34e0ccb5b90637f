import { randomUUID } from 'node:crypto';
import { currentInvocation, invocationStorage, type ForgeServices, type Invocation } from './invocation-context';
import type { JiraActor } from './jira-backend';
import { QUEUE_PUBLISH_PATH, publishToLocalQueue } from './queue-publish-endpoint';

/**
 * Installs the two globals the unmodified @forge packages call at run time:
 *
 * - `__forge_fetch__(descriptor, path, init)`: @forge/api's `requestJira` (`asUser()`,
 *   `asApp()`) sends `{type:'fpp', remote:'jira', provider}`; @forge/kvs sends
 *   `{type:'kvs', ...}` with `/api/v1/...` paths; @forge/events `Queue.push` sends
 *   `{type:'fpp', remote:'stargate', provider:'app'}` to `/webhook/queue/publish/...`.
 *   Routed to the Jira backend, the KVS emulator and the async-event queue.
 * - `__forge_runtime__`: the app context (`appContext`, `lambdaContext`, `metrics`).
 *   It has no `kvs` entry, so @forge/kvs uses its `{type:'kvs', provider:'app',
 *   remote:'kvs'}` path.
 *
 * The current invocation (user, module, services) comes from AsyncLocalStorage;
 * calls made outside an invocation use the services of the last `installForgeGlobals`.
 */

type ForgeFetchDescriptor = {
  type?: string;
  provider?: string;
  remote?: string;
  accountId?: string;
};

export interface InvocationStart {
  moduleKey: string;
  functionKey: string;
  accountId: string | undefined;
  timeoutMs: number;
  /** The error the invocation fails with when it runs past `timeoutMs`. */
  timeoutError: () => Error;
}

export interface ForgeGlobals {
  readonly services: ForgeServices;
  /**
   * Runs `fn` as one Forge invocation (the globals see its user and module);
   * rejects with `start.timeoutError()` after `start.timeoutMs`. Either way the
   * invocation then ends: later platform calls from its leftover work are refused.
   */
  run<T>(start: InvocationStart, fn: () => Promise<T>): Promise<T>;
  /** Restores whatever globals were there before. */
  uninstall(): void;
}

interface GlobalSlots {
  __forge_fetch__?: unknown;
  __forge_runtime__?: unknown;
}

const noopTimer = { stop: (): void => undefined };
const noopMetrics = {
  counter: () => ({ incr: (): void => undefined, decr: (): void => undefined }),
  timing: () => ({ measure: () => noopTimer }),
  gauge: () => ({ set: (): void => undefined }),
};

const installed: ForgeServices[] = [];

function activeServices(invocation: Invocation | undefined): ForgeServices {
  const services = invocation?.services ?? installed[installed.length - 1];
  if (!services) throw new Error('Forge runtime not found: installForgeGlobals() was not called.');
  return services;
}

function proxyError(status: number, reason: string, message: string): Response {
  // `code` as well, so @forge/kvs (which reads the body, not the header) reports it too.
  return new Response(JSON.stringify({ code: reason, message }), {
    status,
    headers: { 'content-type': 'application/json', 'forge-proxy-error': reason },
  });
}

async function forgeFetch(descriptor: ForgeFetchDescriptor, path: string, init?: RequestInit): Promise<Response> {
  const invocation = currentInvocation();
  const services = activeServices(invocation);
  if (invocation?.ended) {
    return proxyError(
      500,
      'INVOCATION_ENDED',
      `The invocation of ${invocation.functionKey} has ended (returned or timed out); Forge serves no further requests from it (${path}).`,
    );
  }
  if (descriptor.type === 'kvs') return services.kvs.fetch(path, init);
  if (
    descriptor.type === 'fpp' &&
    descriptor.remote === 'stargate' &&
    descriptor.provider === 'app' &&
    path.startsWith(QUEUE_PUBLISH_PATH)
  ) {
    return publishToLocalQueue(services.asyncEvents, init);
  }
  if (descriptor.type === 'fpp' && descriptor.remote === 'jira') {
    let actor: JiraActor;
    if (descriptor.provider === 'user') {
      const accountId = descriptor.accountId ?? invocation?.accountId;
      if (!accountId) {
        return proxyError(401, 'NEEDS_AUTHENTICATION_ERR', 'asUser() was called in an invocation that has no user.');
      }
      actor = { kind: 'user', accountId };
    } else {
      actor = { kind: 'app' };
    }
    return services.jira.fetch(path, init, actor);
  }
  const what = `${descriptor.type ?? '?'}/${descriptor.remote ?? '?'}`;
  return proxyError(501, 'UNSUPPORTED_REMOTE', `The local runtime does not serve ${what} requests (${path}).`);
}

function createRuntimeObject(): object {
  return {
    get appContext() {
      const invocation = currentInvocation();
      const services = activeServices(invocation);
      return {
        appId: services.appId,
        appVersion: '0.0.0-local',
        environmentId: services.environmentId,
        environmentType: 'DEVELOPMENT',
        invocationId: invocation?.invocationId ?? 'outside-invocation',
        installationId: services.installationId,
        moduleKey: invocation?.moduleKey,
        license: undefined,
        installation: undefined,
        permissions: undefined,
      };
    },
    get lambdaContext() {
      const invocation = currentInvocation();
      return {
        getRemainingTimeInMillis: (): number => (invocation ? Math.max(0, invocation.deadline - Date.now()) : 25_000),
      };
    },
    metrics: noopMetrics,
    tracing: { traceId: randomUUID().replace(/-/g, ''), spanId: randomUUID().slice(0, 16) },
  };
}

export function installForgeGlobals(services: ForgeServices): ForgeGlobals {
  const slots = globalThis as unknown as GlobalSlots;
  const previous = { fetch: slots.__forge_fetch__, runtime: slots.__forge_runtime__ };
  slots.__forge_fetch__ = forgeFetch;
  slots.__forge_runtime__ = createRuntimeObject();
  installed.push(services);
  let active = true;
  return {
    services,
    async run<T>(start: InvocationStart, fn: () => Promise<T>): Promise<T> {
      const invocation: Invocation = {
        services,
        invocationId: randomUUID(),
        moduleKey: start.moduleKey,
        functionKey: start.functionKey,
        accountId: start.accountId,
        deadline: Date.now() + start.timeoutMs,
        ended: false,
      };
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(start.timeoutError()), start.timeoutMs);
        timer.unref();
      });
      try {
        return await Promise.race([invocationStorage.run(invocation, fn), timeout]);
      } finally {
        clearTimeout(timer);
        invocation.ended = true;
      }
    },
    uninstall(): void {
      if (!active) return;
      active = false;
      const index = installed.lastIndexOf(services);
      if (index >= 0) installed.splice(index, 1);
      if (installed.length === 0) {
        slots.__forge_fetch__ = previous.fetch;
        slots.__forge_runtime__ = previous.runtime;
      }
    },
  };
}
