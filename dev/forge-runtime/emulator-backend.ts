import type { JiraActor, JiraBackend } from './jira-backend';

/** What the backend needs of the Jira emulator (`dev/emulator`). */
export interface EmulatorEndpoint {
  handle(request: Request): Promise<Response>;
  readonly appAuthorization: string;
  authorizationFor(accountId: string): string;
}

/**
 * Sends the app's Jira requests to the in-process emulator, authenticated as the
 * acting user (`asUser`) or as the app (`asApp`).
 */
export function createEmulatorBackend(emulator: EmulatorEndpoint): JiraBackend {
  return {
    label: 'emulator',
    async fetch(path: string, init: RequestInit | undefined, as: JiraActor): Promise<Response> {
      const headers = new Headers(init?.headers);
      headers.set('authorization', as.kind === 'app' ? emulator.appAuthorization : emulator.authorizationFor(as.accountId));
      const request = new Request(`http://127.0.0.1${path.startsWith('/') ? '' : '/'}${path}`, { ...init, headers });
      return emulator.handle(request);
    },
  };
}
