import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * Manifest options Forge has deprecated: `layout: basic` on a Custom UI project page
 * (Forge asks for `native`, the page chrome Jira draws itself). The FULL validation in
 * manifest.test.ts still accepts `basic`, so this pins the current value.
 */
const root = path.resolve(__dirname, '../../..');
const manifest = parse(readFileSync(path.join(root, 'manifest.yml'), 'utf8')) as {
  modules: Record<string, { key: string; layout?: string }[]>;
};

describe('manifest.yml uses current Forge options', () => {
  it('every jira:projectPage uses layout native, not the deprecated basic', () => {
    const pages = manifest.modules['jira:projectPage'] ?? [];
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages)
      expect({ key: page.key, layout: page.layout }).toEqual({ key: page.key, layout: 'native' });
  });
});
