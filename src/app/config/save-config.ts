import { z } from 'zod';
import type { ConfigView } from '../../contract/views';
import { parseWorkflowConfig, type ConfigError } from '../../domain/workflow/parse-workflow-config';
import { WORKFLOW_CONFIG_SCHEMA_VERSION, mappingRuleSchema } from '../../domain/workflow/workflow-config-schema';
import { AppError, forbidden, invalid, notFound } from '../shared/app-error';
import type { AppDeps, Caller } from '../shared/app-deps';
import { configForCaller } from './config-for-caller';
import { loadConfig, writeConfig } from './config-repository';

export interface SaveConfigInput {
  caller: Caller;
  version: number;
  config: unknown;
  /** Set to save one project's mapping rules (project admins may); absent = the whole site config (Jira admins). */
  projectKey?: string;
}

/**
 * Saves configuration, checked server-side: the whole site config needs Jira
 * admin (ADMINISTER); one project's mapping rules (`config` = the rule list)
 * need Jira admin or that project's admin (ADMINISTER_PROJECTS). Validated by
 * the domain's versioned config schema; optimistic concurrency on the stored
 * document's version.
 */
export async function saveConfig(deps: AppDeps, input: SaveConfigInput): Promise<ConfigView> {
  const loaded = await loadConfig(deps.store, deps.logger);
  let candidate: unknown;
  if (input.projectKey === undefined) {
    const permissions = await deps.jira.myPermissions(['ADMINISTER']);
    if (!permissions.ADMINISTER) throw forbidden('Only Jira administrators can change the site-wide configuration.');
    candidate = input.config;
  } else {
    const project = await deps.jira.getProject(input.projectKey, { as: 'user' });
    if (!project) throw notFound('This project does not exist or you cannot browse it.');
    const permissions = await deps.jira.myPermissions(['ADMINISTER', 'ADMINISTER_PROJECTS'], { projectKey: project.key });
    if (!permissions.ADMINISTER && !permissions.ADMINISTER_PROJECTS) {
      throw forbidden('Only Jira administrators or administrators of this project can change its settings.');
    }
    const rules = z.array(mappingRuleSchema).safeParse(input.config);
    if (!rules.success) throw configInvalid(rules.error.issues.map((i) => ({ path: ['config', ...i.path].map(String).join('.'), message: i.message })));
    const base = loaded.config;
    candidate = { ...base, mapping: { ...base.mapping, projects: { ...base.mapping.projects, [project.key]: rules.data } } };
  }

  const parsed = parseWorkflowConfig(candidate);
  if (!parsed.ok) throw configInvalid(parsed.errors.map((e) => ({ path: input.projectKey ? e.path : ['config', e.path].filter(Boolean).join('.'), message: e.message })));
  if (loaded.version !== input.version) {
    // A project admin may only read back what applies to projects and issues they can see.
    const admin = await deps.jira.myPermissions(['ADMINISTER']);
    throw new AppError('conflict', 'Someone saved the configuration after you opened it. Review their changes and save again.', {
      current: { version: loaded.version, config: await configForCaller(deps, loaded.config, admin.ADMINISTER) },
    });
  }
  const version = loaded.version + 1;
  await writeConfig(deps.store, { version, config: parsed.config, updatedAt: deps.clock.now().toISOString(), updatedBy: input.caller.accountId });
  const admin = await deps.jira.myPermissions(['ADMINISTER']);
  return { version, config: await configForCaller(deps, parsed.config, admin.ADMINISTER), canEdit: admin.ADMINISTER, schemaVersion: WORKFLOW_CONFIG_SCHEMA_VERSION };
}

function configInvalid(errors: ConfigError[]): AppError {
  const first = errors[0];
  return invalid(first ? `Invalid ${first.path || 'config'}: ${first.message}` : 'Invalid configuration', { issues: errors });
}
