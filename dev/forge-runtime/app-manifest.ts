import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/**
 * The parts of `manifest.yml` the local runtime reads, parsed (not cast) with zod.
 * Unknown properties are kept (`passthrough`): the manifest is validated in full by
 * `@forge/manifest` in the project's tests; this only needs the shape it uses.
 */

const moduleSchema = z
  .object({
    key: z.string().min(1),
    resource: z.string().optional(),
    resolver: z.object({ function: z.string(), method: z.string().optional() }).optional(),
    function: z.string().optional(),
    handler: z.string().optional(),
    timeoutSeconds: z.number().optional(),
    events: z.array(z.string()).optional(),
    queue: z.string().optional(),
    interval: z.string().optional(),
    title: z.string().optional(),
    label: z.string().optional(),
    /** A dashboard gadget's edit view (`jira:dashboardGadget` `edit.resource`). */
    edit: z.object({ resource: z.string() }).passthrough().optional(),
  })
  .passthrough();

const entityIndexSchema = z.union([
  z.string(),
  z.object({ name: z.string(), range: z.array(z.string()).min(1), partition: z.array(z.string()).min(1).optional() }),
]);

const entitySchema = z.object({
  name: z.string(),
  attributes: z.record(z.string(), z.object({ type: z.enum(['string', 'boolean', 'float', 'integer', 'any']) })),
  indexes: z.array(entityIndexSchema).optional(),
});

const manifestSchema = z
  .object({
    modules: z.record(z.string(), z.array(moduleSchema)),
    resources: z.array(z.object({ key: z.string(), path: z.string() })).default([]),
    app: z
      .object({
        id: z.string(),
        storage: z
          .object({ entities: z.array(entitySchema).optional() })
          .passthrough()
          .optional(),
      })
      .passthrough(),
    permissions: z
      .object({ scopes: z.array(z.string()).optional() })
      .passthrough()
      .optional(),
  })
  .passthrough();

export type ManifestModule = z.infer<typeof moduleSchema>;
export type EntityDefinition = z.infer<typeof entitySchema>;
export type AppManifest = z.infer<typeof manifestSchema>;

/** Module types rendered as Custom UI in Jira (each has a `resource`). */
export const UI_MODULE_TYPES = [
  'jira:projectPage',
  'jira:issuePanel',
  'jira:issueContext',
  'jira:adminPage',
  'jira:globalPage',
  'jira:dashboardGadget',
] as const;
export type UiModuleType = (typeof UI_MODULE_TYPES)[number];

export interface LocatedModule {
  type: string;
  module: ManifestModule;
}

export function parseManifest(yamlText: string): AppManifest {
  return manifestSchema.parse(parseYaml(yamlText));
}

export function loadManifest(file: string): AppManifest {
  return parseManifest(readFileSync(file, 'utf8'));
}

/** Every module with its type, in manifest order. */
export function allModules(manifest: AppManifest): LocatedModule[] {
  return Object.entries(manifest.modules).flatMap(([type, modules]) => modules.map((module) => ({ type, module })));
}

export function findModule(manifest: AppManifest, moduleKey: string): LocatedModule | undefined {
  return allModules(manifest).find((m) => m.type !== 'function' && m.module.key === moduleKey);
}

/** UI modules (Custom UI resources) in manifest order. */
export function uiModules(manifest: AppManifest): Array<LocatedModule & { type: UiModuleType }> {
  return allModules(manifest).filter(
    (m): m is LocatedModule & { type: UiModuleType } =>
      (UI_MODULE_TYPES as readonly string[]).includes(m.type) && typeof m.module.resource === 'string',
  );
}

export interface FunctionDefinition {
  key: string;
  /** `index.dashboardHandler` -> file `index`, export `dashboardHandler`. */
  file: string;
  exportName: string;
  /** As declared; the default depends on the module type (invocation-limits.ts). */
  timeoutSeconds: number | undefined;
}

export function findFunction(manifest: AppManifest, functionKey: string): FunctionDefinition | undefined {
  const fn = (manifest.modules['function'] ?? []).find((f) => f.key === functionKey);
  if (!fn?.handler) return undefined;
  const dot = fn.handler.lastIndexOf('.');
  return {
    key: fn.key,
    file: fn.handler.slice(0, dot),
    exportName: fn.handler.slice(dot + 1),
    timeoutSeconds: fn.timeoutSeconds,
  };
}

export function resourcePath(manifest: AppManifest, resourceKey: string): string | undefined {
  return manifest.resources.find((r) => r.key === resourceKey)?.path;
}

export function entityDefinitions(manifest: AppManifest): EntityDefinition[] {
  return manifest.app.storage?.entities ?? [];
}
