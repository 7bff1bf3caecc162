// Opening evidence in the browser workbench (`oomlens serve` with no path): the start screen, the
// Open control (the browser's file chooser), a paste, a drop, the sample picker; dialogs that take
// and keep focus. What must show is worked out from the seed log itself (its `invoked oom-killer`
// line), never from what the app computed.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { shot, watchErrors } from './page-watch'
import { GIVEN } from '../support/given'
import { samplesDir, sampleFiles } from './sample-case'
import { startOwnServer, type OwnServer } from './own-server'
import { glossaryNote } from '../../shared/i18n/glossary'

const SEED_000 = 'seed-000-python-lowmem-syslog.log'
const seedPath = resolve(samplesDir, SEED_000)
const seedText = readFileSync(seedPath, 'utf8')
/** The task that invoked the OOM killer, as the seed's report prints it. */
const trigger = /(\S+) invoked oom-killer/.exec(seedText)?.[1] ?? ''

let server: OwnServer
test.beforeAll(async () => {
  server = await startOwnServer()
})
test.afterAll(async () => server?.stop())

async function start(page: Page): Promise<void> {
  await page.goto(server.url)
  await expect(page.getByTestId('start-screen')).toBeVisible({ timeout: 30_000 })
}

/** The seed's one event is listed, under `path`, with the trigger its report names. */
async function expectSeedEvent(page: Page, path: string): Promise<void> {
  const rows = page.getByTestId('event-row')
  await expect(rows).toHaveCount(1, { timeout: 30_000 })
  await expect(rows.first()).toHaveAttribute('data-path', path)
  await expect(rows.first()).toContainText(trigger)
}

test.describe('open evidence without a path', () => {
  test('starts on the start screen with the sample picker', async ({ page }) => {
    expect(trigger).toBe('python')
    const errors = watchErrors(page)
    await start(page)
    // The list arrives after the start screen shows: wait for it before reading its names.
    await expect(page.getByTestId('sample-item')).toHaveCount(sampleFiles().length, { timeout: 30_000 })
    const names = await page
      .getByTestId('sample-item')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-name')))
    expect(names).toEqual([...sampleFiles()].sort())
    await expect(page.getByTestId('paste-box')).toBeVisible()
    await shot(page, 'start-screen', true)
    expect(errors).toEqual([])
  })

  test('opens seed 000 through the Open control (file chooser)', async ({ page }) => {
    const errors = watchErrors(page)
    await start(page)
    const chooser = page.waitForEvent('filechooser')
    await page.getByTestId('open-files').click()
    await (await chooser).setFiles(seedPath)
    await expectSeedEvent(page, SEED_000)
    await page.locator('[data-testid="event-row"] a.open').first().click()
    await expect(page.getByTestId('event-title')).toBeVisible()
    await expect(page.getByTestId('zone-chart')).toBeVisible()
    await shot(page, 'opened-by-file-chooser', false)
    // Raw lines come back from the content the host holds in memory.
    await expect(page.getByTestId('raw-log')).toContainText(`${trigger} invoked oom-killer`)
    // The numbers explain themselves where they are: a task column, the waterfall's managed total.
    const tip = page.getByTestId('glossary-tip')
    await page.locator('[data-testid="task-table"] th[data-column="rssKb"] [data-glossary]').hover()
    await expect(tip).toHaveAttribute('data-key', 'task:rss')
    await page.locator('[data-testid="accounting-chart"] tr[data-step="total"] [data-glossary]').first().hover()
    await expect(tip).toHaveAttribute('data-key', 'zone:managed')
    await expect(tip).toContainText(glossaryNote('zone:managed', 'en')!.meaning)
    await shot(page, 'glossary-managed', false)
    expect(errors).toEqual([])
  })

  test('opens seed 000 pasted into the paste box', async ({ page }) => {
    await start(page)
    await page.getByTestId('paste-text').fill(seedText)
    await shot(page, 'paste-box-filled', false)
    await page.getByTestId('paste-open').click()
    await expectSeedEvent(page, 'pasted-1.txt')
    await shot(page, 'opened-by-paste', true)
  })

  test('opens seed 000 dropped on the window', async ({ page }) => {
    await start(page)
    const data = await page.evaluateHandle(
      ({ name, text }) => {
        const dt = new DataTransfer()
        dt.items.add(new File([text], name, { type: 'text/plain' }))
        return dt
      },
      { name: SEED_000, text: seedText },
    )
    await page.locator('.app').dispatchEvent('dragenter', { dataTransfer: data })
    await expect(page.getByTestId('drop-overlay')).toBeVisible()
    await shot(page, 'drop-overlay', false)
    await page.locator('.app').dispatchEvent('drop', { dataTransfer: data })
    await expectSeedEvent(page, SEED_000)
    await expect(page.getByTestId('drop-overlay')).toHaveCount(0)
  })

  test('opens a bundled sample from the picker', async ({ page }) => {
    await start(page)
    await page.locator(`[data-testid="sample-item"][data-name="${SEED_000}"]`).click()
    await expectSeedEvent(page, seedPath)
  })

  test('keeps focus inside the paste dialog and gives it back on Esc', async ({ page }) => {
    await start(page)
    const opener = page.getByTestId('open-paste')
    await opener.focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByTestId('paste-dialog')
    await expect(dialog).toBeVisible()
    await expect(dialog.getByTestId('paste-text')).toBeFocused()
    await shot(page, 'paste-dialog', false)
    // However far Tab and Shift+Tab go, focus stays in the dialog.
    for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await page.keyboard.press(key)
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true)
    }
    await page.keyboard.press('Escape')
    await expect(dialog).toHaveCount(0)
    await expect(opener).toBeFocused()
    // The shortcuts dialog behaves the same.
    await page.locator('body').click({ position: { x: 5, y: 600 } })
    await page.keyboard.press('?')
    await expect(page.getByTestId('shortcuts')).toBeVisible()
    await expect(page.getByTestId('shortcuts').getByRole('button')).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(page.getByTestId('shortcuts').getByRole('button')).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('shortcuts')).toHaveCount(0)
  })

  test('opens a /proc-only folder on its machine state, with a what-if over the watermarks', async ({ page }) => {
    const errors = watchErrors(page)
    const set = 'this-machine-6.18.44-fc-x86_64'
    const zoneinfo = readFileSync(resolve(GIVEN, 'corpus/public/proc', set, 'zoneinfo'), 'utf8')
    // The Normal zone's min as zoneinfo prints it, in pages (4 kB on this x86_64 machine).
    const normalMin = Number(/zone\s+Normal[\s\S]*?\n\s+min\s+(\d+)/.exec(zoneinfo)?.[1])
    await start(page)
    const chooser = page.waitForEvent('filechooser')
    await page.getByTestId('open-folder').click()
    await (await chooser).setFiles(resolve(GIVEN, 'corpus/public/proc', set))
    const view = page.getByTestId('snapshot-view')
    await expect(view).toBeVisible({ timeout: 30_000 })
    const normal = page.locator('[data-testid="snapshot-zone"][data-zone="Normal"]')
    await expect(normal).toHaveAttribute('data-min-kb', String(normalMin * 4))
    await expect(page.getByTestId('snapshot-buddy')).toContainText('Movable')
    await shot(page, 'snapshot-view', true)
    const field = page.getByTestId('snapshot-input-min_free_kbytes')
    const recorded = Number(await field.inputValue())
    await field.fill(String(recorded * 4))
    await field.press('Enter')
    await expect(normal).not.toHaveAttribute('data-min-kb', String(normalMin * 4))
    expect(Number(await normal.getAttribute('data-min-kb'))).toBeGreaterThan(normalMin * 4)
    await shot(page, 'snapshot-view-whatif', true)
    await field.fill(String(recorded))
    await field.press('Enter')
    await expect(normal).toHaveAttribute('data-min-kb', String(normalMin * 4))
    expect(errors).toEqual([])
  })

  test('sorts the event list from the keyboard and explains the terse order cell', async ({ page }) => {
    await start(page)
    await page.getByTestId('sample-all').click()
    const rows = page.getByTestId('event-row')
    await expect(rows.first()).toBeVisible({ timeout: 30_000 })
    const sortTrigger = page.getByTestId('sort-trigger')
    await sortTrigger.focus()
    await page.keyboard.press('Enter')
    await expect(page.locator('th[data-sort-key="trigger"]')).toHaveAttribute('aria-sort', 'ascending')
    const triggers = async () =>
      (await page.locator('[data-testid="event-row"] td:nth-child(5)').allTextContents()).map(
        (t) => t.trim().split(/\s/)[0] ?? '',
      )
    const asc = (await triggers()).filter((t) => t !== '—')
    expect(asc).toEqual([...asc].sort((a, b) => a.localeCompare(b)))
    await page.keyboard.press('Space')
    await expect(page.locator('th[data-sort-key="trigger"]')).toHaveAttribute('aria-sort', 'descending')
    const desc = (await triggers()).filter((t) => t !== '—')
    expect(desc).toEqual([...desc].sort((a, b) => b.localeCompare(a)))
    // The terse `o4` cell: reached by Tab, it says what an order is and where the kernel documents it.
    const order = page.locator('[data-testid="event-row"] .order').first()
    await order.focus()
    const tip = page.getByTestId('glossary-tip')
    await expect(tip).toBeVisible()
    await expect(tip).toHaveAttribute('data-key', 'report:order')
    await expect(tip).toContainText('Documentation/mm/physical_memory.rst')
    await shot(page, 'glossary-order-tip', false)
    await page.keyboard.press('Escape')
    await expect(tip).toHaveCount(0)
  })

  test('explains a zone watermark on hover, in Traditional Chinese too', async ({ page }) => {
    await start(page)
    const chooser = page.waitForEvent('filechooser')
    await page.getByTestId('open-folder').click()
    await (await chooser).setFiles(resolve(GIVEN, 'corpus/public/proc', 'this-machine-6.18.44-fc-x86_64'))
    await expect(page.getByTestId('snapshot-view')).toBeVisible({ timeout: 30_000 })
    await page.locator('[data-testid="snapshot-zones"] th[data-glossary="zone:min"]').hover()
    const tip = page.getByTestId('glossary-tip')
    await expect(tip).toBeVisible()
    await expect(tip).toHaveAttribute('data-key', 'zone:min')
    await expect(tip).toContainText(glossaryNote('zone:min', 'en')!.computed)
    await shot(page, 'glossary-zone-min', false)
    await page.getByTestId('lang-switch').selectOption('zh-TW')
    await page.locator('[data-testid="snapshot-zones"] th[data-glossary="zone:low"]').hover()
    await expect(tip).toHaveAttribute('data-key', 'zone:low')
    await expect(tip).toContainText(glossaryNote('zone:low', 'zh-TW')!.meaning)
    await shot(page, 'glossary-zone-low-zh-TW', false)
    await page.getByTestId('lang-switch').selectOption('en')
  })
})
