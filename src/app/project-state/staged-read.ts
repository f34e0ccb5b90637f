import { z } from 'zod';
import type { IssueFacts } from '../../domain/project-state/issue-facts';
import type { Clock } from '../../ports/clock';
import type { KeyValueStore } from '../../ports/key-value-store';
import { mapBounded } from '../shared/map-bounded';
import { packRecord, unpackRecord } from './packed-record';
import { stagedFactsKey, stagedPlanKey } from './state-keys';
import { issueFactsSchema } from './state-schemas';
import { patiently } from './write-built-state';

/**
 * A project read that did not fit one invocation: the facts read so far wait in KVS (packed,
 * 500 issues a record: ~20 KB, two write units) with a plan naming them and the key ranges left,
 * until an invocation reads the rest and builds the state from all of them.
 */
const FACTS_PER_RECORD = 500;
const CONCURRENCY = 8;

/** What a read in parts is for: each keeps its own plan, so a roll-up and a snapshot never mix their parts. */
export type StagedPurpose = 'rollup' | 'snapshot';

const kpiActualSchema = z.strictObject({ date: z.string(), value: z.number() });

const stagedPlanSchema = z.strictObject({
  buildId: z.string().min(1),
  /** The configuration the facts were taken under: another one starts the read again. */
  configFingerprint: z.string(),
  /** When the first part of the read started (the build's watermark for catch-up runs). */
  startedAtMs: z.number(),
  records: z.number().int().nonnegative(),
  issues: z.number().int().nonnegative(),
  left: z
    .array(z.strictObject({ from: z.number().int().nonnegative(), to: z.number().int().positive().nullable() }))
    .min(1),
  /** The daily snapshot's latest actual of each KPI issue read so far (by issue id). */
  kpiActuals: z.array(z.tuple([z.string(), kpiActualSchema])).optional(),
});
export type StagedPlan = z.infer<typeof stagedPlanSchema>;

const stagedFactsSchema = z.strictObject({ facts: z.array(issueFactsSchema) });

/** The plan of the project's staged read, if one is under way (a damaged plan counts as none). */
export async function readStagedPlan(
  store: KeyValueStore,
  projectKey: string,
  purpose: StagedPurpose,
): Promise<StagedPlan | undefined> {
  const parsed = stagedPlanSchema.safeParse(await store.get<unknown>(stagedPlanKey(projectKey, purpose)));
  return parsed.success ? parsed.data : undefined;
}

/**
 * Adds `facts` to the staged read and records what is left. The plan is written last, so it
 * only ever names records that exist; a redelivered invocation that stages again overwrites
 * the records it names next.
 */
export async function stageFacts(
  store: KeyValueStore,
  clock: Clock,
  projectKey: string,
  purpose: StagedPurpose,
  plan: StagedPlan,
  facts: readonly IssueFacts[],
): Promise<StagedPlan> {
  const chunks: IssueFacts[][] = [];
  for (let i = 0; i < facts.length; i += FACTS_PER_RECORD) chunks.push(facts.slice(i, i + FACTS_PER_RECORD));
  await mapBounded(chunks, CONCURRENCY, (chunk, i) =>
    patiently(clock, () =>
      store.set(stagedFactsKey(projectKey, plan.buildId, plan.records + i), packRecord({ facts: chunk })),
    ),
  );
  const next: StagedPlan = { ...plan, records: plan.records + chunks.length, issues: plan.issues + facts.length };
  await patiently(clock, () => store.set(stagedPlanKey(projectKey, purpose), next));
  return next;
}

/** Every staged fact, or undefined when a record is missing or damaged (the read then starts again). */
export async function readStagedFacts(
  store: KeyValueStore,
  projectKey: string,
  plan: StagedPlan,
): Promise<IssueFacts[] | undefined> {
  const parts = await mapBounded(
    Array.from({ length: plan.records }, (_, i) => i),
    CONCURRENCY,
    async (i) => unpackRecord(await store.get<unknown>(stagedFactsKey(projectKey, plan.buildId, i)), stagedFactsSchema),
  );
  if (parts.some((p) => p === undefined)) return undefined;
  return parts.flatMap((p) => (p as z.infer<typeof stagedFactsSchema>).facts);
}

/** Deletes the staged read (after its state is stored, or to start again). */
export async function dropStagedRead(
  store: KeyValueStore,
  projectKey: string,
  purpose: StagedPurpose,
  plan: StagedPlan,
): Promise<void> {
  await store.delete(stagedPlanKey(projectKey, purpose));
  await mapBounded(
    Array.from({ length: plan.records }, (_, i) => i),
    CONCURRENCY,
    (i) => store.delete(stagedFactsKey(projectKey, plan.buildId, i)),
  );
}
