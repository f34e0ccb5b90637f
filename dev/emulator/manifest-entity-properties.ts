import { parse } from 'yaml';
import { z } from 'zod';
import type { EntityPropertyIndex } from './types';

const moduleSchema = z.object({
  key: z.string(),
  entityType: z.string().default('issue'),
  propertyKey: z.string(),
  values: z.array(
    z.object({
      path: z.string(),
      type: z.enum(['number', 'string', 'text', 'user', 'date']),
      searchAlias: z.string().optional(),
    }),
  ),
});

/**
 * The indexed issue-property values declared by the manifest's `jira:entityProperty`
 * modules (entityType issue), with their JQL search aliases. Uses the `yaml` package
 * (present through @forge/manifest; see README).
 */
export function entityPropertiesFromManifest(manifestYamlText: string): EntityPropertyIndex[] {
  const doc = parse(manifestYamlText) as { modules?: Record<string, unknown> } | null;
  const modules = z.array(moduleSchema).parse(doc?.modules?.['jira:entityProperty'] ?? []);
  return modules
    .filter((m) => m.entityType === 'issue')
    .flatMap((m) =>
      m.values.map((v) => ({
        propertyKey: m.propertyKey,
        path: v.path,
        type: v.type,
        ...(v.searchAlias ? { searchAlias: v.searchAlias } : {}),
      })),
    );
}
