import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { datasetSchema } from '../../../dev/dataset/dataset-schema';
import { parseArgs, renderDataset } from '../../../dev/demo-data/cli';
import { DEFAULT_NOW, generateDemoDataset } from '../../../dev/demo-data/generate-demo-dataset';

const root = join(__dirname, '..', '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

describe('demo data CLI', () => {
  it('parses its flags', () => {
    expect(parseArgs([])).toEqual({ seed: 42, issues: 3000, now: DEFAULT_NOW, compact: false });
    expect(
      parseArgs(['--seed', '7', '--issues', '60', '--out', 'x.json', '--compact', '--now', '2026-01-01T00:00:00Z']),
    ).toEqual({
      seed: 7,
      issues: 60,
      now: new Date('2026-01-01T00:00:00Z'),
      out: 'x.json',
      compact: true,
    });
    expect(() => parseArgs(['--issues', 'many'])).toThrow(/--issues needs an integer/);
    expect(() => parseArgs(['--issues', '-5'])).toThrow(/must not be negative/);
    expect(() => parseArgs(['--now', 'yesterday'])).toThrow(/--now/);
    expect(() => parseArgs(['--colour'])).toThrow(/unknown argument --colour/);
  });

  it('matches the committed example dataset (seed 7, 60 issues)', () => {
    const committed = readFileSync(join(root, 'dev', 'demo-data', 'example-dataset.json'), 'utf8');
    expect(committed).toBe(renderDataset({ seed: 7, issues: 60, now: DEFAULT_NOW, compact: false }));
    const parsed = datasetSchema.parse(JSON.parse(committed));
    expect(parsed.issues.length).toBeGreaterThan(40);
    expect(parsed.issues.length).toBeLessThan(100);
  });

  it('writes a dataset file from the command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'demo-data-'));
    try {
      const out = join(dir, 'demo.json');
      execFileSync(tsx, [join(root, 'dev', 'demo-data', 'cli.ts'), '--seed', '3', '--issues', '300', '--out', out], {
        stdio: 'pipe',
      });
      const text = readFileSync(out, 'utf8');
      expect(JSON.parse(text)).toEqual(generateDemoDataset({ seed: 3, issues: 300 }));
      expect(text).toBe(renderDataset({ seed: 3, issues: 300, now: DEFAULT_NOW, compact: false }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the vocabulary snapshot equal to what the seeded faker instance produces', () => {
    // faker 10 is ES-module only; Jest cannot load it here, so the check runs under tsx.
    const output = execFileSync(tsx, [join(root, 'dev', 'demo-data', 'build-vocabulary.ts'), '--check'], {
      encoding: 'utf8',
    });
    expect(output).toContain('matches');
  });
});
