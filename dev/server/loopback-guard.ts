import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * The local server may hold real credentials (real-site mode) and answers whatever
 * reaches its port, so it refuses what a web page elsewhere could send it:
 * - a `Host` other than the loopback name or address it listens on (DNS rebinding:
 *   a page on evil.example resolving to 127.0.0.1 sends `Host: evil.example:PORT`);
 * - a state-changing request whose `Origin` is not the server's own origin, or that
 *   the browser marks `Sec-Fetch-Site: cross-site` (cross-site form posts, fetches).
 * curl and Node clients send no Origin and pass; GETs pass (the pages are linked to).
 */

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function loopbackHosts(port: number): string[] {
  const names = ['127.0.0.1', 'localhost', '[::1]'];
  return port === 80 ? [...names, ...names.map((n) => `${n}:80`)] : names.map((n) => `${n}:${port}`);
}

/** `port()` is the listening port, undefined until the server listens. */
export function loopbackGuard(port: () => number | undefined): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const listening = port();
    const host = (req.headers.host ?? '').toLowerCase();
    if (listening === undefined || !loopbackHosts(listening).includes(host)) {
      res
        .status(421)
        .type('text')
        .send('This local server answers only requests to 127.0.0.1, localhost or [::1] on its own port.\n');
      return;
    }
    if (SAFE_METHODS.has(req.method)) {
      next();
      return;
    }
    const origin = req.headers.origin;
    if ((origin !== undefined && origin !== `http://${host}`) || req.headers['sec-fetch-site'] === 'cross-site') {
      res.status(403).type('text').send('Cross-origin requests may not change anything on this local server.\n');
      return;
    }
    next();
  };
}
