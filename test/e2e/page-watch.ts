// What every e2e spec does around a page: collect its errors, and save screenshots where a person
// looks at them (test-results/screenshots).
import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { repoRoot } from './sample-case'

const shots = resolve(repoRoot, 'test-results/screenshots')
mkdirSync(shots, { recursive: true })

/** Page errors and console errors (a CSP violation is one) collected for the whole test. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}${m.location().url ? ` (${m.location().url})` : ''}`)
  })
  // The console's "Failed to load resource" does not say which: name it, so a failure can be read.
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`response: ${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`)
  })
  return errors
}

/** A screenshot into test-results/screenshots/<name>.png. */
export async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.waitForTimeout(150) // let Chart.js finish its first paint (animations are off)
  await page.screenshot({ path: resolve(shots, `${name}.png`), fullPage })
}
