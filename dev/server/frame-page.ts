import type { LocatedModule } from '../forge-runtime/app-manifest';
import type { ActingUser } from './acting-users';
import { html, page, query, type RawHtml } from './html';
import { userSwitch } from './index-page';
import type { IssueInfo, ProjectInfo } from './jira-lookups';

export interface FrameModel {
  appTitle: string;
  users: ActingUser[];
  actingUser: ActingUser;
  theme: 'light' | 'dark';
  located: LocatedModule;
  project?: ProjectInfo;
  issue?: IssueInfo;
  /** The iframe source, or undefined when `error` explains why nothing is shown. */
  appSrc?: string;
  error?: string;
  params: { project?: string; issue?: string; gadget?: string; mode?: string; route?: string };
}

function appFrame(model: FrameModel, minHeight: number): RawHtml {
  if (!model.appSrc)
    return html`<div class="error-box" data-testid="frame-error">
      ${model.error ?? 'This module cannot be shown.'}
    </div>`;
  const title = model.located.module.title ?? model.located.module.key;
  return html`<iframe
    class="forge-app"
    data-forge-app
    data-testid="forge-app-frame"
    data-module-key="${model.located.module.key}"
    data-min-height="${minHeight}"
    style="height:${minHeight}px"
    src="${model.appSrc}"
    title="${title}"
  ></iframe>`;
}

function topbar(model: FrameModel): RawHtml {
  const otherTheme = model.theme === 'dark' ? 'light' : 'dark';
  const here = `/frame/${encodeURIComponent(model.located.module.key)}`;
  const themeHref = `${here}${query({ ...model.params, as: model.actingUser.accountId, theme: otherTheme === 'dark' ? 'dark' : 'light' })}`;
  return html`<header class="topbar">
    <a
      class="logo"
      href="/${query({ as: model.actingUser.accountId, theme: model.theme === 'dark' ? 'dark' : undefined })}"
      data-testid="back-to-index"
      ><span class="logo-mark">J</span> Jira</a
    >
    <span class="badge">local</span>
    <span class="spacer"></span>
    ${userSwitch(model.users, model.actingUser, here, { ...model.params, theme: model.theme === 'dark' ? 'dark' : undefined })}
    <a class="button" href="${themeHref}" data-testid="theme-toggle"
      >${otherTheme === 'dark' ? 'Dark' : 'Light'} theme</a
    >
  </header>`;
}

function projectSidebar(project: ProjectInfo | undefined, current: string): RawHtml {
  const items = ['Summary', 'Board', 'Backlog', 'Issues'];
  if (!items.includes(current)) items.push(current);
  return html`<nav class="sidebar">
    <span
      ><strong>${project?.name ?? 'Project'}</strong><br /><span class="note"
        >${project ? `${project.projectTypeKey} project` : ''}</span
      ></span
    >
    ${items.map((item) => (item === current ? html`<span class="current">${item}</span>` : html`<span>${item}</span>`))}
  </nav>`;
}

export function renderFramePage(model: FrameModel): string {
  const { located } = model;
  const title = located.module.title ?? located.module.key;
  let main: RawHtml;
  switch (located.type) {
    case 'jira:projectPage':
      main = html`<div class="layout">
        ${projectSidebar(model.project, title)}
        <main class="content">
          <div class="breadcrumb">
            <span>Projects</span><span>${model.project?.name ?? model.params.project ?? ''}</span>
          </div>
          <h1>${title}</h1>
          ${appFrame(model, 600)}
        </main>
      </div>`;
      break;
    case 'jira:issuePanel':
    case 'jira:issueContext': {
      const issue = model.issue;
      const panel =
        located.type === 'jira:issuePanel'
          ? html`<section class="issue-panel">
              <h2><span class="logo-mark">PM</span> ${title}</h2>
              ${appFrame(model, 360)}
            </section>`
          : html``;
      const context =
        located.type === 'jira:issueContext'
          ? html`<details class="details" open>
              <summary>${located.module.label ?? title}</summary>
              ${appFrame(model, 240)}
            </details>`
          : html``;
      main = html`<div class="layout">
        ${projectSidebar(issue?.project, 'Issues')}
        <main class="content">
          <div class="breadcrumb">
            <span>Projects</span><span>${issue?.project.name ?? ''}</span
            ><span>${issue?.key ?? model.params.issue ?? ''}</span>
          </div>
          <div class="issue-view">
            <div class="issue-main">
              <h1 data-testid="issue-summary">${issue?.summary ?? model.params.issue ?? ''}</h1>
              <h3>Description</h3>
              <p class="placeholder-text">Issue description (not shown by the local runtime).</p>
              ${panel}
            </div>
            <aside class="issue-side">
              ${issue ? html`<p><span class="badge">${issue.statusName}</span></p>` : html``} ${context}
              <div class="details">
                <div class="details-title">Details</div>
                <dl>
                  <dt>Type</dt>
                  <dd>${issue?.issueTypeName ?? ''}</dd>
                  <dt>Key</dt>
                  <dd>${issue?.key ?? ''}</dd>
                  <dt>Project</dt>
                  <dd>${issue?.project.key ?? ''}</dd>
                </dl>
              </div>
            </aside>
          </div>
        </main>
      </div>`;
      break;
    }
    case 'jira:dashboardGadget': {
      // A dashboard column is about 460 px wide; the gadget's menu has Edit (its edit resource).
      const here = `/frame/${encodeURIComponent(located.module.key)}`;
      const editing = model.params.mode === 'edit';
      const toggle = query({
        ...model.params,
        mode: editing ? undefined : 'edit',
        as: model.actingUser.accountId,
        theme: model.theme === 'dark' ? 'dark' : undefined,
      });
      main = html`<main class="content">
        <div class="breadcrumb"><span>Dashboards</span><span>Local dashboard</span></div>
        <h1>Local dashboard</h1>
        <section class="details" style="max-width:460px" data-testid="gadget-card">
          <div class="details-title" style="display:flex;justify-content:space-between;gap:8px">
            <span>${title}</span>
            <a class="button" href="${here}${toggle}" data-testid="gadget-edit-toggle"
              >${editing ? 'Back to the gadget' : 'Edit'}</a
            >
          </div>
          ${appFrame(model, editing ? 280 : 320)}
        </section>
      </main>`;
      break;
    }
    case 'jira:adminPage':
      main = html`<div class="layout">
        <nav class="sidebar">
          <span><strong>Apps</strong></span
          ><span>Find new apps</span><span>Manage apps</span>
          <span class="current">${title}</span>
        </nav>
        <main class="content">
          <div class="breadcrumb"><span>Jira settings</span><span>Apps</span></div>
          <h1>${title}</h1>
          ${appFrame(model, 600)}
        </main>
      </div>`;
      break;
    default:
      main = html`<main class="content">
        <div class="breadcrumb"><span>Apps</span><span>${title}</span></div>
        <h1>${title}</h1>
        ${appFrame(model, 600)}
      </main>`;
  }
  return page({
    title: `${title} - ${model.appTitle} (local)`,
    theme: model.theme,
    body: html`${topbar(model)}${main}`,
  });
}
