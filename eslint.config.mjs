// Lint, including the layer rules of ARCHITECTURE.md: a wrong import fails `npm run lint`
// (and the test run), not a review. tests/unit/layers.test.ts proves each rule fires.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layerImports } from './eslint-rules/layerImports.mjs';
import { noImportCycle } from './eslint-rules/noImportCycle.mjs';

const limber = { rules: { 'layer-imports': layerImports, 'no-import-cycle': noImportCycle } };
/** The layer walls as allow-lists (eslint-rules/layerImports.mjs): folders of ours, then packages. */
const wall = (layer, folders, packages) => ['error', { layer, folders, packages }];

const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement', 'requestAnimationFrame'].map(
  (name) => ({ name, message: 'The main process has no DOM.' }),
);

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'artifacts/**', 'test-results/**', 'playwright-report/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { limber },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'limber/no-import-cycle': 'error',
    },
  },
  { files: ['common/**/*.ts'], rules: { 'limber/layer-imports': wall('common/', ['common'], ['zod']) } },
  { files: ['main/core/**/*.ts'], rules: { 'limber/layer-imports': wall('main/core', ['common', 'main/core'], ['zod']) } },
  // Adapters: any package (Electron, Node, the stores), but no renderer, preload or composition root.
  { files: ['main/platform/**/*.ts'], rules: { 'limber/layer-imports': wall('main/platform', ['common', 'main/core', 'main/platform'], 'any') } },
  { files: ['main/app/**/*.ts'], rules: { 'limber/layer-imports': wall('main/app', ['common', 'main/core', 'main/platform', 'main/app'], 'any') } },
  { files: ['main/*.ts'], rules: { 'limber/layer-imports': wall('The composition root', ['common', 'main'], 'any') } },
  { files: ['preload/**/*.ts'], rules: { 'limber/layer-imports': wall('preload/', ['common', 'preload'], ['electron']) } },
  { files: ['renderer/**/*.{ts,tsx}'], rules: { 'limber/layer-imports': wall('renderer/', ['common', 'renderer'], ['react', 'react-dom', 'preact', 'zod']) } },
  {
    files: ['main/core/**/*.ts'],
    rules: {
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
    },
  },
  {
    files: ['tests/e2e/**/*.ts', 'tests/support/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
