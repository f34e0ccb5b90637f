import { createForgeEventsJobQueue, ROLLUP_QUEUE_KEY } from '../../../src/adapters/forge-events-job-queue';
import { QueueBusyError, QueueUnavailableError, type RollupChunk } from '../../../src/ports/job-queue';

/**
 * The adapter against the unmodified @forge/events, with Forge's fetch global
 * answering as the platform would: what it pushes, and how refusals map to
 * the port's errors.
 */
interface Call {
  descriptor: Record<string, unknown>;
  path: string;
  body: { queueName: string; jobId: string; payload: { body: RollupChunk }[] };
}

const slots = globalThis as { __forge_fetch__?: unknown };
let calls: Call[];
let answer: () => Response;

beforeEach(() => {
  calls = [];
  answer = () => new Response('{}', { status: 201 });
  slots.__forge_fetch__ = async (descriptor: Record<string, unknown>, path: string, init: RequestInit) => {
    calls.push({ descriptor, path, body: JSON.parse(String(init.body)) as Call['body'] });
    return answer();
  };
});
afterEach(() => {
  delete slots.__forge_fetch__;
});

const chunks = (n: number): RollupChunk[] =>
  Array.from({ length: n }, (_, chunk) => ({ jobId: 'job-1', chunk, projectKeys: [`P${chunk}`], accountId: 'acc-1' }));

describe('createForgeEventsJobQueue', () => {
  it('pushes one event per chunk to pm-rollup-queue, 50 per push, as the app through stargate', async () => {
    await createForgeEventsJobQueue().enqueue(chunks(120));
    expect(calls.map((c) => c.body.payload.length)).toEqual([50, 50, 20]);
    expect(calls[0]?.descriptor).toMatchObject({ type: 'fpp', provider: 'app', remote: 'stargate' });
    expect(calls[0]?.path).toMatch(/^\/webhook\/queue\/publish\//);
    expect(calls.every((c) => c.body.queueName === ROLLUP_QUEUE_KEY)).toBe(true);
    expect(calls.flatMap((c) => c.body.payload.map((e) => e.body.chunk))).toEqual(chunks(120).map((c) => c.chunk));
  });

  it('a roll-up property write-back is one typed event, delayed, under the project’s concurrency key', async () => {
    await createForgeEventsJobQueue().enqueueRollupProperties({ projectKey: 'CHK' }, { delaySeconds: 10.2 });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.body.payload).toEqual([
      expect.objectContaining({
        body: { type: 'rollup-properties', projectKey: 'CHK' },
        delayInSeconds: 11,
        concurrency: { key: 'rollup-CHK', limit: 1 },
      }),
    ]);
  });

  it.each([
    ['rate limited (429): busy', 429, QueueBusyError],
    ['over the invocation limit (405): busy', 405, QueueBusyError],
    ['a platform error (500): unavailable', 500, QueueUnavailableError],
  ])('%s', async (_, status, expected) => {
    answer = () => new Response(JSON.stringify({ message: 'no' }), { status });
    await expect(createForgeEventsJobQueue().enqueue(chunks(1))).rejects.toBeInstanceOf(expected);
  });
});
