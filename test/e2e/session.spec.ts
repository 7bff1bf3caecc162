// The bridge's per-launch secret in the real browser: a browser that did not come through the printed
// URL sees only the "open the printed address" page and no data, and `oomlens serve --open`'s way in —
// a private local page that moves on to the printed URL, so the token never sits on a command line —
// ends in the workbench with the sample case (the cookie is SameSite=Strict, so this checks that the
// clean-URL step counts as same-site).
import { expect, test } from '@playwright/test'
import { privateLaunchPage } from '../../electron/bridge/open-browser'
import { launchUrl, TOKEN_ENV } from '../../electron/bridge/session'

test.describe('bridge session', () => {
  test('shows nothing but how to get in to a browser without the session', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ storageState: undefined })
    const page = await context.newPage()
    const response = await page.goto('/')
    expect(response?.status()).toBe(401)
    await expect(page.locator('body')).toContainText('oomlens serve')
    const api = await page.request.post(`${baseURL}/api/getAppInfo`, {
      headers: { 'content-type': 'application/json', 'x-oomlens-api': '1' },
      data: '[]',
    })
    expect(api.status()).toBe(401)
    expect(await api.text()).not.toContain('launchPaths')
    await context.close()
  })

  test('opens the workbench through the page `serve --open` hands the browser', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ storageState: undefined })
    const page = await context.newPage()
    await page.goto(privateLaunchPage(launchUrl(String(baseURL), process.env[TOKEN_ENV] ?? '')))
    await page.waitForURL(`${baseURL}/`)
    await expect(page.getByTestId('event-row').first()).toBeVisible({ timeout: 30_000 })
    const cookies = await context.cookies(String(baseURL))
    expect(cookies.map((c) => [c.httpOnly, c.sameSite])).toEqual([[true, 'Strict']])
    await context.close()
  })
})
