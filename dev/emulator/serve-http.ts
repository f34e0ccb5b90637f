import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JiraEmulator } from './types';
import { DroppedConnectionError } from './faults';

/**
 * Adapts `emulator.handle` to Node's http (and express: `app.use(nodeHandler(emu))`,
 * mounted before any body parser, since it reads the raw body itself).
 */
export function nodeHandler(emulator: Pick<JiraEmulator, 'handle'>) {
  return (req: IncomingMessage, res: ServerResponse, next?: (err?: unknown) => void): void => {
    void (async () => {
      const host = req.headers.host ?? '127.0.0.1';
      const url = new URL(
        (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/',
        `http://${host}`,
      );
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
        else if (value !== undefined) headers.set(name, value);
      }
      const method = req.method ?? 'GET';
      let body: Uint8Array<ArrayBuffer> | undefined;
      if (method !== 'GET' && method !== 'HEAD') {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        body = Uint8Array.from(Buffer.concat(chunks));
      }
      const response = await emulator.handle(new Request(url, { method, headers, ...(body ? { body } : {}) }));
      const out: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        out[name] = value;
      });
      res.writeHead(response.status, out);
      res.end(Buffer.from(await response.arrayBuffer()));
    })().catch((err: unknown) => {
      // An injected dropped connection or a body that broke off mid-way: close the socket, as a real drop does.
      if (err instanceof DroppedConnectionError || res.headersSent) {
        res.destroy();
        return;
      }
      if (next) next(err);
      else {
        res.statusCode = 500;
        res.end();
      }
    });
  };
}

/** Serves the emulator on 127.0.0.1 (port 0 = any free port) - for contract tests and curl. */
export async function serveEmulator(
  emulator: Pick<JiraEmulator, 'handle'>,
  options: { host?: string; port?: number } = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer(nodeHandler(emulator));
  // Idle keep-alive sockets outlive the client's (undici keeps one 4 s): with Node's default 5 s,
  // a client slowed by load reuses a socket the server is just closing, and the request fails
  // with "fetch failed" (seen as dropped connections in the scale bench's event burst).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
