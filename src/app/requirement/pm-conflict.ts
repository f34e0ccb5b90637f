import type { PmProperty } from '../../contract/pm-property';
import { AppError } from '../shared/app-error';
import type { AppDeps } from '../shared/app-deps';
import type { StoredVersion } from '../shared/versioned-property';
import { pmViewOf } from '../views/pm-view';

/**
 * `conflict` for a requirement save, carrying the stored document as the
 * caller may see it (hidden linked items redacted, as in the view), so the
 * details never name an item the caller cannot browse.
 */
export async function pmConflict(
  deps: AppDeps,
  current: StoredVersion<PmProperty>,
  message: string,
): Promise<AppError> {
  const doc = current.document;
  const keys = doc
    ? [doc.problemKey, doc.personaKey, doc.scenarioKey, ...doc.kpiKeys].filter(
        (k): k is string => typeof k === 'string',
      )
    : [];
  const visible = new Set(
    keys.length > 0 ? (await deps.jira.bulkFetch(keys, { as: 'user' })).map((r) => r.issue.key) : [],
  );
  return new AppError('conflict', message, {
    current: doc ? pmViewOf(doc, (key) => visible.has(key)) : null,
    currentVersion: current.version,
  });
}
