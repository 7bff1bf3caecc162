import { copyFileSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportProgress } from '../../../shared/analysis/types'
import type { MemEvent } from '../../../shared/event/types'
import { InputError, loadCase } from '../../../electron/node/case-service'
import { CORPUS, makeTempDir, removeDir, run } from './input/build-fixtures'

const LOG = '020-mips-x1000-5.8-containerd-stmmac.log'
const PHYSICAL = readFileSync(join(CORPUS, LOG), 'utf8').split('\n')

let dir: string
let archive: string

beforeAll(() => {
  dir = makeTempDir()
  mkdirSync(join(dir, 'tree/sos_commands/kernel'), { recursive: true })
  copyFileSync(join(CORPUS, LOG), join(dir, 'tree/sos_commands/kernel/dmesg'))
  archive = join(dir, 'sos.tar.xz')
  run('tar', ['-cJf', archive, '-C', join(dir, 'tree'), 'sos_commands'])
})
afterAll(() => removeDir(dir))

describe('case-service', () => {
  it('analyses a case, streaming each event and progress up to done when loading an archive', async () => {
    const streamed: MemEvent[] = []
    const progress: ImportProgress[] = []
    const loaded = await loadCase([archive], { onEvent: (e) => streamed.push(e), onProgress: (p) => progress.push(p) })
    const member = `${archive}!/sos_commands/kernel/dmesg`
    expect(loaded.analysis.events.map((e) => [e.event.id, e.event.path])).toEqual([
      ['e1', member],
      ['e2', member],
    ])
    expect(streamed.map((e) => e.line).sort((a, b) => a - b)).toEqual(loaded.analysis.events.map((e) => e.event.line))
    expect(progress[0]!.phase).toBe('scanning')
    expect(progress.at(-1)).toMatchObject({
      phase: 'done',
      eventsFound: 2,
      filesDone: 1,
      bytesRead: statSync(archive).size,
    })
    expect(loaded.analysis.lang).toBe('en')
  })

  it('reads a member line range back verbatim when the raw-log view asks for it', async () => {
    const loaded = await loadCase([archive])
    const event = loaded.analysis.events[1]!.event
    const lines = await loaded.readLines(event.path, event.line, event.line + 2)
    expect(lines).toEqual(
      [0, 1, 2].map((k) => ({ path: event.path, line: event.line + k, text: PHYSICAL[event.line - 1 + k] })),
    )
    await expect(loaded.readLines('/etc/passwd', 1, 2)).rejects.toBeInstanceOf(InputError)
  })

  it('applies the what-if settings and the language to every event', async () => {
    const loaded = await loadCase([join(CORPUS, LOG)], { lang: 'zh-TW', whatIf: { min_free_kbytes: 4096 } })
    expect(loaded.analysis.lang).toBe('zh-TW')
    expect(loaded.analysis.events.every((e) => e.whatIf?.settings.min_free_kbytes === 4096)).toBe(true)
  })

  it('rejects with a cancelled InputError when the signal is aborted', async () => {
    const abort = new AbortController()
    abort.abort()
    await expect(loadCase([archive], { signal: abort.signal })).rejects.toMatchObject({
      name: 'InputError',
      code: 'cancelled',
    })
    const midway = new AbortController()
    const phases: string[] = []
    const pending = loadCase([archive, join(CORPUS, LOG)], {
      signal: midway.signal,
      onEvent: () => midway.abort(),
      onProgress: (p) => phases.push(p.phase),
    })
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' })
    expect(phases.at(-1)).toBe('cancelled')
  })
})
