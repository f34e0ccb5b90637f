import type { RequestContext } from './context';

export type Handler = (ctx: RequestContext) => Promise<Response> | Response;

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** e.g. '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}' */
  path: string;
  handler: Handler;
  /** Served without credentials (icons only). */
  anonymous?: boolean;
}

interface Compiled extends Route {
  regex: RegExp;
  names: string[];
}

export type Match =
  | { kind: 'route'; route: Route; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'none' };

/** First-match route table; `{name}` matches one path segment (URL-decoded). */
export class Router {
  private readonly routes: Compiled[];

  constructor(routes: readonly Route[]) {
    this.routes = routes.map((r) => {
      const names: string[] = [];
      const source = r.path
        .split('/')
        .map((seg) => {
          const m = /^\{(\w+)\}$/.exec(seg);
          if (!m?.[1]) return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          names.push(m[1]);
          return '([^/]+)';
        })
        .join('/');
      return { ...r, regex: new RegExp(`^${source}/?$`), names };
    });
  }

  match(method: string, pathname: string): Match {
    const allowed: string[] = [];
    for (const r of this.routes) {
      const m = r.regex.exec(pathname);
      if (!m) continue;
      if (r.method !== method) {
        allowed.push(r.method);
        continue;
      }
      const params: Record<string, string> = {};
      r.names.forEach((name, i) => {
        params[name] = decodeURIComponent(m[i + 1] ?? '');
      });
      return { kind: 'route', route: r, params };
    }
    return allowed.length > 0 ? { kind: 'method-not-allowed', allowed } : { kind: 'none' };
  }
}
