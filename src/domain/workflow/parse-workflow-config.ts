import { migrateWorkflowConfig } from './migrate-workflow-config';
import { workflowConfigSchema, type WorkflowConfig } from './workflow-config-schema';

export interface ConfigError {
  /** Dotted path of the bad value, e.g. "phases.3.upstream.0". */
  path: string;
  message: string;
}

export type ParseConfigResult =
  { ok: true; config: WorkflowConfig; migratedFrom: number | null } | { ok: false; errors: ConfigError[] };

/**
 * Loads a stored (possibly older) workflow config: migrates it to the current
 * schema version, then validates it. Never throws; errors name the path of
 * each bad value so the admin page can point at it.
 *
 * @example
 * const r = parseWorkflowConfig(JSON.parse(stored));
 * if (r.ok) use(r.config); else show(r.errors);
 */
export function parseWorkflowConfig(raw: unknown): ParseConfigResult {
  const migrated = migrateWorkflowConfig(raw);
  if (!migrated.ok) return { ok: false, errors: [{ path: 'schemaVersion', message: migrated.message }] };
  const parsed = workflowConfigSchema.safeParse(migrated.document);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    };
  }
  const from = migrated.fromVersion;
  return { ok: true, config: parsed.data, migratedFrom: from === parsed.data.schemaVersion ? null : from };
}
