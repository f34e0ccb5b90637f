import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeSpans, readmeTableRows } from './readme-table';

const packageJson = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

describe("README's runtime dependency table", () => {
  const rows = readmeTableRows('## Runtime dependencies (what ships to Forge)');
  const listed = rows.flatMap(([packages]) => codeSpans(packages ?? ''));

  it('lists exactly the dependencies of package.json', () => {
    expect([...listed].sort()).toEqual(Object.keys(packageJson.dependencies).sort());
  });

  it('justifies every row in words', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const [, why] of rows) expect(why?.length ?? 0).toBeGreaterThan(10);
  });
});
