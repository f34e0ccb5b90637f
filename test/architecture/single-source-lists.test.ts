import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { MOSCOW_CATEGORIES } from '../../src/domain/issue/moscow-categories';
import { KPI_STATUSES } from '../../src/domain/kpi/kpi-status-values';
import { READINESS_STATES } from '../../src/domain/readiness/readiness-states';
import { NUMERIC_SCORE_MODELS } from '../../src/domain/scoring/score-model-ids';

/**
 * One source per enumeration: the app's and the UI's code holds each of these lists once, in its
 * domain file; everything else (zod enums, filters, pickers, the UI) builds from it. A copy (two
 * or more of the values next to each other in an array, any quotes) fails here with its place.
 */
const LISTS: Record<string, { values: readonly string[]; source: string }> = {
  'numeric score models': { values: NUMERIC_SCORE_MODELS, source: 'src/domain/scoring/score-model-ids.ts' },
  'MoSCoW categories': { values: MOSCOW_CATEGORIES, source: 'src/domain/issue/moscow-categories.ts' },
  'readiness states': { values: READINESS_STATES, source: 'src/domain/readiness/readiness-states.ts' },
  'KPI statuses': { values: KPI_STATUSES, source: 'src/domain/kpi/kpi-status-values.ts' },
};
const ROOTS = ['src', 'static/src'];
const root = path.resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

/** `['a', 'b'` or `"a", "b"` for each pair of the list's values next to each other, outside comments. */
function copiesOf(values: readonly string[], code: string): number {
  const q = `['"\`]`;
  const pairs = values.slice(1).map((v, i) => `${q}${values[i]}${q}\\s*,\\s*${q}${v}${q}`);
  const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return pairs.reduce((n, re) => n + (withoutComments.match(new RegExp(re, 'g'))?.length ?? 0), 0);
}

describe('each enumeration has one source', () => {
  const files = ROOTS.flatMap(sourceFiles).map((f) => ({ file: f, code: readFileSync(path.join(root, f), 'utf8') }));

  it('finds the project’s sources (the scan itself works)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.file.startsWith('static/src/'))).toBe(true);
  });

  it.each(Object.entries(LISTS))('%s are listed only in their domain file', (_name, { values, source }) => {
    const found = files.filter((f) => copiesOf(values, f.code) > 0).map((f) => f.file);
    expect(found).toEqual([source]);
  });

  it('a copy is caught, whatever the quotes and spacing', () => {
    expect(copiesOf(MOSCOW_CATEGORIES, `const M = ["could",\n  "wont"];`)).toBe(1);
    expect(copiesOf(MOSCOW_CATEGORIES, '// the old list was ["must", "should"]')).toBe(0);
  });
});
