import { z } from 'zod';

/**
 * Jira's long-running task, as `GET /rest/api/3/task/{taskId}` answers it
 * (TaskProgressObject; only what the app reads). `POST /issue/properties/multi`
 * answers 303 with the task's URL in `Location`; a client that follows the
 * redirect gets this body straight away.
 */
export const taskProgressSchema = z.looseObject({
  id: z.string(),
  status: z.string(),
  progress: z.number().optional(),
  message: z.string().optional(),
  result: z.unknown().optional(),
});
export type TaskProgress = z.infer<typeof taskProgressSchema>;

const bulkPropertyResultSchema = z.looseObject({
  failedIssueIds: z.array(z.union([z.number(), z.string()])).optional(),
});

/** The issues a finished bulk property task reports it could not set (none when it says nothing). */
export function failedIssueIdsOf(task: TaskProgress): string[] {
  const parsed = bulkPropertyResultSchema.safeParse(task.result);
  return parsed.success ? (parsed.data.failedIssueIds ?? []).map(String) : [];
}

/** Statuses after which a task changes no more. */
const FINISHED = new Set(['COMPLETE', 'FAILED', 'CANCELLED', 'DEAD']);
export const taskFinished = (task: TaskProgress): boolean => FINISHED.has(task.status);

/** The task id from the 303's `Location` (`…/rest/api/3/task/{id}`); undefined when it names none. */
export function taskIdOf(location: string | null): string | undefined {
  const match = /\/rest\/api\/3\/task\/([^/?#]+)/.exec(location ?? '');
  return match ? decodeURIComponent(match[1] as string) : undefined;
}

/** How long a write-back waits for Jira's task (it runs within seconds; consumers have 900 s). */
export const TASK_PATIENCE_MS = 120_000;
