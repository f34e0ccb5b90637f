import { z } from 'zod';
import { defaultWorkflowConfig } from '../../domain/workflow/default-workflow';
import { parseWorkflowConfig } from '../../domain/workflow/parse-workflow-config';
import type { WorkflowConfig } from '../../domain/workflow/workflow-config-schema';
import type { KeyValueStore } from '../../ports/key-value-store';
import type { Logger } from '../../ports/logger';

/**
 * The workflow configuration lives in one KVS document (site-wide settings
 * and the per-project mapping rules under `mapping.projects`), versioned for
 * optimistic concurrency. Version 0 means "never saved: the default template".
 */
export const CONFIG_KEY = 'config:workflow';

/** The stored envelope, parsed when read like any Jira answer; `config` is checked by the domain's versioned schema. */
const storedConfigSchema = z.object({
  version: z.number().int().min(0),
  config: z.unknown(),
  updatedAt: z.string().optional(),
  updatedBy: z.string().optional(),
});

export type StoredConfig = z.infer<typeof storedConfigSchema>;

export interface LoadedConfig {
  version: number;
  config: WorkflowConfig;
  /** The stored document as saved (before migration), for the admin page. */
  stored?: StoredConfig;
  /** Set when the stored document could not be used and the default applies. */
  problem?: string;
}

export async function loadConfig(store: KeyValueStore, logger?: Logger): Promise<LoadedConfig> {
  const raw = await store.get<unknown>(CONFIG_KEY);
  if (raw === undefined) return { version: 0, config: defaultWorkflowConfig };
  const envelope = storedConfigSchema.safeParse(raw);
  if (!envelope.success) {
    // Not even the envelope: version 0 lets an admin save over it (the admin page shows why).
    const problem = `the stored configuration record is unreadable (${envelope.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')})`;
    logger?.warn('stored workflow config record is unreadable; using the default template', { problem });
    return { version: 0, config: defaultWorkflowConfig, problem };
  }
  const stored = envelope.data;
  const parsed = parseWorkflowConfig(stored.config);
  if (parsed.ok) return { version: stored.version, config: parsed.config, stored };
  // Keep the app usable; the admin page shows the problem so it can be fixed.
  const problem = parsed.errors.map((e) => `${e.path || '(root)'}: ${e.message}`).join('; ');
  logger?.warn('stored workflow config is invalid; using the default template', { problem });
  return { version: stored.version, config: defaultWorkflowConfig, stored, problem };
}

export async function writeConfig(store: KeyValueStore, doc: StoredConfig): Promise<void> {
  await store.set(CONFIG_KEY, doc);
}
