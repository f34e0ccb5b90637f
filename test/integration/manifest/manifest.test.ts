import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ProcessorBuilder, ValidationTypes } from '@forge/manifest';

/**
 * The manifest is checked offline the way `forge lint` checks it (FULL
 * validation), and beyond it: every handler is an exported function and every
 * resource folder exists after `npm run build` (npm test builds first).
 */
const root = path.resolve(__dirname, '../../..');
const manifestPath = path.join(root, 'manifest.yml');

interface Manifest {
  modules: Record<string, { key: string; resource?: string; handler?: string; resolver?: { function: string } }[]>;
  resources: { key: string; path: string }[];
}
const manifest = parse(readFileSync(manifestPath, 'utf8')) as Manifest;

describe('manifest.yml', () => {
  it('passes @forge/manifest FULL validation', async () => {
    const result = await ProcessorBuilder.instance()
      .withValidation(ValidationTypes.FULL)
      .withOptions({ deprecatedRuntimes: [] })
      .build()
      .process(manifestPath);
    expect(result.errors ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('declares every module the product needs', () => {
    expect(Object.keys(manifest.modules)).toEqual(
      expect.arrayContaining([
        'jira:projectPage',
        'jira:issuePanel',
        'jira:issueContext',
        'jira:adminPage',
        'jira:globalPage',
        'trigger',
        'scheduledTrigger',
        'consumer',
        'jira:entityProperty',
        'function',
      ]),
    );
  });

  it('points every function handler at an exported function of src/index.ts', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const entry = require(path.join(root, 'src/index.ts')) as Record<string, unknown>;
    const handlers = (manifest.modules.function ?? []).map((fn) => fn.handler ?? '');
    expect(handlers.length).toBeGreaterThan(0);
    for (const handler of handlers) {
      const [file, exportName] = handler.split('.');
      expect(file).toBe('index');
      expect({ handler, type: typeof entry[exportName ?? ''] }).toEqual({ handler, type: 'function' });
    }
  });

  it('has a built folder with an index.html for every resource', () => {
    for (const resource of manifest.resources) {
      const folder = path.join(root, resource.path);
      expect({ resource: resource.key, exists: existsSync(folder) }).toEqual({ resource: resource.key, exists: true });
    }
    const uiResources = manifest.resources.filter((r) => r.path.startsWith('static/build/'));
    for (const resource of uiResources) {
      const html = readFileSync(path.join(root, resource.path, 'index.html'), 'utf8');
      // Forge's CSP forbids inline scripts: every script must have a src.
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    }
  });

  it('keeps resource keys within 23 characters and module keys unique', () => {
    for (const resource of manifest.resources) expect(resource.key.length).toBeLessThanOrEqual(23);
    const keys = Object.values(manifest.modules).flatMap((list) => list.map((m) => m.key));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
