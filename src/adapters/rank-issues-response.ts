import { z } from 'zod';
import type { RankResult } from '../ports/jira-gateway';

/** Jira Software's 207 answer to `PUT /rest/agile/1.0/issue/rank`: one entry per issue asked for. */
export const rankEntriesSchema = z.object({
  entries: z.array(
    z
      .object({
        issueId: z.number().optional(),
        issueKey: z.string().optional(),
        status: z.number().int(),
        errors: z.array(z.string()).optional(),
      })
      .loose(),
  ),
});

/**
 * What moved and what did not, from a 207. An entry without a key (Jira names nothing of an issue
 * the caller cannot see) is a failure with no key; a key is only reported moved when Jira said 2xx.
 */
export function rankResultOf(asked: readonly string[], body: z.infer<typeof rankEntriesSchema>): RankResult {
  const ranked: string[] = [];
  const failed: RankResult['failed'] = [];
  for (const e of body.entries) {
    const ok = e.status >= 200 && e.status < 300;
    if (ok && e.issueKey !== undefined && asked.includes(e.issueKey)) ranked.push(e.issueKey);
    else failed.push({ ...(e.issueKey !== undefined ? { key: e.issueKey } : {}), status: e.status });
  }
  return { ranked, failed };
}
