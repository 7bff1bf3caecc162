// Vite build of the renderer: renderer/ -> out/renderer, relative asset paths so the same build loads
// from file:// (Electron's loadFile) and from `oomlens serve` on 127.0.0.1.
import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

const repoRoot = resolve(import.meta.dirname, '..')

export default defineConfig({
  root: resolve(repoRoot, 'renderer'),
  base: './',
  plugins: [vue()],
  define: {
    // vue-i18n: compile messages without `new Function` (the CSP has no 'unsafe-eval'), no legacy API.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __INTLIFY_JIT_COMPILATION__: true,
    __VUE_PROD_DEVTOOLS__: false,
  },
  build: {
    outDir: resolve(repoRoot, 'out/renderer'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    // The SFC transform dominates a cold build; rolldown's timing report on it is noise in CI logs.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
})
