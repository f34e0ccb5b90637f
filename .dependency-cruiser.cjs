/**
 * Layer rules (DESIGN.md s.5): each layer imports only those to its left.
 * domain <- contract <- ports <- app <- adapters <- resolvers <- index.ts;
 * static/ may import src/contract types only, plus one pure runtime module,
 * src/contract/score-views.ts (the domain's scoring shaped as score views), so the
 * issue panel previews scores with the backend's own formulas, and the roadmap's filter rule
 * (src/contract/roadmap-filter.ts, type imports only), so the page shows what its CSV export
 * holds, and the portfolio's page size (src/contract/portfolio-page-size.ts, a constant), so the
 * page asks for what the payload's default and the bench use; dev/ is never imported by src/.
 */
const UI_RUNTIME_MODULES =
  '^src/contract/(score-views|roadmap-filter|portfolio-page-size|ui-runtime-shared|result)[.]ts$';
const layer = (name) => `^src/${name}/`;
const forbid = (name, comment, from, to) => ({ name, comment, severity: 'error', from, to });

module.exports = {
  forbidden: [
    forbid(
      'domain-is-pure',
      'domain imports no other layer, no @forge and no I/O module',
      { path: layer('domain') },
      { path: ['^src/(?!domain/)', '^dev/', '@forge/', '^(fs|http|https|net|child_process|worker_threads|node:.*)$'] },
    ),
    forbid(
      'contract-above-domain-only',
      'contract may import the domain only',
      { path: layer('contract') },
      { path: ['^src/(?!domain/|contract/)', '^dev/', '@forge/'] },
    ),
    forbid(
      'ports-not-below',
      'ports know domain and contract only',
      { path: layer('ports') },
      { path: ['^src/(app|adapters|resolvers)/', '^src/index', '^dev/', '@forge/'] },
    ),
    forbid(
      'app-not-below',
      'use cases never import adapters, resolvers or @forge',
      { path: layer('app') },
      { path: ['^src/(adapters|resolvers)/', '^src/index', '^dev/', '@forge/'] },
    ),
    forbid(
      'adapters-not-resolvers',
      'adapters never import resolvers',
      { path: layer('adapters') },
      { path: ['^src/resolvers/', '^src/index', '^dev/'] },
    ),
    forbid(
      'resolvers-not-index',
      'resolvers never import the entry point',
      { path: layer('resolvers') },
      { path: ['^src/index', '^dev/'] },
    ),
    forbid(
      'src-not-dev-or-test',
      'the deployed app never imports the local runtime or tests',
      { path: '^src/' },
      { path: ['^dev/', '^test/', '^bench/'] },
    ),
    forbid(
      'static-types-only',
      'the UI imports src/contract types only (type-only imports)',
      { path: '^static/' },
      { path: '^src/', pathNot: UI_RUNTIME_MODULES, dependencyTypesNot: ['type-only'] },
    ),
    forbid(
      'static-contract-only',
      'the UI never imports backend layers, even for types',
      { path: '^static/' },
      { path: '^src/(?!contract/)' },
    ),
    forbid(
      'static-no-backend-forge',
      'the UI uses @forge/bridge only',
      { path: '^static/' },
      { path: '@forge/(api|resolver|kvs|events)' },
    ),
    forbid('no-circular', 'no import cycles in the app', { path: '^src/' }, { circular: true }),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|static/build)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: require('node:path').join(__dirname, 'tsconfig.json') },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
};
