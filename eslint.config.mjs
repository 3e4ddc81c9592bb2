// ESLint (flat config): JavaScript's and typescript-eslint's recommended rules for
// everything, the Lit and web-components plugins for the elements' sources.
// Rules are switched off only where the code's deliberate style differs; each says why.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/', 'cdn/', 'demo/ssr/', 'node_modules/', '.cache/'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // Documents are untrusted: no string ever becomes code.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      // `({ description, ...rest }) => rest` leaves a field out on purpose; `_` is a parameter left unused.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
      // `interface HTMLElementEventMap extends NewsEventMap {}` is how a global map is extended.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // Walking up the tree starts from the element: `let node = this`.
      '@typescript-eslint/no-this-alias': ['error', { allowedNames: ['node'] }],
      // Tests match indented markup with the spaces written out.
      'no-regex-spaces': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    // The tests use `javascript:` URLs as attacks; the library never writes one.
    rules: { 'no-script-url': 'error' },
  },
  {
    // TypeScript checks names itself (typescript-eslint's advice), with the DOM types.
    files: ['**/*.ts'],
    rules: { 'no-undef': 'off' },
  },
  {
    // Chai's assertions are property reads: `expect(x).to.exist`.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Browser code: the preview site, the benchmark page, page-test fixtures.
    files: ['demo/**/*.js', 'bench/**/*.js', 'test/pages/fixtures/**/*.js'],
    // `gc()`: the benchmark's Chromium runs with --expose-gc.
    languageOptions: { globals: { ...globals.browser, gc: 'readonly' } },
  },
  {
    // Node code: build steps, dev tools, configs, Node tests.
    files: ['**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // Node code that drives Chromium: puppeteer's page.evaluate() callbacks run in the page.
    files: [
      'test/pages/**/*.mjs',
      'test/support/**/*.mjs',
      'test/build/**/*.mjs',
      'scripts/dev/bench.mjs',
      'scripts/dev/bench-story.mjs',
      'scripts/dev/make-demo-images.mjs',
      'scripts/dev/make-demo-media.mjs',
      'scripts/dev/worst-case.mjs',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
