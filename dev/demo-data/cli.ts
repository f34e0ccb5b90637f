/**
 * Writes a demo dataset as JSON, to look at, edit and load with
 * `npm start -- --dataset FILE`.
 *
 *   npx tsx dev/demo-data/cli.ts --seed 42 --issues 3000 --out demo.json
 *   npx tsx dev/demo-data/cli.ts --issues 100000 --compact --out big.json
 *
 * Options: --seed N (default 42), --issues N (approximate total, default 3000),
 * --now ISO-8601 (default 2026-11-01T09:00:00Z), --out FILE (default stdout),
 * --compact (no indentation).
 */
import { writeFileSync } from 'node:fs';
import { DEFAULT_ISSUES, DEFAULT_NOW, DEFAULT_SEED, generateDemoDataset } from './generate-demo-dataset';

export interface CliOptions {
  seed: number;
  issues: number;
  now: Date;
  out?: string;
  compact: boolean;
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { seed: DEFAULT_SEED, issues: DEFAULT_ISSUES, now: DEFAULT_NOW, compact: false };
  const integer = (flag: string, value: string | undefined): number => {
    if (value === undefined || !/^-?\d+$/.test(value))
      throw new Error(`${flag} needs an integer, got ${value ?? 'nothing'}`);
    return Number(value);
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = argv[i + 1];
    switch (arg) {
      case '--seed':
        options.seed = integer(arg, value);
        i += 1;
        break;
      case '--issues':
        options.issues = integer(arg, value);
        if (options.issues < 0) throw new Error('--issues must not be negative');
        i += 1;
        break;
      case '--now': {
        const now = new Date(value ?? '');
        if (value === undefined || Number.isNaN(now.getTime()))
          throw new Error(`--now needs an ISO-8601 date, got ${value ?? 'nothing'}`);
        options.now = now;
        i += 1;
        break;
      }
      case '--out':
        if (!value) throw new Error('--out needs a file name');
        options.out = value;
        i += 1;
        break;
      case '--compact':
        options.compact = true;
        break;
      case '--help':
      case '-h':
        throw new Error('usage: cli.ts [--seed N] [--issues N] [--now ISO] [--out FILE] [--compact]');
      default:
        throw new Error(`unknown argument ${arg ?? ''}`);
    }
  }
  return options;
}

/** The file text for a dataset: stable key order, 2-space indentation unless compact, final newline. */
export function renderDataset(options: Pick<CliOptions, 'seed' | 'issues' | 'now' | 'compact'>): string {
  return serialize(
    generateDemoDataset({ seed: options.seed, issues: options.issues, now: options.now }),
    options.compact,
  );
}

function serialize(dataset: ReturnType<typeof generateDemoDataset>, compact: boolean): string {
  return `${JSON.stringify(dataset, null, compact ? undefined : 2)}\n`;
}

function main(): void {
  let options: CliOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
  const started = process.hrtime.bigint();
  const dataset = generateDemoDataset({ seed: options.seed, issues: options.issues, now: options.now });
  const generatedMs = Number(process.hrtime.bigint() - started) / 1e6;
  const text = serialize(dataset, options.compact);
  if (options.out) {
    writeFileSync(options.out, text);
    const totalMs = Number(process.hrtime.bigint() - started) / 1e6;
    process.stderr.write(
      `wrote ${options.out}: ${dataset.issues.length} issues, ${text.length} bytes; ` +
        `generated in ${generatedMs.toFixed(0)} ms, ${totalMs.toFixed(0)} ms with writing\n`,
    );
  } else {
    process.stdout.write(text);
  }
}

if (require.main === module) main();
