import { CONFIG_KEY, loadConfig } from '../../../src/app/config/config-repository';
import { defaultWorkflowConfig } from '../../../src/domain/workflow/default-workflow';
import { InMemoryStore } from '../../fixtures/backend/in-memory-store';

/** The stored config record is parsed when read, like a Jira answer: a record of the wrong shape is never taken as it claims to be. */
describe('loadConfig parses the stored record', () => {
  const warnings: string[] = [];
  const logger = { info: () => undefined, warn: (m: string) => void warnings.push(m), error: () => undefined };

  it.each([
    ['nothing stored', undefined, { version: 0, problem: undefined }],
    [
      'a saved record',
      { version: 3, config: defaultWorkflowConfig, updatedBy: 'a' },
      { version: 3, problem: undefined },
    ],
    [
      'a version that is not a number',
      { version: '3', config: defaultWorkflowConfig },
      { version: 0, problem: expect.stringContaining('version') },
    ],
    ['not an object at all', 'config', { version: 0, problem: expect.stringContaining('unreadable') }],
    [
      'a negative version',
      { version: -1, config: defaultWorkflowConfig },
      { version: 0, problem: expect.stringContaining('version') },
    ],
    [
      'a valid envelope around an invalid config',
      { version: 2, config: { schemaVersion: 1, phases: 'none' } },
      { version: 2, problem: expect.any(String) },
    ],
  ])('%s', async (_name, stored, expected) => {
    const store = new InMemoryStore();
    if (stored !== undefined) await store.set(CONFIG_KEY, stored);
    const loaded = await loadConfig(store, logger);
    expect(loaded.version).toBe(expected.version);
    expect(loaded.problem).toEqual(expected.problem);
    // Whatever was stored, the config the app runs on is a valid one.
    if (expected.problem !== undefined) expect(loaded.config).toEqual(defaultWorkflowConfig);
  });
});
