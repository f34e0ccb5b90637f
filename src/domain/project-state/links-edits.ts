import { insertSorted, removeSorted } from '../shared/sorted-ids';
import { referencedKeys } from '../rollup/build-node';
import type { IssueFacts } from './issue-facts';
import { compareIds } from '../ranking/compare-issue-keys';
import type { KeyTarget, LinksBucket } from './state-records';

/**
 * Edits of the links index for one issue going from `before` to `after`
 * (either may be absent: created / deleted). `bucketFor` gives the bucket
 * holding a key (or a parent id). Returns the keys whose target changed
 * (held by another issue, gone, or another status): their referrers'
 * readiness must be assessed again.
 */
export function editLinks(
  before: IssueFacts | undefined,
  after: IssueFacts | undefined,
  bucketFor: (key: string) => LinksBucket,
): string[] {
  const id = (after ?? before)?.id as string;
  const changed: string[] = [];
  // The key's target: a key whose first holder (or its status) changes is a changed target.
  const heldKeys = [...new Set([before?.key, after?.key].filter((k): k is string => k !== undefined))];
  const firstBefore = heldKeys.map((key) => targetOf(bucketFor(key), key));
  if (before !== undefined && before.key !== after?.key) removeHolder(bucketFor(before.key).at, before.key, id);
  if (after !== undefined) addHolder(bucketFor(after.key).at, after.key, { id, statusCategory: after.status });
  heldKeys.forEach((key, i) => {
    const was = firstBefore[i];
    const now = targetOf(bucketFor(key), key);
    if (was?.id !== now?.id || was?.statusCategory !== now?.statusCategory) changed.push(key);
  });
  // What it refers to.
  const oldKeys = before === undefined ? [] : referencedKeys(before.refs);
  const newKeys = after === undefined ? [] : referencedKeys(after.refs);
  for (const key of oldKeys) if (!newKeys.includes(key)) removeFrom(bucketFor(key).by, key, id);
  for (const key of newKeys) addTo(bucketFor(key).by, key, id);
  // Its parent.
  const oldParent = before?.parentId ?? null;
  const newParent = after?.parentId ?? null;
  if (oldParent !== null && oldParent !== newParent) removeFrom(bucketFor(oldParent).kids, oldParent, id);
  if (newParent !== null) addTo(bucketFor(newParent).kids, newParent, id);
  return changed;
}

function addTo(map: Record<string, string[]>, key: string, id: string): void {
  const ids = map[key];
  if (ids === undefined) map[key] = [id];
  else insertSorted(ids, id);
}

function removeFrom(map: Record<string, string[]>, key: string, id: string): void {
  const ids = map[key];
  if (ids === undefined) return;
  removeSorted(ids, id);
  if (ids.length === 0) delete map[key];
}

/** The target for a key: the holder with the lowest id. */
export const targetOf = (bucket: LinksBucket, key: string): KeyTarget | undefined => bucket.at[key]?.[0];

function addHolder(at: Record<string, KeyTarget[]>, key: string, target: KeyTarget): void {
  const list = at[key] ?? (at[key] = []);
  const i = list.findIndex((t) => compareIds(t.id, target.id) >= 0);
  if (i < 0) list.push(target);
  else if (list[i]?.id === target.id) list[i] = target;
  else list.splice(i, 0, target);
}

function removeHolder(at: Record<string, KeyTarget[]>, key: string, id: string): void {
  const list = at[key];
  if (list === undefined) return;
  const i = list.findIndex((t) => t.id === id);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 0) delete at[key];
}
