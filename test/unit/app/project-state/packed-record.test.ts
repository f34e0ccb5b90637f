import { z } from 'zod';
import { packRecord, unpackRecord } from '../../../../src/app/project-state/packed-record';

const schema = z.strictObject({ facts: z.array(z.strictObject({ id: z.string(), phase: z.string() })) });
const record = { facts: Array.from({ length: 200 }, (_, i) => ({ id: String(10000 + i), phase: 'requirements' })) };

describe('packed state records', () => {
  it('round-trip to the same value, much smaller than their JSON', () => {
    const packed = packRecord(record);
    expect(unpackRecord(packed, schema)).toEqual(record);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(record).length / 4);
  });

  it.each([
    ['the plain value (an older format)', record],
    ['another shape', { deflated: 42 }],
    ['extra fields', { ...packRecord(record), more: 1 }],
    ['damaged data', { deflated: packRecord(record).deflated.slice(0, 40) }],
    ['not JSON inside', { deflated: Buffer.from('not json').toString('base64') }],
  ])('are refused (undefined) when the record is %s', (_what, raw) => {
    expect(unpackRecord(raw, schema)).toBeUndefined();
  });

  it('are refused when the value inside has another shape', () => {
    expect(unpackRecord(packRecord({ facts: [{ id: 1 }] }), schema)).toBeUndefined();
  });
});
