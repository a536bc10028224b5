// One flat config for every workspace package; each package runs `eslint .` from its own folder.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/*.gen.*', '**/coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The pure core: clock and randomness are inputs (DESIGN.md, STYLE.md rule 1).
    files: ['packages/playbook/src/**', 'packages/logic/src/**', 'packages/engine/src/**', 'packages/predict/src/**', 'examples/src/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'Time is an input: take a clock, never read Date.now().' },
        { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'Randomness is an input: take a seed, never call Math.random().' },
      ],
    },
  },
  {
    // The browser side: the editor package and the web app.
    files: ['packages/editor/src/**', 'apps/web/src/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
);
