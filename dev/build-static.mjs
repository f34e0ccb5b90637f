#!/usr/bin/env node
/**
 * Builds the Custom UI resources: for every manifest resource `static/build/<name>`
 * with an entry `static/src/<name>/main.tsx`, bundles it with esbuild into
 * `static/build/<name>/` as an ES module `main.js` (+ `main.css` when the code imports
 * CSS) and an `index.html` that loads them with `<script type="module" src>` - no inline
 * scripts (Forge's CSP: `script-src 'self'` covers module scripts and their imports).
 *
 * Code splitting is on: what the libraries load with `import()` (the @atlaskit/tokens
 * theme CSS-in-JS by theme id, dynamic-table's drag-and-drop ranking body) lands in
 * `chunks/*.js`, fetched from the same origin only when used. CSS that esbuild puts
 * beside a lazy chunk is appended to `main.css`, so a lazy chunk never renders unstyled.
 * The summary prints the initial JS (main.js plus the chunks it imports statically)
 * and the lazy chunks per resource; `--analyse` adds the largest packages of the
 * initial JS (from esbuild's metafile).
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
const args = process.argv.slice(2);
const analyse = args.includes('--analyse');
const only = new Set(args.filter((a) => !a.startsWith('--')));
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
<script type="module" src="./main.js"></script>
</body>
</html>
`;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

async function buildOne(target) {
  const entry = ['main.tsx', 'main.ts', 'main.jsx']
    .map((f) => join(root, 'static/src', target.name, f))
    .find(existsSync);
  if (!entry) return { target, skipped: `no static/src/${target.name}/main.tsx` };
  // Build beside the output and swap it in, so a server reading the old build
  // (another terminal, a test run) never sees a half-written folder.
  const tmpDir = `${target.outDir}.tmp-${process.pid}`;
  rmSync(tmpDir, { recursive: true, force: true });
  mkdirSync(tmpDir, { recursive: true });
  const result = await build({
    entryPoints: { main: entry },
    outdir: tmpDir,
    bundle: true,
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
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
  const outputs = result.metafile.outputs;
  const rel = (file) => relative(tmpDir, resolve(root, file));
  // Initial JS: main.js and what it imports statically; everything else loads on demand.
  const mainKey = Object.keys(outputs).find((k) => rel(k) === 'main.js');
  const initial = new Set();
  for (const queue = [mainKey]; queue.length;) {
    const file = queue.shift();
    if (initial.has(file)) continue;
    initial.add(file);
    for (const imp of outputs[file].imports) if (imp.kind === 'import-statement' && !imp.external) queue.push(imp.path);
  }
  // CSS of lazy chunks goes into main.css (one stylesheet, loaded up front): the CSS
  // sources of every CSS output, each once, in order (main's first), bundled again.
  const cssOutputs = Object.keys(outputs).filter((k) => k.endsWith('.css'));
  const lazyCss = cssOutputs.filter((k) => rel(k) !== 'main.css');
  if (lazyCss.length) {
    const ordered = [...cssOutputs.filter((k) => rel(k) === 'main.css'), ...lazyCss];
    const sources = [...new Set(ordered.flatMap((k) => Object.keys(outputs[k].inputs)))];
    for (const k of lazyCss) rmSync(resolve(root, k));
    await build({
      stdin: {
        contents: sources.map((f) => `@import ${JSON.stringify(resolve(root, f))};`).join('\n'),
        loader: 'css',
        resolveDir: root,
      },
      outfile: join(tmpDir, 'main.css'),
      bundle: true,
      minify: true,
      logLevel: 'warning',
      loader: { '.svg': 'dataurl', '.png': 'dataurl', '.gif': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl' },
    });
  }
  const hasCss = existsSync(join(tmpDir, 'main.css'));
  writeFileSync(join(tmpDir, 'index.html'), indexHtml(target.key, hasCss));
  rmSync(target.outDir, { recursive: true, force: true });
  renameSync(tmpDir, target.outDir);
  const js = Object.keys(outputs).filter((k) => k.endsWith('.js'));
  const initialBytes = js.filter((k) => initial.has(k)).reduce((n, k) => n + outputs[k].bytes, 0);
  const lazy = js.filter((k) => !initial.has(k));
  const lazyBytes = lazy.reduce((n, k) => n + outputs[k].bytes, 0);
  const files = [
    `initial JS ${kb(initialBytes)} (${initial.size} file${initial.size === 1 ? '' : 's'})`,
    `lazy ${kb(lazyBytes)} (${lazy.length} chunk${lazy.length === 1 ? '' : 's'})`,
    ...(hasCss ? [`main.css ${kb(statSync(join(target.outDir, 'main.css')).size)}`] : []),
  ];
  let top;
  if (analyse) {
    const byPackage = new Map();
    for (const k of initial) {
      for (const [input, { bytesInOutput }] of Object.entries(outputs[k].inputs)) {
        const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
        const name = m ? m[1] : dirname(input);
        byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
      }
    }
    top = `largest in the initial JS: ${[...byPackage]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([n, b]) => `${n} ${kb(b)}`)
      .join(', ')}`;
  }
  return { target, files, top };
}

const started = Date.now();
const results = await Promise.all(targets.map(buildOne));
for (const r of results) {
  const where = relative(root, r.target.outDir);
  if (r.skipped) console.warn(`  skipped ${where}: ${r.skipped}`);
  else console.log(`  built   ${where}: ${r.files.join(', ')}${r.top ? `\n          ${r.top}` : ''}`);
}
const built = results.filter((r) => !r.skipped).length;
console.log(
  `Built ${built} of ${targets.length} Custom UI resources in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
);
