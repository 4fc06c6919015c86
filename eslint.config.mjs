// Lint, including the layer rules of ARCHITECTURE.md: a wrong import fails `npm run lint`
// (and the test run), not a review. tests/unit/layers.test.ts proves each rule fires.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'));
const noElectronNoNode = [
  { name: 'electron', message: 'Only main/platform, main/index.ts and preload may import Electron.' },
  ...nodeBuiltins.map((name) => ({ name, message: 'This layer runs without Node: no Node built-ins.' })),
];
const nodeProtocol = { group: ['node:*'], message: 'This layer runs without Node: no node:* modules.' };
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement', 'requestAnimationFrame'].map(
  (name) => ({ name, message: 'The main process has no DOM.' }),
);

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'artifacts/**', 'test-results/**', 'playwright-report/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noElectronNoNode,
          patterns: [nodeProtocol, { group: ['../*', '**/main/**', '**/renderer/**', '**/preload/**'], message: 'common/ imports nothing of ours outside common/.' }],
        },
      ],
    },
  },
  {
    files: ['main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noElectronNoNode,
          patterns: [
            nodeProtocol,
            { group: ['**/platform/**', '../platform', '**/preload/**', '**/renderer/**', '**/limberApp'], message: 'main/core imports only common/ and main/core/.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Core is pure: time comes in as an argument.' },
        { object: 'Math', property: 'random', message: 'Core is deterministic: use a seeded generator.' },
        { object: 'performance', property: 'now', message: 'Core is pure: time comes in as an argument.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Core is pure: pass the time in.' },
      ],
      'no-restricted-globals': [
        'error',
        ...domGlobals,
        ...['setTimeout', 'setInterval', 'setImmediate', 'process', 'performance', 'fetch'].map((name) => ({
          name,
          message: 'Core is pure: timers, process and I/O belong to main/platform.',
        })),
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/core/**'],
    rules: { 'no-restricted-globals': ['error', ...domGlobals] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: noElectronNoNode,
          patterns: [nodeProtocol, { group: ['**/main/**', '**/preload/**'], message: 'The renderer imports common/ only; it talks to main through window.limber.' }],
        },
      ],
    },
  },
  {
    files: ['preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [nodeProtocol, { group: ['**/main/**', '**/renderer/**'], message: 'The preload imports common/ only.' }] },
      ],
    },
  },
  {
    files: ['tests/e2e/**/*.ts', 'tests/support/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
