import type { ConfigError } from './parse-workflow-config';
import { workflowConfigSchema, type WorkflowConfig } from './workflow-config-schema';

export type EditResult = { ok: true; config: WorkflowConfig } | { ok: false; errors: ConfigError[] };

/**
 * Validates an edited config. Every edit goes through here so an edit can
 * never produce a config the engine would later reject.
 */
export function validatedEdit(candidate: WorkflowConfig): EditResult {
  const parsed = workflowConfigSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  };
}

export const editError = (path: string, message: string): EditResult => ({ ok: false, errors: [{ path, message }] });
