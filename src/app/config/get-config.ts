import type { ConfigView } from '../../contract/views';
import { WORKFLOW_CONFIG_SCHEMA_VERSION } from '../../domain/workflow/workflow-config-schema';
import type { AppDeps } from '../shared/app-deps';
import { loadConfig } from './config-repository';

/**
 * The workflow configuration for the admin page. Anyone may read it (the
 * pages need the phases); `canEdit` says whether the caller may save the
 * site-wide settings (Jira admin).
 */
export async function getConfig(deps: AppDeps): Promise<ConfigView> {
  const [loaded, permissions] = await Promise.all([loadConfig(deps.store, deps.logger), deps.jira.myPermissions(['ADMINISTER'])]);
  return {
    version: loaded.version,
    config: loaded.config,
    canEdit: permissions.ADMINISTER,
    schemaVersion: WORKFLOW_CONFIG_SCHEMA_VERSION,
    ...(loaded.problem ? { problem: loaded.problem } : {}),
  };
}
