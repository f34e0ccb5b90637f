import { createEmulatorBackend } from '../../../dev/forge-runtime/emulator-backend';
import { ConfigError, parseLocalAppConfig } from '../../../dev/local-app-config';
import { openTestEmulator } from './helpers';

/** `PM_JIRA_LATENCY_MS` / `PM_JIRA_SEARCH_LAG_MS`: parsed from the environment; latency delays every call. */
describe('Jira latency through the local runtime', () => {
  it('waits the configured latency before each Jira REST call reaches the emulator', async () => {
    const emu = await openTestEmulator();
    const seen: string[] = [];
    const waits: number[] = [];
    let release: () => void = () => undefined;
    const backend = createEmulatorBackend(
      {
        handle: (req) => (seen.push(new URL(req.url).pathname), emu.handle(req)),
        appAuthorization: emu.appAuthorization,
        authorizationFor: (id) => emu.authorizationFor(id),
      },
      {
        latencyMs: 120,
        sleep: (ms) => {
          waits.push(ms);
          return new Promise((resolve) => (release = resolve));
        },
      },
    );
    const pending = backend.fetch('/rest/api/3/myself', { method: 'GET' }, { kind: 'app' });
    await Promise.resolve();
    expect(waits).toEqual([120]);
    expect(seen).toEqual([]); // still waiting: the emulator has not seen the request
    release();
    expect((await pending).status).toBe(200);
    expect(seen).toEqual(['/rest/api/3/myself']);
  });

  it('adds nothing by default', async () => {
    const emu = await openTestEmulator();
    const waits: number[] = [];
    const backend = createEmulatorBackend(emu, { sleep: async (ms) => void waits.push(ms) });
    expect((await backend.fetch('/rest/api/3/myself', undefined, { kind: 'app' })).status).toBe(200);
    expect(waits).toEqual([]);
  });

  it('reads PM_JIRA_LATENCY_MS and PM_JIRA_SEARCH_LAG_MS (absent = 0), refusing other values', () => {
    const none = parseLocalAppConfig([], {}, '/repo');
    expect(none.jiraLatencyMs ?? 0).toBe(0);
    expect(none.searchLagMs ?? 0).toBe(0);
    const set = parseLocalAppConfig([], { PM_JIRA_LATENCY_MS: '250', PM_JIRA_SEARCH_LAG_MS: '2000' }, '/repo');
    expect([set.jiraLatencyMs, set.searchLagMs]).toEqual([250, 2000]);
    expect(() => parseLocalAppConfig([], { PM_JIRA_LATENCY_MS: 'slow' }, '/repo')).toThrow(ConfigError);
    expect(() => parseLocalAppConfig([], { PM_JIRA_SEARCH_LAG_MS: '-1' }, '/repo')).toThrow(ConfigError);
  });
});
