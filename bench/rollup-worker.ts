import { readFileSync, writeFileSync } from 'node:fs';
import { generateBenchIssues } from './generate-bench-issues';
import { measureMemory, timeParseAndRollup } from './rollup-measure';

/**
 * Runs one step of the roll-up bench in its own process and prints its result
 * as JSON, so no step shares a heap (or GC threads) with another:
 *   rollup-worker.js generate <issues.json> <count>
 *   rollup-worker.js time <issues.json> <warm> <measured>
 *   rollup-worker.js memory <issues.json>
 */
function main(args: string[]): unknown {
  const [mode, file, a, b] = args;
  if (file === undefined) throw new Error('usage: rollup-worker.js generate|time|memory <issues.json> ...');
  switch (mode) {
    case 'generate': {
      const json = JSON.stringify(generateBenchIssues(Number(a ?? 100_000)));
      writeFileSync(file, json);
      return { bytes: json.length };
    }
    case 'time':
      return timeParseAndRollup(readFileSync(file, 'utf8'), Number(a ?? 2), Number(b ?? 7));
    case 'memory':
      return measureMemory(readFileSync(file, 'utf8'));
    default:
      throw new Error(`unknown mode ${String(mode)}: use generate, time or memory`);
  }
}

console.log(JSON.stringify(main(process.argv.slice(2))));
