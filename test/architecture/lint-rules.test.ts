import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The project's own lint rules bite: `npm run lint` runs the whole tree; this proves, on small
 * samples linted with the real config, that the rules the config adds on purpose report what
 * they are meant to and leave the intended form alone. The samples sit in a scratch tree laid out
 * like the project (src/, static/src/) and are linted by one CLI run, as npm run lint runs it
 * (jest cannot load the ESM config in-process).
 */
const SAMPLES: Record<string, { code: string; expected: string[] }> = {
  'src/app/typed-get.ts': {
    code: 'export const f = (deps: { store: { get<T>(k: string): T } }) => deps.store.get<{ version: number }>("k");\n',
    expected: ['no-restricted-syntax'],
  },
  'src/app/typed-query.ts': {
    code: 'export const f = (store: { queryByPrefix<T>(p: string): T }) => store.queryByPrefix<string>("p:");\n',
    expected: ['no-restricted-syntax'],
  },
  'src/app/unknown-get.ts': {
    code: 'export const f = (store: { get<T>(k: string): T }) => store.get<unknown>("k");\n',
    expected: [],
  },
  'src/app/map-get.ts': {
    code: 'export const f = (m: { get<T>(k: string): T }) => m.get<string>("k");\n',
    expected: [],
  },
  'static/src/Conditional.tsx': {
    code: 'import { useState } from "react";\nexport function C({ on }: { on: boolean }) {\n  if (on) useState(0);\n  return null;\n}\n',
    expected: ['react-hooks/rules-of-hooks'],
  },
  'static/src/Image.tsx': { code: 'export const I = () => <img src="x.png" />;\n', expected: ['jsx-a11y/alt-text'] },
};

describe('lint rules (eslint.config.mjs)', () => {
  const root = path.resolve(__dirname, '../..');
  let found: Record<string, (string | null)[]>;

  beforeAll(() => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pm-lint-'));
    try {
      for (const [file, sample] of Object.entries(SAMPLES)) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), sample.code);
      }
      let out: string;
      try {
        out = execFileSync(
          path.join(root, 'node_modules/.bin/eslint'),
          ['-c', path.join(root, 'eslint.config.mjs'), '-f', 'json', '--no-warn-ignored', ...Object.keys(SAMPLES)],
          { cwd: dir, encoding: 'utf8' },
        );
      } catch (error) {
        // eslint exits 1 when it reports errors; its JSON is still on stdout.
        out = (error as { stdout: string }).stdout;
      }
      const results = JSON.parse(out) as { filePath: string; messages: { ruleId: string | null }[] }[];
      found = Object.fromEntries(results.map((r) => [path.relative(dir, r.filePath), r.messages.map((m) => m.ruleId)]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it.each(Object.entries(SAMPLES))('%s', (file, sample) => {
    expect(found[file]).toEqual(sample.expected);
  });
});
