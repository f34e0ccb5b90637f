#!/usr/bin/env node
/**
 * Builds the Custom UI resources: for every manifest resource `static/build/<name>`
 * with an entry `static/src/<name>/main.tsx`, bundles it with esbuild into
 * `static/build/<name>/` as `main.js` (+ `main.css` when the code imports CSS) and an
 * `index.html` that loads them - no inline scripts (Forge's CSP).
 *
 *   node dev/build-static.mjs            # all resources
 *   node dev/build-static.mjs dashboard  # only these
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = parse(readFileSync(join(root, 'manifest.yml'), 'utf8'));
const only = new Set(process.argv.slice(2));
const BUILD_PREFIX = 'static/build/';

const targets = (manifest.resources ?? [])
  .filter((r) => typeof r.path === 'string' && r.path.startsWith(BUILD_PREFIX))
  .map((r) => ({ key: r.key, name: basename(r.path), outDir: join(root, r.path) }))
  .filter((t) => only.size === 0 || only.has(t.name) || only.has(t.key));

function indexHtml(title, hasCss) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${hasCss ? '<link rel="stylesheet" href="./main.css">\n' : ''}</head>
<body>
<div id="root"></div>
<script src="./main.js"></script>
</body>
</html>
`;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

async function buildOne(target) {
  const entry = ['main.tsx', 'main.ts', 'main.jsx'].map((f) => join(root, 'static/src', target.name, f)).find(existsSync);
  if (!entry) return { target, skipped: `no static/src/${target.name}/main.tsx` };
  // Build beside the output and swap it in, so a server reading the old build
  // (another terminal, a test run) never sees a half-written folder.
  const tmpDir = `${target.outDir}.tmp-${process.pid}`;
  rmSync(tmpDir, { recursive: true, force: true });
  mkdirSync(tmpDir, { recursive: true });
  await build({
    entryPoints: { main: entry },
    outdir: tmpDir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome110', 'edge110', 'firefox110', 'safari16'],
    jsx: 'automatic',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.svg': 'dataurl', '.png': 'dataurl', '.gif': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl' },
    tsconfig: join(root, 'static/tsconfig.json'),
    logLevel: 'warning',
  });
  const hasCss = existsSync(join(tmpDir, 'main.css'));
  writeFileSync(join(tmpDir, 'index.html'), indexHtml(target.key, hasCss));
  rmSync(target.outDir, { recursive: true, force: true });
  renameSync(tmpDir, target.outDir);
  const files = ['main.js', ...(hasCss ? ['main.css'] : [])].map((f) => `${f} ${kb(statSync(join(target.outDir, f)).size)}`);
  return { target, files };
}

const started = Date.now();
const results = await Promise.all(targets.map(buildOne));
for (const r of results) {
  const where = relative(root, r.target.outDir);
  if (r.skipped) console.warn(`  skipped ${where}: ${r.skipped}`);
  else console.log(`  built   ${where}: ${r.files.join(', ')}`);
}
const built = results.filter((r) => !r.skipped).length;
console.log(`Built ${built} of ${targets.length} Custom UI resources in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
