// ESLint flat config. The layer rules (ARCHITECTURE.md §2) are no-restricted-imports zones generated from
// the one layering table, build/layers.mjs; `npm run check:layers` checks the same table with a plain
// import scan (plus cycles and patterns). Formatting is Prettier's: eslint-config-prettier comes last.
import js from '@eslint/js'
import prettier from 'eslint-config-prettier/flat'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { eslintLayerBlocks } from './build/layers.mjs'

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
        {
          selector: "CallExpression[callee.object.name=/^(it|describe|test)$/][callee.property.name='only']",
          message: 'No .only in committed tests.',
        },
      ],
    },
  },
  { files: ['shared/**'], languageOptions: { globals: {} } },
  ...eslintLayerBlocks(),
  {
    // Kernel logs carry ANSI escapes and other control characters; the parser matches them on purpose.
    files: ['shared/parse/**', 'shared/base/**', 'shared/report/**'],
    rules: { 'no-control-regex': 'off' },
  },
  { files: ['renderer/**'], languageOptions: { globals: { ...globals.browser } } },
  {
    files: ['test/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  // Last: turn off every rule that formats (ESLint's, typescript-eslint's, eslint-plugin-vue's), so
  // Prettier alone decides layout. vue/html-self-closing is one eslint-config-prettier leaves on: the
  // recommended set wants `<br>` where Prettier prints `<br />`.
  prettier,
  { files: ['**/*.vue'], rules: { 'vue/html-self-closing': 'off' } },
)
