import { z } from 'zod';
import type { AsyncEventQueue } from './queue';

/**
 * The Forge endpoint behind `@forge/events` `Queue.push`: the package posts
 * `{queueName, jobId, payload: events}` to `/webhook/queue/publish/...`
 * through `__forge_fetch__` (stargate, as the app). Answers as Forge does:
 * 201 when every event was taken, 413 for a push over 200 KB, 400 otherwise.
 */
export const QUEUE_PUBLISH_PATH = '/webhook/queue/publish/';

const publishRequestSchema = z.object({
  queueName: z.string().min(1),
  jobId: z.string().min(1),
  payload: z.array(z.object({ body: z.record(z.string(), z.unknown()), delayInSeconds: z.number().optional() })),
});

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export async function publishToLocalQueue(queue: AsyncEventQueue | undefined, init: RequestInit | undefined): Promise<Response> {
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
    return json(/200 KB/.test(message) ? 413 : 400, { errorMessage: message, message });
  }
  return json(201, {});
}
