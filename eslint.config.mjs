// ESLint (flat config), run by `npm test` through `npm run lint` (which then runs `prettier --check`).
// Formatting is Prettier's alone (.prettierrc.json), so no stylistic rule is enabled here.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'static/build/**',
      'test-output/**',
      'coverage/**',
      'out/**',
      '.pm-data/**',
      // Deliberately wrong code: the architecture test proves the layer rules catch it.
      'test/fixtures/architecture/violations/**',
    ],
  },
  js.configs.recommended,
  // The syntactic rule set, not the type-checked one: `npm run typecheck` already runs tsc, and a
  // second full type analysis per lint run costs minutes on a 2-core machine.
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter or binding kept for its position (it.each rows, destructuring to drop a key).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // `interface ResolverApi extends ContractApi {}` is an extension point on purpose (a function
      // still in the older style is listed in its body until it moves into the registry).
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    // The deployed app: values read from app storage are parsed with zod at the edge, never
    // claimed with a type argument (`store.get<StoredConfig>(...)` is a cast in disguise).
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(get|queryByPrefix)$/][callee.object.name=/store$|Store$/] > TSTypeParameterInstantiation > :not(TSUnknownKeyword)',
          message: 'Read app storage as unknown and parse it with a zod schema.',
        },
        {
          selector:
            "CallExpression[callee.property.name=/^(get|queryByPrefix)$/][callee.object.property.name='store'] > TSTypeParameterInstantiation > :not(TSUnknownKeyword)",
          message: 'Read app storage as unknown and parse it with a zod schema.',
        },
      ],
    },
  },
  {
    files: ['static/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // react-hooks 7 adds the React Compiler's rules. The app does not use the compiler, and what
      // they flag here is deliberate: state reset in an effect when an input changes (a countdown, a
      // draft number field, a request that starts loading) and refs read in render as a request
      // sequence guard. Revisit them if the compiler is adopted.
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/refs': 'off',
      // Focusable on purpose: a scrolling table wrapper (`region`) so keyboard users can scroll it
      // (WCAG 2.1.1; axe's scrollable-region-focusable), and a `tabpanel` (the WAI-ARIA tabs pattern).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['region', 'tabpanel'], tags: [] }],
    },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // CommonJS config files, and dev code that loads a module by a path computed at run time (the
    // app entry, theme CSS), which `import` cannot express synchronously. Tests say so per line.
    files: ['**/*.cjs', 'dev/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Scripts the dev server injects into the browser frame.
    files: ['dev/server/*.js', 'test/fixtures/runtime/static/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
