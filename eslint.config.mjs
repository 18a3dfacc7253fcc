// Lint and architecture boundaries, run by `npm test` (scripts/test-all.mjs) and `npm run lint`.
// The boundaries are what the design promises: the core runs in the editor, the CLI, the tests
// and a browser, so it may not reach for the editor or for Node; rules are independent of each
// other; the vocabulary is plain data.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.dist-*/**', 'out/**', 'coverage/**', 'bench/out/**', '**/*.mjs', '**/*.cjs', '**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core runs outside the editor: go through src/vscode.' },
          ...nodeBuiltins.map((name) => ({ name, message: 'src/core runs in the browser too: no Node built-ins (pass data in from src/cli or src/vscode).' })),
        ],
        patterns: [
          { regex: '^(?:\\.\\./)+rules/(?!index$).+', message: 'Outside rules/, import the registry (rules/index), never a rule module.' },
        ],
      }],
    },
  },
  {
    files: ['src/core/rules/*.ts'],
    ignores: ['src/core/rules/index.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core runs outside the editor.' }, ...nodeBuiltins.map((name) => ({ name, message: 'No Node built-ins in src/core.' }))],
        patterns: [
          { regex: '^\\./(?!rule$|helpers$|vocab-lists$|prepared$)[^/]+$', message: 'A rule imports the model, the vocabulary and rule helpers, never another rule.' },
          { regex: '^\\.\\./(?:engine|editor)(?:/|$)', message: 'A rule reads the note model and the vocabulary, not the engine or editor features.' },
        ],
      }],
    },
  },
  {
    // Tests reach into the editor host and patch Node modules on purpose.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/core/vocab/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'Vocabulary is plain data.' }, ...nodeBuiltins.map((name) => ({ name, message: 'Vocabulary is plain data.' }))],
        patterns: [{ regex: '^\\.\\./', message: 'The vocabulary imports nothing else of the core: it is the data everything else is built from.' }],
      }],
    },
  },
);
