import type { MappingPreview } from '../../contract/views-admin';
import type { MappingRule } from '../../domain/workflow/workflow-config-schema';
import { JiraBadRequestError } from '../../ports/jira-errors';
import { forbidden, invalid } from '../shared/app-error';
import type { AppDeps } from '../shared/app-deps';
import { loadConfig } from './config-repository';
import { mappingRuleJql } from './mapping-rule-jql';

export interface PreviewMappingInput {
  /** The site-wide rules as the admin is editing them (not saved yet). */
  rules: MappingRule[];
  /** The rule to preview. */
  index: number;
}

/**
 * How many issues one mapping rule of the draft would map, before it is saved:
 * Jira's approximate count of the JQL the rule implies (see mappingRuleJql),
 * as the caller. Only Jira admins edit the site-wide mapping; the JQL names the
 * projects that keep their own rules, which others may not learn.
 */
export async function previewMapping(deps: AppDeps, input: PreviewMappingInput): Promise<MappingPreview> {
  const permissions = await deps.jira.myPermissions(['ADMINISTER']);
  if (!permissions.ADMINISTER) throw forbidden('Only Jira administrators can preview the site-wide mapping.');
  const rule = input.rules[input.index];
  if (!rule)
    throw invalid('Invalid index: there is no rule at that position.', {
      issues: [{ path: ['index'], message: 'there is no rule at that position' }],
    });
  const { config } = await loadConfig(deps.store, deps.logger);
  const ownRule = Object.entries(config.mapping.projects)
    .filter(([, rules]) =>
      rules.some((r) => r.issueType === rule.issueType && r.labels === undefined && r.components === undefined),
    )
    .map(([projectKey]) => projectKey)
    .sort();
  const target = mappingRuleJql(input.rules, input.index, ownRule);
  if ('shadowedBy' in target) return { jql: '', count: 0, open: 0, shadowedBy: target.shadowedBy };
  try {
    const [count, open] = await Promise.all([
      deps.jira.countIssues(target.jql, { as: 'user' }),
      deps.jira.countIssues(`${target.jql} AND statusCategory != Done`, { as: 'user' }),
    ]);
    return { jql: target.jql, count, open };
  } catch (error) {
    // Jira names what it does not know ("The value 'Storyy' does not exist for the field 'issuetype'.").
    if (error instanceof JiraBadRequestError && error.messages.length > 0) {
      const message = error.messages.join(' ');
      throw invalid(message, { issues: [{ path: ['rules', String(input.index)], message }] });
    }
    throw error;
  }
}
