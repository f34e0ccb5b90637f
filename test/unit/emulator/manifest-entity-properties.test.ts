import { entityPropertiesFromManifest } from '../../../dev/emulator';
import { manifestProperties } from './helpers';

describe('entityPropertiesFromManifest', () => {
  it('reads the repo manifest’s jira:entityProperty values and aliases', () => {
    expect(manifestProperties).toContainEqual({
      propertyKey: 'pm-workflow.requirement',
      path: 'index.score',
      type: 'number',
      searchAlias: 'pmScore',
    });
    expect(manifestProperties).toContainEqual({
      propertyKey: 'pm-workflow.kpi',
      path: 'name',
      type: 'string',
      searchAlias: 'pmKpiName',
    });
    expect(new Set(manifestProperties.map((p) => p.propertyKey))).toEqual(
      new Set(['pm-workflow.requirement', 'pm-workflow.kpi', 'pm-workflow.rollup']),
    );
  });

  it('handles manifests without the module and values without aliases', () => {
    expect(entityPropertiesFromManifest('modules: {}\n')).toEqual([]);
    const yaml = `modules:\n  jira:entityProperty:\n    - key: k\n      entityType: issue\n      propertyKey: p\n      values:\n        - path: a.b\n          type: date\n`;
    expect(entityPropertiesFromManifest(yaml)).toEqual([{ propertyKey: 'p', path: 'a.b', type: 'date' }]);
  });
});
