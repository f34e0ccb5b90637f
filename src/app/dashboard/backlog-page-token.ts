import { z } from 'zod';
import { backlogStatusFilterSchema, scoreModelSchema, type BacklogStatusFilter, type ScoreModel } from '../../contract/payloads';
import { invalid } from '../shared/app-error';

/**
 * The backlog's own page token: Jira's `nextPageToken` plus what ranking the next page needs
 * (how many rows came before, and the last row's value and rank, so a tie across the page
 * boundary keeps its shared rank) and the model and filter it belongs to. Opaque to the UI.
 * Forged numbers only change the rank numbers the forger sees; Jira still decides what is
 * read, as the caller.
 */
export interface BacklogCursor {
  jiraToken: string;
  model: ScoreModel;
  status: BacklogStatusFilter;
  /** Rows on the pages before. */
  offset: number;
  /** The last row's rank value and rank, when it had one. */
  last?: { value: number; rank: number };
}

const cursorSchema = z.strictObject({
  v: z.literal(1),
  j: z.string().min(1).max(2500),
  m: scoreModelSchema,
  f: backlogStatusFilterSchema,
  o: z.number().int().min(0),
  l: z.tuple([z.number().finite(), z.number().int().min(1)]).optional(),
});

export function encodeBacklogCursor(c: BacklogCursor): string {
  const json = { v: 1, j: c.jiraToken, m: c.model, f: c.status, o: c.offset, ...(c.last ? { l: [c.last.value, c.last.rank] } : {}) };
  return Buffer.from(JSON.stringify(json), 'utf8').toString('base64url');
}

/** An error the UI can act on (start again from the first page), never an internal one. */
export function invalidPageToken(): Error {
  return invalid('The page token is not valid or has expired: load the backlog from its first page.', {
    issues: [{ path: ['pageToken'], message: 'not valid or expired' }],
  });
}

/** The cursor, or the structured `validation` error for a token that is not one of ours or not of this model and filter. */
export function decodeBacklogCursor(token: string, model: ScoreModel, status: BacklogStatusFilter): BacklogCursor {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw invalidPageToken();
  }
  const parsed = cursorSchema.safeParse(raw);
  if (!parsed.success || parsed.data.m !== model || parsed.data.f !== status) throw invalidPageToken();
  const { j, m, f, o, l } = parsed.data;
  return { jiraToken: j, model: m, status: f, offset: o, ...(l ? { last: { value: l[0], rank: l[1] } } : {}) };
}
