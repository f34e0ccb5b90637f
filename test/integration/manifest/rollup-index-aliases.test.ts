import { readFileSync } from 'node:fs';
import path from 'node:path';
import { entityPropertiesFromManifest } from '../../../dev/emulator';
import { ROLLUP_INDEX_VALUES, ROLLUP_PROPERTY_KEY, rollupPropertySchema } from '../../../src/contract/rollup-property';

/** manifest.yml indexes the roll-up property's values under the aliases the README's JQL examples use. */
describe('manifest.yml roll-up property index', () => {
  const declared = entityPropertiesFromManifest(readFileSync(path.resolve(__dirname, '../../../manifest.yml'), 'utf8'));

  it('declares exactly the contract’s roll-up values for pm-workflow.rollup', () => {
    expect(declared.filter((v) => v.propertyKey === ROLLUP_PROPERTY_KEY)).toEqual(
      ROLLUP_INDEX_VALUES.map((v) => ({ propertyKey: ROLLUP_PROPERTY_KEY, ...v })),
    );
  });

  it('indexes only fields the property document has, numbers where it has numbers', () => {
    const shape = rollupPropertySchema.shape;
    for (const v of ROLLUP_INDEX_VALUES) {
      const field = shape[v.path];
      expect(field).toBeDefined();
      expect(field.safeParse(v.type === 'number' ? 50 : 'none').success).toBe(true);
    }
  });

  it('keeps every alias unique across the app and within Forge’s 100 indexed values', () => {
    const aliases = declared.map((v) => v.searchAlias);
    expect(new Set(aliases).size).toBe(aliases.length);
    expect(declared.length).toBeLessThanOrEqual(100);
  });
});
