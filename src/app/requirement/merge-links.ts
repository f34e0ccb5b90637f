import type { z } from 'zod';
import type { LinkField, requirementChangesSchema } from '../../contract/payloads';
import type { PmProperty } from '../../contract/pm-property';
import type { FieldIssue } from '../../contract/validation-details';
import { invalid } from '../shared/app-error';

type Changes = z.infer<typeof requirementChangesSchema>;
type Links = Pick<PmProperty, 'problemKey' | 'personaKey' | 'scenarioKey' | 'kpiKeys'>;

const SINGLE_LINKS = [
  ['problem', 'problemKey'],
  ['persona', 'personaKey'],
  ['scenario', 'scenarioKey'],
] as const;

/** The fields of `changes` that name one of `keys`, as validation issues (the panel highlights them). */
export function linkIssues(changes: Changes, keys: ReadonlySet<string>): FieldIssue[] {
  const message = 'does not exist or you cannot see it';
  const single = SINGLE_LINKS.filter(([, keyField]) => {
    const key = changes[keyField];
    return typeof key === 'string' && keys.has(key);
  }).map(([, keyField]) => ({ path: ['changes', keyField], message }));
  const kpis = (changes.kpiKeys ?? []).flatMap((key, i) =>
    keys.has(key) ? [{ path: ['changes', 'kpiKeys', String(i)], message }] : [],
  );
  return [...single, ...kpis];
}

/** Keys the caller asked to link; each must be visible to them (checked before merging). */
export function suppliedLinkKeys(changes: Changes): string[] {
  return [changes.problemKey, changes.personaKey, changes.scenarioKey, ...(changes.kpiKeys ?? [])].filter(
    (k): k is string => typeof k === 'string',
  );
}

/**
 * The links after a save. A stored link whose item the caller cannot see is
 * someone else's work they cannot judge: it stays unless the caller names its
 * field in `removeHiddenLinks` (then `null` / absent removes it and a new key
 * replaces it). Without that, `null` keeps it and a new key is refused, so
 * nobody erases a link by accident, and saving other fields never needs to see it.
 * `canSee` covers every stored key; supplied keys are checked by the caller.
 */
export function mergeLinks(before: PmProperty | undefined, changes: Changes, canSee: (key: string) => boolean): Links {
  const removing = new Set<LinkField>(changes.removeHiddenLinks ?? []);
  const links: Links = { kpiKeys: [] };
  for (const [field, keyField] of SINGLE_LINKS) {
    const previous = before?.[keyField];
    const change = changes[keyField];
    const hidden = previous !== undefined && !canSee(previous);
    let value: string | undefined;
    if (hidden && !removing.has(field)) {
      if (typeof change === 'string') {
        throw invalid(`The ${field} links an item you cannot see. Remove that link explicitly to link another item.`, {
          issues: [{ path: ['changes', keyField], message: 'links an item you cannot see' }],
        });
      }
      value = previous;
    } else if (hidden) {
      value = change ?? undefined;
    } else {
      value = change === null ? undefined : (change ?? previous);
    }
    if (value !== undefined) links[keyField] = value;
  }
  const stored = before?.kpiKeys ?? [];
  if (removing.has('kpi')) links.kpiKeys = changes.kpiKeys ?? stored.filter((key) => canSee(key));
  else if (changes.kpiKeys === undefined) links.kpiKeys = stored;
  else links.kpiKeys = [...new Set([...changes.kpiKeys, ...stored.filter((key) => !canSee(key))])];
  return links;
}
