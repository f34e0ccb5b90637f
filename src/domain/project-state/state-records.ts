import type { StatusCategory } from '../issue/pm-issue';
import type { IssueFacts } from './issue-facts';
import type { ProjectPartial } from './project-partial';

/** Bumped when the stored shapes or their meaning change: older state is rebuilt, never misread. */
// 2: the meta record names the project's id. 3: facts say whether an issue has children (units of work).
// 4: records are stored deflated, 200 issues a shard. 5: facts say whether effort is entered below (counted once).
export const PROJECT_STATE_VERSION = 5;

export interface ShardRecord {
  /** Sorted by id. */
  facts: IssueFacts[];
  partial: ProjectPartial;
}

/** What readiness reads about the issue holding a key. */
export interface KeyTarget {
  id: string;
  statusCategory: StatusCategory;
}

export interface LinksBucket {
  /** Issue key -> the issues holding it, by id (references resolve to the first; more than one is a duplicated key). */
  at: Record<string, KeyTarget[]>;
  /** Referenced key -> ids of the issues referring to it, sorted. */
  by: Record<string, string[]>;
  /** Requested parent id -> ids of the issues asking for it, sorted. */
  kids: Record<string, string[]>;
}

/** A sum-tree node: the partials of up to `SUM_TREE_FANOUT` items of the level below. */
export interface TreeRecord {
  partials: ProjectPartial[];
}

export const emptyBucket = (): LinksBucket => ({ at: {}, by: {}, kids: {} });
export const emptyShard = (partial: ProjectPartial): ShardRecord => ({ facts: [], partial });
