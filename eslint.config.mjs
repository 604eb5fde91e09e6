// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', '.tools/', 'coverage/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  { files: ['**/*.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    // The web application runs in the browser: its globals, and the rules of React hooks.
    files: ['apps/web/**/*.{ts,tsx}', 'scripts/**/*.mjs'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { window: 'readonly', document: 'readonly', localStorage: 'readonly', fetch: 'readonly', URL: 'readonly', crypto: 'readonly', setTimeout: 'readonly', Request: 'readonly', Headers: 'readonly', Response: 'readonly', File: 'readonly' } },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  // Generated from the OpenAPI document (npm run web:api-types).
  { ignores: ['apps/web/src/api/schema.d.ts'] },
  {
    // Workflow code runs in Temporal's deterministic sandbox: no I/O, no Node built-ins, no framework.
    files: ['workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'http', 'https', 'net', 'pg', 'typeorm', '@nestjs/*', 'nodemailer', 'axios'], message: 'Workflow code must stay deterministic: do I/O in activities.' },
            { group: ['../activities/*', '../../activities/*'], allowTypeImports: true, message: 'Import activity types only.' },
          ],
        },
      ],
    },
  },
  {
    // The domain is pure: no framework, no I/O.
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', 'fs', 'http', 'pg', 'typeorm', '@nestjs/*', '@temporalio/*', 'nodemailer'], message: 'libs/domain is pure: no I/O and no framework.' }] },
      ],
    },
  },
);
