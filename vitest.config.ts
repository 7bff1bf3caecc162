import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// Two environments: node for the core, the host services and the corpus; happy-dom for the renderer.
// The Chromium end-to-end tests are Playwright's (test/e2e), not Vitest's.
export default defineConfig({
  plugins: [vue()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'test/shared/**/*.test.ts',
            'test/corpus/**/*.test.ts',
            'test/electron/**/*.test.ts',
            'test/hardening/**/*.test.ts',
          ],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['test/renderer/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['test/renderer/setup.ts'],
        },
      },
    ],
  },
})
