// Before any spec: open the URL `oomlens serve` printed (origin + this run's token, which the config
// handed the server through OOMLENS_SERVE_TOKEN) in the real browser, let the bridge trade the token
// for its HttpOnly, SameSite=Strict session cookie, and keep the browser state for every spec
// (`use.storageState`). So every spec reaches the workbench the way a person does, through the printed URL.
import { chromium, type FullConfig } from '@playwright/test'
import { launchUrl, TOKEN_ENV } from '../../electron/bridge/session'
import { CHROMIUM_ARGS } from '../../electron/node/report/print-pdf'

export default async function globalSetup(config: FullConfig): Promise<void> {
  const project = config.projects[0]?.use ?? {}
  const origin = String(project.baseURL)
  const token = process.env[TOKEN_ENV]
  if (!token)
    throw new Error(`${TOKEN_ENV} is not set: build/playwright.config.ts sets it for the server and this setup`)
  const browser = await chromium.launch({
    executablePath: project.launchOptions?.executablePath,
    args: [...CHROMIUM_ARGS],
  })
  try {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(launchUrl(origin, token))
    await page.waitForURL(`${origin}/`) // the bridge moved on to the clean URL
    const cookies = await context.cookies(origin)
    if (!cookies.some((c) => c.httpOnly && c.sameSite === 'Strict' && c.name.startsWith('oomlens-session-')))
      throw new Error(`the printed URL set no HttpOnly, SameSite=Strict session cookie: ${JSON.stringify(cookies)}`)
    await context.storageState({ path: String(project.storageState) })
  } finally {
    await browser.close()
  }
}
