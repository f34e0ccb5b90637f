import { seededRandom } from '../forge-runtime/seeded-random';
import type { EmulatorFault, FaultKind, FaultRates } from './types';

const MESSAGE: Record<EmulatorFault['status'], string> = {
  429: 'Rate limit exceeded.',
  500: 'Internal server error (injected fault).',
  502: 'Bad gateway (injected fault).',
  503: 'Service unavailable (injected fault).',
};

/**
 * What Jira answers for a `nextPageToken` it no longer accepts (tokens expire after a
 * while; the exact wording on a real site was not checked, the 400 status was).
 */
export const EXPIRED_PAGE_TOKEN_MESSAGE = 'The provided next page token is invalid or expired.';

export interface FaultHit {
  status: number;
  message: string;
  headers: Record<string, string>;
}

/** Injected faults, consumed in order: each matching request uses up one of a fault's `count`. */
export class FaultQueue {
  private faults: EmulatorFault[] = [];

  add(fault: EmulatorFault): void {
    if (!Number.isInteger(fault.count) || fault.count < 1) throw new Error('fault.count must be a positive integer');
    this.faults.push({ ...fault });
  }

  clear(): void {
    this.faults = [];
  }

  take(path: string, account: string): FaultHit | undefined {
    const fault = this.faults.find(
      (f) =>
        (f.pathPrefix === undefined || path.startsWith(f.pathPrefix)) &&
        (f.accountId === undefined || f.accountId === account),
    );
    if (!fault) return undefined;
    fault.count -= 1;
    if (fault.count <= 0) this.faults = this.faults.filter((f) => f !== fault);
    return hitFor(fault.status, fault.retryAfterSeconds);
  }
}

function hitFor(status: EmulatorFault['status'], retryAfterSeconds: number | undefined): FaultHit {
  const headers: Record<string, string> = {};
  if (status === 429 || retryAfterSeconds !== undefined) headers['retry-after'] = String(retryAfterSeconds ?? 1);
  if (status === 429) headers['ratelimit-reason'] = 'jira-burst-based';
  return { status, message: MESSAGE[status], headers };
}

/** What one request suffers under random faults; `undefined` = nothing. */
export type RandomFault =
  | { kind: 'rateLimited' | 'serverError' | 'unavailable'; hit: FaultHit }
  | { kind: 'expiredPageToken'; hit: FaultHit }
  | { kind: 'slow'; delayMs: number }
  | { kind: 'dropped' }
  | { kind: 'truncated' };

export const FAULT_KINDS: readonly FaultKind[] = [
  'rateLimited',
  'serverError',
  'unavailable',
  'slow',
  'dropped',
  'truncated',
  'expiredPageToken',
];

/** The fault-free rates; `setFaultRates({})` restores them. */
const NO_FAULTS: Required<Pick<FaultRates, FaultKind>> = {
  rateLimited: 0,
  serverError: 0,
  unavailable: 0,
  slow: 0,
  dropped: 0,
  truncated: 0,
  expiredPageToken: 0,
};

/**
 * Random faults at configured rates, drawn from a seeded PRNG so a run is
 * reproducible: the same seed and the same request sequence give the same faults.
 * Every kind's rate is the probability per matching request; the kinds other than
 * `expiredPageToken` share one draw (their rates add up to at most 1), an expired
 * token is drawn separately and only for search/jql requests that carry a page token.
 */
export class RandomFaults {
  private rates: Required<Pick<FaultRates, FaultKind>> = { ...NO_FAULTS };
  private options: FaultRates = {};
  private random: () => number = seededRandom(0);
  private counts: Record<FaultKind, number> = zeroCounts();
  private requests = 0;

  configure(rates: FaultRates): void {
    const merged = { ...NO_FAULTS, ...pickRates(rates) };
    for (const kind of FAULT_KINDS) {
      const rate = merged[kind];
      if (!Number.isFinite(rate) || rate < 0 || rate > 1)
        throw new Error(`fault rate ${kind} must be in [0, 1], got ${rate}`);
    }
    const shared = FAULT_KINDS.filter((k) => k !== 'expiredPageToken').reduce((sum, k) => sum + merged[k], 0);
    if (shared > 1 + 1e-9) throw new Error(`fault rates other than expiredPageToken add up to ${shared}; at most 1`);
    this.rates = merged;
    this.options = { ...rates };
    this.random = seededRandom(rates.seed ?? 0);
  }

  /** Faults injected (and matching requests seen) since the emulator opened. */
  stats(): { requests: number; injected: Record<FaultKind, number> } {
    return { requests: this.requests, injected: { ...this.counts } };
  }

  /** Draws the fault for one authenticated request (`hasPageToken`: a search/jql continuation). */
  draw(path: string, account: string, hasPageToken: boolean): RandomFault | undefined {
    const { pathPrefix, accountId } = this.options;
    if (pathPrefix !== undefined && !path.startsWith(pathPrefix)) return undefined;
    if (accountId !== undefined && accountId !== account) return undefined;
    this.requests += 1;
    const fault = this.pick(hasPageToken);
    if (fault) this.counts[fault.kind] += 1;
    return fault;
  }

  private pick(hasPageToken: boolean): RandomFault | undefined {
    if (hasPageToken && this.rates.expiredPageToken > 0 && this.random() < this.rates.expiredPageToken) {
      return { kind: 'expiredPageToken', hit: { status: 400, message: EXPIRED_PAGE_TOKEN_MESSAGE, headers: {} } };
    }
    let r = this.random();
    for (const kind of FAULT_KINDS) {
      if (kind === 'expiredPageToken') continue;
      const rate = this.rates[kind];
      if (r >= rate) {
        r -= rate;
        continue;
      }
      switch (kind) {
        case 'rateLimited':
          return { kind, hit: hitFor(429, this.options.retryAfterSeconds ?? 1) };
        case 'serverError':
          return { kind, hit: hitFor(500, undefined) };
        case 'unavailable':
          return { kind, hit: hitFor(503, undefined) };
        case 'slow':
          return { kind, delayMs: this.options.slowMs ?? 2_000 };
        case 'dropped':
        case 'truncated':
          return { kind };
      }
    }
    return undefined;
  }
}

function zeroCounts(): Record<FaultKind, number> {
  return Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>;
}

function pickRates(rates: FaultRates): Partial<Record<FaultKind, number>> {
  const picked: Partial<Record<FaultKind, number>> = {};
  for (const kind of FAULT_KINDS) if (rates[kind] !== undefined) picked[kind] = rates[kind];
  return picked;
}

/**
 * The same response with its body cut in half and the stream then failing, as
 * undici reports a connection closed mid-body (`response.json()` rejects).
 */
export async function truncatedResponse(response: Response): Promise<Response> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const cut = bytes.subarray(0, Math.floor(bytes.length / 2));
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (cut.length > 0) controller.enqueue(cut);
      controller.error(new TypeError('terminated (injected fault: connection closed mid-body)'));
    },
  });
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** A fetch that fails before any answer, as `fetch` rejects (TypeError) when the connection drops. */
export class DroppedConnectionError extends TypeError {
  constructor() {
    super('fetch failed (injected fault: connection dropped)');
  }
}

/** Presets for `PM_JIRA_FAULT_RATE` (a total rate spread over the kinds). */
export function faultRatesFromTotal(total: number, seed = 1): FaultRates {
  if (!Number.isFinite(total) || total < 0 || total > 1)
    throw new Error(`PM_JIRA_FAULT_RATE must be a number in [0, 1], got ${total}`);
  const share = total / 6;
  return {
    seed,
    rateLimited: share,
    serverError: share,
    unavailable: share,
    slow: share,
    dropped: share,
    truncated: share,
    expiredPageToken: total,
  };
}
