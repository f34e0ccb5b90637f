import { randomUUID } from 'node:crypto';
import type { PortfolioRollup } from '../../domain/rollup/rollup-types';
import { MAX_VALUE_BYTES, StorageLimitError, type KeyValueStore } from '../../ports/key-value-store';
import type { ProductViews } from './product-views-from-rollup';

/**
 * Per-project roll-up cache in KVS. A project's full roll-up (every node, so
 * triggers can update it incrementally) rarely fits one 240 KiB value, so it
 * is stored as parts of one JSON text under a fresh generation id; the small
 * `meta` record that points at the generation is written last, so readers
 * never see half a roll-up, and the old parts are deleted afterwards. A
 * roll-up needing more than `MAX_PARTS` parts is refused (StorageLimitError),
 * never truncated: the portfolio then reads that project live.
 */
export const MAX_PARTS = 100;
const PART_CHARS = Math.floor((MAX_VALUE_BYTES - 4096) / 4); // JSON text is stored as a string; 4 bytes per char worst case

export const rollupMetaKey = (projectKey: string): string => `rollup:${projectKey}:meta`;
const partKey = (projectKey: string, generation: string, index: number): string =>
  `rollup:${projectKey}:part:${generation}:${String(index).padStart(3, '0')}`;

export interface RollupMeta {
  projectKey: string;
  computedAt: string;
  configFingerprint: string;
  generation: string;
  parts: number;
  /** The project's portfolio row per score model (see productViewsFromRollup). */
  views: ProductViews;
}

export async function readRollupMeta(store: KeyValueStore, projectKey: string): Promise<RollupMeta | undefined> {
  return store.get<RollupMeta>(rollupMetaKey(projectKey));
}

/** The cached roll-up, or undefined when there is none (or a part went missing). */
export async function readRollup(store: KeyValueStore, projectKey: string): Promise<{ meta: RollupMeta; rollup: PortfolioRollup } | undefined> {
  const meta = await readRollupMeta(store, projectKey);
  if (!meta) return undefined;
  const parts: string[] = [];
  for (let i = 0; i < meta.parts; i++) {
    const part = await store.get<string>(partKey(projectKey, meta.generation, i));
    if (typeof part !== 'string') return undefined;
    parts.push(part);
  }
  return { meta, rollup: JSON.parse(parts.join('')) as PortfolioRollup };
}

export async function writeRollup(store: KeyValueStore, projectKey: string, rollup: PortfolioRollup, views: ProductViews): Promise<RollupMeta> {
  const text = JSON.stringify(rollup);
  const count = Math.max(1, Math.ceil(text.length / PART_CHARS));
  if (count > MAX_PARTS) {
    throw new StorageLimitError(`the roll-up of ${projectKey} needs ${count} stored parts; the cache holds at most ${MAX_PARTS}`, 'value-size');
  }
  const previous = await readRollupMeta(store, projectKey);
  const generation = randomUUID();
  for (let i = 0; i < count; i++) await store.set(partKey(projectKey, generation, i), text.slice(i * PART_CHARS, (i + 1) * PART_CHARS));
  const meta: RollupMeta = { projectKey, computedAt: rollup.computedAt, configFingerprint: rollup.configFingerprint, generation, parts: count, views };
  await store.set(rollupMetaKey(projectKey), meta);
  if (previous) for (let i = 0; i < previous.parts; i++) await store.delete(partKey(projectKey, previous.generation, i));
  return meta;
}
