// Lint rules double as house rules: no fixed waits or focused tests in specs, and the suite may
// not import the sandbox (it is only one of the targets).
import js from '@eslint/js';
import playwright from 'eslint-plugin-playwright';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const suiteFiles = ['tests/**/*.ts', 'fixtures/**/*.ts', 'pages/**/*.ts', 'drivers/**/*.ts', 'helpers/**/*.ts'];

export default tseslint.config(
  { ignores: ['node_modules/', '.cache/', 'reports/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Client-side scripts of the reference apps run in the browser.
    files: ['sandbox/apps/**/public/**/*.js', 'sandbox/apps/**/client/**/*.js', 'sandbox/apps/**/static/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['tests/**/*.ts', 'fixtures/**/*.ts', 'pages/**/*.ts'],
    ...playwright.configs['flat/recommended'],
    rules: {
      ...playwright.configs['flat/recommended'].rules,
      'playwright/no-wait-for-timeout': 'error',
      'playwright/no-focused-test': 'error',
      'playwright/no-skipped-test': 'error',
      'playwright/no-conditional-in-test': 'error',
      // Flow helpers whose name says they expect an outcome (verifyCodeAndExpectSignedIn, ...) assert it.
      'playwright/expect-expect': ['error', { assertFunctionPatterns: ['[Ee]xpect'] }],
    },
  },
  {
    files: suiteFiles,
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/sandbox/**', 'sandbox/**'], message: 'The suite must not depend on the sandbox: it is only a target with local URLs.' }],
      }],
      'no-restricted-syntax': ['error', {
        selector: "MemberExpression[object.name='process'][property.name='env']",
        message: 'Read settings through helpers/config (the only reader of process.env).',
      }],
    },
  },
  {
    files: ['helpers/config/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
