import type { JiraActor, JiraBackend } from './jira-backend';

/** What the backend needs of the Jira emulator (`dev/emulator`). */
export interface EmulatorEndpoint {
  handle(request: Request): Promise<Response>;
  readonly appAuthorization: string;
  authorizationFor(accountId: string): string;
}

export interface EmulatorBackendOptions {
  /**
   * Added to every Jira REST call (`PM_JIRA_LATENCY_MS`): a real site answers in tens to
   * hundreds of milliseconds, which the in-process emulator would otherwise hide.
   */
  latencyMs?: number;
  /** How the delay is waited (tests record it instead of sleeping). */
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends the app's Jira requests to the in-process emulator, authenticated as the
 * acting user (`asUser`) or as the app (`asApp`), each after the configured latency.
 */
export function createEmulatorBackend(emulator: EmulatorEndpoint, options: EmulatorBackendOptions = {}): JiraBackend {
  const latencyMs = options.latencyMs ?? 0;
  const sleep = options.sleep ?? realSleep;
  return {
    label: 'emulator',
    async fetch(path: string, init: RequestInit | undefined, as: JiraActor): Promise<Response> {
      if (latencyMs > 0) await sleep(latencyMs);
      const headers = new Headers(init?.headers);
      headers.set(
        'authorization',
        as.kind === 'app' ? emulator.appAuthorization : emulator.authorizationFor(as.accountId),
      );
      const request = new Request(`http://127.0.0.1${path.startsWith('/') ? '' : '/'}${path}`, { ...init, headers });
      return emulator.handle(request);
    },
  };
}
