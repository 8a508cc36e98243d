// @ts-check
import eslint from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import litPlugin from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wcPlugin from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'storybook-static/', 'coverage/', 'node_modules/', '.cache/', 'examples/*/dist/']),
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
);
