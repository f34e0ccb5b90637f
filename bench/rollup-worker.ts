import { readFileSync } from 'node:fs';
import { measureMemory, timeParseAndRollup } from './rollup-measure';

/**
 * Runs one measurement in its own process and prints it as JSON:
 * `rollup-worker.ts time <issues.json> <warm> <measured>` or
 * `rollup-worker.ts memory <issues.json>`. A fresh process keeps the figures
 * free of the data generator's heap.
 */
const [mode, file, warm = '2', measured = '7'] = process.argv.slice(2);
if (file === undefined || (mode !== 'time' && mode !== 'memory')) {
  console.error('usage: rollup-worker.ts time|memory <issues.json> [warm] [measured]');
  process.exit(2);
}
const json = readFileSync(file, 'utf8');
const result = mode === 'time' ? timeParseAndRollup(json, Number(warm), Number(measured)) : measureMemory(json);
console.log(JSON.stringify(result));
