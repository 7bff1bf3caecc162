// ESLint flat config. The layer rules (ARCHITECTURE.md §2) are the no-restricted-imports blocks below;
// `npm run check:layers` runs a plain import scan with the same matrix as a second line of defence.
import js from '@eslint/js'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'zlib', 'child_process', 'stream', 'worker_threads', 'http', 'crypto']
const uiLibs = ['vue', 'pinia', 'chart.js', 'chart.js/*', 'vue-chartjs', 'vue-i18n', 'chartjs-plugin-*']

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
})

export default tseslint.config(
  { ignores: ['out/**', 'release/**', 'test-results/**', 'node_modules/**', 'samples/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
    rules: { 'vue/block-lang': ['error', { script: { lang: 'ts' } }], 'vue/multi-word-component-names': 'off' },
  },
  { languageOptions: { globals: { ...globals.node } } },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name=/^(it|describe|test)$/][callee.property.name='only']", message: 'No .only in committed tests.' },
      ],
    },
  },
  {
    files: ['shared/**'],
    languageOptions: { globals: {} },
    rules: restrict(
      [...nodeBuiltins, 'electron', ...uiLibs, '../electron/*', '../../electron/*', '**/electron/**', '**/renderer/**'],
      'shared/ is the pure core: it may import only shared/** (no Node, DOM, Electron or UI libraries).',
    ),
  },
  {
    // Kernel logs carry ANSI escapes and other control characters; the parser matches them on purpose.
    files: ['shared/parse/**', 'shared/base/**', 'shared/report/**'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict([...nodeBuiltins, 'electron', '**/electron/**'], 'renderer/ may import shared/** and UI libraries; never Node or Electron (talk to window.oomlens through src/api/client.ts).'),
  },
  {
    files: ['electron/node/**', 'electron/cli/**', 'electron/bridge/**'],
    rules: restrict(['electron', '**/renderer/**', '**/main/**', '**/preload/**'], 'electron/node, cli and bridge run without Electron: they may import shared/** and Node only.'),
  },
  {
    files: ['electron/preload/**'],
    rules: restrict([...nodeBuiltins, '**/electron/node/**', '**/main/**', '**/renderer/**'], 'The sandboxed preload may import only shared/api and electron (contextBridge, ipcRenderer, webUtils).'),
  },
  {
    files: ['test/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
)
