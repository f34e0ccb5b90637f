import { z } from 'zod';
import type { ConfigView } from '../../contract/views';
import { validationDetails, validationMessage, type ValidationDetails } from '../../contract/validation-details';
import { parseWorkflowConfig } from '../../domain/workflow/parse-workflow-config';
import { mappingRuleSchema } from '../../domain/workflow/workflow-config-schema';
import { AppError, forbidden, invalid, notFound } from '../shared/app-error';
import type { AppDeps, Caller } from '../shared/app-deps';
import { configForCaller } from './config-for-caller';
import { configView } from './config-view';
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
    const permissions = await deps.jira.myPermissions(['ADMINISTER', 'ADMINISTER_PROJECTS'], {
      projectKey: project.key,
    });
    if (!permissions.ADMINISTER && !permissions.ADMINISTER_PROJECTS) {
      throw forbidden('Only Jira administrators or administrators of this project can change its settings.');
    }
    const rules = z.array(mappingRuleSchema).safeParse(input.config);
    if (!rules.success) throw configInvalid(validationDetails(rules.error.issues, ['config']));
    const base = loaded.config;
    candidate = {
      ...base,
      mapping: { ...base.mapping, projects: { ...base.mapping.projects, [project.key]: rules.data } },
    };
  }

  const parsed = parseWorkflowConfig(candidate);
  // The domain joins its paths with dots; the rule list of a project save is itself `config`.
  if (!parsed.ok)
    throw configInvalid(
      validationDetails(
        parsed.errors.map((e) => ({ path: e.path.split('.').filter(Boolean), message: e.message })),
        input.projectKey ? [] : ['config'],
      ),
    );
  if (loaded.version !== input.version) {
    // A project admin may only read back what applies to projects and issues they can see.
    const admin = await deps.jira.myPermissions(['ADMINISTER']);
    throw new AppError(
      'conflict',
      'Someone saved the configuration after you opened it. Review their changes and save again.',
      {
        current: { version: loaded.version, config: await configForCaller(deps, loaded.config, admin.ADMINISTER) },
      },
    );
  }
  const version = loaded.version + 1;
  await writeConfig(deps.store, {
    version,
    config: parsed.config,
    updatedAt: deps.clock.now().toISOString(),
    updatedBy: input.caller.accountId,
  });
  const admin = await deps.jira.myPermissions(['ADMINISTER']);
  return configView(version, await configForCaller(deps, parsed.config, admin.ADMINISTER), admin.ADMINISTER);
}

function configInvalid(details: ValidationDetails): AppError {
  return invalid(details.issues.length > 0 ? validationMessage(details) : 'Invalid configuration', details);
}
