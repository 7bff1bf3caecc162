// Runs test/hardening on its own (`npx vitest run -c test/hardening/vitest.config.ts`) until the root
// config's unit project includes 'test/hardening/**/*.test.ts'.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: { include: ['test/hardening/**/*.test.ts'], environment: 'node', testTimeout: 120_000, root: new URL('../..', import.meta.url).pathname },
})
