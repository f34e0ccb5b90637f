import { readFileSync } from 'node:fs';
import path from 'node:path';
import { entityPropertiesFromManifest } from '../../../dev/emulator';
import { PM_PROPERTY_KEY } from '../../../src/contract/pm-property';
import { SCORE_INDEX_VALUES, scoreIndexAlias } from '../../../src/contract/score-index';
import { ALL_SCORE_MODELS } from '../../../src/contract/score-models';

/** manifest.yml indexes one number per score model, named from the one model list (score-index.ts). */
describe('manifest.yml per-model score index', () => {
  const declared = entityPropertiesFromManifest(readFileSync(path.resolve(__dirname, '../../../manifest.yml'), 'utf8'));

  it('declares index.scores.<model> as a number with its derived alias, for every model and nothing else', () => {
    const perModel = declared.filter((v) => v.path.startsWith('index.scores.'));
    expect(perModel).toEqual(
      SCORE_INDEX_VALUES.map(({ path: p, type, searchAlias }) => ({
        propertyKey: PM_PROPERTY_KEY,
        path: p,
        type,
        searchAlias,
      })),
    );
    expect(perModel).toHaveLength(ALL_SCORE_MODELS.length);
  });

  it('derives readable aliases', () => {
    expect(ALL_SCORE_MODELS.map(scoreIndexAlias)).toEqual([
      'pmRiceScore',
      'pmWsjfScore',
      'pmIceScore',
      'pmValueEffortScore',
      'pmWeightedScore',
      'pmMoscowScore',
      'pmKanoScore',
    ]);
  });

  it('stays within Forge’s 100 indexed values per app', () => {
    expect(declared.length).toBeLessThanOrEqual(100);
  });
});
