// End-to-end tests: Debian's Chromium (playwright-core; Playwright's own browser download cannot work
// offline) against `oomlens serve` on 127.0.0.1, opened on the bundled sample case (seed reports and
// corpus logs). `npm run build` must have produced out/renderer first (npm test does that).
// The server answers only a browser that came through its printed URL: this run's token goes to the
// server as OOMLENS_SERVE_TOKEN, test/e2e/global-setup.ts opens that URL once, and every spec starts
// with the session cookie it got (storageState).
import { resolve } from 'node:path'
import { defineConfig } from '@playwright/test'
import { newToken, TOKEN_ENV } from '../electron/bridge/session'
import { CHROMIUM_ARGS } from '../electron/node/report/print-pdf'

const repoRoot = resolve(import.meta.dirname, '..')
const port = Number(process.env.OOMLENS_E2E_PORT ?? 4391)
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
// Set once in the runner; workers inherit it (they evaluate this file again).
const token = (process.env[TOKEN_ENV] ??= newToken())

export default defineConfig({
  testDir: resolve(repoRoot, 'test/e2e'),
  outputDir: resolve(repoRoot, 'test-results/e2e'),
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  globalSetup: resolve(repoRoot, 'test/e2e/global-setup.ts'),
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    storageState: resolve(repoRoot, 'test-results/e2e-session.json'),
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath,
      // No --user-data-dir: Playwright refuses it and makes a fresh profile itself.
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: {
    command: `node bin/oomlens.mjs serve samples --port ${port}`,
    cwd: repoRoot,
    env: { [TOKEN_ENV]: token },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
