import { AsyncLocalStorage } from 'node:async_hooks';
import type { JiraBackend } from './jira-backend';
import type { AsyncEventQueue } from './queue';

/** The part of the KVS emulator the Forge globals call. */
export interface KvsEndpoint {
  fetch(path: string, init: RequestInit | undefined): Promise<Response>;
}

/** The services one local Forge app runs against. */
export interface ForgeServices {
  jira: JiraBackend;
  kvs: KvsEndpoint;
  appId: string;
  environmentId: string;
  installationId: string;
  cloudId: string;
  /** The async-events queue `@forge/events` pushes reach (set once the runtime has one). */
  asyncEvents?: AsyncEventQueue;
}

/** One function invocation, as Forge's runtime knows it. */
export interface Invocation {
  services: ForgeServices;
  invocationId: string;
  moduleKey: string;
  functionKey: string;
  /** The invoking user, when there is one (UI invocations); triggers have none. */
  accountId: string | undefined;
  deadline: number;
  /**
   * Set once the handler returned or timed out. Work the handler left running
   * (a promise it did not await) still carries this invocation, and Forge gives
   * it no more platform calls: the globals refuse them.
   */
  ended: boolean;
}

/**
 * Carries the current invocation through async calls, so two concurrent
 * invocations (two users in two browser tabs) never see each other's user.
 */
export const invocationStorage = new AsyncLocalStorage<Invocation>();

export function currentInvocation(): Invocation | undefined {
  return invocationStorage.getStore();
}
