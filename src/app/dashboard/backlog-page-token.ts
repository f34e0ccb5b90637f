import { createHash } from 'node:crypto';
import { z } from 'zod';
import { scoreModelSchema, type BacklogFilter, type ScoreModel } from '../../contract/payloads';
import { invalid } from '../shared/app-error';
import { backlogFilterClauses } from './backlog-jql';

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
  filter: BacklogFilter;
  /** Rows on the pages before. */
  offset: number;
  /** The last row's rank value and rank, when it had one. */
  last?: { value: number; rank: number };
  /** The best score of the filtered backlog (its first row), for the normalised weighted score. */
  best?: number;
}

const cursorSchema = z.strictObject({
  v: z.literal(1),
  j: z.string().min(1).max(2500),
  m: scoreModelSchema,
  /** The filter's fingerprint: a token is only good for the filter it was answered for. */
  f: z.string().min(1).max(64),
  o: z.number().int().min(0),
  l: z.tuple([z.number().finite(), z.number().int().min(1)]).optional(),
  b: z.number().finite().optional(),
});

export function encodeBacklogCursor(c: BacklogCursor): string {
  const json = {
    v: 1,
    j: c.jiraToken,
    m: c.model,
    f: filterFingerprint(c.filter),
    o: c.offset,
    ...(c.last ? { l: [c.last.value, c.last.rank] } : {}),
    ...(c.best !== undefined ? { b: c.best } : {}),
  };
  return Buffer.from(JSON.stringify(json), 'utf8').toString('base64url');
}

/** An error the UI can act on (start again from the first page), never an internal one. */
export function invalidPageToken(): Error {
  return invalid('The page token is not valid or has expired: load the backlog from its first page.', {
    issues: [{ path: ['pageToken'], message: 'not valid or expired' }],
  });
}

/** The cursor, or the structured `validation` error for a token that is not one of ours or not of this model and filter. */
export function decodeBacklogCursor(token: string, model: ScoreModel, filter: BacklogFilter): BacklogCursor {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw invalidPageToken();
  }
  const parsed = cursorSchema.safeParse(raw);
  if (!parsed.success || parsed.data.m !== model || parsed.data.f !== filterFingerprint(filter))
    throw invalidPageToken();
  const { j, m, o, l, b } = parsed.data;
  return {
    jiraToken: j,
    model: m,
    filter,
    offset: o,
    ...(l ? { last: { value: l[0], rank: l[1] } } : {}),
    ...(b !== undefined ? { best: b } : {}),
  };
}

/** Short and stable: the filter's JQL clauses, hashed (the token stays small whatever the filter). */
function filterFingerprint(filter: BacklogFilter): string {
  return createHash('sha256').update(backlogFilterClauses(filter).join(' AND ')).digest('base64url').slice(0, 16);
}
