import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Runs dependency-cruiser with the project's layer rules and returns the violated rule names. */
function violations(cwd: string, targets: string[]): { rule: string; from: string; to: string }[] {
  const root = path.resolve(__dirname, '../..');
  const bin = path.join(root, 'node_modules/.bin/depcruise');
  const config = path.join(root, '.dependency-cruiser.cjs');
  let out: string;
  try {
    // The JSON lists every module: well past execFileSync's 1 MB default buffer for this project.
    out = execFileSync(bin, ['--config', config, '--output-type', 'json', ...targets], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // depcruise exits non-zero when it finds errors; its JSON is still on stdout.
    out = (error as { stdout: string }).stdout;
  }
  const result = JSON.parse(out) as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
  return result.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

describe('layer dependencies (DESIGN.md section 5)', () => {
  it('the project has no import going the wrong way', () => {
    expect(violations(path.resolve(__dirname, '../..'), ['src', 'static', 'dev'])).toEqual([]);
  });

  it('the rules catch a domain file importing an adapter and a UI runtime import of the contract', () => {
    const found = violations(path.resolve(__dirname, '../fixtures/architecture/violations'), ['src', 'static']);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'domain-is-pure', from: 'src/domain/leaky-score.ts' }),
        expect.objectContaining({ rule: 'static-types-only', from: 'static/src/panel.ts' }),
      ]),
    );
  });
});
