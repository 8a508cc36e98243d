// @ts-check
import { readdirSync } from 'node:fs';
import eslint from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import litPlugin from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wcPlugin from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Window size reads that lay the page out on a phone, and what to do instead. */
const WINDOW_SIZE = ['innerWidth', 'innerHeight'];
const WINDOW_SIZE_MESSAGE = 'This lays the page out on a phone; ask matchMedia (size-map.ts, entryInViewport).';

const elementFolders = readdirSync(new URL('./src/components', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default defineConfig(
  // The fresh-app fixtures import the built package: their own tsc and vue-tsc check them, after the build.
  globalIgnores([
    'dist/',
    'storybook-static/',
    'coverage/',
    'node_modules/',
    '.cache/',
    'examples/*/dist/',
    'tests/e2e/apps/',
  ]),
  eslint.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Lit binds template listeners to the host, so `@click=${this.handleClick}` is safe.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'tests/**/*.ts'],
    extends: [litPlugin.configs['flat/recommended'], wcPlugin.configs['flat/recommended']],
    // eslint-plugin-lit-a11y still ships an eslintrc-style preset: take its rules.
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
    settings: { wc: { elementBaseClasses: ['LitElement', 'SabbaElement'] } },
    languageOptions: { globals: globals.browser },
  },
  {
    // The layers of docs/architecture.md: shared code never reaches up into an element, an element
    // never into another, and no module imports itself back through another.
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver()],
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      // On a phone the viewport meta ties the layout viewport to the page's layout, so reading the
      // window's size lays the page out on the spot (docs/architecture.md, Lifecycle).
      'no-restricted-globals': ['error', ...WINDOW_SIZE.map((name) => ({ name, message: WINDOW_SIZE_MESSAGE }))],
      'no-restricted-properties': [
        'error',
        ...WINDOW_SIZE.map((property) => ({ object: 'window', property, message: WINDOW_SIZE_MESSAGE })),
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: ['./src/internal', './src/i18n', './src/controllers'],
              from: './src/components',
              message:
                'internal/, i18n/ and controllers/ serve every element and import none (docs/architecture.md, Layers).',
            },
            ...elementFolders.map((name) => ({
              target: `./src/components/${name}`,
              from: './src/components',
              except: [`./${name}`],
              message:
                'An element shares code with another only through internal/, i18n/ or controllers/ (docs/architecture.md, Layers).',
            })),
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Tests poke at internals and fixtures on purpose.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Prettier formats; this sorts imports (Prettier leaves their order alone): Node's built-ins,
    // then packages, then the project's own modules, each group alphabetical.
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    plugins: { 'import-x': importX },
    rules: {
      'import-x/first': 'error',
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', ['internal', 'parent', 'sibling', 'index']],
          'newlines-between': 'never',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
    },
  },
);
