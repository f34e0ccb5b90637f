import { catchUpProject } from '../app/project-events/catch-up-project';
import { processRollupChunk } from '../app/rollup/process-rollup-chunk';
import { takeProjectSnapshot } from '../app/rollup/take-daily-snapshot';
import { writeRollupProperties } from '../app/rollup-property/write-rollup-properties';
import { asyncEventSchema, rollupEventBodySchema } from '../contract/rollup-events';
import { composeDeps } from './shared/compose-deps';

/**
 * The `pm-rollup-consumer` function (manifest `consumer` in the function
 * form of @forge/events 2+): Forge calls it with an `AsyncEvent`
 * `{queueName, body, jobId, eventId, retryContext?}`. The body says what to
 * do: a roll-up chunk, a project's coalesced catch-up run, one project's
 * daily snapshot, or the write-back of a project's roll-up properties.
 *
 * Forge delivers at least once and retries a delivery that throws, so every
 * task is idempotent and errors propagate (a Jira or storage hiccup is
 * retried). A malformed event is logged and dropped: retrying cannot fix it.
 */
export async function handleRollupEvent(event: unknown): Promise<void> {
  const deps = composeDeps({ cacheStoryPointFields: true });
  const parsedEvent = asyncEventSchema.safeParse(event);
  const parsedBody = parsedEvent.success ? rollupEventBodySchema.safeParse(parsedEvent.data.body) : undefined;
  if (!parsedEvent.success || !parsedBody?.success) {
    const issues = (parsedEvent.success ? parsedBody?.error?.issues : parsedEvent.error.issues) ?? [];
    deps.logger.warn('dropped a roll-up event with an unexpected shape', { issues: issues.slice(0, 3) });
    return;
  }
  const body = parsedBody.data;
  const retry = parsedEvent.data.retryContext?.retryCount ?? 0;
  try {
    if (body.type === 'project-catch-up') {
      await catchUpProject(deps, { projectKey: body.projectKey, settle: body.settle });
    } else if (body.type === 'project-snapshot') {
      await takeProjectSnapshot(deps, { projectKey: body.projectKey, date: body.date });
    } else if (body.type === 'rollup-properties') {
      const run = await writeRollupProperties(deps, { projectKey: body.projectKey });
      deps.logger.info('roll-up properties written', { projectKey: body.projectKey, ...run });
    } else {
      const { type: _type, ...chunk } = body;
      await processRollupChunk(deps, chunk);
    }
  } catch (error) {
    deps.logger.error('roll-up event failed; Forge will deliver it again', error, {
      type: body.type ?? 'rollup-chunk',
      retry,
    });
    throw error;
  }
}
