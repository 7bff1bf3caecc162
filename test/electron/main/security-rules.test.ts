import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// Rules from ARCHITECTURE §4 and issue 8 that a grep can hold for all of electron/.
const files = (readdirSync('electron', { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: f, text: readFileSync(join('electron', f), 'utf8') }))
const offenders = (re: RegExp) => files.filter(({ text }) => re.test(text)).map(({ file }) => file)

describe('security-rules', () => {
  it('never hands anything to shell.openExternal, so no URL from a log can leave the app', () => {
    expect(files.length).toBeGreaterThan(10)
    expect(offenders(/openExternal\s*\(/)).toEqual([])
  })

  it('never turns Node on in a page, loads remote content or listens to the legacy new-window event', () => {
    expect(
      offenders(/nodeIntegration\w*:\s*true|contextIsolation:\s*false|sandbox:\s*false|webSecurity:\s*false/),
    ).toEqual([])
    expect(offenders(/loadURL\(\s*['"`]https?:/)).toEqual([])
    expect(offenders(/['"]new-window['"]/)).toEqual([])
  })

  it('uses eng-disable only for the reviewed preload line', () => {
    const uses = files.flatMap(({ file, text }) =>
      text.split('\n').flatMap((line) => (/eng-disable/.test(line) ? [`${file}: ${line.trim()}`] : [])),
    )
    expect(uses).toEqual([
      "main/window.ts: preload: join(appRoot, 'out', 'preload', 'preload.cjs'), // eng-disable PRELOAD_JS_CHECK",
    ])
  })
})
