import type { TreeSlot } from '../../domain/project-state/sum-tree';

/** KVS keys of a project's stored state; every record but the meta belongs to one generation. */
export const stateMetaKey = (projectKey: string): string => `pstate:${projectKey}:meta`;
export const shardKey = (projectKey: string, generation: string, index: number): string =>
  `pstate:${projectKey}:${generation}:s:${index}`;
export const bucketKey = (projectKey: string, generation: string, index: number): string =>
  `pstate:${projectKey}:${generation}:l:${index}`;
export const treeKey = (projectKey: string, generation: string, slot: TreeSlot): string =>
  `pstate:${projectKey}:${generation}:t:${slot.level}:${slot.index}`;
/** Prefix of every record of one generation (to delete a replaced one). */
export const generationPrefix = (projectKey: string, generation: string): string =>
  `pstate:${projectKey}:${generation}:`;

/** A read over several invocations, by what it is for: its plan (what is staged, what is left)... */
export const stagedPlanKey = (projectKey: string, purpose: string): string => `pbuild:${projectKey}:${purpose}:plan`;
/** ...and the facts staged so far, in numbered records. */
export const stagedFactsKey = (projectKey: string, buildId: string, index: number): string =>
  `pbuild:${projectKey}:${buildId}:${index}`;
