import { kvs as forgeKvs } from '@forge/kvs';
import type { ForgeGlobals } from '../../../dev/forge-runtime/install-forge-globals';
import { openKvsEmulator, type KvsEmulator } from '../../../dev/forge-runtime/kvs-emulator';
import { installKvsOnlyGlobals } from '../../fixtures/runtime/kvs-only-globals';

/** The local KVS tells one kind of record's units from the rest (the bench counts the roll-up property record apart). */
describe('KVS usage by key segment', () => {
  let kvs: KvsEmulator;
  let globals: ForgeGlobals;
  beforeEach(async () => {
    kvs = await openKvsEmulator({ now: () => Date.UTC(2026, 0, 1) });
    globals = installKvsOnlyGlobals(kvs);
  });
  afterEach(async () => {
    globals.uninstall();
    await kvs.close();
  });

  it('charges each request to the first segment of its key; the segments add up to the totals', async () => {
    await forgeKvs.set('rprops:CHK:head', { parts: 1 });
    await forgeKvs.set('rprops:CHK:p:0', 'x'.repeat(15_000)); // two 10 KB units
    await forgeKvs.set('pstate:CHK:meta', { a: 1 });
    await forgeKvs.get('rprops:CHK:head');
    await forgeKvs.delete('pstate:CHK:meta');
    const by = kvs.usageByKeySegment();
    expect(by['rprops']).toEqual({ readUnits: 1, writeUnits: 3 });
    expect(by['pstate']).toEqual({ readUnits: 0, writeUnits: 2 });
    const total = kvs.usage();
    const sum = Object.values(by).reduce((n, u) => ({ r: n.r + u.readUnits, w: n.w + u.writeUnits }), { r: 0, w: 0 });
    expect(sum).toEqual({ r: total.readUnits, w: total.writeUnits });
  });
});
