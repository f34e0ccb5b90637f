import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { z } from 'zod';

/**
 * How project-state records sit in KVS: their JSON, deflated, in base64.
 * Forge charges KVS writes in 10 KB units per request; facts of a few
 * hundred issues are ~70 KB of JSON but ~7 KB deflated (field names and
 * phase names repeat), so a shard of 200 issues costs one unit to rewrite
 * and a 200,000-issue site is stored within one minute's 4,000 units.
 */
const packedRecordSchema = z.strictObject({ deflated: z.string() });
export type PackedRecord = z.infer<typeof packedRecordSchema>;

export const packRecord = (value: unknown): PackedRecord => ({
  deflated: deflateRawSync(Buffer.from(JSON.stringify(value), 'utf8')).toString('base64'),
});

/** The record's value, parsed with `schema`; undefined when it is not a packed record or not of that shape. */
export function unpackRecord<S extends z.ZodType>(raw: unknown, schema: S): z.infer<S> | undefined {
  const packed = packedRecordSchema.safeParse(raw);
  if (!packed.success) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(inflateRawSync(Buffer.from(packed.data.deflated, 'base64')).toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}
