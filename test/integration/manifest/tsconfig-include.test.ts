import { readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * `forge lint` (the scopes check before a deploy) only looks at files matched by glob
 * patterns in tsconfig.json's `include`; a bare folder name such as "src" means every
 * file to tsc but nothing to the linter. So every entry must be a glob, and the globs
 * must still reach every source file of the deployed app.
 */
const root = path.resolve(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('tsconfig.json include', () => {
  const configFile = ts.readConfigFile(path.join(root, 'tsconfig.json'), (file) => ts.sys.readFile(file));
  const include = (configFile.config as { include?: string[] }).include ?? [];

  it('lists only glob patterns (what forge lint expands)', () => {
    expect(include.length).toBeGreaterThan(0);
    for (const entry of include) expect({ entry, glob: /\*/.test(entry) }).toEqual({ entry, glob: true });
  });

  it('still matches every source file of src/ and src/index.ts', () => {
    const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
    const matched = new Set(parsed.fileNames.map((f) => path.resolve(f)));
    const expected = sourceFiles(path.join(root, 'src'));
    expect(expected).toContain(path.join(root, 'src/index.ts'));
    expect(expected.filter((f) => !matched.has(f))).toEqual([]);
  });
});
