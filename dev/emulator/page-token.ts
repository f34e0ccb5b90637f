import { createHash } from 'node:crypto';
import { httpError } from './errors';

/**
 * `nextPageToken` for search/jql: opaque to clients (base64url JSON of the next
 * offset and a fingerprint of the query). A token used with another JQL, or one that
 * does not decode, answers 400. Offsets run over the result as it is at each request
 * (as on Jira, writes between pages can shift results).
 */
export function fingerprint(jql: string): string {
  return createHash('sha256').update(jql).digest('base64url').slice(0, 16);
}

export function encodePageToken(offset: number, jql: string): string {
  return Buffer.from(JSON.stringify({ o: offset, f: fingerprint(jql) }), 'utf8').toString('base64url');
}

export function decodePageToken(token: string | undefined, jql: string): number {
  if (token === undefined || token === '') return 0;
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown; f?: unknown };
    if (typeof parsed.o === 'number' && Number.isInteger(parsed.o) && parsed.o >= 0 && parsed.f === fingerprint(jql))
      return parsed.o;
  } catch {
    // fall through
  }
  throw httpError(400, 'The provided next page token is invalid or does not belong to this query.');
}
