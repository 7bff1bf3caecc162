import { expect, test, type Page } from '@playwright/test'
import { shot, watchErrors } from './page-watch'
import { expectedEventCount, manifest, printedZoneMinKb } from './sample-case'

// What the titles read in each language (renderer/src/i18n): what a person sees, spelled out.
const TITLES = {
  en: { case: 'Case', findings: 'Findings' },
  'zh-CN': { case: '案例', findings: '诊断结论' },
  'zh-TW': { case: '案例', findings: '診斷結論' },
} as const

const SEED_000 = 'seed-000-python-lowmem-syslog.log'
const SEED_004 = 'seed-004-oncealloc2-cma-panic-dmesg.log'

async function openCase(page: Page): Promise<void> {
  await page.goto('/')
  await expect(page.getByTestId('event-row').first()).toBeVisible({ timeout: 30_000 })
}

async function openEventOf(page: Page, file: string): Promise<void> {
  await page.locator(`[data-testid="event-row"][data-path$="${file}"] a.open`).first().click()
  await expect(page.getByTestId('event-title')).toBeVisible()
  await expect(page.getByTestId('zone-chart')).toBeVisible()
}

test.describe('workbench', () => {
  test('lists every event of the sample case when it opens', async ({ page }) => {
    const errors = watchErrors(page)
    await openCase(page)
    await expect(page.getByTestId('event-row')).toHaveCount(expectedEventCount())
    const timeline = page.getByTestId('timeline')
    await expect(timeline).toBeVisible()
    expect(Number(await timeline.getAttribute('data-points'))).toBeGreaterThan(0)
    await shot(page, 'case-view-light')
    expect(errors).toEqual([])
  })

  test('shows import progress while the case is being read', async ({ page }) => {
    // Hold the bridge's answer back a little so the bar is on screen long enough to see.
    let release: () => void = () => undefined
    const held = new Promise<void>((done) => (release = done))
    await page.route('**/api/openCase', async (route) => {
      await held
      await route.continue()
    })
    await page.goto('/')
    await expect(page.getByTestId('import-progress')).toBeVisible()
    await shot(page, 'import-progress', false)
    release()
    await expect(page.getByTestId('event-row')).toHaveCount(expectedEventCount(), { timeout: 30_000 })
    await expect(page.getByTestId('import-progress')).toHaveCount(0)
  })

  test('filters the list with / and walks it with j and k', async ({ page }) => {
    await openCase(page)
    await page.keyboard.press('/')
    await expect(page.getByTestId('event-filter')).toBeFocused()
    await page.keyboard.type('python')
    const rows = page.getByTestId('event-row')
    await expect(rows.first()).toHaveAttribute('data-path', new RegExp(SEED_000.replace('.', '\\.')))
    await page.getByTestId('event-filter').fill('')
    await page.locator('body').click({ position: { x: 5, y: 300 } })
    await page.keyboard.press('j')
    await page.keyboard.press('j')
    const second = await rows.nth(1).getAttribute('data-event-id')
    await expect(page.locator('[data-testid="event-row"].selected')).toHaveAttribute('data-event-id', second ?? '')
    await page.keyboard.press('k')
    await expect(page.locator('[data-testid="event-row"].selected')).toHaveAttribute(
      'data-event-id',
      (await rows.nth(0).getAttribute('data-event-id')) ?? '',
    )
  })

  test('shows the Normal zone min of seed 000 as printed, its findings, and highlights evidence', async ({ page }) => {
    const errors = watchErrors(page)
    await openCase(page)
    await openEventOf(page, SEED_000)
    const normal = page.locator('[data-testid="zone-chart"] [data-testid="zone-row"][data-zone="Normal"]')
    await expect(normal).toHaveAttribute('data-min-kb', String(printedZoneMinKb(SEED_000, 'Normal')))
    await expect(normal.locator('.min')).toHaveText(
      `${printedZoneMinKb(SEED_000, 'Normal').toLocaleString('en-US')} kB`,
    )

    // The seed's own question: Normal under min while HighMem is nearly all free — lowmem exhaustion.
    const codes = await page.getByTestId('finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')))
    expect(codes).toContain('lowmem-exhausted')

    // The last piece of evidence of the first finding sits far down the report: the pane must scroll to it.
    const evidence = page.getByTestId('finding').first().getByTestId('evidence-line').last()
    const line = await evidence.getAttribute('data-line')
    const text = (await evidence.locator('.text').textContent()) ?? ''
    await evidence.click()
    const lit = page.locator('[data-testid="raw-log"] [data-highlighted="true"]')
    await expect(lit.first()).toHaveAttribute('data-line', line ?? '')
    await expect(lit.first()).toContainText(text.trim())
    expect(Number(line)).toBeGreaterThan(30)
    await expect(lit.first()).toBeInViewport()
    await shot(page, 'event-view-evidence', false)
    await expect(page.getByTestId('buddy-chart')).toBeVisible()
    await expect(page.getByTestId('accounting-chart')).toBeVisible()
    await expect(page.getByTestId('task-table')).toBeVisible()
    expect(errors).toEqual([])
  })

  test('shows every expert label of the corpus logs among the finding codes of its events', async ({ page }) => {
    await openCase(page)
    for (const entry of manifest()) {
      const rows = page.locator(`[data-testid="event-row"][data-path$="${entry.file}"]`)
      await expect(rows).toHaveCount(entry.events)
      const codes = (await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-codes') ?? '')))
        .join(' ')
        .split(' ')
      for (const label of entry.expert_labels) expect(codes, entry.file).toContain(label)
    }
    // And in the event view, as a person reads them.
    const first = manifest()[0]
    if (!first) return
    await openEventOf(page, first.file)
    const shown = await page.getByTestId('finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')))
    for (const label of first.expert_labels) expect(shown).toContain(label)
  })

  test('flips the what-if verdict when min_free_kbytes drops or CMA goes', async ({ page }) => {
    await openCase(page)
    await openEventOf(page, SEED_000)
    const verdict = page.getByTestId('whatif-verdict')
    await expect(verdict).toHaveAttribute('data-outcome', 'fails')
    await page.getByTestId('whatif-min-free-kbytes').fill('0')
    await expect(verdict).toHaveAttribute('data-outcome', 'succeeds')
    await shot(page, 'event-view-whatif-min-free')

    await page.getByTestId('back-to-case').click()
    await openEventOf(page, SEED_004)
    await expect(verdict).toHaveAttribute('data-outcome', 'panics')
    await page.getByTestId('whatif-cma').fill('0')
    await expect(verdict).toHaveAttribute('data-outcome', 'succeeds')
    await shot(page, 'event-view-whatif-cma', false)
    await page.getByTestId('whatif-pin').click()
    await expect(page.getByTestId('whatif-pinned')).toHaveCount(1)
  })

  test('switches language and theme, and compares two events', async ({ page }) => {
    const errors = watchErrors(page)
    await openCase(page)
    const title = page.locator('.case-view h1')
    await expect(title).toHaveText(TITLES.en.case)
    await page.getByTestId('lang-switch').selectOption('zh-CN')
    await expect(title).toHaveText(TITLES['zh-CN'].case)
    await shot(page, 'case-view-zh-CN')
    await openEventOf(page, SEED_000)
    await expect(page.locator('.panel h2', { hasText: TITLES['zh-CN'].findings })).toBeVisible()
    // The diagnosis itself speaks the language too, not only the chrome around it.
    const zhTitle = await page.locator('[data-testid="finding"] .title').first().textContent()
    expect(zhTitle).toMatch(/[\u4e00-\u9fff]/)
    await page.getByTestId('lang-switch').selectOption('zh-TW')
    await expect(page.locator('.panel h2', { hasText: TITLES['zh-TW'].findings })).toBeVisible()
    await page.getByTestId('theme-toggle').click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await shot(page, 'event-view-dark-zh-TW')
    await page.getByTestId('lang-switch').selectOption('en')

    await page.getByTestId('back-to-case').click()
    const boxes = page.locator('[data-testid="event-row"] input[type="checkbox"]')
    await boxes.nth(0).check()
    await boxes.nth(1).check()
    await page.getByTestId('compare-selected').click()
    await expect(page.getByTestId('compare-view').getByTestId('zone-chart')).toHaveCount(2)
    await shot(page, 'compare-view-dark')
    await page.getByTestId('theme-toggle').click() // the bridge remembers settings for the next test
    expect(errors).toEqual([])
  })

  test('exports a report through the API', async ({ page }) => {
    await openCase(page)
    await page.getByTestId('export-report').click()
    await expect(page.getByTestId('export-done').or(page.getByTestId('error-banner'))).toBeVisible({ timeout: 30_000 })
    await expect(page.getByTestId('export-done')).toBeVisible()
    await shot(page, 'case-view-exported', false)
  })
})
