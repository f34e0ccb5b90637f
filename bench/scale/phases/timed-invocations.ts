import type { Result } from '../../../src/contract/result';
import type { AppSide } from '../app-side';
import type { JiraCallSpan } from '../counting-jira-backend';
import { percentile } from '../percentile';
import { describeFailure } from './phase-context';

export interface TimedCalls {
  okMs: number[];
  okBytes: number[];
  /** Jira calls per invocation, refused ones included (what they made before they were stopped). */
  jiraCalls: number[];
  /** Each invocation's time and Jira requests with when they were in flight (same order as jiraCalls). */
  jiraSpans: { ms: number; spans: JiraCallSpan[] }[];
  failures: string[];
}

/** Stop after this many refusals in a row: each may cost Forge's whole 25 s. */
const GIVE_UP_AFTER = 3;

/**
 * Calls one resolver `count` times in a row, each timed from the invoke to
 * its answer, with its answer's size (as JSON, what crosses to the UI) and
 * the Jira calls it made. An invocation the platform refuses (time or size
 * limit) or that answers an error envelope is a failure, never a time.
 */
export async function timedInvocations(
  side: AppSide,
  count: number,
  call: (i: number) => Promise<Result<unknown>>,
): Promise<TimedCalls> {
  const out: TimedCalls = { okMs: [], okBytes: [], jiraCalls: [], jiraSpans: [], failures: [] };
  let refusedInARow = 0;
  for (let i = 0; i < count && refusedInARow < GIVE_UP_AFTER; i++) {
    side.jira.reset();
    const started = performance.now();
    try {
      const result = await call(i);
      const ms = performance.now() - started;
      if (result.ok) {
        out.okMs.push(ms);
        out.okBytes.push(Buffer.byteLength(JSON.stringify(result), 'utf8'));
        refusedInARow = 0;
      } else {
        out.failures.push(`${result.error.code}: ${result.error.message}`.slice(0, 200));
        refusedInARow += 1;
      }
    } catch (error) {
      out.failures.push(`after ${Math.round(performance.now() - started)} ms, ${describeFailure(error)}`);
      refusedInARow += 1;
    }
    const counts = side.jira.counts();
    out.jiraCalls.push(counts.calls);
    out.jiraSpans.push({ ms: performance.now() - started, spans: counts.spans });
  }
  return out;
}

/** p95 of the successful calls, or null (with the reason) when failures reach into the slowest 5 %. */
export function p95OrReason(calls: TimedCalls, asked: number): { value: number | null; note?: string } {
  const attempted = calls.okMs.length + calls.failures.length;
  const summary = `${calls.okMs.length} of ${attempted} calls answered${attempted < asked ? ` (stopped after ${attempted} of ${asked}: refused ${GIVE_UP_AFTER} times in a row)` : ''}`;
  if (calls.failures.length > 0 && calls.failures.length >= Math.max(1, attempted * 0.05)) {
    return { value: null, note: `${summary}; first failure: ${calls.failures[0]}` };
  }
  if (calls.okMs.length === 0) return { value: null, note: summary };
  return { value: Math.round(percentile(calls.okMs, 95)), ...(calls.failures.length > 0 ? { note: summary } : {}) };
}
