import { currentInvocation } from '../../dev/forge-runtime/invocation-context';
import type { JiraActor, JiraBackend } from '../../dev/forge-runtime/jira-backend';

/** Module key of the bench's own checks, run as an invocation so the app's adapters work; never counted. */
export const BENCH_CHECK_MODULE = 'bench-check';

export interface JiraCallCounts {
  /** Requests the app's invocations made. */
  calls: number;
  /** By endpoint (`GET search/jql`), for the report's profile. */
  byEndpoint: Record<string, number>;
  /** The most requests in flight at once, the write-back's apart: the concurrency the roll-up used. */
  maxInFlight: number;
  /** Issues sent in bulk property writes (`POST issue/properties/multi`: the roll-up property write-back). */
  bulkPropertyIssues?: number;
  /** Each request's endpoint and when it was in flight (ms since the last reset): what ran side by side. */
  spans: JiraCallSpan[];
}

export interface JiraCallSpan {
  endpoint: string;
  startMs: number;
  endMs: number;
  /** For a search: the start of its JQL and the issues it answered (`+` when more pages follow). */
  note?: string;
}

/** Spans in a few characters each (`POST search/jql 0-103`), for a profile line. */
export const spanProfile = (spans: readonly JiraCallSpan[]): string =>
  spans
    .map(
      (s) =>
        `${s.endpoint.replace(/^\w+ /, '')} ${s.startMs.toFixed(0)}-${s.endMs.toFixed(0)}${s.note ? ` (${s.note})` : ''}`,
    )
    .join(' | ');

/** The endpoints only the roll-up property write-back calls (its bulk writes and their task polls). */
export const ROLLUP_PROPERTY_ENDPOINTS = ['POST issue/properties/multi', 'GET task/{id}'];
export const rollupPropertyCalls = (counts: JiraCallCounts): number =>
  ROLLUP_PROPERTY_ENDPOINTS.reduce((n, endpoint) => n + (counts.byEndpoint[endpoint] ?? 0), 0);

export interface CountingJiraBackend extends JiraBackend {
  counts(): JiraCallCounts;
  /**
   * Starts counting afresh. `noteSearches: false` (kept until said again) leaves searches' spans
   * without their note: the note parses every answer a second time in the app's process, ~10 % of
   * its CPU in the cold roll-up, which prints no spans.
   */
  reset(options?: { noteSearches?: boolean }): void;
}

/** A search's JQL start and how many issues it answered, cheaply enough to note on every search. */
function searchNote(request: unknown, body: ArrayBuffer): string {
  try {
    const { jql } = JSON.parse(String(request)) as { jql?: string };
    const page = JSON.parse(Buffer.from(body).toString('utf8')) as { issues?: unknown[]; isLast?: boolean };
    return `${String(jql).slice(0, 30)}…: ${page.issues?.length ?? '?'}${page.isLast === false ? '+' : ''}`;
  } catch {
    return '?';
  }
}

const endpointOf = (path: string, method: string): string =>
  `${method} ${path
    .replace(/^\/rest\/api\/3\//, '')
    .replace(/\?.*$/, '')
    .replace(/\/\d+|\/[A-Z][A-Z0-9]*-\d+/g, '/{id}')}`;

/**
 * The Jira backend of the app's runtime: waits the configured latency before
 * each request (PM_JIRA_LATENCY_MS) and counts what the app's invocations
 * send. Not counted: the platform's own reads (Forge builds a trigger's issue
 * payload outside any invocation) and the bench's checks.
 */
export function countingJiraBackend(inner: JiraBackend, latencyMs: number): CountingJiraBackend {
  let counts: JiraCallCounts = { calls: 0, byEndpoint: {}, maxInFlight: 0, spans: [] };
  let inFlight = 0;
  let noteSearches = true;
  let since = performance.now();
  return {
    label: inner.label,
    async fetch(path: string, init: RequestInit | undefined, as: JiraActor): Promise<Response> {
      const invocation = currentInvocation();
      if (!invocation || invocation.moduleKey === BENCH_CHECK_MODULE) return inner.fetch(path, init, as);
      const endpoint = endpointOf(path, (init?.method ?? 'GET').toUpperCase());
      counts.calls += 1;
      const span: JiraCallSpan = { endpoint, startMs: performance.now() - since, endMs: Number.NaN };
      counts.spans.push(span);
      counts.byEndpoint[endpoint] = (counts.byEndpoint[endpoint] ?? 0) + 1;
      if (endpoint === 'POST issue/properties/multi')
        counts.bulkPropertyIssues =
          (counts.bulkPropertyIssues ?? 0) +
          ((JSON.parse(String(init?.body)) as { issues?: unknown[] }).issues?.length ?? 0);
      const counted = !ROLLUP_PROPERTY_ENDPOINTS.includes(endpoint);
      if (counted) inFlight += 1;
      counts.maxInFlight = Math.max(counts.maxInFlight, inFlight);
      try {
        if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
        // The body is read here so the request stays "in flight" until it has arrived.
        const response = await inner.fetch(path, init, as);
        const body = await response.arrayBuffer();
        if (noteSearches && endpoint === 'POST search/jql') span.note = searchNote(init?.body, body);
        return new Response(body, {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
        });
      } finally {
        span.endMs = performance.now() - since;
        if (counted) inFlight -= 1;
      }
    },
    counts: () => ({ ...counts, byEndpoint: { ...counts.byEndpoint }, spans: counts.spans.map((s) => ({ ...s })) }),
    reset(options): void {
      if (options?.noteSearches !== undefined) noteSearches = options.noteSearches;
      counts = { calls: 0, byEndpoint: {}, maxInFlight: 0, spans: [] };
      since = performance.now();
    },
  };
}
