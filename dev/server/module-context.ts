import type { UiModuleType } from '../forge-runtime/app-manifest';
import type { GadgetFrame } from './gadget-configurations';
import type { IssueInfo, ProjectInfo } from './jira-lookups';

/** The context a Custom UI module gets from `view.getContext()` and sends with `invoke`. */
export interface ForgeModuleContext {
  accountId: string;
  cloudId: string;
  siteUrl: string;
  moduleKey: string;
  localId: string;
  locale: string;
  timezone: string;
  environmentType: string;
  theme: { colorMode: 'light' | 'dark' };
  extension: Record<string, unknown>;
}

export interface ModuleContextInput {
  accountId: string;
  cloudId: string;
  siteUrl: string;
  appId: string;
  moduleKey: string;
  type: UiModuleType;
  project?: ProjectInfo;
  issue?: IssueInfo;
  /** A dashboard gadget: its id, view or edit, and the configuration Jira would hand it. */
  gadget?: GadgetFrame;
  theme: 'light' | 'dark';
  locale?: string;
  timezone?: string;
}

const projectRef = (p: ProjectInfo) => ({ id: p.id, key: p.key, type: p.projectTypeKey });

/** Builds the context with Forge's shapes (DESIGN.md section 4). */
export function buildModuleContext(input: ModuleContextInput): ForgeModuleContext {
  let extension: Record<string, unknown> = { type: input.type };
  if ((input.type === 'jira:issuePanel' || input.type === 'jira:issueContext') && input.issue) {
    const { issue } = input;
    extension = {
      type: input.type,
      issue: { id: issue.id, key: issue.key, type: issue.issueTypeName, typeId: issue.issueTypeId },
      project: projectRef(issue.project),
    };
  } else if (input.type === 'jira:projectPage' && input.project) {
    extension = { type: input.type, project: projectRef(input.project) };
  } else if (input.type === 'jira:dashboardGadget' && input.gadget) {
    const { gadget } = input;
    extension = {
      type: input.type,
      dashboard: { id: 'local-dashboard' },
      gadget: { id: gadget.id },
      gadgetConfiguration: gadget.configuration,
      ...(gadget.mode === 'edit' ? { entryPoint: 'edit' } : {}),
    };
  }
  const scope = input.issue?.id ?? input.project?.id ?? input.gadget?.id ?? 'site';
  return {
    accountId: input.accountId,
    cloudId: input.cloudId,
    siteUrl: input.siteUrl,
    moduleKey: input.moduleKey,
    localId: `ari:cloud:ecosystem::extension/${input.appId}/local/static/${input.moduleKey}-${scope}`,
    locale: input.locale ?? 'en_US',
    timezone: input.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    environmentType: 'DEVELOPMENT',
    theme: { colorMode: input.theme },
    extension,
  };
}
