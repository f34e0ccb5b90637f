import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import express, { type NextFunction, type Request as ExpressRequest, type Response as ExpressResponse } from 'express';
import { resourcePath, uiModules, type AppManifest, type UiModuleType } from '../forge-runtime/app-manifest';
import { createLocalForgeRuntime, type LocalForgeRuntime } from '../forge-runtime/create-local-forge-runtime';
import type { KvsEndpoint } from '../forge-runtime/invocation-context';
import {
  InvocationError,
  type AppModule,
  type EmulatorIssueEvent,
  type ResolverContext,
} from '../forge-runtime/invoke';
import type { JiraActor, JiraBackend } from '../forge-runtime/jira-backend';
import { AS_COOKIE, chooseActingUser, readCookie, type ActingUser } from './acting-users';
import { injectBridge, readResourceIndex } from './app-resource';
import { bodyErrors } from './body-errors';
import { sendFetchResponse, toFetchRequest } from './express-fetch-adapter';
import { renderFramePage, type FrameModel } from './frame-page';
import { CSP_REPORT_PATH, forgeCsp } from './forge-csp';
import { escapeHtml } from './html';
import { renderIndexPage } from './index-page';
import { runIssueSearch } from './issue-search';
import { renderIssueSearchPage } from './issue-search-page';
import {
  getIssue,
  getMyself,
  getProject,
  JiraLookupError,
  listProjects,
  pickDemoIssues,
  type IssueInfo,
  type ProjectInfo,
} from './jira-lookups';
import { loopbackGuard } from './loopback-guard';
import { createGadgetConfigurations } from './gadget-configurations';
import { buildModuleContext } from './module-context';
import { tokensCss } from './tokens-css';

/** What the server needs of the Jira emulator (dev/emulator `JiraEmulator`). */
export interface DevServerEmulator {
  handle(request: Request): Promise<Response>;
  users(): Array<{ accountId: string; displayName: string; emailAddress?: string; siteAdmin?: boolean }>;
  onIssueEvent?(listener: (event: EmulatorIssueEvent) => void): () => void;
}

export interface DevServerOptions {
  manifest: AppManifest;
  appModule: AppModule;
  /** Where the app's Jira requests go (emulator or real site). */
  jira: JiraBackend;
  kvs: KvsEndpoint;
  /** Mounted at `/rest/*` and the source of demo users; absent in real-site mode. */
  emulator?: DevServerEmulator;
  /** Directory the manifest's resource paths are relative to (the repo root). */
  rootDir: string;
  /** Users the pages can act as; defaults to the emulator's users, or the real site's token owner. */
  users?: ActingUser[];
  /** The site the app is told it runs on; defaults to the server's own URL. */
  siteUrl?: string;
  log?: (message: string) => void;
}

export interface DevServer {
  app: express.Express;
  runtime: LocalForgeRuntime;
  /** Listens on 127.0.0.1 only (port 0 picks a free port). */
  listen(port: number): Promise<{ url: string; port: number }>;
  close(): Promise<void>;
}

const STATIC_FILES = {
  bridge: join(__dirname, 'bridge-standin.js'),
  frame: join(__dirname, 'frame-client.js'),
  css: join(__dirname, 'local-ui.css'),
};

const ISSUE_MODULES: readonly string[] = ['jira:issuePanel', 'jira:issueContext'];
/** Modules that fill Jira's page: they get view.createHistory(), mirrored in the page address. */
const FULL_PAGE_MODULES: readonly string[] = ['jira:projectPage', 'jira:globalPage', 'jira:adminPage'];

function firstString(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (Array.isArray(value) && typeof value[0] === 'string' && value[0] !== '') return value[0];
  return undefined;
}

/** The `?project=` / `?issue=` a UI module is opened on (a gadget also `?gadget=` and `?mode=edit`). */
function targetParams(req: ExpressRequest): {
  project?: string;
  issue?: string;
  gadget?: string;
  mode?: string;
  route?: string;
} {
  const project = firstString(req.query['project']);
  // A full-page module's route (its history's path and query), as Jira keeps it in the page address.
  const route = firstString(req.query['route']);
  const issue = firstString(req.query['issue']);
  const gadget = firstString(req.query['gadget']);
  const mode = firstString(req.query['mode']) === 'edit' ? 'edit' : undefined;
  return {
    ...(project ? { project } : {}),
    ...(issue ? { issue } : {}),
    ...(gadget ? { gadget } : {}),
    ...(mode ? { mode } : {}),
    ...(route && /^\/[^\s]{0,2000}$/.test(route) ? { route } : {}),
  };
}

function issuePropertyKey(manifest: AppManifest): string | undefined {
  const property = (manifest.modules['jira:entityProperty'] ?? []).find(
    (p) => p['entityType'] === 'issue' || p['entityType'] === undefined,
  );
  return typeof property?.['propertyKey'] === 'string' ? property['propertyKey'] : undefined;
}

function appTitle(manifest: AppManifest): string {
  const page = uiModules(manifest).find((m) => m.type === 'jira:projectPage');
  return page?.module.title ? `PM Workflow for Jira` : 'Forge app';
}

function missingPage(message: string): string {
  return `<!doctype html><html lang="en"><body style="font:14px system-ui,sans-serif;color:#44546f;margin:8px">${escapeHtml(message)}</body></html>`;
}

export function createDevServer(options: DevServerOptions): DevServer {
  const { manifest, jira, emulator } = options;
  const log = options.log ?? ((message: string) => console.log(message));
  const runtime = createLocalForgeRuntime({
    manifest,
    appModule: options.appModule,
    jira,
    kvs: options.kvs,
    siteUrl: options.siteUrl ?? 'http://127.0.0.1',
    log,
  });
  const unsubscribe = emulator?.onIssueEvent?.((event) => runtime.invoker.handleIssueEvent(event));
  const title = appTitle(manifest);
  const gadgets = createGadgetConfigurations();
  let origin = options.siteUrl ?? 'http://127.0.0.1';
  let listeningPort: number | undefined;
  let ready = false;

  let usersPromise: Promise<ActingUser[]> | undefined;
  const users = (): Promise<ActingUser[]> => {
    usersPromise ??= (async () => {
      if (options.users) return options.users;
      if (emulator) {
        return emulator.users().map((u) => ({
          accountId: u.accountId,
          displayName: u.displayName,
          ...(u.emailAddress ? { emailAddress: u.emailAddress } : {}),
          siteAdmin: u.siteAdmin === true,
        }));
      }
      const me = await getMyself(jira, { kind: 'app' });
      return [{ ...me, siteAdmin: true }];
    })();
    usersPromise.catch(() => {
      usersPromise = undefined;
    });
    return usersPromise;
  };

  const picksCache = new Map<string, { at: number; issues: Promise<IssueInfo[]> }>();
  const demoIssues = (projectKey: string, as: JiraActor & { kind: 'user' }): Promise<IssueInfo[]> => {
    const cacheKey = `${as.accountId}\u0000${projectKey}`;
    const hit = picksCache.get(cacheKey);
    if (hit && Date.now() - hit.at < 30_000) return hit.issues;
    const issues = pickDemoIssues(jira, projectKey, as, issuePropertyKey(manifest));
    picksCache.set(cacheKey, { at: Date.now(), issues });
    issues.catch(() => picksCache.delete(cacheKey));
    return issues;
  };

  async function actingUser(
    req: ExpressRequest,
    res: ExpressResponse,
  ): Promise<{ all: ActingUser[]; user: ActingUser }> {
    const all = await users();
    const fromQuery = firstString(req.query['as']);
    const user = chooseActingUser(all, fromQuery, readCookie(req.headers.cookie, AS_COOKIE));
    if (!user) throw new Error('No users to act as: the dataset has no users.');
    if (fromQuery && fromQuery === user.accountId) {
      res.cookie(AS_COOKIE, user.accountId, { httpOnly: true, sameSite: 'lax', path: '/' });
    }
    return { all, user };
  }

  const themeOf = (req: ExpressRequest): 'light' | 'dark' =>
    firstString(req.query['theme']) === 'dark' ? 'dark' : 'light';

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(loopbackGuard(() => listeningPort));

  app.get('/healthz', (_req, res) => {
    if (ready) res.json({ ok: true });
    else res.status(503).json({ ok: false });
  });

  app.get('/favicon.ico', (_req, res) => {
    res.status(204).end();
  });

  app.get('/__forge/bridge.js', (_req, res) => {
    res.type('application/javascript').set('cache-control', 'no-cache').send(readFileSync(STATIC_FILES.bridge, 'utf8'));
  });
  app.get('/__forge/frame.js', (_req, res) => {
    res.type('application/javascript').set('cache-control', 'no-cache').send(readFileSync(STATIC_FILES.frame, 'utf8'));
  });
  app.get('/__forge/local.css', (_req, res) => {
    res.type('text/css').set('cache-control', 'no-cache').send(readFileSync(STATIC_FILES.css, 'utf8'));
  });
  app.get('/__forge/tokens.css', (_req, res) => {
    res.type('text/css').set('cache-control', 'max-age=3600').send(tokensCss());
  });

  // Forge's front-end invoke request limit is 500 KB; 500kb here is 512,000 bytes, over it 413.
  app.post('/__forge/invoke', express.json({ limit: '500kb' }), async (req, res) => {
    const body = (req.body ?? {}) as { functionKey?: unknown; payload?: unknown; context?: unknown };
    const context = body.context as ResolverContext | undefined;
    if (typeof body.functionKey !== 'string' || !context || typeof context.moduleKey !== 'string') {
      res.status(400).json({
        error: { message: 'Expected JSON {functionKey, payload, context:{moduleKey, accountId, extension}}.' },
      });
      return;
    }
    try {
      const result = await runtime.invoker.invokeResolver({
        functionKey: body.functionKey,
        payload: body.payload,
        context,
      });
      if (result === undefined) res.status(204).end();
      else res.type('application/json').send(JSON.stringify(result));
    } catch (error) {
      const status = error instanceof InvocationError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      log(
        `[local runtime] invoke ${body.functionKey} (${context.moduleKey}) failed: ${error instanceof Error ? (error.stack ?? message) : message}`,
      );
      res.status(status).json({ error: { message } });
    }
  });

  app.post('/__forge/request-jira', express.json({ limit: '5mb' }), async (req, res) => {
    const body = (req.body ?? {}) as {
      restPath?: unknown;
      method?: unknown;
      headers?: unknown;
      body?: unknown;
      accountId?: unknown;
    };
    if (typeof body.restPath !== 'string' || !body.restPath.startsWith('/') || typeof body.accountId !== 'string') {
      res.status(400).json({ error: { message: 'Expected JSON {restPath, method, headers, body, accountId}.' } });
      return;
    }
    const headers = new Headers(Array.isArray(body.headers) ? (body.headers as [string, string][]) : []);
    const method = typeof body.method === 'string' ? body.method.toUpperCase() : 'GET';
    const init: RequestInit = { method, headers };
    if (typeof body.body === 'string' && method !== 'GET' && method !== 'HEAD') init.body = body.body;
    try {
      const response = await jira.fetch(body.restPath, init, { kind: 'user', accountId: body.accountId });
      const responseHeaders: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        responseHeaders[name] = value;
      });
      res.json({
        status: response.status,
        statusText: response.statusText,
        headers: responseHeaders,
        body: await response.text(),
      });
    } catch (error) {
      res.status(502).json({ error: { message: error instanceof Error ? error.message : String(error) } });
    }
  });

  gadgets.register(app);

  // Violations of the resource pages' CSP (its report-uri): logged, like Forge's collector would record them.
  app.post(
    CSP_REPORT_PATH,
    express.json({ type: ['application/csp-report', 'application/reports+json', 'application/json'], limit: '64kb' }),
    (req, res) => {
      const report = (req.body as { 'csp-report'?: Record<string, unknown> } | undefined)?.['csp-report'];
      if (report)
        log(
          `[local runtime] CSP violation: ${String(report['violated-directive'] ?? report['effective-directive'])} blocked ${String(report['blocked-uri'])} on ${String(report['document-uri'])}`,
        );
      res.status(204).end();
    },
  );

  app.post('/__forge/scheduled/:moduleKey', async (req, res) => {
    try {
      const result = await runtime.invoker.runScheduledTrigger(req.params.moduleKey);
      res.json({ ok: true, result: result ?? null });
    } catch (error) {
      res
        .status(error instanceof InvocationError ? error.status : 500)
        .json({ error: { message: error instanceof Error ? error.message : String(error) } });
    }
  });

  app.get('/', async (req, res, next) => {
    try {
      const { all, user } = await actingUser(req, res);
      const as: JiraActor & { kind: 'user' } = { kind: 'user', accountId: user.accountId };
      const problems: string[] = [];
      let projects: ProjectInfo[] = [];
      try {
        projects = await listProjects(jira, as);
      } catch (error) {
        problems.push(`Could not list projects: ${error instanceof Error ? error.message : String(error)}`);
      }
      const withIssues = await Promise.all(
        projects.map(async (project) => {
          try {
            return { project, issues: await demoIssues(project.key, as) };
          } catch (error) {
            problems.push(`Could not search ${project.key}: ${error instanceof Error ? error.message : String(error)}`);
            return { project, issues: [] };
          }
        }),
      );
      res.type('html').send(
        renderIndexPage({
          appTitle: title,
          backendLabel: emulator ? 'embedded emulator' : jira.label,
          users: all,
          actingUser: user,
          theme: themeOf(req),
          uiModules: uiModules(manifest),
          projects: withIssues,
          problems,
        }),
      );
    } catch (error) {
      next(error);
    }
  });

  // Jira's issue search (`/issues/?jql=`, where the app's JQL links lead), as the acting user.
  app.get('/issues', async (req, res, next) => {
    try {
      const { user } = await actingUser(req, res);
      const jql = firstString(req.query['jql']) ?? '';
      const found = jql.trim()
        ? await runIssueSearch(jira, jql, { kind: 'user', accountId: user.accountId })
        : { rows: [], more: false };
      res.type('html').send(
        renderIssueSearchPage({
          jql,
          actingUser: user.displayName,
          theme: themeOf(req),
          ...('error' in found ? { rows: [], more: false, error: found.error } : found),
        }),
      );
    } catch (error) {
      next(error);
    }
  });

  /** Resolves project / issue for a UI module as the acting user; `error` says why not. */
  async function moduleTarget(
    type: UiModuleType,
    params: { project?: string; issue?: string },
    user: ActingUser,
  ): Promise<{ project?: ProjectInfo; issue?: IssueInfo; error?: string }> {
    const as: JiraActor = { kind: 'user', accountId: user.accountId };
    try {
      if (ISSUE_MODULES.includes(type)) {
        if (!params.issue) return { error: 'This issue module needs ?issue=KEY.' };
        const issue = await getIssue(jira, params.issue, as);
        return { issue, project: issue.project };
      }
      if (type === 'jira:projectPage') {
        if (!params.project) return { error: 'The project page needs ?project=KEY.' };
        return { project: await getProject(jira, params.project, as) };
      }
      if (type === 'jira:adminPage' && !user.siteAdmin) {
        return {
          error: `${user.displayName} is not a Jira administrator; Jira shows admin pages to administrators only.`,
        };
      }
      return {};
    } catch (error) {
      if (error instanceof JiraLookupError && (error.status === 404 || error.status === 403)) {
        return { error: `${user.displayName} cannot see ${params.issue ?? params.project}: ${error.message}` };
      }
      throw error;
    }
  }

  app.get('/frame/:moduleKey', async (req, res, next) => {
    try {
      const ui = uiModules(manifest).find((m) => m.module.key === req.params.moduleKey);
      if (!ui) {
        res.status(404).type('text').send(`No UI module "${req.params.moduleKey}" in the manifest.`);
        return;
      }
      const { all, user } = await actingUser(req, res);
      const params = targetParams(req);
      const theme = themeOf(req);
      const target = await moduleTarget(ui.type, params, user);
      const search = new URLSearchParams({ ...params, as: user.accountId, theme });
      const model: FrameModel = {
        appTitle: title,
        users: all,
        actingUser: user,
        theme,
        located: ui,
        params,
        ...(target.project ? { project: target.project } : {}),
        ...(target.issue ? { issue: target.issue } : {}),
        ...(target.error
          ? { error: target.error }
          : {
              appSrc: `/app/${encodeURIComponent(ui.module.key)}/${ui.type === 'jira:dashboardGadget' && params.mode === 'edit' ? 'edit/' : ''}?${search.toString()}`,
            }),
      };
      res
        .status(target.error ? 404 : 200)
        .type('html')
        .send(renderFramePage(model));
    } catch (error) {
      next(error);
    }
  });

  app.get('/app/:moduleKey', (req, res, next) => {
    if (req.path.endsWith('/')) {
      next();
      return;
    }
    const q = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    res.redirect(302, `/app/${encodeURIComponent(req.params.moduleKey)}/${q}`);
  });

  app.get('/app/:moduleKey/{*path}', async (req, res, next) => {
    try {
      const ui = uiModules(manifest).find((m) => m.module.key === req.params.moduleKey);
      const pathParam = (req.params as { path?: string | string[] }).path;
      let rest = Array.isArray(pathParam) ? pathParam.join('/') : (pathParam ?? '');
      // A gadget's edit view (its `edit.resource`, opened from the gadget's menu in Jira) is served
      // under /app/<key>/edit/, so its own main.js and chunks resolve to its own folder.
      const editView = ui?.type === 'jira:dashboardGadget' && /^edit(\/|$)/.test(rest);
      if (editView && !req.path.endsWith('/') && rest === 'edit') {
        res.redirect(
          302,
          `${req.path}/${req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : ''}`,
        );
        return;
      }
      if (editView) rest = rest.replace(/^edit\/?/, '');
      const resourceKey = editView ? ui?.module.edit?.resource : ui?.module.resource;
      const resource = resourceKey ? resourcePath(manifest, resourceKey) : undefined;
      if (!ui || !resource) {
        res.status(404).type('text').send(`No UI module "${req.params.moduleKey}" with a resource in the manifest.`);
        return;
      }
      const resourceDir = resolve(options.rootDir, resource);
      if (rest !== '' && rest !== 'index.html') {
        res.sendFile(rest, { root: resourceDir, dotfiles: 'deny' }, (error) => {
          if (error && !res.headersSent) res.status(404).type('text').send(`Not found: ${rest}`);
        });
        return;
      }
      const indexHtml = readResourceIndex(resourceDir);
      if (!indexHtml) {
        res
          .status(404)
          .type('html')
          .send(missingPage(`${resource}/index.html does not exist: run "npm run build" first.`));
        return;
      }
      const { user } = await actingUser(req, res);
      const params = targetParams(req);
      const target = await moduleTarget(ui.type, params, user);
      if (target.error) {
        res.status(404).type('html').send(missingPage(target.error));
        return;
      }
      const context = buildModuleContext({
        accountId: user.accountId,
        cloudId: runtime.cloudId,
        siteUrl: options.siteUrl ?? origin,
        appId: runtime.globals.services.appId,
        moduleKey: ui.module.key,
        type: ui.type,
        theme: themeOf(req),
        ...(target.project ? { project: target.project } : {}),
        ...(target.issue ? { issue: target.issue } : {}),
        ...(ui.type === 'jira:dashboardGadget'
          ? { gadget: gadgets.frameFor({ ...params, mode: editView ? 'edit' : 'view' }) }
          : {}),
      });
      const page = injectBridge(indexHtml, context, FULL_PAGE_MODULES.includes(ui.type) ? params.route : undefined);
      const csp = forgeCsp({
        html: page,
        permissions: manifest.permissions,
        siteOrigin: new URL(options.siteUrl ?? origin).origin,
        log,
      });
      res.set('content-security-policy', csp).set('cache-control', 'no-store').type('html').send(page);
    } catch (error) {
      next(error);
    }
  });

  app.all('/rest/{*path}', async (req, res, next) => {
    if (!emulator) {
      res.status(404).json({
        errorMessages: [`Real-site mode: call ${jira.label} directly; the local server mounts no Jira here.`],
        errors: {},
      });
      return;
    }
    try {
      await sendFetchResponse(res, await emulator.handle(toFetchRequest(req, origin)));
    } catch (error) {
      next(error);
    }
  });

  app.use(bodyErrors);
  app.use((error: unknown, _req: ExpressRequest, res: ExpressResponse, _next: NextFunction) => {
    log(`[local runtime] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    if (!res.headersSent)
      res
        .status(500)
        .type('text')
        .send(`Local runtime error: ${error instanceof Error ? error.message : String(error)}`);
  });

  let server: Server | undefined;
  return {
    app,
    runtime,
    async listen(port: number): Promise<{ url: string; port: number }> {
      server = createServer(app);
      const s = server;
      await new Promise<void>((resolveListen, reject) => {
        s.once('error', reject);
        s.listen(port, '127.0.0.1', () => resolveListen());
      });
      const actual = (s.address() as AddressInfo).port;
      origin = `http://127.0.0.1:${actual}`;
      listeningPort = actual;
      ready = true;
      return { url: origin, port: actual };
    },
    async close(): Promise<void> {
      ready = false;
      unsubscribe?.();
      if (server) {
        const s = server;
        server = undefined;
        s.closeAllConnections();
        await new Promise<void>((resolveClose) => s.close(() => resolveClose()));
      }
      await runtime.idle();
      runtime.close();
    },
  };
}
