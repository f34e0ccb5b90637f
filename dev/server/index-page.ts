import type { LocatedModule } from '../forge-runtime/app-manifest';
import type { ActingUser } from './acting-users';
import { html, page, query, raw, type RawHtml } from './html';
import type { IssueInfo, ProjectInfo } from './jira-lookups';

export interface IndexModel {
  appTitle: string;
  backendLabel: string;
  users: ActingUser[];
  actingUser: ActingUser;
  theme: 'light' | 'dark';
  uiModules: LocatedModule[];
  projects: Array<{ project: ProjectInfo; issues: IssueInfo[] }>;
  problems: string[];
}

function moduleTitle(m: LocatedModule): string {
  return m.module.title ?? m.module.key;
}

export function frameHref(
  moduleKey: string,
  params: { project?: string; issue?: string; as: string; theme: string },
): string {
  return `/frame/${encodeURIComponent(moduleKey)}${query({ project: params.project, issue: params.issue, as: params.as, theme: params.theme === 'dark' ? 'dark' : undefined })}`;
}

function link(
  m: LocatedModule,
  model: IndexModel,
  params: { project?: string; issue?: string },
  text: string,
): RawHtml {
  const href = frameHref(m.module.key, { ...params, as: model.actingUser.accountId, theme: model.theme });
  return html`<a
    class="module-link"
    href="${href}"
    data-module-key="${m.module.key}"
    data-module-type="${m.type}"
    data-project="${params.project ?? ''}"
    data-issue="${params.issue ?? ''}"
    >${text}</a
  >`;
}

export function userSwitch(
  users: ActingUser[],
  acting: ActingUser,
  action: string,
  hidden: Record<string, string | undefined>,
): RawHtml {
  const options = users.map(
    (u) =>
      html`<option value="${u.accountId}" ${raw(u.accountId === acting.accountId ? ' selected' : '')}>
        ${u.displayName}${u.emailAddress ? ` (${u.emailAddress})` : ''}
      </option>`,
  );
  const hiddenInputs = Object.entries(hidden)
    .filter(([, v]) => v)
    .map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}" />`);
  return html`<form method="get" action="${action}" class="user-switch">
    <label for="as">Acting as</label>
    <select id="as" name="as" data-autosubmit data-testid="acting-user">
      ${options}
    </select>
    ${hiddenInputs}
    <button type="submit">Switch</button>
  </form>`;
}

export function renderIndexPage(model: IndexModel): string {
  const byType = (type: string) => model.uiModules.filter((m) => m.type === type);
  const projectPages = byType('jira:projectPage');
  const issueModules = model.uiModules.filter((m) => m.type === 'jira:issuePanel' || m.type === 'jira:issueContext');
  const adminPages = byType('jira:adminPage');
  const globalPages = byType('jira:globalPage');
  const gadgets = byType('jira:dashboardGadget');

  const projectCards = model.projects.map(({ project, issues }) => {
    const issueItems = issues.map(
      (issue) =>
        html`<li>
            <span class="badge">${issue.issueTypeName}</span> <strong>${issue.key}</strong>
            <span class="muted">${issue.summary}</span>
          </li>
          <li>${issueModules.map((m) => html`${link(m, model, { issue: issue.key }, moduleTitle(m))} `)}</li>`,
    );
    return html`<section class="card" data-project-card="${project.key}">
      <h3>${project.name} <span class="badge">${project.key}</span></h3>
      <ul>
        ${projectPages.map((m) => html`<li>${link(m, model, { project: project.key }, moduleTitle(m))} <span class="note">project page</span></li>`)}
        ${gadgets.map((m) => html`<li>${link(m, model, { project: project.key }, moduleTitle(m))} <span class="note">dashboard gadget on this project</span></li>`)}
        ${issueItems.length > 0 ? issueItems : html`<li class="muted">No issues found to open issue modules on.</li>`}
      </ul>
    </section>`;
  });

  const siteLinks = [
    ...globalPages.map(
      (m) => html`<li>${link(m, model, {}, moduleTitle(m))} <span class="note">global page (Apps menu)</span></li>`,
    ),
    ...gadgets.map(
      (m) =>
        html`<li>
          ${link(m, model, {}, moduleTitle(m))}
          <span class="note">dashboard gadget, not configured yet (Edit picks the product)</span>
        </li>`,
    ),
    ...adminPages.map((m) =>
      model.actingUser.siteAdmin
        ? html`<li>
            ${link(m, model, {}, moduleTitle(m))} <span class="note">admin page (Jira settings → Apps)</span>
          </li>`
        : html`<li class="muted">${moduleTitle(m)}: Jira administrators only (switch to an admin user)</li>`,
    ),
  ];

  const body = html`<header class="topbar">
      <span class="logo"><span class="logo-mark">PM</span> ${model.appTitle}</span>
      <span class="badge">local</span>
      <span class="muted">Jira: ${model.backendLabel}</span>
      <span class="spacer"></span>
      ${userSwitch(model.users, model.actingUser, '/', { theme: model.theme === 'dark' ? 'dark' : undefined })}
    </header>
    <main class="content">
      <h1>Modules</h1>
      <p class="muted">
        Every UI module of <code>manifest.yml</code>, opened in a Jira-like page as
        <strong data-testid="acting-user-name">${model.actingUser.displayName}</strong>. Projects and issues are the
        ones this user can browse.
      </p>
      ${model.problems.map((p) => html`<p class="error-box">${p}</p>`)}
      <h2>Site</h2>
      <section class="card">
        <ul>
          ${siteLinks}
        </ul>
      </section>
      <h2>Projects</h2>
      ${model.projects.length > 0 ? html`<div class="cards">${projectCards}</div>` : html`<p class="muted">This user cannot browse any project.</p>`}
      <h2>Endpoints</h2>
      <section class="card">
        <ul>
          <li><code>GET /healthz</code> <span class="note">readiness</span></li>
          <li>
            <code>POST /__forge/invoke</code>
            <span class="note">{functionKey, payload, context} → resolver result</span>
          </li>
          <li>
            <code>/rest/api/3/…</code>
            <span class="note">the Jira emulator (basic auth with a demo user's email and API token)</span>
          </li>
        </ul>
      </section>
    </main>`;
  return page({ title: `${model.appTitle} (local)`, theme: model.theme, body });
}
