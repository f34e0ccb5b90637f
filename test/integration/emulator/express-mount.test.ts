import express from 'express';
import type { AddressInfo } from 'node:net';
import { openJiraEmulator } from '../../../dev/emulator';
import { nodeHandler } from '../../../dev/emulator/serve-http';
import { ADMIN, basic, emulatorDataset } from '../../fixtures/emulator-dataset';

describe('emulator mounted on express at the same origin', () => {
  it('serves /rest/api/3 beside other routes and body parsers, with self URLs on that origin', async () => {
    const emu = await openJiraEmulator({ dataset: emulatorDataset(), entityProperties: [] });
    const app = express();
    app.use('/rest/api/3', nodeHandler(emu)); // before any body parser: it reads the raw body itself
    app.use(express.json());
    app.get('/healthz', (_req, res) => {
      res.send('ok');
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect(await (await fetch(`${origin}/healthz`)).text()).toBe('ok');
      const res = await fetch(`${origin}/rest/api/3/search/jql`, {
        method: 'POST',
        headers: { authorization: basic(ADMIN), 'content-type': 'application/json' },
        body: JSON.stringify({ jql: 'key = ALPHA-1', fields: ['summary'] }),
      });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { issues: { self: string }[] };
      expect(body.issues[0]?.self).toMatch(new RegExp(`^${origin}/rest/api/3/issue/\\d+$`));
      const unauth = await fetch(`${origin}/rest/api/3/myself`);
      expect(unauth.status).toBe(401);
    } finally {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await emu.close();
    }
  });
});
