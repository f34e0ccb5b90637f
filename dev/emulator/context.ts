import type { Principal } from './auth';
import type { EmulatorCore } from './core';
import { httpError, MESSAGES } from './errors';

/** Everything a route handler gets for one request. */
export class RequestContext {
  readonly url: URL;
  readonly origin: string;
  /** Rate-limit points this request costs (1 by default; reads add 1 per returned object). */
  cost = 1;

  constructor(
    readonly request: Request,
    readonly core: EmulatorCore,
    readonly principal: Principal,
    readonly params: Record<string, string>,
  ) {
    this.url = new URL(request.url);
    this.origin = this.url.origin;
  }

  param(name: string): string {
    const value = this.params[name];
    if (value === undefined) throw new Error(`route has no parameter ${name}`);
    return value;
  }

  query(name: string): string | undefined {
    return this.url.searchParams.get(name) ?? undefined;
  }

  /** Every value of a repeatable query parameter (`?fields=a&fields=b`); undefined when absent. */
  queryAll(name: string): string[] | undefined {
    const all = this.url.searchParams.getAll(name);
    return all.length > 0 ? all : undefined;
  }

  /** The JSON body; 400 with Jira's body when it is malformed. */
  async body(): Promise<unknown> {
    const text = await this.request.text();
    if (text.trim() === '') return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw httpError(400, MESSAGES.badJson);
    }
  }
}

/** Parses an integer query/body value; 400 naming the parameter when it is not one in range. */
export function intParam(name: string, raw: unknown, fallback: number, min: number): number {
  if (raw === undefined || raw === null || raw === '') return fallback;
  const n = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isInteger(n) || n < min) {
    throw httpError(400, `The '${name}' parameter must be an integer greater than or equal to ${min}.`);
  }
  return n;
}
