import { z } from 'zod';
import { QueuePushError, type AsyncEventQueue } from './queue';

/**
 * The Forge endpoint behind `@forge/events` `Queue.push`: the package posts
 * `{queueName, jobId, type, schema, payload: events, time}` to
 * `/webhook/queue/publish/...` through `__forge_fetch__` (stargate, as the
 * app). Answers as Forge does: 201 when every event was taken, 413 for a push
 * over 200 KB, 429 over the installation's rate (@forge/events throws
 * RateLimitError), 400 otherwise.
 */
export const QUEUE_PUBLISH_PATH = '/webhook/queue/publish/';

const pushEventSchema = z
  .object({
    body: z.record(z.string(), z.unknown()),
    delayInSeconds: z.number().optional(),
    concurrency: z.object({ key: z.string(), limit: z.number() }).strict().optional(),
  })
  .strict();

const publishRequestSchema = z
  .object({
    queueName: z.string().min(1),
    jobId: z.string().min(1),
    type: z.string().optional(),
    schema: z.string().optional(),
    time: z.string().optional(),
    payload: z.array(pushEventSchema),
  })
  .strict();

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export async function publishToLocalQueue(
  queue: AsyncEventQueue | undefined,
  init: RequestInit | undefined,
): Promise<Response> {
  if (!queue) return json(503, { message: 'The local runtime has no async event queue.' });
  let request: z.infer<typeof publishRequestSchema>;
  try {
    request = publishRequestSchema.parse(JSON.parse(typeof init?.body === 'string' ? init.body : ''));
  } catch (error) {
    return json(400, { message: `Not a queue push: ${error instanceof Error ? error.message : String(error)}` });
  }
  try {
    await queue.push(request.queueName, request.payload, request.jobId);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return json(error instanceof QueuePushError ? error.status : 400, { errorMessage: message, message });
  }
  return json(201, {});
}
