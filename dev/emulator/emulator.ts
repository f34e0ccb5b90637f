import { authenticate, basicAuthorization, newAppAuthorization, principalAccount, type Principal } from './auth';
import { RequestContext } from './context';
import { EmulatorCore } from './core';
import { errorResponse, httpError, HttpError, json, MESSAGES } from './errors';
import { DroppedConnectionError, FaultQueue, RandomFaults, truncatedResponse } from './faults';
import { readSavedState, StateSaver } from './persistence';
import { DEFAULT_RATE_LIMIT, RateLimiter } from './rate-limit';
import { Router } from './router';
import { routes } from './routes';
import { Searcher } from './search';
import { EmulatorState } from './state';
import type { JiraEmulator, JiraEmulatorOptions } from './types';

/**
 * Opens the embedded Jira Cloud emulator. With `dataDir`, a state saved there wins
 * over `opts.dataset` (edits survive restarts); otherwise it starts from the dataset
 * and saves it at once.
 */
export async function openJiraEmulator(opts: JiraEmulatorOptions): Promise<JiraEmulator> {
  const saved = opts.dataDir ? await readSavedState(opts.dataDir) : undefined;
  const dataset = structuredClone(saved?.dataset ?? opts.dataset);
  const state = new EmulatorState(dataset, saved?.counters ?? EmulatorState.countersFor(dataset));
  const now = opts.now ?? (() => new Date());
  const saver = opts.dataDir ? new StateSaver(opts.dataDir, state) : undefined;
  const core = new EmulatorCore(state, opts.entityProperties, now, () => saver?.changed(), opts.searchLagMs ?? 0);
  // First listener: a change is on disk before any trigger sees it or its response goes out.
  if (saver) core.onIssueEvent((event) => saver.record(event));
  let serverTimeZone = opts.serverTimeZone ?? 'Etc/UTC';
  const router = new Router(routes(new Searcher(core), () => serverTimeZone));
  const limiter = new RateLimiter(opts.rateLimit ?? DEFAULT_RATE_LIMIT, () => now().getTime());
  const faults = new FaultQueue();
  const randomFaults = new RandomFaults();
  if (opts.faultRates) randomFaults.configure(opts.faultRates);
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const appAuthorization = newAppAuthorization();
  let closed = false;

  async function handle(request: Request): Promise<Response> {
    let principal: Principal | undefined;
    try {
      if (closed) throw httpError(503, 'The Jira emulator is closed.');
      const url = new URL(request.url);
      const method = request.method.toUpperCase();
      const match = router.match(method, url.pathname);
      if (match.kind === 'route' && match.route.anonymous) {
        return await match.route.handler(
          new RequestContext(request, core, { kind: 'app', account: state.appAccount }, match.params),
        );
      }
      principal = authenticate(request.headers.get('authorization'), appAuthorization, state.users, state.appAccount);
      const account = principalAccount(principal);
      const fault = faults.take(url.pathname, account);
      if (fault)
        return json(
          fault.status,
          { errorMessages: [fault.message], errors: {} },
          { ...limiter.headers(account), ...fault.headers },
        );
      const random = randomFaults.draw(url.pathname, account, await carriesPageToken(request, url));
      if (random?.kind === 'dropped') throw new DroppedConnectionError();
      if (random?.kind === 'slow') await sleep(random.delayMs);
      if (random && 'hit' in random) {
        return json(
          random.hit.status,
          { errorMessages: [random.hit.message], errors: {} },
          { ...limiter.headers(account), ...random.hit.headers },
        );
      }
      const wait = limiter.exhausted(account);
      if (wait !== undefined) {
        throw httpError(429, MESSAGES.rateLimited, {
          'retry-after': String(wait),
          'ratelimit-reason': 'jira-quota-based',
        });
      }
      if (match.kind === 'none') throw httpError(404, `No API endpoint matches ${method} ${url.pathname}.`);
      if (match.kind === 'method-not-allowed') {
        throw httpError(405, `Method ${method} is not allowed for ${url.pathname}.`, {
          allow: match.allowed.join(', '),
        });
      }
      const ctx = new RequestContext(request, core, principal, match.params);
      let response: Response;
      try {
        response = await match.route.handler(ctx);
      } finally {
        limiter.charge(account, ctx.cost);
      }
      const answered = withHeaders(response, limiter.headers(account));
      return random?.kind === 'truncated' ? await truncatedResponse(answered) : answered;
    } catch (err) {
      // A dropped connection has no answer at all: the caller's fetch rejects.
      if (err instanceof DroppedConnectionError) throw err;
      const rate = principal ? limiter.headers(principalAccount(principal)) : {};
      if (err instanceof HttpError) return withHeaders(errorResponse(err), rate);
      console.error('[jira-emulator] internal error:', err);
      return json(500, { errorMessages: [`Internal server error: ${(err as Error).message}`], errors: {} }, rate);
    }
  }

  return {
    handle,
    appAuthorization,
    authorizationFor(accountId: string): string {
      const user = state.usersById.get(accountId);
      if (!user) throw new Error(`No user with accountId "${accountId}" in the dataset`);
      return basicAuthorization(user.emailAddress, user.apiToken);
    },
    users: () => state.users.map((u) => ({ ...u })),
    projects: () => state.projects.map((p) => ({ ...p })),
    injectFault: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    setFaultRates: (rates) => randomFaults.configure(rates),
    faultStats: () => randomFaults.stats(),
    onIssueEvent: (listener) => core.onIssueEvent(listener),
    setServerTimeZone: (timeZone) => {
      serverTimeZone = timeZone;
    },
    flush: async () => {
      await saver?.flush();
    },
    close: async () => {
      closed = true;
      await saver?.close();
    },
  };
}

/** A search/jql continuation (the only request an expired page token can fail). */
async function carriesPageToken(request: Request, url: URL): Promise<boolean> {
  if (!url.pathname.endsWith('/search/jql')) return false;
  if (url.searchParams.get('nextPageToken')) return true;
  if (request.method.toUpperCase() !== 'POST') return false;
  try {
    const body: unknown = JSON.parse(await request.clone().text());
    return (
      typeof body === 'object' &&
      body !== null &&
      typeof (body as { nextPageToken?: unknown }).nextPageToken === 'string'
    );
  } catch {
    return false;
  }
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  const merged = new Headers(response.headers);
  for (const [name, value] of Object.entries(headers)) if (!merged.has(name)) merged.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: merged });
}
